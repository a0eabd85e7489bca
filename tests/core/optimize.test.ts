/**
 * Statistics stay true on files grown in the app: only migration 0005 runs ANALYZE, so closing a
 * workspace runs PRAGMA optimize, which re-analyses the tables the session queried whose statistics
 * are missing or far out of date (SQLite: grown 25-fold since the last ANALYZE).
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { listActions } from '../../electron/core/actions/queries';
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
  // Every index of actions now counts the rows the log really has.
  for (const r of after) expect(Number(r.stat.split(' ')[0])).toBeGreaterThanOrEqual(2000);
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
