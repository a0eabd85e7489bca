/**
 * The app:// protocol handler over a real folder of built files (and real symbolic links): only
 * files inside the renderer folder are served, with their types and the CSP; every way out of the
 * folder is refused before a file is opened. Plus main's wiring, with `electron` stubbed: the
 * scheme is registered as privileged before the app is ready, and the window loads app://.
 */
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { APP_INDEX_URL, APP_SCHEME_PRIVILEGES, appResponse, contentTypeFor, resolveAppPath } from '../../../electron/main/appProtocol';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/csp';
import { tempDir } from '../../helpers/tempWorkspace';

const t = tempDir();
afterAll(() => t.cleanup());

// A built renderer beside a secret it must never serve, and links that try to reach it.
const root = join(t.dir, 'app');
const renderer = join(root, 'out', 'renderer');
mkdirSync(join(renderer, 'assets'), { recursive: true });
mkdirSync(join(renderer, 'pdfjs'), { recursive: true });
writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>PanelPack</title>');
writeFileSync(join(renderer, 'assets', 'index-abc123.js'), 'export const ok = 1;');
writeFileSync(join(renderer, 'assets', 'index-abc123.css'), 'body { margin: 0 }');
writeFileSync(join(renderer, 'pdfjs', 'openjpeg_nowasm_fallback.js'), 'export default function A() {}');
writeFileSync(join(renderer, 'pdfjs', 'LICENSE_OPENJPEG'), 'BSD');
writeFileSync(join(root, 'out', 'secret.txt'), 'SECRET-OUTSIDE-RENDERER');
writeFileSync(join(root, 'out', 'renderer-evil.html'), 'SECRET-SIBLING-FOLDER');
symlinkSync(join(root, 'out', 'secret.txt'), join(renderer, 'assets', 'link-out.txt'));
symlinkSync(join(root, 'out'), join(renderer, 'dir-out'));
symlinkSync(join(renderer, 'assets', 'index-abc123.js'), join(renderer, 'assets', 'link-in.js'));

const get = (url: string, method = 'GET') => appResponse({ url, method }, renderer, CONTENT_SECURITY_POLICY);

