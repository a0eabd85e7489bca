/**
 * The secure window: its options, and the handlers that keep its page the app's own. Electron's
 * security checklist (https://www.electronjs.org/docs/latest/tutorial/security) item by item is in
 * docs/ARCHITECTURE.md ("Electron security checklist"); here: context isolation, sandbox, no Node
 * in the page, web security on, navigation and new windows denied, permissions refused, no
 * <webview>. The page itself comes from app://panelpack (appProtocol.ts), never file://.
 */
import type { BrowserWindowConstructorOptions, Session, WebContents } from 'electron';
import { isAppUrl, type RendererTarget } from './appUrl';
import { CONTENT_SECURITY_POLICY, withCsp } from './csp';

export interface WindowSettings {
  preloadPath: string;
  /** Development builds keep devtools; production builds have none. */
  isDev: boolean;
}

export function windowOptions({ preloadPath, isDev }: WindowSettings): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 860,
    minWidth: 800,
    minHeight: 560,
    title: 'PanelPack',
    // Shown on ready-to-show so the clerk never sees a blank white frame.
    show: false,
    backgroundColor: '#ffffff',
    autoHideMenuBar: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
      devTools: isDev,
    },
  };
}

/**
 * Keeps a webContents on the app's own page: navigation and redirects elsewhere are cancelled,
 * window.open is denied (PanelPack works offline and has no links out), and <webview> cannot be
 * attached. Each refusal is reported to `onBlocked`, for the log.
 */
export function hardenWebContents(contents: WebContents, target: RendererTarget, onBlocked?: (url: string, why: string) => void): void {
  const refuse = (event: { preventDefault(): void }, url: string, why: string): void => {
    if (isAppUrl(url, target)) return;
    event.preventDefault();
    onBlocked?.(url, why);
  };
  contents.on('will-navigate', (event, url) => refuse(event, event.url || url, 'navigation'));
  contents.on('will-frame-navigate', (event) => refuse(event, event.url, 'frame navigation'));
  contents.on('will-redirect', (event, url) => refuse(event, event.url || url, 'redirect'));
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    onBlocked?.('', 'webview');
  });
  contents.setWindowOpenHandler(({ url }) => {
    onBlocked?.(url, 'new window');
    return { action: 'deny' };
  });
}

/** Refuses every permission (camera, notifications, clipboard read…) and sends the CSP header. */
export function hardenSession(session: Session, policy = CONTENT_SECURITY_POLICY): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withCsp(details.responseHeaders, policy) });
  });
}
