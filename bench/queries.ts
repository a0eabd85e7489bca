/**
 * The action-log filters at 10k and 100k actions: listActions (core) against the same SQL run raw
 * through better-sqlite3 (statements prepared once; no input parsing, settings read or row mapping).
 */
import type Database from 'better-sqlite3';
import { staleCutoff } from '../shared/logic/actionRules';
import { actionListInput, type ActionListInput } from '../shared/model/schemas';
import { buildWhere, listSql, narrowByText, pageByReference, TEXT_COUNT_CAP } from '../electron/core/actions/queries';
import { listActions } from '../electron/core/actions/list';
import { Workspace } from '../electron/core/workspace';
import { ms, time, type Timing } from './timing';

export const TODAY = '2026-11-22';
const INTERVAL = 90;

/** The filters the issue measured (the first six), then the rest of what the filter bar can do. */
export function filterCases(ownerId: string): [string, ActionListInput][] {
  return [
    ['everything, first page', {}],
    ['in progress or blocked, one owner', { filter: { statuses: ['in_progress', 'blocked'], ownerId } }],
    ['stale, one owner', { filter: { stale: true, ownerId } }],
    ['RAG red', { filter: { rags: ['red'] } }],
    ['principle (f) + text "foster"', { filter: { principle: 'f', text: 'foster' } }],
    ['text "foster"', { filter: { text: 'foster' } }],
    ['overdue, by due date', { filter: { overdue: true }, sort: 'due' }],
    ['overdue', { filter: { overdue: true } }],
    ['stale (whole log)', { filter: { stale: true } }],
    ['stale, by last update (Home)', { filter: { stale: true }, sort: 'updated', limit: 10 }],
    ['no update yet', { filter: { rags: ['none'] } }],
    ['principle (f)', { filter: { principle: 'f' } }],
    ['text "PEP attendance" (rarer)', { filter: { text: 'PEP attendance' } }],
  ];
}

type Prepare = (sql: string) => Database.Statement;

type Parsed = ReturnType<typeof actionListInput.parse>;

/** listActions' SQL, step for step, over a plain statement cache (input parsed beforehand). */
function rawList(prepare: Prepare, q: Parsed): void {
  const cutoff = staleCutoff(TODAY, INTERVAL);
  const built = buildWhere(q.filter, TODAY, cutoff);
  const params = { ...built.params };
  const { where, ids: walked, capped } = narrowByText(prepare, built, params, q, TEXT_COUNT_CAP);
  let ids = walked;
  const sql = listSql(q.sort, q.direction, where);
  if (!ids) {
    if (q.sort === 'reference' && !capped) ids = pageByReference(prepare, where, params, q).ids;
    else {
      ids = prepare(sql.page).pluck().all({ ...params, limit: q.limit, offset: q.offset }) as string[];
      if (!capped && !(q.offset === 0 && ids.length < q.limit)) prepare(sql.count).get(params);
    }
  }
  if (ids.length > 0) prepare(sql.rows).all({ ids: JSON.stringify(ids), today: TODAY, cutoff });
}

export interface QueryFigure {
  label: string;
  core: Timing;
  raw: Timing;
  rows: number;
  total: string;
}

export function benchQueries(path: string, size: number, ownerId: string, runs = 40): QueryFigure[] {
  const ws = Workspace.open(path, { actor: 'bench' });
  const cache = new Map<string, Database.Statement>();
  const prepare: Prepare = (text) => cache.get(text) ?? cache.set(text, ws.db.prepare(text)).get(text)!;
  const figures: QueryFigure[] = [];
  console.log(`\nAction log query, ${size.toLocaleString('en-GB')} actions (page of 100 + total; ${runs} runs; target p95 <= 10 ms at 100k)`);
  console.log('  filter                                  core p50    core p95     raw p50     raw p95   core/raw   rows/total      ');
  for (const [label, input] of filterCases(ownerId)) {
    const full = { limit: 100, today: TODAY, ...input };
    let rows = 0;
    let total = '';
    const core = time(runs, () => {
      const r = listActions(ws, full);
      rows = r.rows.length;
      total = r.totalCapped ? `>${r.total}` : String(r.total);
    });
    const parsed = actionListInput.parse(full);
    const raw = time(runs, () => rawList(prepare, parsed));
    figures.push({ label, core, raw, rows, total });
    const verdict = size >= 100_000 ? (core.p95 <= 10 ? 'ok' : 'OVER') : '';
    console.log(
      `  ${label.padEnd(38)} ${ms(core.p50).padStart(10)} ${ms(core.p95).padStart(11)} ${ms(raw.p50).padStart(11)} ${ms(raw.p95).padStart(11)} ${(core.p95 / raw.p95).toFixed(2).padStart(9)}x   ${`${rows}/${total}`.padEnd(12)} ${verdict}`,
    );
  }
  ws.close();
  return figures;
}
