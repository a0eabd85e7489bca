#!/usr/bin/env node
/**
 * Builds better-sqlite3 for Electron's ABI into .native/electron-<version>/better_sqlite3.node
 * (gitignored), leaving node_modules/better-sqlite3 alone: that is the Node build vitest and the
 * CLI use, and rebuilding it in place (electron-rebuild's way) would break them. Electron main
 * hands this file to better-sqlite3 as its `nativeBinding` (electron/main/nativeBinding.ts).
 *
 * How: copy node_modules/better-sqlite3 to a scratch folder, then in the copy try a prebuilt
 * binary (prebuild-install --runtime electron; downloads from GitHub), else compile it with
 * node-gyp against Electron's headers (https://electronjs.org/headers; needs python3, make and a
 * C++ compiler). Run directly (`node scripts/build-native-electron.mjs [--force]`) or from
 * scripts/start.mjs.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The same layout as electron/main/nativeBinding.ts (a unit test checks the two agree). */
export function nativeBindingPath(root, electronVersion) {
  return join(root, '.native', `electron-${electronVersion}`, 'better_sqlite3.node');
}

function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

export function electronVersion(root = ROOT) {
  return readJson(join(root, 'node_modules', 'electron', 'package.json')).version;
}

/**
 * Electron's native-module ABI (NODE_MODULE_VERSION), from the `abi_version` file the electron
 * package ships (Electron 45: 150); null if the package has none. prebuild-install finds the same
 * number through node-abi; a unit test checks that the two agree, so a node-abi too old for the
 * pinned Electron is caught here rather than as a failed download.
 */
export function electronAbi(root = ROOT) {
  try {
    return readFileSync(join(root, 'node_modules', 'electron', 'abi_version'), 'utf8').trim() || null;
  } catch {
    return null;
  }
}

/**
 * npm passes its config to scripts as npm_config_* variables. Some of them (nodedir, target,
 * runtime, disturl) would make node-gyp build against Node's headers instead of Electron's.
 */
export function cleanEnv(env = process.env) {
  const out = {};
  for (const [k, v] of Object.entries(env)) {
    if (!/^npm_config_(nodedir|target|runtime|disturl|dist_url|arch|build_from_source)$/i.test(k)) out[k] = v;
  }
  return out;
}

function run(cmd, args, cwd) {
  const res = spawnSync(cmd, args, { cwd, env: cleanEnv(), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const output = `${res.stdout ?? ''}${res.stderr ?? ''}${res.error ? String(res.error) : ''}`;
  return { ok: res.status === 0, output };
}

function findNodeGyp(root) {
  const req = createRequire(join(root, 'package.json'));
  try {
    return req.resolve('node-gyp/bin/node-gyp.js');
  } catch {
    // Fall back to the node-gyp that ships inside npm.
    const npmBundled = join(dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
    return existsSync(npmBundled) ? npmBundled : null;
  }
}

function findPrebuildInstall(root) {
  try {
    return createRequire(join(root, 'package.json')).resolve('prebuild-install/bin.js');
  } catch {
    return null;
  }
}

export class NativeBuildError extends Error {
  constructor(message, detail) {
    super(message);
    this.name = 'NativeBuildError';
    this.detail = detail;
  }
}

/**
 * Returns the path of the Electron build, building it when missing or stale (another
 * better-sqlite3 or Electron version, or another architecture). Throws NativeBuildError with a
 * plain message when it cannot.
 */
export function ensureElectronNative({ root = ROOT, force = false, log = console.log, arch = process.arch } = {}) {
  const version = electronVersion(root);
  const target = nativeBindingPath(root, version);
  const infoFile = join(dirname(target), 'build-info.json');
  const sourceDir = join(root, 'node_modules', 'better-sqlite3');
  const wanted = { electron: version, betterSqlite3: readJson(join(sourceDir, 'package.json')).version, platform: process.platform, arch };
  if (!force && existsSync(target) && existsSync(infoFile)) {
    const have = readJson(infoFile);
    if (Object.entries(wanted).every(([k, v]) => have[k] === v)) return target;
  }

  const abi = electronAbi(root);
  log(`Building better-sqlite3 ${wanted.betterSqlite3} for Electron ${version}${abi ? ` (ABI ${abi})` : ''} (${process.platform}-${arch}) into ${relative(root, target)}…`);
  const work = join(root, '.native', `work-${process.pid}`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  try {
    // Copy the sources only; the copy's build/ is the Electron one and never touches node_modules.
    cpSync(sourceDir, work, { recursive: true, filter: (src) => relative(sourceDir, src).split(/[\\/]/)[0] !== 'build' });
    const built = join(work, 'build', 'Release', 'better_sqlite3.node');
    const attempts = [];

    const prebuild = findPrebuildInstall(root);
    if (prebuild) {
      const r = run(process.execPath, [prebuild, '--runtime', 'electron', '--target', version, '--arch', arch, '--platform', process.platform], work);
      attempts.push(`prebuild-install: ${r.ok ? 'ok' : lastLines(r.output)}`);
    }
    if (!existsSync(built)) {
      const gyp = findNodeGyp(root);
      if (!gyp) throw new NativeBuildError('node-gyp was not found, so better-sqlite3 could not be compiled for Electron.', attempts.join('\n'));
      log('No prebuilt binary; compiling with node-gyp against Electron’s headers (a few minutes)…');
      const r = run(
        process.execPath,
        [gyp, 'rebuild', '--release', '--jobs', 'max', '--runtime=electron', `--target=${version}`, `--arch=${arch}`, '--dist-url=https://electronjs.org/headers'],
        work,
      );
      attempts.push(`node-gyp: ${r.ok ? 'ok' : lastLines(r.output)}`);
    }
    if (!existsSync(built)) {
      throw new NativeBuildError(
        `Could not build better-sqlite3 for Electron ${version}. This needs internet access (a prebuilt binary from GitHub, or Electron's headers from electronjs.org) and, for compiling, python3, make and a C++ compiler. node_modules/better-sqlite3 (used by npm test and the CLI) was not changed.`,
        attempts.join('\n'),
      );
    }
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(built, target);
    writeFileSync(infoFile, `${JSON.stringify({ ...wanted, abi, builtAt: new Date().toISOString() }, null, 2)}\n`);
    log(`Built ${relative(root, target)}.`);
    return target;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The lines of a tool's output that say what went wrong, without stack frames and banners. */
function lastLines(text, n = 6) {
  const lines = text.trim().split('\n');
  const telling = lines.filter(
    (l) => /ERR!|WARN|error|Error/.test(l) && !/stack\s+at |ERR! (System|command|cwd|node -v|node-gyp -v|not ok)/.test(l),
  );
  return (telling.length ? telling : lines).slice(0, n).join('\n');
}

// Run as a script.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    const path = ensureElectronNative({ force: process.argv.includes('--force') });
    console.log(`Electron build of better-sqlite3: ${relative(ROOT, path)}`);
  } catch (err) {
    if (!(err instanceof NativeBuildError)) throw err;
    console.error(err.message);
    if (err.detail) console.error(`\nWhat was tried:\n${err.detail}`);
    process.exit(1);
  }
}
