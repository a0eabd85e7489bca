/**
 * Where the renderer comes from, and whether a URL is the app's own: the built index.html served
 * from the app's own origin, app://panelpack (appProtocol.ts; never file://), or electron-vite's
 * dev server in development. Pure, so the security checks that depend on it (navigation, IPC
 * sender) can be unit-tested without Electron.
 */
import { join } from 'node:path';
import { APP_HOST, APP_INDEX_URL, APP_SCHEME } from './appProtocol';

export type RendererTarget = { kind: 'app'; rendererDir: string; url: string } | { kind: 'dev'; url: string };

/** `mainDir` is the folder of the built main bundle (out/main); `devUrl` is ELECTRON_RENDERER_URL. */
export function rendererTarget(mainDir: string, devUrl: string | undefined): RendererTarget {
  if (devUrl) return { kind: 'dev', url: devUrl };
  return { kind: 'app', rendererDir: join(mainDir, '..', 'renderer'), url: APP_INDEX_URL };
}

export function preloadPath(mainDir: string): string {
  return join(mainDir, '..', 'preload', 'index.cjs');
}

/**
 * True only for the app's own page: app://panelpack/index.html (any hash route), or the dev
 * server's origin. Nothing on file:// is the app's any more.
 */
export function isAppUrl(url: string, target: RendererTarget): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (target.kind === 'dev') {
    const dev = new URL(target.url);
    return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.origin === dev.origin;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.hostname.toLowerCase() !== APP_HOST) return false;
  if (parsed.username || parsed.password || parsed.port) return false;
  // vue-router uses hash history, so every screen is the same page with a different hash.
  return parsed.pathname === '/index.html';
}
