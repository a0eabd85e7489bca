/** A workspace with a board, a strategy and two priorities (the meetings, packs and damage tests build on it), and row checks. */
import Database from 'better-sqlite3';
import { createBody } from '../../electron/core/bodies/mutations';
import { createPriority, saveStrategy } from '../../electron/core/strategy/mutations';
import type { Workspace } from '../../electron/core/workspace';
import { newWorkspace } from './tempWorkspace';
import { makeOldFile } from './workspaceFiles';

export { TODAY } from './today';

export interface Board {
  ws: Workspace;
  bodyId: string;
  priorityIds: [string, string];
}

export function board(dir: string, name: string): Board {
  const ws = newWorkspace(dir, name);
  const body = createBody(ws, { name: 'Corporate Parenting Board', kind: 'board' });
  saveStrategy(ws, null, { title: 'Strategy 2025-28', periodStart: '2025-04-01', periodEnd: '2028-03-31', status: 'adopted' });
  const a = createPriority(ws, { title: 'Being heard' });
  const b = createPriority(ws, { title: 'Stable homes' });
  return { ws, bodyId: body.id, priorityIds: [a.id, b.id] };
}

export const count = (ws: Workspace, table: string): number => ws.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

/** Every row of every table, for "nothing changed" checks. */
export function snapshot(ws: Workspace): Record<string, unknown[]> {
  const tables = ws.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'actions_search%' ORDER BY name").pluck().all() as string[];
  return Object.fromEntries(tables.map((t) => [t, ws.db.prepare(`SELECT * FROM ${t}`).all()]));
}

/** A workspace file exactly as schema v2 left it (migrations 1 and 2 only), with a board in it. */
export function makeV2File(dir: string, name: string): string {
  const path = makeOldFile(dir, name, 2);
  const db = new Database(path);
  const at = '2026-01-01T00:00:00.000Z';
  db.prepare("INSERT INTO bodies (id, name, kind, chair_role, created_at, updated_at, updated_by) VALUES ('0190a000-0000-7000-8000-000000000001', 'Corporate Parenting Board', 'board', 'Lead Member', ?, ?, 'clerk')").run(at, at);
  db.close();
  return path;
}
