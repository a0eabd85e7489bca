/**
 * Audited writes: every insert, update and delete of user data writes its change_log entry in the
 * same transaction. Callers run these inside `ws.tx(() => …)`; on any throw, neither the row nor
 * its log entry is kept.
 */
import type { Workspace } from '../workspace';
import { nowStamp } from './ids';

type Row = Record<string, unknown>;
const STAMP_COLUMNS = new Set(['created_at', 'updated_at', 'updated_by']);
/** Kept by triggers from other rows (migration 0005): not the user's data, so never logged. */
const DERIVED_COLUMNS = new Set(['latest_update_id', 'latest_update_date', 'current_rag', 'last_activity']);
const IDENT = /^[a-z_][a-z0-9_]*$/;

function ident(name: string): string {
  if (!IDENT.test(name)) throw new Error(`Bad SQL identifier: ${name}`);
  return name;
}

function logChange(ws: Workspace, entity: string, entityId: string, operation: 'insert' | 'update' | 'delete', changes: Record<string, [unknown, unknown]>, at: string): void {
  ws.stmt('INSERT INTO change_log (entity, entity_id, operation, changes, at, actor) VALUES (?, ?, ?, ?, ?, ?)').run(
    entity,
    entityId,
    operation,
    JSON.stringify(changes),
    at,
    ws.actor,
  );
}

/** Inserts a row with stamps (when the table has them) and logs every field. */
export function insertRow(ws: Workspace, table: string, entity: string, row: Row, opts: { stamped?: boolean; idColumn?: string } = {}): void {
  const at = nowStamp();
  const full: Row = opts.stamped === false ? { ...row } : { ...row, created_at: at, updated_at: at, updated_by: ws.actor };
  const cols = Object.keys(full).map(ident);
  ws.stmt(`INSERT INTO ${ident(table)} (${cols.join(', ')}) VALUES (${cols.map((c) => '@' + c).join(', ')})`).run(full);
  const changes: Record<string, [unknown, unknown]> = {};
  for (const [k, v] of Object.entries(row)) if (!STAMP_COLUMNS.has(k)) changes[k] = [null, v];
  const idCol = opts.idColumn ?? 'id';
  logChange(ws, entity, `${(row[idCol] ?? '') as string | number}`, 'insert', changes, at);
}

/**
 * Updates only the fields that differ and logs them as [old, new]. Returns false (and writes
 * nothing) when nothing changed.
 */
export function updateRow(ws: Workspace, table: string, entity: string, id: string, patch: Row, opts: { stamped?: boolean; idColumn?: string } = {}): boolean {
  const key = ident(opts.idColumn ?? 'id');
  const old = ws.stmt(`SELECT * FROM ${ident(table)} WHERE ${key} = ?`).get(id) as Row | undefined;
  if (!old) return false;
  const changes: Record<string, [unknown, unknown]> = {};
  for (const [k, v] of Object.entries(patch)) {
    if (!(k in old)) throw new Error(`Unknown column ${table}.${k}`);
    if (old[k] !== v) changes[k] = [old[k], v];
  }
  if (Object.keys(changes).length === 0) return false;
  const at = nowStamp();
  const set: Row = {};
  for (const k of Object.keys(changes)) set[k] = patch[k];
  if (opts.stamped !== false) Object.assign(set, { updated_at: at, updated_by: ws.actor });
  const cols = Object.keys(set).map(ident);
  ws.stmt(`UPDATE ${ident(table)} SET ${cols.map((c) => `${c} = @${c}`).join(', ')} WHERE ${key} = @__id`).run({ ...set, __id: id });
  logChange(ws, entity, id, 'update', changes, at);
  return true;
}

/** Deletes a row by id and logs its last values. Returns false when there was no such row. */
export function deleteRow(ws: Workspace, table: string, entity: string, id: string): boolean {
  const old = ws.stmt(`SELECT * FROM ${ident(table)} WHERE id = ?`).get(id) as Row | undefined;
  if (!old) return false;
  ws.stmt(`DELETE FROM ${ident(table)} WHERE id = ?`).run(id);
  const changes: Record<string, [unknown, unknown]> = {};
  for (const [k, v] of Object.entries(old)) if (!STAMP_COLUMNS.has(k) && !DERIVED_COLUMNS.has(k)) changes[k] = [v, null];
  logChange(ws, entity, id, 'delete', changes, nowStamp());
  return true;
}

/** Logs a change to a link table (such as an action's principles) against its owning record. */
export function logLinkChange(ws: Workspace, entity: string, ownerId: string, field: string, before: unknown, after: unknown): void {
  logChange(ws, entity, ownerId, 'update', { [field]: [before, after] }, nowStamp());
}
