/**
 * Where the better-sqlite3 binary built for Electron's ABI lives. node_modules/better-sqlite3 keeps
 * the Node build (vitest, the CLI); scripts/build-native-electron.mjs builds the Electron one into
 * .native/electron-<version>/, and electron-builder ships that folder as resources/native/.
 * The same relative layout is used in scripts/build-native-electron.mjs (a unit test checks).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export function nativeBindingRelative(electronVersion: string): string {
  return join(`electron-${electronVersion}`, 'better_sqlite3.node');
}

export interface NativeLocation {
  isPackaged: boolean;
  /** The project folder in development (app.getAppPath()). */
  appPath: string;
  /** process.resourcesPath in a packaged app. */
  resourcesPath: string;
  electronVersion: string;
}

export function nativeBindingCandidate(loc: NativeLocation): string {
  const base = loc.isPackaged ? join(loc.resourcesPath, 'native') : join(loc.appPath, '.native');
  return join(base, nativeBindingRelative(loc.electronVersion));
}

/** The Electron build's path when it exists; undefined means better-sqlite3's default (Node) build. */
export function findNativeBinding(loc: NativeLocation, exists: (p: string) => boolean = existsSync): string | undefined {
  const candidate = nativeBindingCandidate(loc);
  return exists(candidate) ? candidate : undefined;
}
