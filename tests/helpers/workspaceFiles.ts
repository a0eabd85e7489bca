/** Real workspace files for the backup tests: an older schema, damage (plain, or that only integrity_check finds), a pinned clock. */
import Database from 'better-sqlite3';
import { closeSync, openSync, readSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { APPLICATION_ID } from '../../electron/core/db/open';
import { MIGRATIONS } from '../../electron/core/db/migrations';

/** Scribbles over everything after the header page: SQLite sees the file, but not its tables. */
export function scribble(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    const size = statSync(path).size;
    writeSync(fd, Buffer.alloc(size - 4096, 0xa5), 0, size - 4096, 4096);
  } finally {
    closeSync(fd);
  }
}

/** A workspace file as an older PanelPack left it: migrations 1..`version` only, with its settings row. */
export function makeOldFile(dir: string, name: string, version: number): string {
  const path = join(dir, name);
  const db = new Database(path);
  db.pragma(`application_id = ${APPLICATION_ID}`);
  db.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT');
  for (const m of MIGRATIONS.filter((x) => x.version <= version)) {
    db.exec(m.sql);
    db.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(m.version, m.name, '2026-01-01T00:00:00.000Z');
  }
  const at = '2026-01-01T00:00:00.000Z';
  db.prepare("INSERT INTO workspace_settings (id, council_name, board_name, created_at, updated_at, updated_by) VALUES (1, 'Oldshire Council', 'Corporate Parenting Board', ?, ?, 'clerk')").run(at, at);
  db.pragma(`user_version = ${version}`);
  db.close();
  return path;
}

/**
 * Damages a closed workspace so that `quick_check` (which opening runs) still passes but
 * `integrity_check` (which every backup runs on its copy) fails: an index entry is made to point
 * at the wrong row, as a bad sector or a half-written page can. Byte-level, like real damage.
 */
export function damageIndexOnly(path: string): void {
  const db = new Database(path);
  db.pragma('journal_mode = DELETE');
  db.exec("CREATE TABLE zz_probe (v TEXT NOT NULL); CREATE INDEX zz_probe_v ON zz_probe (v); INSERT INTO zz_probe (v) VALUES ('PROBE-MARKER-1'), ('PROBE-MARKER-2'), ('PROBE-MARKER-3');");
  const root = db.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'zz_probe_v'").pluck().get() as number;
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  db.close();
  const page = Buffer.alloc(pageSize);
  const fd = openSync(path, 'r+');
  try {
    readSync(fd, page, 0, pageSize, (root - 1) * pageSize);
    const marker = page.indexOf('PROBE-MARKER-2', 0, 'latin1');
    if (marker < 0) throw new Error('index entry not found');
    // The index record is (v, rowid); the rowid (serial type 1, one byte) follows the text.
    const at = marker + 'PROBE-MARKER-2'.length;
    page[at] = 99;
    writeSync(fd, page, 0, pageSize, (root - 1) * pageSize);
  } finally {
    closeSync(fd);
  }
  if (statSync(path).size < root * pageSize) throw new Error('file shorter than expected');
}

/** A clock the test moves by hand. */
export function clock(start: string): { now: () => Date; set(iso: string): void; addDays(n: number): void } {
  let t = new Date(start);
  return {
    now: () => new Date(t),
    set: (iso) => (t = new Date(iso)),
    addDays: (n) => (t = new Date(t.getTime() + n * 86_400_000)),
  };
}
