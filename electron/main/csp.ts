/**
 * The renderer's Content-Security-Policy. renderer/index.html carries the same policy in a meta
 * tag (a unit test keeps the two equal); main also sends it as a response header so it holds even
 * if the page's markup changes. Nothing remote: no connect-src, no frames, no plugins.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Only under `electron-vite dev`: Vite's dev server injects component styles inline and keeps a
 * websocket open for hot reload. Never used for the built app.
 */
export const DEV_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'").replace(
  "connect-src 'none'",
  "connect-src 'self' ws://localhost:* ws://127.0.0.1:*",
);

/** Response headers with any existing CSP (in any letter case) replaced by ours. */
export function withCsp(headers: Record<string, string[]> | undefined, policy = CONTENT_SECURITY_POLICY): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') out[name] = value;
  }
  out['Content-Security-Policy'] = [policy];
  return out;
}
