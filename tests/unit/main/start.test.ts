/**
 * `npm start` where Electron cannot be downloaded: a clear message and exit 1, no stack dump.
 * Plus the checks it makes (is Electron there? is the build stale?) on temporary folders.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { cleanEnv, electronAbi, electronVersion } from '../../../scripts/build-native-electron.mjs';
import { buildIsStale, electronBinary } from '../../../scripts/start.mjs';
import { tempDir } from '../../helpers/tempWorkspace';

const root = join(import.meta.dirname, '..', '..', '..');
const t = tempDir();
afterAll(() => t.cleanup());

function fakeElectron(dir: string, opts: { version: string; installed?: string; exe?: boolean }) {
  mkdirSync(join(dir, 'dist'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ version: opts.version }));
  if (opts.installed) {
    writeFileSync(join(dir, 'dist', 'version'), opts.installed);
    writeFileSync(join(dir, 'path.txt'), 'electron');
  }
  if (opts.exe) writeFileSync(join(dir, 'dist', 'electron'), '');
}

describe('npm start', () => {
  it.skipIf(electronBinary() !== null)('with ELECTRON_SKIP_BINARY_DOWNLOAD set, says so, touches no network, and exits 1', () => {
    // Electron 42+ has no install script and its installer ignores this variable; npm start honours it itself.
    const res = spawnSync(process.execPath, [join(root, 'scripts', 'start.mjs')], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
    });
    expect(res.status).toBe(1);
    expect(res.stdout).not.toContain('Downloading Electron');
    expect(res.stderr).toContain('PanelPack could not start: the Electron program is not installed, and ELECTRON_SKIP_BINARY_DOWNLOAD is set, so PanelPack did not try to download it.');
    expect(res.stderr).toContain('`npm test`');
    expect(res.stderr).not.toMatch(/^\s+at /m);
  });

  it.skipIf(electronBinary() !== null)('explains plainly that the download failed, and what failed, and exits 1', () => {
    // A mirror on a closed loopback port and an empty cache: the download fails at once, offline.
    const env: Record<string, string | undefined> = { ...process.env, ELECTRON_MIRROR: 'http://127.0.0.1:9/', electron_config_cache: join(t.dir, 'no-cache') };
    delete env.ELECTRON_SKIP_BINARY_DOWNLOAD;
    const res = spawnSync(process.execPath, [join(root, 'scripts', 'start.mjs')], { cwd: root, encoding: 'utf8', env, timeout: 60_000 });
    expect(res.status).toBe(1);
    expect(res.stderr).toContain('PanelPack could not start: the Electron program is not installed and downloading it failed.');
    expect(res.stderr).toMatch(/What failed: .*(ECONNREFUSED|fetch failed|connect)/i);
    expect(res.stderr).toContain('needs internet access');
    expect(res.stderr).not.toMatch(/^\s+at /m);
  });

  it('finds Electron only when the download is complete and matches the package version', () => {
    const none = join(t.dir, 'e-none');
    fakeElectron(none, { version: '45.5.0' });
    expect(electronBinary(none)).toBeNull();
    const old = join(t.dir, 'e-old');
    fakeElectron(old, { version: '45.5.0', installed: 'v44.0.0', exe: true });
    expect(electronBinary(old)).toBeNull();
    const ok = join(t.dir, 'e-ok');
    fakeElectron(ok, { version: '45.5.0', installed: 'v45.5.0', exe: true });
    expect(electronBinary(ok)).toBe(join(ok, 'dist', 'electron'));
  });

  it('rebuilds when out/ is missing or older than the sources', () => {
    const app = join(t.dir, 'app');
    for (const d of ['out/main', 'out/preload', 'out/renderer', 'electron/main']) mkdirSync(join(app, d), { recursive: true });
    writeFileSync(join(app, 'electron/main/index.ts'), '');
    expect(buildIsStale(app)).toBe(true);
    const past = new Date(Date.now() - 60_000);
    utimesSync(join(app, 'electron/main/index.ts'), past, past);
    for (const f of ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html']) writeFileSync(join(app, f), '');
    expect(buildIsStale(app)).toBe(false);
    writeFileSync(join(app, 'electron/main/index.ts'), '// changed');
    const future = new Date(Date.now() + 60_000);
    utimesSync(join(app, 'electron/main/index.ts'), future, future);
    expect(buildIsStale(app)).toBe(true);
  });

  it('the prebuilt-binary lookup knows the pinned Electron’s ABI (node-abi as prebuild-install loads it)', () => {
    // prebuild-install asks node-abi for Electron's ABI; a node-abi older than the pinned Electron
    // throws "Could not detect abi", and every `npm start` would then compile from source.
    const fromBetterSqlite = createRequire(join(root, 'node_modules', 'better-sqlite3', 'package.json'));
    const fromPrebuild = createRequire(fromBetterSqlite.resolve('prebuild-install/package.json'));
    const nodeAbi = fromPrebuild('node-abi') as { getAbi(target: string, runtime: string): string };
    const version = electronVersion(root);
    expect(Number(version.split('.')[0])).toBeGreaterThanOrEqual(43); // a supported major (the latest three)
    expect(electronAbi(root)).toMatch(/^\d+$/);
    expect(nodeAbi.getAbi(version, 'electron')).toBe(electronAbi(root));
  });

  it('keeps npm’s nodedir and target settings away from the Electron build', () => {
    const env = cleanEnv({ PATH: '/usr/bin', npm_config_nodedir: '/usr', npm_config_target: '20.0.0', npm_config_cache: '/c' });
    expect(env).toEqual({ PATH: '/usr/bin', npm_config_cache: '/c' });
  });
});
