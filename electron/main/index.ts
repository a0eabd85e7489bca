/**
 * The Electron shell: lifecycle, single-instance lock, the secure window, menus, and binding the
 * contract to core. No business logic here: everything the clerk does goes through core's
 * dispatch, from the renderer (IPC) or from the menu.
 */
import { app, BrowserWindow, dialog, Menu, protocol, session } from 'electron';
import { join, resolve } from 'node:path';
import { createApi, type Api } from '../core/api';
import { createWorkerRenderer } from '../core/packs/render';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, appResponse } from './appProtocol';
import { isAppUrl, preloadPath, rendererTarget } from './appUrl';
import { CONTENT_SECURITY_POLICY, DEV_CONTENT_SECURITY_POLICY } from './csp';
import { createElectronHost } from './host';
import { bindIpc } from './ipc';
import { fileLog } from './log';
import { menuTemplate } from './menu';
import { findNativeBinding } from './nativeBinding';
import { offerRestore } from './restoreOffer';
import { hardenSession, hardenWebContents, windowOptions } from './window';

// Every renderer is sandboxed, whatever a window's own options say.
app.enableSandbox();
// The built renderer is served from app://panelpack (appProtocol.ts), never file://; the scheme
// must be registered before the app is ready.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);
// Tests (and anyone who wants a separate profile) can point PanelPack at its own data folder.
if (process.env.PANELPACK_USER_DATA) app.setPath('userData', resolve(process.env.PANELPACK_USER_DATA));

const mainDir = import.meta.dirname;
const target = rendererTarget(mainDir, process.env.ELECTRON_RENDERER_URL);
// Devtools and reload only under `electron-vite dev`; `npm start` and packaged builds have none.
const isDev = target.kind === 'dev';
const logger = fileLog(join(app.getPath('userData'), 'logs'));
let win: BrowserWindow | null = null;

function loadRenderer(w: BrowserWindow): Promise<void> {
  // Always the home screen: after switching workspace, the old hash route may name a record that is gone.
  return w.loadURL(target.url);
}

function createWindow(): BrowserWindow {
  const w = new BrowserWindow(windowOptions({ preloadPath: preloadPath(mainDir), isDev }));
  w.once('ready-to-show', () => w.show());
  w.on('closed', () => {
    if (win === w) win = null;
  });
  w.webContents.on('did-fail-load', (_e, code, description, url) => logger.log(new Error(`${description} (${code}) loading ${url}`), 'window:load'));
  loadRenderer(w).catch((err: unknown) => logger.log(err, 'window:load'));
  win = w;
  return w;
}

function focusWindow(): void {
  const w = win ?? createWindow();
  if (w.isMinimized()) w.restore();
  w.show();
  w.focus();
}

async function showError(message: string): Promise<void> {
  const options = { type: 'error' as const, title: 'PanelPack', message, buttons: ['OK'] };
  await (win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options));
}

/**
 * Menu items call core directly, then reload the renderer at its home screen, which asks core
 * which workspace is open (the renderer needs no menu-specific messages). "New workspace…" closes
 * the current one and shows the welcome screen, whose form asks for the council and board names.
 */
function menuActions(api: Api) {
  const run = async (channel: 'workspace:openSample' | 'workspace:open' | 'workspace:close'): Promise<void> => {
    const res = await api.dispatch(channel, {});
    // Backups (issue 7 part 4): a workspace refused as damaged is offered its newest good backup.
    if (!res.ok) {
      const offered = res.error.code === 'corrupt' ? await offerRestore((c, i) => api.dispatch(c, i), win, res.error.message) : 'none';
      if (offered === 'none') return showError(res.error.message);
      if (offered === 'declined') return;
    } else if (res.data === null && channel === 'workspace:open') return; // The clerk cancelled the dialog.
    if (win) await loadRenderer(win);
    else focusWindow();
  };
  const report = (p: Promise<void>): void => void p.catch((err: unknown) => logger.log(err, 'menu'));
  return {
    openSample: () => report(run('workspace:openSample')),
    newWorkspace: () => report(run('workspace:close')),
    openWorkspace: () => report(run('workspace:open')),
    closeWorkspace: () => report(run('workspace:close')),
    about: () =>
      report(
        dialog
          .showMessageBox({
            type: 'info',
            title: 'About PanelPack',
            message: `PanelPack ${app.getVersion()}`,
            detail: `Strategy, action log, meetings and packs for a council’s Corporate Parenting Board.\n\nElectron ${process.versions.electron}, Chromium ${process.versions.chrome}, Node ${process.versions.node}.\nLog file: ${logger.file}`,
            buttons: ['OK'],
          })
          .then(() => undefined),
      ),
  };
}

function ready(): void {
  hardenSession(session.defaultSession, isDev ? DEV_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY);
  if (target.kind === 'app') {
    const { rendererDir } = target;
    session.defaultSession.protocol.handle(APP_SCHEME, (request) =>
      appResponse(request, rendererDir, CONTENT_SECURITY_POLICY, (url, why) => logger.info(`Refused ${url}: ${why}.`)),
    );
  }
  const nativeBinding = findNativeBinding({
    isPackaged: app.isPackaged,
    appPath: app.getAppPath(),
    resourcesPath: process.resourcesPath,
    electronVersion: process.versions.electron,
  });
  if (!nativeBinding) logger.info('No Electron build of better-sqlite3 was found; using the default one. Run `npm start` to build it.');

  const api = createApi(
    createElectronHost({
      userData: app.getPath('userData'),
      documents: app.getPath('documents'),
      window: () => win,
      nativeBinding,
      // PDFs are laid out in a worker thread (out/main/pdfWorker.js, beside this file) so the window stays responsive.
      renderPdf: createWorkerRenderer(join(mainDir, 'pdfWorker.js')),
      log: logger.log,
    }),
  );
  const unbind = bindIpc({
    contents: () => win?.webContents ?? null,
    isAppUrl: (url) => isAppUrl(url, target),
    dispatch: (channel, input) => api.dispatch(channel, input),
    log: logger.log,
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate({ isDev, isMac: process.platform === 'darwin', actions: menuActions(api) })));
  app.on('will-quit', () => {
    unbind();
    api.close();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
  createWindow();
}

if (!app.requestSingleInstanceLock()) {
  // Another PanelPack is running: it gets the focus (see 'second-instance') and this one leaves.
  app.quit();
} else {
  app.on('second-instance', focusWindow);
  app.on('web-contents-created', (_e, contents) =>
    hardenWebContents(contents, target, (url, why) => logger.info(`Blocked ${why}${url ? ` to ${url}` : ''}.`)),
  );
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app
    .whenReady()
    .then(ready)
    .catch((err: unknown) => {
      logger.log(err, 'startup');
      dialog.showErrorBox('PanelPack could not start', `Something went wrong while starting. The details are in ${logger.file}.`);
      app.exit(1);
    });
}
