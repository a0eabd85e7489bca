/**
 * `npm run bench`: prints figures for opening a workspace, the filtered action-log query at 10k and
 * 100k actions (against the same SQL run raw), the action-log PDF for 1,000 actions, and an agenda
 * pack of 12 items with 150, 300 and 600 pages of reports (members' and public).
 * Figures, not pass/fail: targets are printed beside them for the reader.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { staleCutoff } from '../shared/logic/actionRules';
import type { ActionListInput } from '../shared/model/schemas';
import { actionListInput } from '../shared/model/schemas';
import { buildWhere, listActions, listSql, pageByReference } from '../electron/core/actions/queries';
import { printActionLog } from '../electron/core/packs/printActionLog';
import { Workspace } from '../electron/core/workspace';
import { benchPack } from './pack';
import { seedActions } from './seed';

const TODAY = '2026-11-22';
const dir = mkdtempSync(join(tmpdir(), 'panelpack-bench-'));

function percentile(sorted: number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, i)] ?? NaN;
}

function time(runs: number, fn: () => void): { p50: number; p95: number } {
  for (let i = 0; i < 5; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

const ms = (n: number): string => `${n.toFixed(2)} ms`;

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

function benchQueries(size: number, ids: { ownerId: string }): void {
  const path = join(dir, `actions-${size}.panelpack`);
  const ws = Workspace.open(path, { actor: 'bench' });
  const cases: [string, ActionListInput][] = [
    ['everything, first page', {}],
    ['in progress or blocked, one owner', { filter: { statuses: ['in_progress', 'blocked'], ownerId: ids.ownerId } }],
    ['overdue, by due date', { filter: { overdue: true }, sort: 'due' }],
    ['principle (f) + text "foster"', { filter: { principle: 'f', text: 'foster' } }],
    ['RAG red', { filter: { rags: ['red'] } }],
    ['stale, one owner', { filter: { stale: true, ownerId: ids.ownerId } }],
  ];
  console.log(`\nAction log query, ${size.toLocaleString('en-GB')} actions (page of 100 + total; 50 runs)`);
  console.log('  filter                                  core p50    core p95     raw p50     raw p95   ratio p95   rows/total');
  const raw = ws.db;
  const interval = 90;
  for (const [label, input] of cases) {
    const full = { limit: 100, today: TODAY, ...input };
    let total = 0;
    let rows = 0;
    const core = time(50, () => {
      const r = listActions(ws, full);
      total = r.total;
      rows = r.rows.length;
    });
    // The same SQL, prepared once, run raw through better-sqlite3 (no mapping, no settings read).
    const q = actionListInput.parse(full);
    const { where, params } = buildWhere(q.filter, TODAY, staleCutoff(TODAY, interval));
    const sql = listSql(q.sort, q.direction, where);
    const pageStmt = raw.prepare(sql.page).pluck();
    const rowsStmt = raw.prepare(sql.rows);
    const countStmt = raw.prepare(sql.count);
    const cutoff = staleCutoff(TODAY, interval);
    // The default sort reads the page priority by priority (pageByReference); raw runs the same
    // statements through a plain prepared-statement cache.
    const cache = new Map<string, ReturnType<typeof raw.prepare>>();
    const prepare = (text: string) => cache.get(text) ?? cache.set(text, raw.prepare(text)).get(text)!;
    const rawTime = time(50, () => {
      if (q.sort === 'reference') {
        const { ids } = pageByReference(prepare, where, params, q.direction, q.limit, q.offset);
        rowsStmt.all({ ids: JSON.stringify(ids), today: TODAY, cutoff });
        return;
      }
      const ids = pageStmt.all({ ...params, limit: q.limit, offset: q.offset });
      rowsStmt.all({ ids: JSON.stringify(ids), today: TODAY, cutoff });
      countStmt.get(params);
    });
    const ratio = core.p95 / rawTime.p95;
    console.log(
      `  ${label.padEnd(38)} ${ms(core.p50).padStart(10)} ${ms(core.p95).padStart(11)} ${ms(rawTime.p50).padStart(11)} ${ms(rawTime.p95).padStart(11)} ${ratio.toFixed(2).padStart(10)}x   ${rows}/${total}`,
    );
  }
  ws.close();
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
  console.log(`PanelPack benchmark — Node ${process.version}, ${new Date().toISOString()}`);
  benchOpen();
  const ids = { ownerId: '' };
  for (const size of [1_000, 10_000, 100_000]) {
    const start = performance.now();
    const seeded = seedActions(join(dir, `actions-${size}.panelpack`), size, TODAY);
    ids.ownerId = seeded.busyOwnerId;
    console.log(`\n(seeded ${size.toLocaleString('en-GB')} actions and ${seeded.updates.toLocaleString('en-GB')} updates in ${ms(performance.now() - start)})`);
    if (size >= 10_000) benchQueries(size, ids);
  }
  console.log('\n  targets at 100k: filtered list p95 <= 10 ms and <= 1.5x raw');
  await benchPdf();
  await benchPack(dir);
}

main()
  .catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  })
  .finally(() => rmSync(dir, { recursive: true, force: true }));
