/**
 * Migration 0005: each action's latest update (id, date, current RAG) and last activity live on
 * the actions row, kept by triggers. They must equal a recomputation from the source tables after
 * every kind of write, be backfilled by the migration (the sample board and a seeded log), and
 * every filter, sort and page must give what v4's SQL gave; text filters cap their count.
 */
import Database from 'better-sqlite3';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { staleCutoff } from '../../shared/logic/actionRules';
import type { ActionFilter, ActionSort } from '../../shared/model/schemas';
import { addUpdate, createAction, deleteAction, updateAction } from '../../electron/core/actions/mutations';
import { countActions, TEXT_COUNT_CAP } from '../../electron/core/actions/queries';
import { listActions } from '../../electron/core/actions/list';
import { homeSummary } from '../../electron/core/actions/summary';
import { buildSampleWorkspace } from '../../electron/core/sample/buildSample';
import { getSettings } from '../../electron/core/settings/queries';
import { Workspace } from '../../electron/core/workspace';
import { LATEST_VERSION } from '../../electron/core/db/migrations';
import { seedActions } from '../../bench/seed';
import { newWorkspace, tempDir } from '../helpers/tempWorkspace';
import { downgradeToV4, v4List } from '../helpers/schemaV4';
import { TODAY } from '../helpers/today';

const t = tempDir();
afterAll(() => t.cleanup());

/** The derived columns as stored. */
const stored = (db: Database.Database): unknown[] =>
  db.prepare('SELECT id, latest_update_id, latest_update_date, current_rag, last_activity, principle_codes FROM actions ORDER BY id').all();

/** The same, computed the slow way from action_updates, as v4's queries did. */
const recomputed = (db: Database.Database): unknown[] =>
  db
    .prepare(
      `SELECT a.id, u.id AS latest_update_id, u.update_date AS latest_update_date, u.rag AS current_rag,
         coalesce(u.update_date, substr(a.created_at, 1, 10)) AS last_activity,
         (SELECT coalesce(group_concat(principle, ''), '') FROM (SELECT principle FROM action_principles WHERE action_id = a.id ORDER BY principle)) AS principle_codes
       FROM actions a LEFT JOIN action_updates u ON u.id = (
         SELECT id FROM action_updates WHERE action_id = a.id ORDER BY update_date DESC, id DESC LIMIT 1)
       ORDER BY a.id`,
    )
    .all();

