/** The menu template, the recent list, the log file, the native-binding lookup and the Electron host. */
import type { BrowserWindow, MenuItemConstructorOptions } from 'electron';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createElectronHost, osActor } from '../../../electron/main/host';
import { fileLog } from '../../../electron/main/log';
import { menuTemplate, type MenuActions } from '../../../electron/main/menu';
import { findNativeBinding, nativeBindingCandidate } from '../../../electron/main/nativeBinding';
import { fileRecentList } from '../../../electron/main/recent';
import { IPC_PROGRESS } from '../../../shared/ipc/channels';
import { tempDir } from '../../helpers/tempWorkspace';

const electron = vi.hoisted(() => ({
  dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn() },
}));
vi.mock('electron', () => electron);

const t = tempDir();
afterAll(() => t.cleanup());

function actions() {
  const f = () => vi.fn<() => void>();
  return { openSample: f(), newWorkspace: f(), openWorkspace: f(), closeWorkspace: f(), about: f() } satisfies MenuActions;
}
const sub = (item: MenuItemConstructorOptions | undefined) => (item?.submenu ?? []) as MenuItemConstructorOptions[];

describe('menu', () => {
  it('has File, Edit, View and Help, and File items call the workspace actions', () => {
    const a = actions();
    const menu = menuTemplate({ isDev: false, isMac: false, actions: a });
    expect(menu.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
    const file = sub(menu[0]);
    const labels = file.map((i) => i.label ?? i.role ?? i.type);
    expect(labels).toEqual(['Open the sample board', 'New workspace…', 'Open workspace…', 'Close workspace', 'separator', 'Quit PanelPack']);
    const click = (label: string) => (file.find((i) => i.label === label)?.click as () => void)();
    click('Open the sample board');
    click('New workspace…');
    click('Open workspace…');
    click('Close workspace');
    expect(a.openSample).toHaveBeenCalledOnce();
    expect(a.newWorkspace).toHaveBeenCalledOnce();
    expect(a.openWorkspace).toHaveBeenCalledOnce();
    expect(a.closeWorkspace).toHaveBeenCalledOnce();
    expect(menu[1]?.role).toBe('editMenu');
    (sub(menu[3])[0]?.click as () => void)();
    expect(a.about).toHaveBeenCalledOnce();
  });

  it('offers reload and devtools only in development', () => {
    const roles = (isDev: boolean) => sub(menuTemplate({ isDev, isMac: false, actions: actions() })[2]).map((i) => i.role);
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(false)).not.toContain('reload');
    expect(roles(false)).toEqual(expect.arrayContaining(['zoomIn', 'zoomOut', 'resetZoom']));
    expect(roles(true)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('uses the app menu on macOS', () => {
    expect(menuTemplate({ isDev: false, isMac: true, actions: actions() })[0]?.role).toBe('appMenu');
  });
});

describe('recent workspaces', () => {
  it('keeps newest first, without duplicates, capped, across restarts', () => {
    const file = join(t.dir, 'recent', 'recent.json');
    const r = fileRecentList(file, 3);
    expect(r.list()).toEqual([]);
    for (const p of ['/a', '/b', '/c', '/a', '/d']) r.add(p);
    expect(r.list()).toEqual(['/d', '/a', '/c']);
    expect(fileRecentList(file, 3).list()).toEqual(['/d', '/a', '/c']);
  });

  it('treats a damaged file as an empty list and repairs it on the next add', () => {
    const file = join(t.dir, 'damaged.json');
    writeFileSync(file, '{not json');
    const r = fileRecentList(file);
    expect(r.list()).toEqual([]);
    r.add('/x.panelpack');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(['/x.panelpack']);
  });
});

describe('main-process log', () => {
  it('writes stacks to the log file', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const l = fileLog(join(t.dir, 'logs'));
    l.log(new Error('database on fire'), 'actions:list');
    spy.mockRestore();
    const text = readFileSync(l.file, 'utf8');
    expect(text).toMatch(/ERROR \[actions:list\] Error: database on fire\n\s+at /);
  });
});

describe('Electron-ABI better-sqlite3 lookup', () => {
  const loc = { appPath: '/src/panelpack', resourcesPath: '/opt/PanelPack/resources', electronVersion: '45.5.0' };
  it('looks in .native in development and in resources/native when packaged', () => {
    expect(nativeBindingCandidate({ ...loc, isPackaged: false })).toBe(join('/src/panelpack/.native/electron-45.5.0/better_sqlite3.node'));
    expect(nativeBindingCandidate({ ...loc, isPackaged: true })).toBe(join('/opt/PanelPack/resources/native/electron-45.5.0/better_sqlite3.node'));
  });
  it('returns undefined (better-sqlite3’s default build) when there is none', () => {
    expect(findNativeBinding({ ...loc, isPackaged: false }, () => false)).toBeUndefined();
    expect(findNativeBinding({ ...loc, isPackaged: false }, () => true)).toBe(join('/src/panelpack/.native/electron-45.5.0/better_sqlite3.node'));
  });
  it('agrees with the build script on where the binary goes', async () => {
    const script = (await import('../../../scripts/build-native-electron.mjs')) as { nativeBindingPath(root: string, v: string): string };
    expect(script.nativeBindingPath('/src/panelpack', '45.5.0')).toBe(nativeBindingCandidate({ ...loc, isPackaged: false }));
  });
});

describe('Electron host', () => {
  const send = vi.fn();
  const win = { webContents: { isDestroyed: () => false, send } } as unknown as BrowserWindow;
  const host = createElectronHost({ userData: t.dir, documents: '/home/clerk/Documents', window: () => win, log: vi.fn() });

  it('acts as the OS user and keeps data in the user-data folder', () => {
    expect(host.actor).toBe(osActor());
    expect(host.actor.length).toBeGreaterThan(0);
    expect(host.dataDir).toBe(t.dir);
  });

  it('asks for a .panelpack file to create, modal to the window; cancel is null', async () => {
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/home/clerk/Documents/Board.panelpack' });
    expect(await host.dialogs.chooseNewWorkspace('Board.panelpack')).toBe('/home/clerk/Documents/Board.panelpack');
    expect(electron.dialog.showSaveDialog).toHaveBeenLastCalledWith(
      win,
      expect.objectContaining({ defaultPath: join('/home/clerk/Documents/Board.panelpack'), filters: [{ name: 'PanelPack workspace', extensions: ['panelpack'] }] }),
    );
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    expect(await host.dialogs.chooseNewWorkspace('Board.panelpack')).toBeNull();
  });

  it('asks for a PDF destination with the PDF filter', async () => {
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/tmp/log.pdf' });
    expect(await host.dialogs.choosePdfDestination('Action log.pdf')).toBe('/tmp/log.pdf');
    expect(electron.dialog.showSaveDialog).toHaveBeenLastCalledWith(win, expect.objectContaining({ filters: [{ name: 'PDF document', extensions: ['pdf'] }] }));
  });

  it('opens one existing workspace file; cancel is null', async () => {
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/x/Board.panelpack'] });
    expect(await host.dialogs.chooseWorkspaceToOpen()).toBe('/x/Board.panelpack');
    expect(electron.dialog.showOpenDialog).toHaveBeenLastCalledWith(win, expect.objectContaining({ properties: ['openFile'] }));
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    expect(await host.dialogs.chooseWorkspaceToOpen()).toBeNull();
  });

  it('persists the recent list in the user-data folder and sends progress to the window', () => {
    host.recent.add('/x/Board.panelpack');
    expect(existsSync(join(t.dir, 'recent-workspaces.json'))).toBe(true);
    expect(host.recent.list()).toEqual(['/x/Board.panelpack']);
    const e = { task: 'pdf', done: 2, total: 5, label: 'Page 2 of 5' };
    host.progress(e);
    expect(send).toHaveBeenCalledWith(IPC_PROGRESS, e);
  });
});
