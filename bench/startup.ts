/**
 * Start-up of the built `panelpack` command against a bare `node -e 0`: wall time, CPU time and
 * peak RSS of each process (reported by the process itself at exit, through startupReport.cjs),
 * runs interleaved so other load on the machine falls on every command alike.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { percentile } from './timing';

const COMMANDS = ['info', 'actions', 'meetings', 'check'];

function newest(dir: string): number {
  return Math.max(
    ...readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => statSync(join(d.parentPath, d.name)).mtimeMs),
  );
}

/** Why the built CLI cannot be measured, or null when it can. */
export function cliBuildProblem(root: string): string | null {
  const cli = join(root, 'out/main/cli.js');
  if (!existsSync(cli)) return 'the CLI is not built: run `npx electron-vite build` (or `npm run build`), then `npm run bench` again';
  const built = statSync(cli).mtimeMs;
  if (['electron', 'shared'].some((d) => newest(join(root, d)) > built)) return 'out/ is older than the sources: run `npx electron-vite build` first';
  return null;
}

export function benchStartup(root: string, dir: string, runs = 12): void {
  console.log(`\nStart-up of the built CLI (bin/panelpack.js over out/main) on the sample workspace; ${runs} interleaved runs each`);
  const problem = cliBuildProblem(root);
  if (problem) {
    console.log(`  not measured: ${problem}.`);
    return;
  }
  const bin = join(root, 'bin/panelpack.js');
  const file = join(dir, 'startup-sample.panelpack');
  const init = spawnSync(process.execPath, [bin, 'init', file, '--sample'], { encoding: 'utf8' });
  if (init.status !== 0) {
    console.log(`  not measured: could not make the sample workspace (${init.stderr.trim()}).`);
    return;
  }
  const reporter = join(root, 'bench/startupReport.cjs');
  const cases: [string, string[]][] = [['node -e 0', ['-e', '0']], ...COMMANDS.map((c): [string, string[]] => [`panelpack ${c}`, [bin, c, file]])];
  const wall = cases.map((): number[] => []);
  const cpu = cases.map((): number[] => []);
  const rss = cases.map((): number[] => []);
  for (let run = -1; run < runs; run++) {
    cases.forEach(([label, args], i) => {
      const start = performance.now();
      const r = spawnSync(process.execPath, ['-r', reporter, ...args], { encoding: 'utf8' });
      const elapsed = performance.now() - start;
      const m = /@@panelpack-bench (\d+) (\d+)/.exec(r.stderr);
      if (r.status !== 0 || !m) throw new Error(`${label} failed: ${r.stderr}`);
      if (run < 0) return; // warm-up: file cache, the sample's first open
      wall[i]?.push(elapsed);
      cpu[i]?.push(Number(m[2]) / 1000);
      rss[i]?.push(Number(m[1]) / 1024);
    });
  }
  const med = (xs: number[] | undefined): number => percentile([...(xs ?? [])].sort((a, b) => a - b), 50);
  const p95 = (xs: number[] | undefined): number => percentile([...(xs ?? [])].sort((a, b) => a - b), 95);
  const baseWall = med(wall[0]);
  const baseCpu = med(cpu[0]);
  console.log('  command                 wall p50   wall p95    CPU p50   peak RSS   x node (wall)   x node (CPU)');
  cases.forEach(([label], i) => {
    const w = med(wall[i]);
    const c = med(cpu[i]);
    const peak = Math.max(...(rss[i] ?? [0]));
    console.log(
      `  ${label.padEnd(22)} ${`${w.toFixed(0)} ms`.padStart(9)} ${`${p95(wall[i]).toFixed(0)} ms`.padStart(10)} ${`${c.toFixed(0)} ms`.padStart(10)} ${`${peak.toFixed(0)} MB`.padStart(10)} ${`${(w / baseWall).toFixed(2)}x`.padStart(15)} ${`${(c / baseCpu).toFixed(2)}x`.padStart(14)}`,
    );
  });
  console.log('  target: each command within 2x of node -e 0');
}