describe('derived columns after every kind of write', () => {
  const ws = newWorkspace(t.dir, 'writes.panelpack');
  const db = ws.db;
  const check = (): void => expect(stored(db)).toEqual(recomputed(db));
  const a = createAction(ws, { title: 'Health assessments on time', status: 'in_progress' });
  const b = createAction(ws, { title: 'Staying Put offers', status: 'in_progress' });
  const c = createAction(ws, { title: 'Dental checks', status: 'not_started' });

  it('a new action counts from its creation date', () => {
    check();
    expect(stored(db)).toContainEqual({ id: c.id, latest_update_id: null, latest_update_date: null, current_rag: null, last_activity: c.createdAt.slice(0, 10), principle_codes: '' });
  });

  it('follows new updates, back-dated ones and two on the same day', () => {
    addUpdate(ws, { actionId: a.id, date: '2026-10-01', text: 'First', rag: 'red', status: 'in_progress' }, TODAY);
    check();
    addUpdate(ws, { actionId: a.id, date: '2026-11-01', text: 'Second', rag: 'green', status: 'in_progress' }, TODAY);
    check();
    addUpdate(ws, { actionId: a.id, date: '2026-09-01', text: 'Back-dated', rag: 'amber', status: 'in_progress' }, TODAY);
    check();
    addUpdate(ws, { actionId: a.id, date: '2026-11-01', text: 'Same day, later', rag: 'amber', status: 'blocked' }, TODAY);
    check();
    addUpdate(ws, { actionId: b.id, date: '2026-11-02', text: 'Only one', rag: 'amber', status: 'in_progress' }, TODAY);
    check();
    expect(listActions(ws, { filter: { rags: ['amber'] }, today: TODAY }).rows.map((r) => r.id).sort()).toEqual([a.id, b.id].sort());
  });

  it('follows edited updates: date, RAG, and moved to another action', () => {
    db.prepare("UPDATE action_updates SET update_date = '2026-11-20' WHERE text = 'First'").run();
    check();
    db.prepare("UPDATE action_updates SET rag = 'green' WHERE text = 'First'").run();
    check();
    db.prepare("UPDATE action_updates SET rag = 'red' WHERE text = 'Back-dated'").run(); // not the latest
    check();
    db.prepare("UPDATE action_updates SET action_id = ? WHERE text = 'First'").run(c.id);
    check();
    db.prepare("UPDATE action_updates SET text = 'Only one, reworded' WHERE action_id = ?").run(b.id);
    check();
    expect(listActions(ws, { filter: {}, today: TODAY, limit: 10 }).rows.find((r) => r.id === b.id)?.latestUpdateText).toBe('Only one, reworded');
  });

  it('follows deleted updates, down to none', () => {
    db.prepare("DELETE FROM action_updates WHERE text = 'Same day, later'").run();
    check();
    db.prepare('DELETE FROM action_updates WHERE action_id = ?').run(b.id);
    check();
    expect(listActions(ws, { filter: { rags: ['none'] }, today: TODAY }).rows.map((r) => r.id)).toEqual([b.id]);
  });

  it('follows principles added, changed and removed', () => {
    updateAction(ws, c.id, { title: 'Dental checks', status: 'not_started', principles: ['f', 'a', 'c'] });
    check();
    expect(listActions(ws, { filter: { principle: 'c' }, today: TODAY }).rows.map((r) => r.id)).toEqual([c.id]);
    db.prepare("UPDATE action_principles SET principle = 'g' WHERE action_id = ? AND principle = 'c'").run(c.id);
    check();
    db.prepare("UPDATE action_principles SET action_id = ? WHERE action_id = ? AND principle = 'a'").run(b.id, c.id);
    check();
    updateAction(ws, c.id, { title: 'Dental checks', status: 'not_started', principles: [] });
    check();
    expect(listActions(ws, { filter: { principle: 'f' }, today: TODAY }).total).toBe(0);
  });

  it('follows status changes, moved creation dates and deleted actions', () => {
    updateAction(ws, b.id, { title: 'Staying Put offers', status: 'complete' });
    check();
    expect(listActions(ws, { filter: { stale: true }, today: '2027-06-01' }).rows.map((r) => r.id)).not.toContain(b.id);
    db.prepare("UPDATE actions SET created_at = '2025-01-01T09:00:00.000Z' WHERE id = ?").run(b.id);
    check();
    deleteAction(ws, a.id);
    check();
    // The change log records what the user had, not what triggers derived from it.
    const logged = JSON.parse(db.prepare("SELECT changes FROM change_log WHERE entity = 'action' AND entity_id = ? AND operation = 'delete'").pluck().get(a.id) as string) as object;
    expect(Object.keys(logged)).toContain('title');
    expect(Object.keys(logged)).not.toContain('current_rag');
    expect(stored(db).map((r) => (r as { id: string }).id)).toEqual([b.id, c.id].sort());
    ws.close();
  });
});

/** Every filter × sort × page the comparison runs. */
function filtersFor(db: Database.Database): ActionFilter[] {
  const owner = db.prepare('SELECT owner_id FROM actions WHERE owner_id IS NOT NULL GROUP BY owner_id ORDER BY count(*) DESC, owner_id LIMIT 1').pluck().get() as string | undefined;
  const priority = db.prepare('SELECT id FROM priorities ORDER BY position DESC LIMIT 1').pluck().get() as string | undefined;
  return [
    {},
    { statuses: ['in_progress', 'blocked'], ...(owner ? { ownerId: owner } : {}) },
    { overdue: true },
    { stale: true },
    { stale: true, ...(owner ? { ownerId: owner } : {}) },
    { rags: ['red'] },
    { rags: ['none'] },
    { rags: ['amber', 'none'], overdue: true },
    { principle: 'f' },
    { principle: 'f', text: 'foster' },
    { text: 'foster' },
    { text: 'Ca' },
    { text: 'no such words' },
    ...(priority ? [{ priorityId: priority, stale: true }] : []),
  ];
}

const SORTS: ActionSort[] = ['reference', 'due', 'status', 'rag', 'owner', 'updated'];

