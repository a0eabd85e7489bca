/** The secure window's options and the handlers that keep its page the app's own. */
import type { Session, WebContents } from 'electron';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { isAppUrl, preloadPath, rendererTarget, type RendererTarget } from '../../../electron/main/appUrl';
import { CONTENT_SECURITY_POLICY, DEV_CONTENT_SECURITY_POLICY, withCsp } from '../../../electron/main/csp';
import { hardenSession, hardenWebContents, windowOptions } from '../../../electron/main/window';

const root = join(import.meta.dirname, '..', '..', '..');
const appTarget = rendererTarget('/opt/PanelPack/out/main', undefined);
const devTarget: RendererTarget = { kind: 'dev', url: 'http://localhost:5173/' };

describe('window options', () => {
  it('isolates and sandboxes the page with no Node and web security on', () => {
    const opts = windowOptions({ preloadPath: '/opt/PanelPack/out/preload/index.cjs', isDev: false });
    expect(opts.show).toBe(false);
    expect(opts.webPreferences).toMatchObject({
      preload: '/opt/PanelPack/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      devTools: false,
    });
  });

  it('keeps devtools for development only', () => {
    expect(windowOptions({ preloadPath: 'p', isDev: true }).webPreferences?.devTools).toBe(true);
  });

  it('points at the built CommonJS preload and renderer beside the main bundle', () => {
    expect(preloadPath('/opt/PanelPack/out/main')).toBe(join('/opt/PanelPack/out/preload/index.cjs'));
    expect(appTarget).toEqual({ kind: 'app', rendererDir: join('/opt/PanelPack/out/renderer'), url: 'app://panelpack/index.html' });
    expect(rendererTarget('/x', 'http://localhost:5173')).toEqual({ kind: 'dev', url: 'http://localhost:5173' });
  });
});

describe('the app’s own URL', () => {
  it.each([
    ['app://panelpack/index.html', true],
    ['app://panelpack/index.html#/actions/0193', true],
    ['app://PanelPack/index.html#/meetings', true],
    ['app://panelpack/other.html', false],
    ['app://panelpack/', false],
    ['app://panelpack/assets/index.js', false],
    ['app://evil/index.html', false],
    ['app://panelpack:8080/index.html', false],
    ['app://user@panelpack/index.html', false],
    ['file:///opt/PanelPack/out/renderer/index.html', false],
    ['file:///etc/passwd', false],
    ['https://example.com/', false],
    ['http://localhost:5173/', false],
    ['javascript:alert(1)', false],
    ['not a url', false],
  ])('built app: %s -> %s', (url, ok) => expect(isAppUrl(url, appTarget)).toBe(ok));

  it.each([
    ['http://localhost:5173/#/strategy', true],
    ['http://localhost:5174/', false],
    ['https://localhost:5173/', false],
    ['file:///opt/PanelPack/out/renderer/index.html', false],
  ])('dev server: %s -> %s', (url, ok) => expect(isAppUrl(url, devTarget)).toBe(ok));
});

type Listener = (...args: unknown[]) => void;
function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((d: { url: string }) => { action: string }) | undefined;
  const contents = {
    on: (name: string, fn: Listener) => listeners.set(name, fn),
    setWindowOpenHandler: (fn: typeof openHandler) => (openHandler = fn),
  };
  const fire = (name: string, url: string) => {
    const event = { url, preventDefault: vi.fn() };
    const fn = listeners.get(name);
    if (!fn) throw new Error(`no ${name} listener`);
    fn(event, url);
    return event.preventDefault.mock.calls.length > 0;
  };
  return { contents: contents as unknown as WebContents, listeners, fire, open: (url: string) => openHandler?.({ url }) };
}

describe('webContents hardening', () => {
  const own = 'app://panelpack/index.html#/settings';
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s: blocks other URLs and allows the app’s own', (name) => {
    const f = fakeContents();
    const blocked = vi.fn();
    hardenWebContents(f.contents, appTarget, blocked);
    expect(f.fire(name, 'https://example.com/phish')).toBe(true);
    expect(blocked).toHaveBeenCalledWith('https://example.com/phish', expect.any(String));
    expect(f.fire(name, 'file:///home/clerk/Downloads/page.html')).toBe(true);
    expect(f.fire(name, 'file:///opt/PanelPack/out/renderer/index.html')).toBe(true);
    expect(f.fire(name, 'app://other/index.html')).toBe(true);
    expect(f.fire(name, own)).toBe(false);
  });

  it('refuses <webview> and denies every window.open', () => {
    const f = fakeContents();
    hardenWebContents(f.contents, appTarget);
    expect(f.fire('will-attach-webview', 'about:blank')).toBe(true);
    expect(f.open('https://example.com/')).toEqual({ action: 'deny' });
    expect(f.open(own)).toEqual({ action: 'deny' });
  });
});

describe('session hardening', () => {
  function fakeSession() {
    const s = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
      webRequest: { onHeadersReceived: vi.fn() },
    };
    hardenSession(s as unknown as Session);
    return s;
  }

  it('refuses every permission request and check', () => {
    const s = fakeSession();
    const request = s.setPermissionRequestHandler.mock.calls[0]?.[0] as (c: unknown, p: string, cb: (ok: boolean) => void) => void;
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal']) {
      const cb = vi.fn();
      request({}, permission, cb);
      expect(cb).toHaveBeenCalledWith(false);
    }
    const check = s.setPermissionCheckHandler.mock.calls[0]?.[0] as (...a: unknown[]) => boolean;
    expect(check(null, 'media', 'file://')).toBe(false);
    const device = s.setDevicePermissionHandler.mock.calls[0]?.[0] as (...a: unknown[]) => boolean;
    expect(device({ deviceType: 'usb' })).toBe(false);
  });

  it('sends the strict CSP header on every response, replacing any other', () => {
    const s = fakeSession();
    const listener = s.webRequest.onHeadersReceived.mock.calls[0]?.[0] as (d: unknown, cb: (r: unknown) => void) => void;
    const cb = vi.fn();
    listener({ responseHeaders: { 'content-security-policy': ["default-src *"], 'Content-Type': ['text/html'] } }, cb);
    expect(cb).toHaveBeenCalledWith({
      responseHeaders: { 'Content-Type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
    expect(withCsp(undefined)).toEqual({ 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
  });
});

describe('Content-Security-Policy', () => {
  it('is the same policy as the renderer’s meta tag', () => {
    const html = readFileSync(join(root, 'renderer', 'index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
    expect(meta?.[1]).toBe(CONTENT_SECURITY_POLICY);
  });

  it('allows nothing remote and no inline script', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });

  it('relaxes only styles and the hot-reload socket for the dev server', () => {
    expect(DEV_CONTENT_SECURITY_POLICY).toContain("style-src 'self' 'unsafe-inline'");
    expect(DEV_CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
    expect(DEV_CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:/);
  });
});
