/** A workspace with a board, a strategy and two priorities, for the meetings tests. */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { createBody } from '../../../electron/core/bodies/mutations';
import { APPLICATION_ID } from '../../../electron/core/db/open';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { createPriority } from '../../../electron/core/strategy/mutations';
import { saveStrategy } from '../../../electron/core/strategy/mutations';
import type { Workspace } from '../../../electron/core/workspace';
import { newWorkspace } from '../../helpers/tempWorkspace';

/** Tests pin today: Sunday 22 November 2026. */
export const TODAY = '2026-11-22';

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
  const path = join(dir, name);
  const db = new Database(path);
  db.pragma(`application_id = ${APPLICATION_ID}`);
  db.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT');
  for (const m of MIGRATIONS.filter((x) => x.version <= 2)) {
    db.exec(m.sql);
    db.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(m.version, m.name, '2026-01-01T00:00:00.000Z');
  }
  const at = '2026-01-01T00:00:00.000Z';
  db.prepare("INSERT INTO workspace_settings (id, council_name, board_name, created_at, updated_at, updated_by) VALUES (1, 'Oldshire Council', 'Corporate Parenting Board', ?, ?, 'clerk')").run(at, at);
  db.prepare("INSERT INTO bodies (id, name, kind, chair_role, created_at, updated_at, updated_by) VALUES ('0190a000-0000-7000-8000-000000000001', 'Corporate Parenting Board', 'board', 'Lead Member', ?, ?, 'clerk')").run(at, at);
  db.pragma('user_version = 2');
  db.close();
  return path;
}
