/**
 * Speed at 100,000 actions without a timed test: the whole-log overdue, stale and principle
 * filters are answered from the partial indexes of migration 0006 (only the rows they can match),
 * not by walking every entry of the log. `npm run bench` prints the times; this proves the plans,
 * and that a filter's clause and its index's WHERE still match to the letter (a bound parameter or
 * a reworded clause would silently fall back to the full scan).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { staleCutoff } from '../../shared/logic/actionRules';
import { PRINCIPLE_CODES } from '../../shared/model/principles';
import { buildWhere, PRINCIPLE_CLAUSES } from '../../electron/core/actions/queries';
import { listActions } from '../../electron/core/actions/list';
import { Workspace } from '../../electron/core/workspace';
import { seedActions } from '../../bench/seed';
import { tempDir } from '../helpers/tempWorkspace';
import { join } from 'node:path';

const t = tempDir();
afterAll(() => t.cleanup());
const TODAY = '2026-11-22';

describe('partial indexes for the whole-log filters', () => {
  const path = join(t.dir, 'log.panelpack');
  seedActions(path, 3000, TODAY);
  const ws = Workspace.open(path, { actor: 'tester' });
  afterAll(() => ws.close());
  const cutoff = staleCutoff(TODAY, 90);
  const plan = (sql: string, params: Record<string, unknown>): string =>
    (ws.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[]).map((r) => r.detail).join(' | ');
  const countPlan = (filter: Parameters<typeof buildWhere>[0]): string => {
    const { where, params } = buildWhere(filter, TODAY, cutoff);
    return plan(`SELECT count(*) FROM actions a ${where}`, params);
  };

  it('counts overdue and stale actions from the open-action indexes, covering', () => {
    expect(countPlan({ overdue: true })).toMatch(/COVERING INDEX actions_open_due/);
    expect(countPlan({ stale: true })).toMatch(/COVERING INDEX actions_open_activity/);
  });

  it("reads each principle's actions from that principle's index", () => {
    for (const code of PRINCIPLE_CODES) expect(countPlan({ principle: code }), code).toMatch(new RegExp(`actions_principle_${code}\\b`));
  });

  it("each principle clause is its index's WHERE, and names only a principle code", () => {
    const indexes = ws.db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND name LIKE 'actions_principle_%'").all() as { name: string; sql: string }[];
    expect(indexes.map((i) => i.name).sort()).toEqual(PRINCIPLE_CODES.map((c) => `actions_principle_${c}`));
    for (const code of PRINCIPLE_CODES) {
      const where = /WHERE (.*)$/.exec(indexes.find((i) => i.name === `actions_principle_${code}`)?.sql ?? '')?.[1];
      expect(PRINCIPLE_CLAUSES[code].replace('a.principle_codes', 'principle_codes')).toBe(where);
    }
  });

  it('the first page (walk and one count) and a later page (counts per priority) agree with the plain SQL', () => {
    for (const filter of [{}, { overdue: true }, { stale: true }, { principle: 'f' as const }, { rags: ['red' as const] }]) {
      const first = listActions(ws, { filter, today: TODAY, limit: 50 });
      const second = listActions(ws, { filter, today: TODAY, limit: 50, offset: 50 });
      const { where, params } = buildWhere(filter, TODAY, cutoff);
      const all = ws.db
        .prepare(`SELECT a.id FROM actions a LEFT JOIN priorities p ON p.id = a.priority_id ${where} ORDER BY p.position NULLS LAST, a.position, a.id`)
        .pluck()
        .all(params) as string[];
      expect(first.total, JSON.stringify(filter)).toBe(all.length);
      expect(second.total).toBe(all.length);
      expect([...first.rows, ...second.rows].map((r) => r.id)).toEqual(all.slice(0, 100));
    }
  });
});
