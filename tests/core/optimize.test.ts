/**
 * Statistics stay true on files grown in the app: only migration 0005 runs ANALYZE, so closing a
 * workspace runs PRAGMA optimize, which re-analyses the tables the session queried whose statistics
 * are missing or far out of date (SQLite: grown 25-fold since the last ANALYZE).
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { listActions } from '../../electron/core/actions/list';
import { Workspace } from '../../electron/core/workspace';
import { seedActions } from '../../bench/seed';
import { tempDir } from '../helpers/tempWorkspace';

const t = tempDir();
afterAll(() => t.cleanup());

const actionStats = (path: string): { idx: string; stat: string }[] => {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare("SELECT idx, stat FROM sqlite_stat1 WHERE tbl = 'actions' ORDER BY idx").all() as { idx: string; stat: string }[];
  } finally {
    db.close();
  }
};

it('closing a workspace refreshes the statistics of a log that outgrew them', () => {
  const path = join(t.dir, 'grown.panelpack');
  seedActions(path, 3000, '2026-11-22');
  // As a file whose only ANALYZE ran on a nearly empty log (migration 0005), then grew in the app.
  const raw = new Database(path);
  raw.prepare("UPDATE sqlite_stat1 SET stat = '10' || substr(stat, instr(stat, ' ')) WHERE tbl = 'actions'").run();
  raw.close();
  expect(actionStats(path).every((r) => r.stat.startsWith('10 '))).toBe(true);

  const ws = Workspace.open(path, { actor: 'tester' });
  const list = listActions(ws, { filter: { statuses: ['in_progress'] } });
  expect(list.rows.length).toBeGreaterThan(0);
  ws.close();

  const after = actionStats(path);
  expect(after.length).toBeGreaterThan(0);
  // Every index of actions now counts the rows it really holds (a partial index, those it covers).
  const db = new Database(path, { readonly: true });
  try {
    for (const r of after) {
      const sql = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?").pluck().get(r.idx) as string | null;
      const partial = sql ? /\bWHERE\b(.*)$/is.exec(sql)?.[1] : undefined;
      const rows = db.prepare(`SELECT count(*) FROM actions ${partial ? `WHERE ${partial}` : ''}`).pluck().get() as number;
      if (partial && rows === 0) continue; // a partial index this log has no rows for (actions from a meeting)
      expect(Number(r.stat.split(' ')[0]), r.idx).toBeGreaterThanOrEqual(Math.floor(rows * 0.66));
    }
  } finally {
    db.close();
  }
});

it('a read-only session leaves the file untouched', () => {
  const path = join(t.dir, 'readonly.panelpack');
  seedActions(path, 300, '2026-11-22');
  const before = actionStats(path);
  const ws = Workspace.open(path, { actor: 'tester', readonly: true });
  listActions(ws, {});
  ws.close();
  expect(actionStats(path)).toEqual(before);
});
