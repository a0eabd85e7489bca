/**
 * `npm run bench`: prints figures for opening a workspace; every action-log filter at 10k and 100k
 * actions, core against the same SQL run raw; what the triggers of migration 0005 cost on writes;
 * start-up of the built CLI beside a bare `node -e 0` (wall, CPU, peak RSS); the built app's sizes;
 * the action-log PDF for 1,000 actions; and an agenda pack of 12 items with 150, 300 and 600 pages
 * of reports (members' and public); a 30-item meeting's minutes PDF (members' and public); a
 * 300-page evidence pack (standard and large print) against plain pdfmake + the same merge; the
 * sample board's build; one field save of the minutes through the contract.
 * The start-up and size sections need a build (`npx electron-vite build`); without one they say so.
 * Figures, not pass/fail: targets are printed beside them. Times are wall-clock, so other load on
 * the machine (printed at the top) inflates them.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { printActionLog } from '../electron/core/packs/printActionLog';
import { Workspace } from '../electron/core/workspace';
import { benchBundle } from './bundle';
import { benchEvidence } from './evidence';
import { benchMinuteSave } from './minutes';
import { benchMinutes } from './minutesPdf';
import { benchPack } from './pack';
import { benchQueries, TODAY } from './queries';
import { benchSample } from './sample';
import { seedActions } from './seed';
import { benchStartup } from './startup';
import { ms, percentile, time } from './timing';
import { benchWrites } from './writes';

const root = resolve(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'panelpack-bench-'));

function benchOpen(): void {
  const samples: number[] = [];
  for (let i = 0; i < 20; i++) {
    const path = join(dir, `open-${i}.panelpack`);
    const start = performance.now();
    const ws = Workspace.create(path, { councilName: 'Benchmark Council', boardName: 'Corporate Parenting Board' }, { actor: 'bench' });
    ws.close();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const reopen = time(20, () => Workspace.open(join(dir, 'open-0.panelpack'), { actor: 'bench' }).close());
  console.log('\nOpen a workspace');
  console.log(`  create + migrate a new file   p50 ${ms(percentile(samples, 50))}   p95 ${ms(percentile(samples, 95))}`);
  console.log(`  open an existing file          p50 ${ms(reopen.p50)}   p95 ${ms(reopen.p95)}   (header check, quick_check, pragmas)`);
}

async function benchPdf(): Promise<void> {
  const path = join(dir, 'actions-1000.panelpack');
  const ws = Workspace.open(path, { actor: 'bench' });
  const out = join(dir, 'action-log-1000.pdf');
  console.log('\nAction-log PDF, 1,000 actions');
  try {
    const before = process.memoryUsage().rss;
    const start = performance.now();
    const result = await printActionLog(ws, { filter: {}, today: TODAY, out });
    const elapsed = performance.now() - start;
    const mb = (process.memoryUsage().rss - before) / 1048576;
    console.log(`  ${ms(elapsed)}, ${result.pages} pages, ${(result.pages / (elapsed / 1000)).toFixed(0)} pages/s, ${(statSync(out).size / 1024).toFixed(0)} KiB, RSS +${mb.toFixed(0)} MB`);
    console.log('  target: >= 60 pages/s');
  } catch (err) {
    console.log(`  not measured: ${(err as Error).message}`);
  } finally {
    ws.close();
  }
}

async function main(): Promise<void> {
  const load = loadavg().map((n) => n.toFixed(1)).join(', ');
  console.log(`PanelPack benchmark — Node ${process.version}, ${new Date().toISOString()}, ${cpus().length} CPUs, load average ${load}`);
  benchStartup(root, dir);
  benchBundle(root);
  benchOpen();
  for (const size of [1_000, 10_000, 100_000]) {
    const start = performance.now();
    const path = join(dir, `actions-${size}.panelpack`);
    const seeded = seedActions(path, size, TODAY);
    console.log(`\n(seeded ${size.toLocaleString('en-GB')} actions and ${seeded.updates.toLocaleString('en-GB')} updates in ${ms(performance.now() - start)})`);
    if (size >= 10_000) benchQueries(path, size, seeded.busyOwnerId);
    if (size === 100_000) benchWrites(path, dir);
  }
  console.log('\n  targets at 100k: every filter p95 <= 10 ms and core <= 1.5x raw; ">1000" is a text filter\'s capped count ("more than 1,000")');
  await benchPdf();
  await benchPack(dir);
  await benchMinutes(dir);
  await benchEvidence(dir);
  await benchSample(dir, TODAY);
  await benchMinuteSave(dir);
}

main()
  .catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  })
  .finally(() => rmSync(dir, { recursive: true, force: true }));