describe('resolving app:// URLs (pure)', () => {
  it('maps the app’s own paths to files inside the renderer folder', () => {
    expect(resolveAppPath('app://panelpack/index.html', renderer)).toEqual({ ok: true, file: join(renderer, 'index.html') });
    expect(resolveAppPath('app://panelpack/', renderer)).toEqual({ ok: true, file: join(renderer, 'index.html') });
    expect(resolveAppPath('app://panelpack/assets/index-abc123.js?v=1#x', renderer)).toEqual({ ok: true, file: join(renderer, 'assets', 'index-abc123.js') });
    expect(resolveAppPath('app://panelpack/assets/a%20b.js', renderer)).toEqual({ ok: true, file: join(renderer, 'assets', 'a b.js') });
  });

  it.each([
    ['a plain ../ (left after the URL parser)', 'app://panelpack/assets/../../secret.txt'],
    ['.. at the top', 'app://panelpack/../secret.txt'],
    ['encoded dots %2e%2e', 'app://panelpack/%2e%2e/secret.txt'],
    ['mixed .%2E', 'app://panelpack/assets/.%2E/.%2E/secret.txt'],
    ['an encoded slash ..%2f', 'app://panelpack/..%2fsecret.txt'],
    ['an encoded slash %2F in a name', 'app://panelpack/assets%2F..%2F..%2Fsecret.txt'],
    ['an encoded backslash ..%5c', 'app://panelpack/..%5c..%5csecret.txt'],
    ['a double-encoded %252e%252e', 'app://panelpack/%252e%252e/secret.txt'],
    ['an absolute path smuggled in a segment', 'app://panelpack/%2Fetc%2Fpasswd'],
    ['a Windows drive', 'app://panelpack/C:%5CWindows%5Cwin.ini'],
    ['a NUL byte', 'app://panelpack/index.html%00.png'],
    ['a line break', 'app://panelpack/index%0A.html'],
    ['an empty segment', 'app://panelpack/assets//index-abc123.js'],
    ['a badly encoded path', 'app://panelpack/%E0%A4%A'],
    ['another host', 'app://evil/index.html'],
    ['no host', 'app:///index.html'],
    ['a port', 'app://panelpack:8080/index.html'],
    ['a user name', 'app://clerk@panelpack/index.html'],
    ['another scheme', 'file:///etc/passwd'],
    ['https', 'https://panelpack/index.html'],
    ['not a URL', 'not a url'],
  ])('refuses %s', (_why, url) => {
    const r = resolveAppPath(url, renderer);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.status).toBe(403);
  });

  it('never lets the query choose the file', () => {
    expect(resolveAppPath('app://panelpack/?../../secret.txt', renderer)).toEqual({ ok: true, file: join(renderer, 'index.html') });
    expect(resolveAppPath('app://panelpack/index.html?file=/etc/passwd', renderer)).toEqual({ ok: true, file: join(renderer, 'index.html') });
  });

  it('gives each file type its MIME type, and guesses none', () => {
    expect(contentTypeFor('index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('a.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('pdf.worker.min.mjs')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('index.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('Roboto.woff2')).toBe('font/woff2');
    expect(contentTypeFor('logo.svg')).toBe('image/svg+xml');
    expect(contentTypeFor('jbig2.wasm')).toBe('application/wasm');
    expect(contentTypeFor('LICENSE_OPENJPEG')).toBe('application/octet-stream');
  });
});

describe('answering app:// requests (real files)', () => {
  it('serves index.html, scripts, styles and pdf.js’s decoders with their types, the CSP and nosniff', async () => {
    const cases: [string, string, string][] = [
      [APP_INDEX_URL, 'text/html; charset=utf-8', '<title>PanelPack</title>'],
      ['app://panelpack/assets/index-abc123.js', 'text/javascript; charset=utf-8', 'export const ok = 1;'],
      ['app://panelpack/assets/index-abc123.css', 'text/css; charset=utf-8', 'margin: 0'],
      ['app://panelpack/pdfjs/openjpeg_nowasm_fallback.js', 'text/javascript; charset=utf-8', 'export default'],
      ['app://panelpack/pdfjs/LICENSE_OPENJPEG', 'application/octet-stream', 'BSD'],
    ];
    for (const [url, type, text] of cases) {
      const res = await get(url);
      expect(res.status, url).toBe(200);
      expect(res.headers.get('content-type')).toBe(type);
      expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(await res.text()).toContain(text);
    }
  });

  it('follows a link that stays inside the folder', async () => {
    const res = await get('app://panelpack/assets/link-in.js');
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('export const ok = 1;');
  });

  it.each([
    ['a link to a file outside', 'app://panelpack/assets/link-out.txt'],
    ['a link to a folder outside', 'app://panelpack/dir-out/secret.txt'],
    ['a sibling folder sharing the name’s start', 'app://panelpack/../renderer-evil.html'],
    ['encoded dots', 'app://panelpack/%2e%2e/secret.txt'],
    ['an encoded slash', 'app://panelpack/..%2Fsecret.txt'],
    ['another host', 'app://evil/secret.txt'],
  ])('refuses %s with 403 and never sends the file', async (_why, url) => {
    const refused = vi.fn();
    const res = await appResponse({ url, method: 'GET' }, renderer, CONTENT_SECURITY_POLICY, refused);
    expect(res.status).toBe(403);
    const body = await res.text();
    expect(body).not.toContain('SECRET');
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(refused).toHaveBeenCalledWith(url, expect.any(String));
  });

  it('answers 404 for a missing file or a folder, 405 for other methods, and HEAD without a body', async () => {
    expect((await get('app://panelpack/assets/missing.js')).status).toBe(404);
    expect((await get('app://panelpack/assets')).status).toBe(404);
    expect((await get(APP_INDEX_URL, 'POST')).status).toBe(405);
    const head = await get(APP_INDEX_URL, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await head.text()).toBe('');
  });
});

describe('main’s wiring (electron stubbed)', () => {
  it('registers app:// as privileged before ready (standard, secure, no CSP bypass, no CORS), serves it after, and loads the window from it', async () => {
    const order: string[] = [];
    let onReady: () => void = () => undefined;
    const handle = vi.fn<(scheme: string, handler: unknown) => void>();
    const loadURL = vi.fn(() => Promise.resolve());
    const userData = join(t.dir, 'user-data');
    const webContents = { on: vi.fn(), setWindowOpenHandler: vi.fn() };
    class BrowserWindow {
      webContents = webContents;
      static getAllWindows = () => [];
      once = vi.fn();
      on = vi.fn();
      loadURL = loadURL;
      loadFile = vi.fn(() => Promise.reject(new Error('file:// must not be used')));
    }
    const session = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
      webRequest: { onHeadersReceived: vi.fn() },
      protocol: { handle: (scheme: string, handler: unknown) => (order.push('handle'), handle(scheme, handler)) },
    };
    const electron = {
      app: {
        enableSandbox: vi.fn(),
        setPath: vi.fn(),
        getPath: () => userData,
        getAppPath: () => root,
        isPackaged: false,
        getVersion: () => '0.1.0',
        requestSingleInstanceLock: () => true,
        on: vi.fn(),
        quit: vi.fn(),
        whenReady: () => (order.push('whenReady'), new Promise<void>((resolve) => (onReady = resolve))),
      },
      protocol: { registerSchemesAsPrivileged: vi.fn((s: unknown) => (order.push('register'), s)) },
      session: { defaultSession: session },
      BrowserWindow,
      Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn() },
      dialog: { showMessageBox: vi.fn(), showErrorBox: vi.fn() },
      ipcMain: { handle: vi.fn(), removeHandler: vi.fn() },
    };
    vi.doMock('electron', () => ({ ...electron, default: electron }));
    delete process.env.ELECTRON_RENDERER_URL;
    await import('../../../electron/main/index');
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([{ scheme: 'app', privileges: APP_SCHEME_PRIVILEGES }]);
    expect(APP_SCHEME_PRIVILEGES).toEqual({ standard: true, secure: true, supportFetchAPI: true, codeCache: true });
    onReady();
    await vi.waitFor(() => expect(loadURL).toHaveBeenCalledWith('app://panelpack/index.html'), { timeout: 10_000 });
    expect(order.indexOf('register')).toBeLessThan(order.indexOf('whenReady'));
    expect(handle).toHaveBeenCalledWith('app', expect.any(Function));
    // The handler registered is the real one: it serves the built renderer beside out/main.
    const handler = handle.mock.calls[0]?.[1] as (r: { url: string; method: string }) => Promise<Response>;
    const res = await handler({ url: 'app://panelpack/../../package.json', method: 'GET' });
    expect(res.status).toBe(403);
    vi.doUnmock('electron');
  });
});

describe('packaging fuses (electron-builder.yml)', () => {
  it('turns off file://’s extra privileges now that nothing is loaded from it, and keeps the other fuses locked', () => {
    const yml = readFileSync(join(import.meta.dirname, '..', '..', '..', 'electron-builder.yml'), 'utf8');
    const block = /^electronFuses:\n((?: {2}\w+: \w+\n)+)/m.exec(yml)?.[1] ?? '';
    const fuses: Record<string, boolean> = Object.fromEntries([...block.matchAll(/^ {2}(\w+): (\w+)$/gm)].map((m): [string, boolean] => [m[1] ?? '', m[2] === 'true']));
    expect(fuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });
});
