/**
 * Reads for the action log. Overdue, stale and current RAG are derived here in SQL (never stored),
 * by the same rules as shared/logic/actionRules.ts.
 */
import type Database from 'better-sqlite3';
import type { ActionListResult, ActionRow, ActionUpdate, ChangeLogEntry } from '../../../shared/model/entities';
import { PRINCIPLE_CODES, type PrincipleCode } from '../../../shared/model/principles';
import type { ActionFilter, ActionListQuery, ActionSort } from '../../../shared/model/schemas';
import { staleCutoff } from '../../../shared/logic/actionRules';
import { localToday } from '../../../shared/logic/dates';
import { getSettings } from '../settings/queries';
import { itemNumberSql } from '../meetings/itemNumber';
import { pageByReference, walkByReference, type PageWindow } from './paging';
import { requireId } from '../db/rows';
import { noLonger } from '../errors';
import { requireRow, type Workspace } from '../workspace';
import { toAction, toUpdate, type ActionDbRow, type ChangeDbRow, type UpdateDbRow } from './rows';

/** Written exactly as the partial indexes of migration 0006 write it, so that SQLite uses them. */
const OPEN = `a.status NOT IN ('complete', 'dropped')`;
const OVERDUE = `(a.due_date IS NOT NULL AND a.due_date < @today AND ${OPEN})`;
/** last_activity is the latest update's date, or the creation date with none (migration 0005). */
const STALE = `(${OPEN} AND a.last_activity < @cutoff)`;

/**
 * Each action's latest update is kept on the action itself (latest_update_id, latest_update_date,
 * current_rag, last_activity) by triggers on action_updates (migration 0005), so filters, sorts and
 * counts never join; only a page's rows fetch the latest update's text.
 */
const LATEST = `LEFT JOIN action_updates u ON u.id = a.latest_update_id`;
const FROM = `FROM actions a ${LATEST}`;

const COLUMNS = `a.*, p.position AS priority_number, p.title AS priority_title,
  o.name AS owner_name, b.name AS lead_body_name, sm.meeting_date AS source_meeting_date,
  (SELECT ${itemNumberSql('si')} FROM agenda_items si WHERE si.id = a.source_item_id) AS source_item_number,
  (SELECT group_concat(ap.principle, '') FROM action_principles ap WHERE ap.action_id = a.id) AS principles,
  a.current_rag AS rag, a.latest_update_date AS latest_update_date, u.text AS latest_update_text,
  ${OVERDUE} AS overdue, ${STALE} AS stale`;

const JOINS = `LEFT JOIN priorities p ON p.id = a.priority_id
  LEFT JOIN people o ON o.id = a.owner_id
  LEFT JOIN bodies b ON b.id = a.lead_body_id
  LEFT JOIN meetings sm ON sm.id = a.source_meeting_id`;

/** Sort keys; each sorts empty values last whichever the direction. */
export const SORTS: Record<ActionSort, string[]> = {
  reference: ['p.position', 'a.position'],
  due: ['a.due_date'],
  status: [`CASE a.status WHEN 'blocked' THEN 0 WHEN 'not_started' THEN 1 WHEN 'in_progress' THEN 2 WHEN 'complete' THEN 3 ELSE 4 END`],
  rag: [`CASE a.current_rag WHEN 'red' THEN 0 WHEN 'amber' THEN 1 WHEN 'green' THEN 2 END`],
  owner: ['o.name COLLATE NOCASE'],
  updated: ['a.last_activity'],
};
const TIEBREAK = 'p.position IS NULL, p.position, a.position, a.id';

/**
 * A text filter in three forms: `set` (the filter as one clause, as the WHERE uses it), `row`
 * (checked row by row, for walking the log in order and stopping early), and `drive` (FROM and
 * WHERE that start from the search index, for counting a capped number of matches).
 */
export interface TextClause {
  set: string;
  row: string;
  drive: { from: string; where: string };
  /** `row` costs about a microsecond (LIKE), not tens (a search-index look-up per row). */
  rowIsCheap: boolean;
}

export interface BuiltQuery {
  where: string;
  params: Record<string, unknown>;
  /** Every clause but the text filter's. */
  others: string[];
  text?: TextClause;
}

export const whereOf = (clauses: string[]): string => (clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '');

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => '\\' + c);
}

