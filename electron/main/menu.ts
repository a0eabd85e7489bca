/**
 * The application menu as a plain template (built into a Menu in index.ts), so its contents can
 * be unit-tested. Workspace items call core through the same dispatch the renderer uses; see
 * index.ts for what happens after.
 */
import type { MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  openSample(): void;
  newWorkspace(): void;
  openWorkspace(): void;
  closeWorkspace(): void;
  about(): void;
}

export function menuTemplate(opts: { isDev: boolean; isMac: boolean; actions: MenuActions }): MenuItemConstructorOptions[] {
  const { actions, isDev, isMac } = opts;
  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { label: 'Open the sample board', click: () => actions.openSample() },
      { label: 'New workspace…', accelerator: 'CmdOrCtrl+N', click: () => actions.newWorkspace() },
      { label: 'Open workspace…', accelerator: 'CmdOrCtrl+O', click: () => actions.openWorkspace() },
      { label: 'Close workspace', click: () => actions.closeWorkspace() },
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit', label: 'Quit PanelPack' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      ...(isDev ? ([{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }] as const) : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
  const help: MenuItemConstructorOptions = {
    label: '&Help',
    role: 'help',
    submenu: [{ label: 'About PanelPack', click: () => actions.about() }],
  };
  const app: MenuItemConstructorOptions[] = isMac ? [{ role: 'appMenu' }] : [];
  return [...app, file, { label: '&Edit', role: 'editMenu' }, view, help];
}
