/**
 * The menu's Open… on a damaged workspace (issue 7 part 4): the native box offers the newest good
 * backup and restores it through core's backups:restore; Cancel changes nothing; with no backup the
 * caller shows the plain refusal. Electron's dialog is stubbed; core runs over real files.
 */
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MessageBoxOptions } from 'electron';
import { createApi } from '../../../electron/core/api';
import { makeBackup } from '../../../electron/core/backups/store';
import { offerRestore } from '../../../electron/main/restoreOffer';
import { scribble } from '../../helpers/workspaceFiles';
import { testHost } from '../../helpers/host';
import { newWorkspace, sha256, tempDir } from '../../helpers/tempWorkspace';

const electron = vi.hoisted(() => ({ dialog: { showMessageBox: vi.fn() } }));
vi.mock('electron', () => electron);

const t = tempDir();
afterAll(() => t.cleanup());
beforeEach(() => electron.dialog.showMessageBox.mockReset());

let n = 0;
async function refusedWorkspace(withBackup: boolean) {
  n++;
  const dir = join(t.dir, `w${n}`);
  mkdirSync(dir);
  const root = join(dir, 'backups');
  const ws = newWorkspace(dir, 'board.panelpack');
  ws.close();
  if (withBackup) await makeBackup(ws.path, { root, reason: 'daily', now: new Date(2026, 11, 1, 18, 30) });
  scribble(ws.path);
  let chosen: string | null = ws.path;
  const api = createApi(testHost({ dir, backupDir: root, dialogs: { chooseWorkspaceToOpen: () => Promise.resolve(chosen) } }));
  const res = await api.dispatch('workspace:open', {});
  chosen = null;
  expect(res).toMatchObject({ ok: false, error: { code: 'corrupt' } });
  const message = res.ok ? '' : res.error.message;
  return { api, dir, path: ws.path, message };
}

describe('offerRestore (menu Open…)', () => {
  it('offers "Restore the backup of <date>", restores it and says what it did', async () => {
    const { api, dir, path, message } = await refusedWorkspace(true);
    electron.dialog.showMessageBox.mockResolvedValue({ response: 0 });
    expect(await offerRestore((c, i) => api.dispatch(c, i), null, message)).toBe('restored');
    const offered = electron.dialog.showMessageBox.mock.calls[0]?.[0] as MessageBoxOptions;
    expect(offered.message).toBe(message);
    expect(offered.buttons).toEqual(['Restore the backup of Tuesday 1 December 2026, 18:30', 'Cancel']);
    const told = electron.dialog.showMessageBox.mock.calls[1]?.[0] as MessageBoxOptions;
    expect(told.message).toMatch(/^Restored the backup of Tuesday 1 December 2026, 18:30\. The damaged file was kept beside it as "board\.damaged-.+\.panelpack"\.$/);
    expect(api.workspace?.path).toBe(path);
    expect(readdirSync(dir).filter((f) => f.startsWith('board.damaged-'))).toHaveLength(1);
    api.close();
  });

  it('Cancel changes nothing', async () => {
    const { api, path, message } = await refusedWorkspace(true);
    const before = sha256(path);
    electron.dialog.showMessageBox.mockResolvedValue({ response: 1 });
    expect(await offerRestore((c, i) => api.dispatch(c, i), null, message)).toBe('declined');
    expect(sha256(path)).toBe(before);
    expect(api.workspace).toBeNull();
  });

  it('with no good backup, leaves the refusal to the caller', async () => {
    const { api, message } = await refusedWorkspace(false);
    expect(await offerRestore((c, i) => api.dispatch(c, i), null, message)).toBe('none');
    expect(electron.dialog.showMessageBox).not.toHaveBeenCalled();
  });
});
