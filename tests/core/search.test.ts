/**
 * Migration 0002: action_latest (each action's latest update; on actions since 0005) and actions_search (trigram text
 * search) are derived data kept by triggers. They must agree with the source tables after every
 * kind of change, and a v1 file must be migrated with both filled in.
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { addUpdate, createAction, deleteAction, updateAction } from '../../electron/core/actions/mutations';
import { listActions } from '../../electron/core/actions/list';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { Workspace } from '../../electron/core/workspace';
import { downgradeToV4 } from '../helpers/schemaV4';
import { newWorkspace, tempDir } from '../helpers/tempWorkspace';
import { TODAY } from '../helpers/today';

const t = tempDir();
afterAll(() => t.cleanup());

/** Each action's latest update (action_latest up to v4, columns on actions since v5), the slow way. */
function expectedLatest(db: Database.Database): unknown[] {
  return db
    .prepare(
      `SELECT a.id AS action_id, u.id AS update_id, u.update_date, u.rag FROM actions a
       JOIN action_updates u ON u.id = (SELECT id FROM action_updates WHERE action_id = a.id ORDER BY update_date DESC, id DESC LIMIT 1)
       ORDER BY a.id`,
    )
    .all();
}
const actualLatest = (db: Database.Database): unknown[] =>
  db
    .prepare(
      `SELECT id AS action_id, latest_update_id AS update_id, latest_update_date AS update_date, current_rag AS rag
       FROM actions WHERE latest_update_id IS NOT NULL ORDER BY id`,
    )
    .all();

const titles = (ws: Workspace, text: string): string[] =>
  listActions(ws, { filter: { text }, today: TODAY, limit: 500 })
    .rows.map((r) => r.title)
    .sort();

describe('latest update, kept by triggers', () => {
  const ws = newWorkspace(t.dir, 'latest.panelpack');
  const a = createAction(ws, { title: 'Health assessments on time', status: 'in_progress' });
  const b = createAction(ws, { title: 'Staying Put offers', status: 'in_progress' });

  it('follows inserts, including an older-dated update added later', () => {
    addUpdate(ws, { actionId: a.id, date: '2026-10-01', text: 'First', rag: 'red', status: 'in_progress' }, TODAY);
    addUpdate(ws, { actionId: a.id, date: '2026-11-01', text: 'Second', rag: 'green', status: 'in_progress' }, TODAY);
    addUpdate(ws, { actionId: a.id, date: '2026-09-01', text: 'Back-dated', rag: 'amber', status: 'in_progress' }, TODAY);
    addUpdate(ws, { actionId: b.id, date: '2026-11-02', text: 'Only one', rag: 'amber', status: 'in_progress' }, TODAY);
    expect(actualLatest(ws.db)).toEqual(expectedLatest(ws.db));
    expect(listActions(ws, { filter: { rags: ['green'] }, today: TODAY }).rows.map((r) => r.id)).toEqual([a.id]);
    expect(listActions(ws, { filter: { rags: ['red'] }, today: TODAY }).total).toBe(0);
  });

  it('follows an update moved to another date, and deletions', () => {
    ws.db.prepare("UPDATE action_updates SET update_date = '2026-11-20' WHERE text = 'First'").run();
    expect(actualLatest(ws.db)).toEqual(expectedLatest(ws.db));
    expect(listActions(ws, { filter: { rags: ['red'] }, today: TODAY }).rows.map((r) => r.id)).toEqual([a.id]);
    ws.db.prepare("DELETE FROM action_updates WHERE action_id = ?").run(b.id);
    expect(actualLatest(ws.db)).toEqual(expectedLatest(ws.db));
    expect(listActions(ws, { filter: { rags: ['none'] }, today: TODAY }).rows.map((r) => r.id)).toEqual([b.id]);
    deleteAction(ws, a.id);
    expect(actualLatest(ws.db)).toEqual([]);
    ws.close();
  });
});