/** Runs v4's SQL on a v4 copy, migrates it, and expects listActions to give the same. */
function compareWithV4(path: string, pages: [number, number][]): { capped: number } {
  const db = new Database(path);
  downgradeToV4(db);
  const cutoff = staleCutoff(TODAY, 90);
  db.prepare('UPDATE workspace_settings SET review_interval_days = 90').run();
  const cases: { input: Parameters<typeof v4List>[1]; want: ReturnType<typeof v4List> }[] = [];
  for (const filter of filtersFor(db)) {
    for (const sort of SORTS) {
      for (const direction of ['asc', 'desc'] as const) {
        for (const [limit, offset] of pages) {
          const input = { filter, sort, direction, limit, offset, today: TODAY, cutoff };
          cases.push({ input, want: v4List(db, input) });
        }
      }
    }
  }
  expect(db.pragma('user_version', { simple: true })).toBe(4);
  db.close();

  const ws = Workspace.open(path, { actor: 'tester' });
  expect(ws.schemaVersion).toBe(LATEST_VERSION);
  expect(getSettings(ws).reviewIntervalDays).toBe(90);
  expect(stored(ws.db)).toEqual(recomputed(ws.db));
  let capped = 0;
  for (const { input, want } of cases) {
    const got = listActions(ws, input);
    const label = JSON.stringify({ ...input.filter, sort: input.sort, direction: input.direction, limit: input.limit, offset: input.offset });
    expect(got.rows.map((r) => r.id), label).toEqual(want.rows.map((r) => r.id));
    expect(
      got.rows.map((r) => [r.rag, r.latestUpdateDate, r.latestUpdateText, r.overdue, r.stale]),
      label,
    ).toEqual(want.rows.map((r) => [r.rag, r.latest_update_date, r.latest_update_text, r.overdue === 1, r.stale === 1]));
    if (want.total > TEXT_COUNT_CAP && input.filter.text) {
      capped++;
      expect({ total: got.total, capped: got.totalCapped }, label).toEqual({ total: TEXT_COUNT_CAP, capped: true });
    } else {
      expect({ total: got.total, capped: got.totalCapped }, label).toEqual({ total: want.total, capped: false });
    }
    expect(countActions(ws, input.filter, TODAY), label).toBe(want.total);
  }
  ws.close();
  return { capped };
}

describe('migrating v4 files to v5: backfill, and every filter as before', () => {
  it('the sample board', async () => {
    const path = join(t.dir, 'sample.panelpack');
    const ws = await buildSampleWorkspace(path, { actor: 'tester', today: TODAY, overwrite: false });
    expect(stored(ws.db)).toEqual(recomputed(ws.db));
    const home = homeSummary(ws, TODAY);
    ws.close();
    compareWithV4(path, [[100, 0], [7, 5]]);
    const again = Workspace.open(path, { actor: 'tester' });
    // The home figures read the same columns; a fresh sample and a migrated one agree.
    expect(homeSummary(again, TODAY).totals).toEqual(home.totals);
    again.close();
  });

  it('a seeded log of 3,000 actions, where a common word matches more than the cap', () => {
    const path = join(t.dir, 'seeded.panelpack');
    seedActions(path, 3000, TODAY);
    const copy = join(t.dir, 'seeded-v5.panelpack');
    copyFileSync(path, copy);
    const fresh = Workspace.open(copy, { actor: 'tester' });
    expect(stored(fresh.db)).toEqual(recomputed(fresh.db));
    fresh.close();
    const { capped } = compareWithV4(path, [[100, 0], [50, 120], [25, 2990]]);
    expect(capped).toBeGreaterThan(0);
  }, 120_000);
});

describe('capped text counts', () => {
  it('pages past the cap in every order exactly as the full count would', () => {
    const ws = newWorkspace(t.dir, 'cap.panelpack');
    for (let i = 0; i < 30; i++) createAction(ws, { title: `${i % 3 === 0 ? 'Foster' : 'Kinship'} carers review ${i}`, status: i % 4 === 0 ? 'complete' : 'in_progress' });
    for (const sort of SORTS) {
      for (const [limit, offset] of [[4, 0], [4, 6], [100, 0]] as const) {
        const input = { filter: { text: 'carers' }, sort, limit, offset, today: TODAY };
        const exact = listActions(ws, input);
        const capped = listActions(ws, input, { countCap: 5 });
        expect(capped.rows.map((r) => r.id)).toEqual(exact.rows.map((r) => r.id));
        expect([exact.total, exact.totalCapped, capped.total, capped.totalCapped]).toEqual([30, false, 5, true]);
      }
    }
    expect(listActions(ws, { filter: { text: 'foster' }, today: TODAY }, { countCap: 10 })).toMatchObject({ total: 10, totalCapped: false });
    ws.close();
  });
});
