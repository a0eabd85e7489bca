/**
 * Schema v4 as it shipped, for testing migration 0005: turn a current file back into a v4 file
 * (action_latest and its triggers from 0002, the old indexes, no derived columns on actions), and
 * the action-log SQL of v4 (filters over action_latest, exact counts) to compare results with.
 */
import type Database from 'better-sqlite3';
import { SORTS as CURRENT_SORTS } from '../../electron/core/actions/queries';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import type { ActionFilter, ActionSort } from '../../shared/model/schemas';

/** Rewrites an open file (at v5 or later) as v4 left it: the derived columns and the objects of 0005 to 0012 removed. */
export function downgradeToV4(db: Database.Database): void {
  const v2 = MIGRATIONS[1]?.sql ?? '';
  const latestPart = v2.slice(v2.indexOf('CREATE TABLE action_latest'), v2.indexOf('-- Substring search'));
  if (!latestPart.includes('action_latest_after_delete')) throw new Error('0002 no longer has the action_latest section');
  // Migration 0006's partial indexes first: they name columns that v4 does not have.
  const v6 = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND (name LIKE 'actions_open_%' OR name LIKE 'actions_principle_%')").pluck().all() as string[])
    .map((n) => `DROP INDEX ${n};`)
    .join(' ');
  db.exec(`
    ${v6}
    DROP TABLE voice_priorities; DROP TABLE voice_actions; DROP TABLE voice_principles; DROP TABLE voice_pledges; DROP TABLE voice_indicators; DROP TABLE voices;
    DROP TABLE pledge_actions; DROP TABLE pledge_indicators; ALTER TABLE pledges DROP COLUMN status; ALTER TABLE pledges DROP COLUMN status_note; ALTER TABLE pledges DROP COLUMN status_on;
    ${(db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND (name LIKE 'member_ro_%' OR name = 'exchange_role_fixed')").pluck().all() as string[]).map((n) => `DROP TRIGGER ${n};`).join(' ')}
    DROP TABLE return_imports; DROP TABLE member_kits; DROP TABLE exchange_identity; DROP TABLE visit_recommendations; DROP TABLE visits; DROP TABLE visit_rota; DROP TABLE homes;
    DROP TABLE evidence_files;
    DROP TABLE report_sections;
    DROP TABLE IF EXISTS identity_checks;
    DROP TABLE indicator_values; DROP TABLE indicator_priorities; DROP TABLE indicator_principles; DROP TABLE indicators;
    ALTER TABLE workspace_settings DROP COLUMN small_number_threshold; ALTER TABLE workspace_settings DROP COLUMN suppression_symbol;
    DROP TABLE recorded_votes; DROP TABLE resolutions; DROP TABLE minute_corrections; DROP TABLE item_minutes; DROP TABLE minute_declarations;
    DROP TABLE minute_attendance; DROP TABLE minutes; DROP TABLE plain_words; ALTER TABLE workspace_settings DROP COLUMN minute_numbering;
    DROP INDEX IF EXISTS actions_source_meeting; DROP INDEX IF EXISTS actions_source_item; ALTER TABLE actions DROP COLUMN source_item_id;
    ALTER TABLE actions DROP COLUMN source_meeting_id; ALTER TABLE meetings DROP COLUMN late_reason;
    DROP TRIGGER actions_activity_after_insert; DROP TRIGGER actions_activity_after_created;
    DROP TRIGGER actions_latest_after_insert; DROP TRIGGER actions_principles_after_insert;
    DROP TRIGGER actions_principles_after_update; DROP TRIGGER actions_principles_after_delete; DROP TRIGGER actions_latest_after_update; DROP TRIGGER actions_latest_after_delete;
    DROP INDEX actions_filter; DROP INDEX actions_owner; DROP INDEX actions_rag; DROP INDEX actions_activity;
    ALTER TABLE actions DROP COLUMN latest_update_id; ALTER TABLE actions DROP COLUMN latest_update_date;
    ALTER TABLE actions DROP COLUMN current_rag; ALTER TABLE actions DROP COLUMN last_activity;
    ALTER TABLE actions DROP COLUMN principle_codes; DELETE FROM sqlite_stat1 WHERE tbl = 'actions';
    CREATE INDEX actions_owner ON actions(owner_id);
    ${latestPart}
    DELETE FROM schema_migrations WHERE version >= 5;
  `);
  db.pragma('user_version = 4');
}