describe('text search (trigram index, LIKE for one or two characters)', () => {
  const ws = newWorkspace(t.dir, 'search.panelpack');
  const foster = createAction(ws, { title: 'Recruit more foster carers', description: 'Campaign with the fostering team', status: 'in_progress' });
  createAction(ws, { title: 'Care leavers council tax exemption', description: 'Exempt until 25', status: 'not_started' });
  createAction(ws, { title: 'Virtual School 100% attendance', description: 'PEPs "quality" audit', status: 'in_progress' });

  it('matches any part of reference, title or description, in any case', () => {
    expect(titles(ws, 'FOSTER')).toEqual(['Recruit more foster carers']);
    expect(titles(ws, 'ster car')).toEqual(['Recruit more foster carers']);
    expect(titles(ws, 'exempt')).toEqual(['Care leavers council tax exemption']);
    expect(titles(ws, 'leavers council')).toEqual(['Care leavers council tax exemption']);
    expect(titles(ws, 'nothing like this')).toEqual([]);
  });

  it('takes quotes, percent signs and FTS syntax as plain text', () => {
    expect(titles(ws, '"quality"')).toEqual(['Virtual School 100% attendance']);
    expect(titles(ws, '100%')).toEqual(['Virtual School 100% attendance']);
    expect(titles(ws, 'foster OR care')).toEqual([]);
    expect(titles(ws, '%')).toEqual(['Virtual School 100% attendance']);
    expect(titles(ws, 'Ca')).toEqual(['Care leavers council tax exemption', 'Recruit more foster carers']);
  });

  it('follows edits and deletions', () => {
    updateAction(ws, foster.id, { title: 'Recruit more adopters', description: 'Regional adoption agency', status: 'in_progress' });
    expect(titles(ws, 'foster')).toEqual([]);
    expect(titles(ws, 'adopters')).toEqual(['Recruit more adopters']);
    deleteAction(ws, foster.id);
    expect(titles(ws, 'adopters')).toEqual([]);
    // FTS5's own check compares the index with the actions table and throws if they differ.
    expect(() => ws.db.prepare("INSERT INTO actions_search (actions_search, rank) VALUES ('integrity-check', 1)").run()).not.toThrow();
    ws.close();
  });
});

describe('migrating a v1 workspace to v2', () => {
  it('fills the latest-update table and the search index from the existing rows', () => {
    const path = join(t.dir, 'v1.panelpack');
    // A file as schema v1 left it, with data in it.
    const made = newWorkspace(t.dir, 'source.panelpack');
    const act = createAction(made, { title: 'Independent visitors for every child who wants one', status: 'in_progress' });
    addUpdate(made, { actionId: act.id, date: '2026-06-01', text: 'Twelve matched', rag: 'amber', status: 'in_progress' }, TODAY);
    addUpdate(made, { actionId: act.id, date: '2026-09-01', text: 'Eighteen matched', rag: 'green', status: 'in_progress' }, TODAY);
    made.close();
    const v1 = new Database(join(t.dir, 'source.panelpack'));
    downgradeToV4(v1);
    v1.exec(`DROP TABLE actions_search; DROP TABLE action_latest;
      DROP TRIGGER IF EXISTS action_latest_after_insert; DROP TRIGGER IF EXISTS action_latest_after_update;
      DROP TRIGGER IF EXISTS action_latest_after_delete; DROP TRIGGER IF EXISTS actions_search_after_insert;
      DROP TRIGGER IF EXISTS actions_search_after_delete; DROP TRIGGER IF EXISTS actions_search_after_update;
      DROP TABLE publications; DROP TABLE attachments; DROP TABLE files; DROP TABLE agenda_item_principles;
      DROP TABLE agenda_items; DROP TABLE agenda_templates; DROP TABLE meetings; DROP TABLE extra_holidays;
      ALTER TABLE bodies DROP COLUMN quorum;
      DELETE FROM schema_migrations WHERE version > 1;`);
    v1.pragma('user_version = 1');
    v1.pragma('journal_mode = DELETE');
    v1.exec(`VACUUM INTO '${path.replace(/'/g, "''")}'`);
    v1.close();
    expect(MIGRATIONS.map((m) => m.version).slice(0, 2)).toEqual([1, 2]);

    const ws = Workspace.open(path, { actor: 'tester' });
    expect(ws.schemaVersion).toBe(MIGRATIONS.length);
    expect(actualLatest(ws.db)).toEqual(expectedLatest(ws.db));
    expect(listActions(ws, { filter: { rags: ['green'] }, today: TODAY }).rows.map((r) => r.title)).toEqual([
      'Independent visitors for every child who wants one',
    ]);
    expect(titles(ws, 'visitors')).toEqual(['Independent visitors for every child who wants one']);
    ws.close();
  });
});
