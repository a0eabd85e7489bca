/**
 * A record's set of links in a link table (a voice record's priorities, actions, principles,
 * Pledge promises and indicator codes; a promise's actions and indicator codes): read sorted,
 * replaced only when changed, the change logged against the owning record in the same
 * transaction. Table and column names are the constants below, never input.
 */
import { logLinkChange } from '../db/audit';
import { AppError } from '../errors';
import type { Workspace } from '../workspace';

export interface LinkTable {
  table: string;
  /** The owning record's column, e.g. voice_id. */
  key: string;
  /** The linked value's column, e.g. action_id or indicator_code. */
  column: string;
  /** The owning record's entity in the change log. */
  entity: 'voice' | 'pledge';
  /** The field name the change log records. */
  field: string;
}

const link = (table: string, key: string, column: string, entity: LinkTable['entity'], field: string): LinkTable => ({ table, key, column, entity, field });

export const VOICE_LINKS = {
  priorityIds: link('voice_priorities', 'voice_id', 'priority_id', 'voice', 'priorities'),
  actionIds: link('voice_actions', 'voice_id', 'action_id', 'voice', 'actions'),
  principles: link('voice_principles', 'voice_id', 'principle', 'voice', 'principles'),
  pledgeIds: link('voice_pledges', 'voice_id', 'pledge_id', 'voice', 'pledges'),
  indicatorCodes: link('voice_indicators', 'voice_id', 'indicator_code', 'voice', 'indicators'),
} as const;

export const PLEDGE_LINKS = {
  actionIds: link('pledge_actions', 'pledge_id', 'action_id', 'pledge', 'actions'),
  indicatorCodes: link('pledge_indicators', 'pledge_id', 'indicator_code', 'pledge', 'indicators'),
} as const;

/** The record's linked values, sorted. */
export function linksOf(ws: Workspace, l: LinkTable, id: string): string[] {
  return ws.stmt(`SELECT ${l.column} FROM ${l.table} WHERE ${l.key} = ? ORDER BY ${l.column}`).pluck().all(id) as string[];
}

/** Replaces the record's links when they changed, logging [before, after]; run inside a transaction. */
export function writeLinks(ws: Workspace, l: LinkTable, id: string, next: readonly string[]): void {
  const before = linksOf(ws, l, id);
  const after = [...new Set(next)].sort();
  if (before.join('\n') === after.join('\n')) return;
  ws.stmt(`DELETE FROM ${l.table} WHERE ${l.key} = ?`).run(id);
  const ins = ws.stmt(`INSERT INTO ${l.table} (${l.key}, ${l.column}) VALUES (?, ?)`);
  for (const v of after) ins.run(id, v);
  logLinkChange(ws, l.entity, id, l.field, before, after);
}

type Linked = 'priorities' | 'actions' | 'pledges';
const WORDS: Record<Linked, string> = { priorities: 'priority', actions: 'action', pledges: 'Pledge promise' };

/** Throws not_found, with the form's field error, unless every id is a record of `table`. */
export function requireAll(ws: Workspace, table: Linked, ids: readonly string[], field: string): void {
  const exists = ws.stmt(`SELECT 1 FROM ${table} WHERE id = ?`);
  const missing = ids.filter((id) => !exists.get(id)).length;
  if (missing === 0) return;
  const message = `${missing === 1 ? `One linked ${WORDS[table]} no longer exists` : `${missing} linked ${WORDS[table]}s no longer exist`}. It may have been deleted; choose again.`;
  throw new AppError('not_found', message, { [field]: message });
}