const OPEN = `a.status NOT IN ('complete', 'dropped')`;
const OVERDUE = `(a.due_date IS NOT NULL AND a.due_date < @today AND ${OPEN})`;
const STALE = `(${OPEN} AND coalesce(l.update_date, substr(a.created_at, 1, 10)) < @cutoff)`;
/** v4 sorted as today, but by RAG and last update through action_latest `l`. */
const SORTS: Record<ActionSort, string[]> = {
  ...CURRENT_SORTS,
  rag: [`CASE l.rag WHEN 'red' THEN 0 WHEN 'amber' THEN 1 WHEN 'green' THEN 2 END`],
  updated: ['coalesce(l.update_date, substr(a.created_at, 1, 10))'],
};

/** v4's WHERE clause for a filter (queries.ts before 0005), over action_latest `l`. */
function v4Where(filter: ActionFilter, params: Record<string, unknown>): string {
  const c: string[] = [];
  if (filter.statuses?.length) c.push(`a.status IN (${filter.statuses.map((s, i) => ((params[`s${i}`] = s), `@s${i}`)).join(', ')})`);
  if (filter.rags?.length) {
    const parts: string[] = [];
    const named = filter.rags.filter((r) => r !== 'none');
    if (named.length) parts.push(`l.rag IN (${named.map((r, i) => ((params[`r${i}`] = r), `@r${i}`)).join(', ')})`);
    if (filter.rags.includes('none')) parts.push('l.action_id IS NULL');
    c.push(`(${parts.join(' OR ')})`);
  }
  if (filter.ownerId) c.push(`a.owner_id = ${((params.ownerId = filter.ownerId), '@ownerId')}`);
  if (filter.priorityId) c.push(`a.priority_id = ${((params.priorityId = filter.priorityId), '@priorityId')}`);
  if (filter.principle) c.push(`EXISTS (SELECT 1 FROM action_principles fp WHERE fp.action_id = a.id AND fp.principle = ${((params.principle = filter.principle), '@principle')})`);
  if (filter.overdue) c.push(OVERDUE);
  if (filter.stale) c.push(STALE);
  if (filter.text) {
    const t = filter.text.trim();
    if ([...t].length >= 3) {
      params.text = `"${t.replace(/"/g, '""')}"`;
      c.push('a.rowid IN (SELECT rowid FROM actions_search WHERE actions_search MATCH @text)');
    } else {
      params.text = `%${t.replace(/[\\%_]/g, (x) => '\\' + x)}%`;
      c.push(`(a.reference LIKE @text ESCAPE '\\' OR a.title LIKE @text ESCAPE '\\' OR a.description LIKE @text ESCAPE '\\')`);
    }
  }
  return c.length ? `WHERE ${c.join(' AND ')}` : '';
}

export interface V4Row {
  id: string;
  rag: string | null;
  latest_update_date: string | null;
  latest_update_text: string | null;
  overdue: number;
  stale: number;
}

/** One page of the action log and the exact total, by v4's plain ORDER BY over action_latest. */
export function v4List(
  db: Database.Database,
  q: { filter: ActionFilter; sort: ActionSort; direction: 'asc' | 'desc'; limit: number; offset: number; today: string; cutoff: string },
): { rows: V4Row[]; total: number } {
  const params: Record<string, unknown> = { today: q.today, cutoff: q.cutoff };
  const where = v4Where(q.filter, params);
  const dir = q.direction === 'desc' ? 'DESC' : 'ASC';
  const order = SORTS[q.sort].map((e) => `${e} ${dir} NULLS LAST`).join(', ');
  const from = `FROM actions a LEFT JOIN action_latest l ON l.action_id = a.id LEFT JOIN action_updates u ON u.id = l.update_id
    LEFT JOIN priorities p ON p.id = a.priority_id LEFT JOIN people o ON o.id = a.owner_id`;
  const rows = db
    .prepare(
      `SELECT a.id, u.rag AS rag, u.update_date AS latest_update_date, u.text AS latest_update_text, ${OVERDUE} AS overdue, ${STALE} AS stale
       ${from} ${where} ORDER BY ${order}, p.position IS NULL, p.position, a.position, a.id LIMIT @limit OFFSET @offset`,
    )
    .all({ ...params, limit: q.limit, offset: q.offset }) as V4Row[];
  const total = (db.prepare(`SELECT count(*) AS n ${from} ${where}`).get(params) as { n: number }).n;
  return { rows, total };
}
