/**
 * The real Electron shell through Playwright's _electron: the app starts, its window is sandboxed
 * and context-isolated, the page sees only window.panelpack's two functions, and navigation away
 * is blocked. Where there is no Electron binary (no GitHub access) every test here is skipped
 * with that reason, never failed. Run `npm run build` first (test:e2e does).
 */
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PanelPackBridge } from '../../shared/ipc/bridge';
import { electronBinary } from '../../scripts/start.mjs';

/** What the tests touch in the page (this project has no DOM lib; the casts are type-only). */
interface PageGlobals {
  panelpack: PanelPackBridge;
  location: { href: string; origin: string };
  open(url: string): unknown;
  document: { querySelector(selector: string): unknown };
}
/** Present at runtime on every webContents, though missing from Electron's type file. */
type WithPrefs = { getLastWebPreferences(): Record<string, unknown> | null };

const root = join(import.meta.dirname, '..', '..');
const executablePath = electronBinary(join(root, 'node_modules', 'electron'));

test.skip(executablePath === null, 'skipped: no Electron binary');

let app: ElectronApplication;
let page: Page;
let userData: string;

test.beforeEach(async () => {
  // Each test gets its own data folder, so no test sees another's workspaces or recent list.
  userData = mkdtempSync(join(tmpdir(), 'panelpack-electron-'));
  // ELECTRON_RUN_AS_NODE would make Electron ignore the app and behave as plain Node.
  const env: Record<string, string> = { PANELPACK_USER_DATA: userData };
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && k !== 'ELECTRON_RUN_AS_NODE') env[k] ??= v;
  app = await electron.launch({
    executablePath: executablePath ?? undefined,
    // Chromium refuses to run as root (containers, CI) without this; the page's own sandbox option is unaffected.
    args: [root, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
    env,
  });
  page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
});

test.afterEach(async () => {
  await app.close();
  rmSync(userData, { recursive: true, force: true });
});

test('starts and shows PanelPack from the built files, over app:// (never file://)', async () => {
  expect(page.url()).toMatch(/^app:\/\/panelpack\/index\.html/);
  // A real (tuple) origin: pdf.js then starts its worker from app:// directly, not through a blob: wrapper the CSP refuses.
  expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).location.origin)).toBe('app://panelpack');
  await expect(page.locator('#app')).not.toBeEmpty();
  await expect(page).toHaveTitle(/PanelPack/);
});

test('the window is sandboxed, context-isolated, without Node', async () => {
  const prefs = await app.evaluate(({ BrowserWindow }) => {
    const [win] = BrowserWindow.getAllWindows();
    const p = (win?.webContents as unknown as WithPrefs | undefined)?.getLastWebPreferences();
    return { sandbox: p?.sandbox, contextIsolation: p?.contextIsolation, nodeIntegration: p?.nodeIntegration, webSecurity: p?.webSecurity };
  });
  expect(prefs).toEqual({ sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true });
  const seen = await page.evaluate(() => ({
    require: typeof (globalThis as { require?: unknown }).require,
    process: typeof (globalThis as { process?: unknown }).process,
    module: typeof (globalThis as { module?: unknown }).module,
    Buffer: typeof (globalThis as { Buffer?: unknown }).Buffer,
  }));
  expect(seen).toEqual({ require: 'undefined', process: 'undefined', module: 'undefined', Buffer: 'undefined' });
});

test('window.panelpack has only invoke and onProgress, and reaches core', async () => {
  const keys = await page.evaluate(() => Object.keys((globalThis as unknown as PageGlobals).panelpack).sort());
  expect(keys).toEqual(['invoke', 'onProgress']);
  const current = await page.evaluate(() => (globalThis as unknown as PageGlobals).panelpack.invoke('workspace:current', {}));
  expect(current).toEqual({ ok: true, data: null });
  // A channel outside the contract, as a compromised page might try.
  const refused = await page.evaluate(() => (globalThis as unknown as PageGlobals).panelpack.invoke('fs:readFile' as never, {} as never));
  expect(refused).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
});

test('app:// serves the built files with the CSP and refuses paths outside them', async () => {
  const answers = await app.evaluate(async ({ net }) => {
    const ask = async (url: string) => {
      const res = await net.fetch(url);
      return { status: res.status, csp: res.headers.get('content-security-policy'), type: res.headers.get('content-type') };
    };
    return {
      index: await ask('app://panelpack/index.html'),
      up: await ask('app://panelpack/%2e%2e/%2e%2e/package.json'),
      host: await ask('app://elsewhere/index.html'),
    };
  });
  expect(answers.index).toMatchObject({ status: 200, type: 'text/html; charset=utf-8' });
  expect(answers.index.csp).toContain("default-src 'none'");
  expect(answers.up.status).toBe(403);
  expect(answers.host.status).toBe(403);
});

test('navigation away (also to the same files over file://) and new windows are blocked', async () => {
  const before = page.url();
  await page.evaluate(() => {
    (globalThis as unknown as PageGlobals).location.href = 'https://example.com/';
  });
  // A round trip through the page after the attempt: had navigation gone ahead, this page would be gone.
  expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).document.querySelector('#app') !== null)).toBe(true);
  expect(page.url()).toBe(before);
  const fileUrl = `file://${join(root, 'out', 'renderer', 'index.html')}`;
  await page.evaluate((url) => {
    (globalThis as unknown as PageGlobals).location.href = url;
  }, fileUrl);
  expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).document.querySelector('#app') !== null)).toBe(true);
  expect(page.url()).toBe(before);
  expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).open('https://example.com/') === null)).toBe(true);
  expect(app.windows()).toHaveLength(1);
});
