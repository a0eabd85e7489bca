/** The bridge itself: the page sees the preload's shape, and calls reach core over real SQLite. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { SAMPLE_FILE_NAME } from '../../electron/core/sample/buildSample';
import { expect, test, type PageGlobals } from './fixtures';

test('window.panelpack has the preload shape and reaches core over a real SQLite file', async ({ page, bridge }) => {
  await page.goto('/');
  const shape = await page.evaluate(() => ({
    keys: Object.keys((globalThis as unknown as PageGlobals).panelpack).sort(),
    frozen: Object.isFrozen((globalThis as unknown as PageGlobals).panelpack),
  }));
  expect(shape).toEqual({ keys: ['invoke', 'onProgress'], frozen: true });

  // Errors cross as data with a stable code, exactly as through Electron's IPC.
  const before = await page.evaluate(() => (globalThis as unknown as PageGlobals).panelpack.invoke('settings:get', {}));
  expect(before).toMatchObject({ ok: false, error: { code: 'no_workspace' } });
  const unknown = await page.evaluate(() => (globalThis as unknown as PageGlobals).panelpack.invoke('nope:never' as 'settings:get', {}));
  expect(unknown).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });

  const opened = await page.evaluate(() => (globalThis as unknown as PageGlobals).panelpack.invoke('workspace:openSample', {}));
  expect(opened).toMatchObject({ ok: true, data: { councilName: 'Northbrook Metropolitan Borough Council' } });
  // The sample board was written into this test's own data folder.
  expect(existsSync(join(bridge.dataDir, SAMPLE_FILE_NAME))).toBe(true);
  expect(bridge.api.workspace?.path).toBe(join(bridge.dataDir, SAMPLE_FILE_NAME));
});
