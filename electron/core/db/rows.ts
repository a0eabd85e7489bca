/**
 * Row helpers every area shares: "does this record exist", the next position in an ordered group,
 * closing up the positions after a delete, reordering, and the principles (a)-(g) linked to a
 * record. Positions count 1, 2, 3… within a group (a priority's actions, a meeting's top-level
 * items, an item's attachments); every change goes through the audited writes (audit.ts).
 * Table and column names are constants from the areas, never input.
 */
import { AppError } from '../errors';
import type { Workspace } from '../workspace';
import { logLinkChange, updateRow } from './audit';

/** The tables whose records are referred to by id from a form. */
export type IdTable = 'actions' | 'people' | 'bodies' | 'priorities' | 'extra_holidays' | 'meetings' | 'homes' | 'visits' | 'indicators';
/** The tables with a position within a group. */
export type PositionedTable = 'actions' | 'priorities' | 'pledges' | 'agenda_items' | 'attachments' | 'evidence_files' | 'report_sections';

/**
 * Throws not_found with `message` (and the form's field errors) unless `table` has a record with
 * this id; an id of null means "none chosen" and passes.
 */
export function requireId(ws: Workspace, table: IdTable, id: string | null | undefined, message: string, fields?: Record<string, string>): void {
  if (id === null || id === undefined || ws.stmt(`SELECT 1 FROM ${table} WHERE id = ?`).get(id)) return;
  throw new AppError('not_found', message, fields);
}

/**
 * A group of positioned rows: the table, and the WHERE clause (with its parameters) that picks
 * the group, e.g. `group('actions', 'priority_id IS ?', priorityId)`. No clause: the whole table.
 */
export interface Group {
  table: PositionedTable;
  where: string;
  params: unknown[];
}

export function group(table: PositionedTable, where = '1', ...params: unknown[]): Group {
  return { table, where, params };
}

/** The position after the group's last (1 for an empty group). */
export function nextPosition(ws: Workspace, g: Group): number {
  return (ws.stmt(`SELECT coalesce(max(position), 0) + 1 AS n FROM ${g.table} WHERE ${g.where}`).get(...g.params) as { n: number }).n;
}

/** The group's ids in order. */
export function groupIds(ws: Workspace, g: Group): string[] {
  return (ws.stmt(`SELECT id FROM ${g.table} WHERE ${g.where} ORDER BY position, id`).all(...g.params) as { id: string }[]).map((r) => r.id);
}

/** Closes up the group's positions to 1, 2, 3… in their order (after a delete); run inside a transaction. */
export function renumber(ws: Workspace, g: Group, entity: string): void {
  groupIds(ws, g).forEach((id, i) => updateRow(ws, g.table, entity, id, { position: i + 1 }));
}

/**
 * Gives `ids` the positions 1, 2, 3… in the order given. `currentIds` is the whole group being
 * reordered: the two must hold the same records, so a stale screen cannot drop or duplicate one.
 */
export function reorderRows(ws: Workspace, table: PositionedTable, entity: string, currentIds: string[], ids: string[]): void {
  const a = [...currentIds].sort().join(',');
  const b = [...ids].sort().join(',');
  if (a !== b || new Set(ids).size !== ids.length) {
    throw new AppError('conflict', 'The list changed while you were reordering it. Reload and try again.');
  }
  ws.tx(() => {
    ids.forEach((id, i) => updateRow(ws, table, entity, id, { position: i + 1 }));
  });
}

/** A record's link table of principles (a)-(g), e.g. action_principles by action_id. */
export interface PrincipleLinks {
  table: 'action_principles' | 'agenda_item_principles' | 'indicator_principles';
  key: 'action_id' | 'item_id' | 'indicator_id';
  entity: 'action' | 'agenda_item' | 'indicator';
}

/** The record's principle codes, sorted and joined ("acf"). */
export function principlesOf(ws: Workspace, links: PrincipleLinks, id: string): string {
  return (ws.stmt(`SELECT principle FROM ${links.table} WHERE ${links.key} = ? ORDER BY principle`).all(id) as { principle: string }[]).map((r) => r.principle).join('');
}

/** Replaces the record's principles when they changed, logging the change against the record; run inside a transaction. */
export function writePrinciples(ws: Workspace, links: PrincipleLinks, id: string, next: readonly string[]): void {
  const before = principlesOf(ws, links, id);
  const after = [...next].sort().join('');
  if (before === after) return;
  ws.stmt(`DELETE FROM ${links.table} WHERE ${links.key} = ?`).run(id);
  const ins = ws.stmt(`INSERT INTO ${links.table} (${links.key}, principle) VALUES (?, ?)`);
  for (const p of after) ins.run(id, p);
  logLinkChange(ws, links.entity, id, 'principles', before, after);
}
