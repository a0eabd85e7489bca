/**
 * Where the app's read-only resources (fonts, the sample board) are on disk, in every host:
 * the packaged app (Electron's process.resourcesPath, set by electron-builder's extraResources),
 * the built app and CLI (out/main, two levels below the repository), and tsx/vitest (electron/core).
 * PANELPACK_RESOURCES overrides all of them. Core never imports electron, so resourcesPath is read
 * off `process` where Electron puts it.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

function candidates(): string[] {
  const list: string[] = [];
  const env = process.env.PANELPACK_RESOURCES;
  if (env) list.push(resolve(env));
  const electronResources = (process as NodeJS.Process & { resourcesPath?: string }).resourcesPath;
  if (electronResources) list.push(electronResources);
  // Walk up from this module: electron/core (tsx, vitest) or out/main (built bundle).
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i += 1) {
    list.push(join(dir, 'resources'));
    dir = dirname(dir);
  }
  return list;
}

/** The resources folder: the first candidate that holds fonts/. */
export function resourcesDir(): string {
  if (cached) return cached;
  const found = candidates().find((c) => existsSync(join(c, 'fonts')));
  if (!found) throw new Error('PanelPack cannot find its resources folder (fonts and the sample board). Reinstall the app.');
  cached = found;
  return found;
}

export function resourcePath(...parts: string[]): string {
  return join(resourcesDir(), ...parts);
}