/** Each principle's filter clause, matching its partial index's WHERE (migration 0006) to the letter. */
export const PRINCIPLE_CLAUSES = Object.fromEntries(PRINCIPLE_CODES.map((c) => [c, `instr(a.principle_codes, '${c}') > 0`])) as Record<PrincipleCode, string>;

/** Turns a filter into a WHERE clause with named parameters (the caller's values never spliced into SQL). */
export function buildWhere(filter: ActionFilter, today: string, cutoff: string): BuiltQuery {
  const clauses: string[] = [];
  const params: Record<string, unknown> = { today, cutoff };
  if (filter.statuses && filter.statuses.length > 0) {
    const names = filter.statuses.map((s, i) => {
      params[`status${i}`] = s;
      return `@status${i}`;
    });
    clauses.push(`a.status IN (${names.join(', ')})`);
  }
  if (filter.rags && filter.rags.length > 0) {
    const parts: string[] = [];
    const named = filter.rags.filter((r) => r !== 'none');
    if (named.length > 0) {
      parts.push(
        `a.current_rag IN (${named
          .map((r, i) => {
            params[`rag${i}`] = r;
            return `@rag${i}`;
          })
          .join(', ')})`,
      );
    }
    if (filter.rags.includes('none')) parts.push('a.current_rag IS NULL');
    clauses.push(`(${parts.join(' OR ')})`);
  }
  if (filter.ownerId) {
    clauses.push('a.owner_id = @ownerId');
    params.ownerId = filter.ownerId;
  }
  if (filter.priorityId) {
    clauses.push('a.priority_id = @priorityId');
    params.priorityId = filter.priorityId;
  }
  if (filter.principle) {
    // principle_codes: the action's codes as one string ("acf"), kept by triggers (migration 0005).
    // The code is a literal from a fixed table (never the caller's text), so that SQLite can use
    // that principle's partial index (migration 0006), which a bound parameter cannot match.
    clauses.push(PRINCIPLE_CLAUSES[filter.principle]);
  }
  if (filter.overdue) clauses.push(OVERDUE);
  if (filter.stale) clauses.push(STALE);
  let text: TextClause | undefined;
  if (filter.text) {
    const t = filter.text.trim();
    if ([...t].length >= 3) {
      // FTS5 trigram index (migration 0002): a quoted phrase matches the text anywhere, any case.
      params.text = `"${t.replace(/"/g, '""')}"`;
      const lookUp = 'EXISTS (SELECT 1 FROM actions_search s WHERE s.actions_search MATCH @text AND s.rowid = a.rowid)';
      // Row by row, an ASCII phrase is checked with LIKE (about 0.5 µs a row against 16-40 µs for a
      // look-up in the index): the index holds exactly these three columns (external content, kept
      // by triggers), and for ASCII text its case folding is LIKE's. Only a row with a non-ASCII
      // character (whose folding could differ, e.g. the Kelvin sign) asks the index.
      const ascii = /^[\x20-\x7e]*$/.test(t);
      if (ascii) params.like = `%${escapeLike(t)}%`;
      const all = "a.reference || ' ' || a.title || ' ' || a.description";
      text = {
        set: 'a.rowid IN (SELECT rowid FROM actions_search WHERE actions_search MATCH @text)',
        row: ascii
          ? `((a.reference LIKE @like ESCAPE '\\' OR a.title LIKE @like ESCAPE '\\' OR a.description LIKE @like ESCAPE '\\') OR (octet_length(${all}) <> length(${all}) AND ${lookUp}))`
          : lookUp,
        rowIsCheap: ascii,
        // CROSS JOIN keeps the search index as the outer loop, so matches come in rowid order and LIMIT stops it early.
        drive: { from: 'actions_search s CROSS JOIN actions a ON a.rowid = s.rowid', where: 's.actions_search MATCH @text' },
      };
    } else {
      // Trigrams need three characters; one or two are matched by LIKE (a scan, but a short one to type).
      params.text = `%${escapeLike(t)}%`;
      const like = `(a.reference LIKE @text ESCAPE '\\' OR a.title LIKE @text ESCAPE '\\' OR a.description LIKE @text ESCAPE '\\')`;
      text = { set: like, row: like, drive: { from: 'actions a', where: like }, rowIsCheap: true };
    }
  }
  const others = [...clauses];
  if (text) clauses.push(text.set);
  return { where: whereOf(clauses), params, others, ...(text ? { text } : {}) };
}

