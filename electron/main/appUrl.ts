/**
 * Where the renderer comes from, and whether a URL is the app's own: the built index.html over
 * file://, or electron-vite's dev server in development. Pure, so the security checks that depend
 * on it (navigation, IPC sender) can be unit-tested without Electron.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export type RendererTarget = { kind: 'file'; indexPath: string } | { kind: 'dev'; url: string };

/** `mainDir` is the folder of the built main bundle (out/main); `devUrl` is ELECTRON_RENDERER_URL. */
export function rendererTarget(mainDir: string, devUrl: string | undefined): RendererTarget {
  if (devUrl) return { kind: 'dev', url: devUrl };
  return { kind: 'file', indexPath: join(mainDir, '..', 'renderer', 'index.html') };
}

export function preloadPath(mainDir: string): string {
  return join(mainDir, '..', 'preload', 'index.cjs');
}

/** True only for the app's own page: the same file (any hash route), or the dev server's origin. */
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
  if (parsed.protocol !== 'file:') return false;
  // vue-router uses hash history, so every screen is the same file with a different hash.
  parsed.hash = '';
  parsed.search = '';
  return parsed.href === pathToFileURL(target.indexPath).href;
}
