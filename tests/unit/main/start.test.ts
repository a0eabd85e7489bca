/**
 * `npm start` where Electron cannot be downloaded: a clear message and exit 1, no stack dump.
 * Plus the checks it makes (is Electron there? is the build stale?) on temporary folders.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanEnv } from '../../../scripts/build-native-electron.mjs';
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
  it.skipIf(electronBinary() !== null)('explains plainly that Electron is missing and exits 1', () => {
    // ELECTRON_SKIP_BINARY_DOWNLOAD makes Electron's installer do nothing, so this needs no network.
    const res = spawnSync(process.execPath, [join(root, 'scripts', 'start.mjs')], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
    });
    expect(res.status).toBe(1);
    expect(res.stderr).toContain('PanelPack could not start: the Electron program is not installed and downloading it failed');
    expect(res.stderr).toContain('needs internet access');
    expect(res.stderr).toContain('`npm test`');
    expect(res.stderr).not.toMatch(/^\s+at /m);
  });

  it('finds Electron only when the download is complete and matches the package version', () => {
    const none = join(t.dir, 'e-none');
    fakeElectron(none, { version: '39.5.0' });
    expect(electronBinary(none)).toBeNull();
    const old = join(t.dir, 'e-old');
    fakeElectron(old, { version: '39.5.0', installed: 'v38.0.0', exe: true });
    expect(electronBinary(old)).toBeNull();
    const ok = join(t.dir, 'e-ok');
    fakeElectron(ok, { version: '39.5.0', installed: 'v39.5.0', exe: true });
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

  it('keeps npm’s nodedir and target settings away from the Electron build', () => {
    const env = cleanEnv({ PATH: '/usr/bin', npm_config_nodedir: '/usr', npm_config_target: '20.0.0', npm_config_cache: '/c' });
    expect(env).toEqual({ PATH: '/usr/bin', npm_config_cache: '/c' });
  });
});