export interface ListSql {
  /** Phase 1: the ids of one page, using only what the filter and sort need. */
  page: string;
  /** Phase 2: the full rows for those ids (`@ids` is a JSON array), in page order. */
  rows: string;
  count: string;
}

/**
 * Two phases, so the costly per-row columns (latest update, principles, names) are computed for
 * one page, not for every matching action before the sort.
 */
export function listSql(sort: ActionSort, direction: 'asc' | 'desc', where: string): ListSql {
  const dir = direction === 'desc' ? 'DESC' : 'ASC';
  const order = SORTS[sort].map((expr) => `${expr} ${dir} NULLS LAST`).join(', ');
  const owner = sort === 'owner' ? 'LEFT JOIN people o ON o.id = a.owner_id' : '';
  return {
    page: `SELECT a.id FROM actions a LEFT JOIN priorities p ON p.id = a.priority_id ${owner} ${where}
      ORDER BY ${order}, ${TIEBREAK} LIMIT @limit OFFSET @offset`,
    rows: `SELECT ${COLUMNS} FROM json_each(@ids) j JOIN actions a ON a.id = j.value ${LATEST} ${JOINS} ORDER BY j.key`,
    count: `SELECT count(*) AS n FROM actions a ${where}`,
  };
}

export { pageByReference };

/**
 * A text filter counts its matches only up to this many: a common word can match most of a
 * 100,000-action log, and an exact total over that many costs hundreds of milliseconds. Beyond it
 * the result says `totalCapped` and the total is this number ("more than 1,000").
 */
export const TEXT_COUNT_CAP = 1000;

type Prepare = (sql: string) => Database.Statement;

/** Where to page by; with `capped`, the total is the cap; `ids`, the page when already walked. */
export interface Narrowed {
  where: string;
  ids?: string[];
  capped: boolean;
}

/**
 * A text filter's first step (without one, the filter's own WHERE): up to cap + 1 matches, read from the search index first and stopping
 * there. A small set (or a sparse one) is paged the usual way, with the search as one set (`where`,
 * with `params.matched` set for a small one) and an exact total; over the cap the total is capped
 * and, in reference order, the page is walked at once, checking the text row by row (`ids`).
 */
export function narrowByText(
  prepare: Prepare,
  built: BuiltQuery,
  params: Record<string, unknown>,
  q: PageWindow & { sort: ActionSort },
  cap: number,
): Narrowed {
  const { text } = built;
  if (!text) return { where: built.where, capped: false };
  const { from, where: driveWhere } = text.drive;
  const matched = prepare(`SELECT a.rowid FROM ${from} ${whereOf([driveWhere, ...built.others])} LIMIT ${cap + 1}`).pluck().all(params) as number[];
  // Matches found in rowid order: with the index looked up row by row (non-ASCII text), sparse
  // ones (under a tenth of the rows read) would make the walk read most of the log, so those are
  // counted in full instead. With LIKE a walk over even 1% matches stays a few ms.
  const sparse = !text.rowIsCheap && matched.length > cap && matched.length / (matched[matched.length - 1] ?? 1) < 0.1;
  if (sparse) return { where: built.where, capped: false };
  if (matched.length <= cap) {
    params.matched = JSON.stringify(matched);
    return { where: whereOf([...built.others, 'a.rowid IN (SELECT value FROM json_each(@matched))']), capped: false };
  }
  const ids = q.sort === 'reference' ? walkByReference(prepare, whereOf([...built.others, text.row]), params, q) : undefined;
  return { where: built.where, ids, capped: true };
}

/**
 * The action log: filtered, sorted and paged, with the total that match (capped for text), for a
 * query already parsed (list.ts listActions parses one; allMatchingActions writes every field), so
 * reading the log from the command line loads no validation schemas.
 */
export function listParsed(ws: Workspace, q: ActionListQuery, opts: { countCap?: number } = {}): ActionListResult {
  const today = q.today ?? localToday();
  const cutoff = staleCutoff(today, getSettings(ws).reviewIntervalDays);
  const built = buildWhere(q.filter, today, cutoff);
  const params = { ...built.params };
  const prepare: Prepare = (text) => ws.stmt(text);
  const cap = opts.countCap ?? TEXT_COUNT_CAP;
  const narrowed = narrowByText(prepare, built, params, q, cap);
  const { where, capped: totalCapped } = narrowed;
  let ids = narrowed.ids;
  let total = totalCapped ? cap : undefined;
  const sql = listSql(q.sort, q.direction, where);
  if (ids === undefined) {
    if (q.sort === 'reference' && !totalCapped) ({ ids, total } = pageByReference(prepare, where, params, q));
    else ids = ws.stmt(sql.page).pluck().all({ ...params, limit: q.limit, offset: q.offset }) as string[];
  }
  const rows = ids.length === 0 ? [] : (ws.stmt(sql.rows).all({ ids: JSON.stringify(ids), today, cutoff }) as ActionDbRow[]).map(toAction);
  total ??= q.offset === 0 && rows.length < q.limit ? rows.length : (ws.stmt(sql.count).get(params) as { n: number }).n;
  return { rows, total, totalCapped, today };
}

