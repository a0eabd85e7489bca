/**
 * The `app://` protocol the built renderer is served from (Electron's security checklist: "Avoid
 * usage of the file:// protocol and prefer usage of custom protocols"). One origin,
 * app://panelpack, serves the files of out/renderer and nothing else: every request is resolved
 * here to a file inside that folder or refused, before any file is opened.
 *
 * Refused with 403: another scheme or host, a user name, password or port, `..` or `.` segments
 * (also percent-encoded, `%2e%2e`), encoded slashes or backslashes (`..%2f`, `%5c`), NUL bytes,
 * drive letters and other `:` in a segment, and any path that leaves the folder, including through
 * a symbolic link (the real path must stay inside the folder's real path). The query is never
 * part of the file name, so `?../../etc/passwd` only ever asks for index.html. Only GET and HEAD
 * (405 otherwise); a missing file or a folder is 404. Every answer carries the app's
 * Content-Security-Policy and `X-Content-Type-Options: nosniff`, and a type from the file's
 * extension (unknown ones are `application/octet-stream`, never sniffed).
 *
 * `resolveAppPath` is pure (no file system) and `appResponse` touches only the files it resolved,
 * so both are unit-tested without Electron (tests/unit/main/appProtocol.test.ts).
 */
// Called through `promises.` at request time: Electron's asar support patches these functions on
// fs.promises, so the packaged app's files inside app.asar are read the same way.
import { promises as fsp } from 'node:fs';
import { extname, isAbsolute, join, relative, sep } from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'panelpack';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/**
 * Passed to `protocol.registerSchemesAsPrivileged` before the app is ready. `standard` gives the
 * scheme real origins (so 'self' in the CSP, sessionStorage and module scripts work as on the
 * web) and `secure` makes it a secure context; `supportFetchAPI` lets module scripts and pdf.js's
 * worker load from it; `codeCache` lets V8 cache its scripts. Deliberately absent: `bypassCSP`,
 * `corsEnabled` (which would let other origins read its files), `allowServiceWorkers`, `stream`.
 */
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true, codeCache: true } as const;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** The Content-Type for a file name, by its extension (any case); unknown ones are not guessed. */
export function contentTypeFor(file: string): string {
  return TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export type AppPath = { ok: true; file: string } | { ok: false; status: 403 | 404; reason: string };

const refuse = (reason: string): AppPath => ({ ok: false, status: 403, reason });

/**
 * The file inside `rendererDir` that `url` names, or why it is refused. Pure: it looks at the URL
 * only (symbolic links are checked by `appResponse`, which has the file system).
 */
export function resolveAppPath(url: string, rendererDir: string): AppPath {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return refuse('not a URL');
  }
  if (parsed.protocol !== `${APP_SCHEME}:`) return refuse(`another scheme (${parsed.protocol})`);
  if (parsed.hostname.toLowerCase() !== APP_HOST) return refuse(`another host (${parsed.host || 'none'})`);
  if (parsed.username || parsed.password || parsed.port) return refuse('a user name, password or port');
  // The path as written, before the URL parser resolves dot segments (it would quietly turn
  // `/assets/../../x` into `/x`): a request that tries to climb is refused outright, not clamped.
  const written = /^[^:]+:\/\/[^/?#]*(\/[^?#]*)?/.exec(url)?.[1] ?? '/';
  const encoded = written.slice(1).split('/');
  if (encoded.length === 1 && encoded[0] === '') encoded[0] = 'index.html';
  const segments: string[] = [];
  for (const part of encoded) {
    let segment: string;
    try {
      segment = decodeURIComponent(part);
    } catch {
      return refuse('a badly encoded path');
    }
    if (segment === '' || segment === '.' || segment === '..') return refuse('an empty, "." or ".." segment');
    // `%` left after decoding is double encoding (`%252e%252e`); none of the app's files has one.
    if (/[/\\:%]/.test(segment) || [...segment].some((c) => c.charCodeAt(0) < 0x20)) {
      return refuse('a slash, backslash, colon, % or control character inside a segment');
    }
    segments.push(segment);
  }
  const file = join(rendererDir, ...segments);
  const rel = relative(rendererDir, file);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return refuse('a path outside the renderer folder');
  return { ok: true, file };
}

/** Headers every answer carries. */
function baseHeaders(policy: string, type: string): Record<string, string> {
  return { 'Content-Type': type, 'Content-Security-Policy': policy, 'X-Content-Type-Options': 'nosniff' };
}

function plain(status: number, text: string, policy: string): Response {
  return new Response(text, { status, headers: baseHeaders(policy, 'text/plain; charset=utf-8') });
}

const inside = (dir: string, path: string): boolean => path === dir || path.startsWith(dir.endsWith(sep) ? dir : dir + sep);

export interface AppRequest {
  url: string;
  method: string;
}

/**
 * The answer to one request: the file's bytes with its type and the CSP, or a refusal. `onRefused`
 * hears why (for the log); the page sees only the status and a short text.
 */
export async function appResponse(
  request: AppRequest,
  rendererDir: string,
  policy: string,
  onRefused?: (url: string, reason: string) => void,
): Promise<Response> {
  const method = request.method.toUpperCase();
  if (method !== 'GET' && method !== 'HEAD') return plain(405, 'Method not allowed', policy);
  const resolved = resolveAppPath(request.url, rendererDir);
  if (!resolved.ok) {
    onRefused?.(request.url, resolved.reason);
    return plain(resolved.status, resolved.status === 403 ? 'Forbidden' : 'Not found', policy);
  }
  let real: string;
  try {
    const [realDir, realFile] = await Promise.all([fsp.realpath(rendererDir), fsp.realpath(resolved.file)]);
    if (!inside(realDir, realFile) || realFile === realDir) {
      onRefused?.(request.url, 'a symbolic link out of the renderer folder');
      return plain(403, 'Forbidden', policy);
    }
    real = realFile;
    if (!(await fsp.stat(real)).isFile()) return plain(404, 'Not found', policy);
  } catch {
    return plain(404, 'Not found', policy);
  }
  const headers = baseHeaders(policy, contentTypeFor(resolved.file));
  if (method === 'HEAD') return new Response(null, { status: 200, headers });
  return new Response(await fsp.readFile(real), { status: 200, headers });
}
