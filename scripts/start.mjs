#!/usr/bin/env node
/**
 * `npm start`: (a) fetch the Electron binary if it is missing (npm install does not, so that
 * install works where only the npm registry is reachable); (b) build better-sqlite3 for Electron's
 * ABI into .native/ without touching the Node build; (c) build the app if out/ is missing or older
 * than the sources; (d) launch Electron. Expected failures print plain sentences, no stack dump.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { NativeBuildError, ensureElectronNative } from './build-native-electron.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ELECTRON_DIR = join(ROOT, 'node_modules', 'electron');

class StartError extends Error {}

/** The Electron executable when node_modules/electron has a complete, matching download; else null. */
export function electronBinary(dir = ELECTRON_DIR) {
  try {
    const version = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;
    const installed = readFileSync(join(dir, 'dist', 'version'), 'utf8').trim().replace(/^v/, '');
    const rel = readFileSync(join(dir, 'path.txt'), 'utf8').trim();
    const exe = process.env.ELECTRON_OVERRIDE_DIST_PATH ? join(process.env.ELECTRON_OVERRIDE_DIST_PATH, rel) : join(dir, 'dist', rel);
    return installed === version && existsSync(exe) ? exe : null;
  } catch {
    // No path.txt or dist/: Electron's postinstall has not run (allowScripts denies it).
    return null;
  }
}

/** The first line of the error Electron's installer printed, e.g. "RequestError: getaddrinfo ENOTFOUND github.com". */
function firstErrorLine(text) {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  return lines.find((l) => /error/i.test(l) && !l.startsWith('at ')) ?? lines[0] ?? 'no message';
}

/** What still works without Electron, for the end of every "could not start" message. */
const WITHOUT_ELECTRON = [
  'Without Electron you can still run `npm test`, the `panelpack` command line (after `npm run build`),',
  'and the browser tests (`npm run test:e2e`).',
];

/**
 * Since Electron 42 the `electron` package has no install script and its installer no longer
 * looks at ELECTRON_SKIP_BINARY_DOWNLOAD, so PanelPack honours that variable itself: when it is
 * set, nothing is downloaded (and no network is touched).
 */
function ensureElectron() {
  const have = electronBinary();
  if (have) return have;
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
    throw new StartError(
      [
        'PanelPack could not start: the Electron program is not installed, and ELECTRON_SKIP_BINARY_DOWNLOAD is set, so PanelPack did not try to download it.',
        'Unset ELECTRON_SKIP_BINARY_DOWNLOAD and run `npm start` again with internet access to download it.',
        '',
        ...WITHOUT_ELECTRON,
      ].join('\n'),
    );
  }
  console.log('Downloading Electron (first run only)…');
  const res = spawnSync(process.execPath, [join(ELECTRON_DIR, 'install.js')], {
    cwd: ELECTRON_DIR,
    encoding: 'utf8',
    stdio: ['ignore', 'inherit', 'pipe'],
    // A blocked network can hang rather than fail; give up after a generous wait.
    timeout: 15 * 60_000,
  });
  const exe = electronBinary();
  if (exe) return exe;
  const why = res.error ? String(res.error) : firstErrorLine(res.stderr ?? '');
  throw new StartError(
    [
      'PanelPack could not start: the Electron program is not installed and downloading it failed.',
      `What failed: ${why}`,
      '',
      'Electron is downloaded from GitHub the first time you run `npm start`, so this needs internet access.',
      'Connect to the internet (or set ELECTRON_MIRROR to a mirror you can reach) and run `npm start` again.',
      '',
      ...WITHOUT_ELECTRON,
    ].join('\n'),
  );
}

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** True when any built entry is missing or older than any source it is built from. */
export function buildIsStale(root = ROOT) {
  const outputs = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'].map((p) => join(root, p));
  if (outputs.some((p) => !existsSync(p))) return true;
  const built = Math.min(...outputs.map((p) => statSync(p).mtimeMs));
  const sources = ['electron', 'shared', 'renderer', 'resources', 'electron.vite.config.ts', 'package.json'].map((p) => join(root, p));
  return sources.some((p) => newestMtime(p) > built);
}

function build() {
  console.log('Building PanelPack…');
  const cli = join(ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  const res = spawnSync(process.execPath, [cli, 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (res.status !== 0) throw new StartError('PanelPack could not start: the build (`electron-vite build`) failed; its messages are above.');
}

function launch(exe) {
  const env = { ...process.env };
  // Set by some tools; it would make Electron behave as plain Node and ignore the app.
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(exe, [ROOT, ...process.argv.slice(2)], { cwd: ROOT, env, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('error', (err) => {
    console.error(`PanelPack could not start Electron (${exe}): ${err.message}`);
    process.exit(1);
  });
  child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function main() {
  const exe = ensureElectron();
  try {
    ensureElectronNative();
  } catch (err) {
    if (!(err instanceof NativeBuildError)) throw err;
    throw new StartError(`PanelPack could not start: ${err.message}${err.detail ? `\n\nWhat was tried:\n${err.detail}` : ''}`);
  }
  if (buildIsStale()) build();
  launch(exe);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    main();
  } catch (err) {
    if (!(err instanceof StartError)) throw err;
    console.error(err.message);
    process.exit(1);
  }
}