/** listActions' largest page. */
const LARGEST_PAGE = 5000;

/** Every action matching the filter, in reference order (priority, then position), a page at a time. */
export function allMatchingActions(ws: Workspace, filter: ActionFilter, today: string): ActionRow[] {
  const rows: ActionRow[] = [];
  // Synchronous reads on one connection: nothing can change between pages.
  for (let offset = 0; ; offset += LARGEST_PAGE) {
    const page = listParsed(ws, { filter, today, sort: 'reference', direction: 'asc', limit: LARGEST_PAGE, offset }).rows;
    rows.push(...page);
    if (page.length < LARGEST_PAGE) return rows;
  }
}

/** The exact number of actions that match a filter, however many: for "count them all". */
export function countActions(ws: Workspace, filter: ActionFilter, today: string = localToday()): number {
  const cutoff = staleCutoff(today, getSettings(ws).reviewIntervalDays);
  const { where, params } = buildWhere(filter, today, cutoff);
  return (ws.stmt(`SELECT count(*) AS n FROM actions a ${where}`).get(params) as { n: number }).n;
}

export function getAction(ws: Workspace, id: string, today: string = localToday()): ActionRow {
  const cutoff = staleCutoff(today, getSettings(ws).reviewIntervalDays);
  const row = ws.stmt(`SELECT ${COLUMNS} ${FROM} ${JOINS} WHERE a.id = @id`).get({ id, today, cutoff }) as ActionDbRow | undefined;
  return toAction(requireRow(row, 'action'));
}

/** The actions arising in a meeting's minutes (each names its item), in the order they were raised. */
export function actionsArising(ws: Workspace, meetingId: string, today: string): ActionRow[] {
  const cutoff = staleCutoff(today, getSettings(ws).reviewIntervalDays);
  const rows = ws
    .stmt(`SELECT ${COLUMNS} ${FROM} ${JOINS} WHERE a.source_meeting_id = @meetingId AND a.source_item_id IS NOT NULL ORDER BY a.created_at, a.id`)
    .all({ meetingId, today, cutoff }) as ActionDbRow[];
  return rows.map(toAction);
}

const UPDATE_SELECT = `SELECT u.*, p.name AS author_name FROM action_updates u LEFT JOIN people p ON p.id = u.author_id`;

/** An action's updates, newest first. */
export function listUpdates(ws: Workspace, actionId: string): ActionUpdate[] {
  requireId(ws, 'actions', actionId, noLonger('action'));
  return (ws.stmt(`${UPDATE_SELECT} WHERE u.action_id = ? ORDER BY u.update_date DESC, u.id DESC`).all(actionId) as UpdateDbRow[]).map(toUpdate);
}

export function getUpdate(ws: Workspace, id: string): ActionUpdate {
  return toUpdate(requireRow(ws.stmt(`${UPDATE_SELECT} WHERE u.id = ?`).get(id) as UpdateDbRow | undefined, 'update'));
}

/** The action's history from the change log, with its updates' entries; newest first. */
export function actionHistory(ws: Workspace, actionId: string): ChangeLogEntry[] {
  const rows = ws
    .stmt(
      `SELECT * FROM change_log WHERE entity_id = @id
       OR (entity = 'action_update' AND entity_id IN (SELECT id FROM action_updates WHERE action_id = @id))
       ORDER BY seq DESC`,
    )
    .all({ id: actionId }) as ChangeDbRow[];
  if (rows.length === 0) requireId(ws, 'actions', actionId, noLonger('action'));
  return rows.map((r) => ({
    seq: r.seq,
    entity: r.entity,
    entityId: r.entity_id,
    operation: r.operation,
    changes: JSON.parse(r.changes) as Record<string, [unknown, unknown]>,
    at: r.at,
    actor: r.actor,
  }));
}
