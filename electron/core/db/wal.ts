/**
 * The WAL rules (docs/ARCHITECTURE.md, "WAL rules"): a `-wal` beside a workspace is replayed only
 * when it provably belongs to that file; any other is set aside under a clear name and kept.
 *
 * The proof is a marker of PanelPack's own: a one-row table whose text is
 * "PanelPack WAL marker 1; token <uuid>; previous <uuid|none>". A new token is written as the first
 * transaction of every WAL PanelPack starts (right after a checkpoint that emptied the WAL, so the
 * main file then holds the previous token), and once more into the main file itself at every clean
 * close. So a WAL that belongs to the file carries the marker page, and its token or its previous
 * token is the one the main file holds; a WAL from another session (a later one of the same file,
 * say, left beside an older copy) carries a token the main file has never held.
 */
import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { chmodSync, copyFileSync, existsSync, mkdtempSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { leafTexts, readPage, readWal } from './walFile';

export const MARKER_TABLE = 'panelpack_wal_marker';
const MARKER_RE = /^PanelPack WAL marker 1; token ([0-9a-f-]{36}); previous ([0-9a-f-]{36}|none)$/;

export interface Marker {
  token: string;
  previous: string;
}

export type WalVerdict =
  | { kind: 'none' }
  | { kind: 'belongs'; frames: number }
  | { kind: 'foreign'; reason: string }
  /** No marker to go by (a file last written by an older PanelPack): decided by replaying a private copy. */
  | { kind: 'unknown'; frames: number };

function parseMarker(text: string): Marker | null {
  const m = MARKER_RE.exec(text);
  return m ? { token: m[1] ?? '', previous: m[2] ?? '' } : null;
}

function markerOn(page: Buffer | null, pageSize: number): Marker | null {
  if (!page) return null;
  for (const t of leafTexts(page, pageSize)) {
    const m = parseMarker(t);
    if (m) return m;
  }
  return null;
}

/** The main file's page size from its header (bytes 16-17; 1 means 65536). */
function mainPageSize(dbPath: string): number {
  const page = readPage(dbPath, 1, 512);
  const v = page ? page.readUInt16BE(16) : 0;
  return v === 1 ? 65536 : v;
}

/** Decides, from the bytes alone, whether the WAL beside `dbPath` belongs to it. Reads only. */
export function inspectWal(dbPath: string): WalVerdict {
  const wal = readWal(dbPath);
  if (!wal) return { kind: 'none' };
  const s = wal.summary;
  if (!s.valid) return { kind: 'foreign', reason: 'it is not a readable write-ahead log' };
  if (s.committedFrames === 0) return { kind: 'none' }; // SQLite replays nothing from it and overwrites it.
  const pageSize = mainPageSize(dbPath);
  if (s.pageSize !== pageSize) return { kind: 'foreign', reason: `its page size (${s.pageSize} bytes) is not the file's (${pageSize} bytes)` };
  for (const [page, offset] of s.latest) {
    if (page === 1) continue;
    const walMarker = markerOn(wal.bytes.subarray(offset, offset + s.pageSize), s.pageSize);
    if (!walMarker) continue;
    const mainMarker = markerOn(readPage(dbPath, page, pageSize), pageSize);
    if (mainMarker && (mainMarker.token === walMarker.token || mainMarker.token === walMarker.previous)) {
      return { kind: 'belongs', frames: s.committedFrames };
    }
    if (!mainMarker && walMarker.previous === 'none') return { kind: 'unknown', frames: s.committedFrames };
    return { kind: 'foreign', reason: 'it was written by a different session (of another copy of this file, or of another file)' };
  }
  return { kind: 'unknown', frames: s.committedFrames };
}

/**
 * For a WAL with no marker: replays it into a private copy and reports whether the result is sound
 * (integrity_check and foreign_key_check). `open` makes a connection (so the caller's native binding
 * is used). The copy is deleted afterwards.
 */
export function replaysCleanly(dbPath: string, open: (path: string) => Database.Database): boolean {
  const dir = mkdtempSync(join(tmpdir(), 'panelpack-wal-'));
  try {
    const copy = copyWithWal(dbPath, dir);
    const db = open(copy);
    try {
      return db.pragma('integrity_check', { simple: true }) === 'ok' && (db.pragma('foreign_key_check') as unknown[]).length === 0;
    } finally {
      db.close();
    }
  } catch {
    return false;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Copies the file and, when `withWal`, its WAL into `dir`; retries while another program is writing them. */
export function copyWithWal(dbPath: string, dir: string, withWal = true): string {
  const copy = join(dir, 'copy.panelpack');
  const stamp = (): string =>
    [dbPath, `${dbPath}-wal`, `${dbPath}-journal`]
      .map((p) => (existsSync(p) ? `${statSync(p).size}:${statSync(p).mtimeMs}` : '-'))
      .join('|');
  for (let attempt = 0; ; attempt++) {
    const before = stamp();
    copyFileSync(dbPath, copy);
    rmSync(`${copy}-wal`, { force: true });
    rmSync(`${copy}-journal`, { force: true });
    if (withWal && existsSync(`${dbPath}-wal`)) copyFileSync(`${dbPath}-wal`, `${copy}-wal`);
    if (existsSync(`${dbPath}-journal`)) copyFileSync(`${dbPath}-journal`, `${copy}-journal`);
    if (stamp() === before || attempt >= 4) return copy;
  }
}

function timeStamp(d: Date): string {
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}T${two(d.getHours())}${two(d.getMinutes())}`;
}

/**
 * Moves the WAL beside `dbPath` to "<file>-wal-set-aside-<date>T<time>.wal" in the same folder
 * (readable by the user only), removes the shared-memory index that described it, and returns the
 * new path. Nothing is deleted: the set-aside file is the WAL's bytes, unchanged.
 */
export function setAsideWal(dbPath: string, now = new Date()): string {
  const base = join(dirname(dbPath), `${basename(dbPath)}-wal-set-aside-${timeStamp(now)}`);
  let target = `${base}.wal`;
  for (let n = 2; existsSync(target); n++) target = `${base}-${n}.wal`;
  renameSync(`${dbPath}-wal`, target);
  chmodSync(target, 0o600);
  rmSync(`${dbPath}-shm`, { force: true });
  return target;
}

/** What to tell the clerk about a WAL that was set aside (CLI and app say the same). */
export function setAsideNotice(dbPath: string, setAside: string, reason: string): string {
  return `The file "${basename(setAside)}" was beside "${basename(dbPath)}" but does not belong to it (${reason}), so PanelPack did not apply it and opened the workspace as it is. It has been kept, renamed, in the same folder: nothing has been deleted.`;
}

function markerTableExists(db: Database.Database): boolean {
  return db.prepare(`SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?`).get(MARKER_TABLE) !== undefined;
}

/** Writes a new token (the previous one kept beside it); creates the table on first use. */
export function writeMarker(db: Database.Database): Marker {
  return db.transaction(() => {
    if (!markerTableExists(db)) {
      db.exec(`CREATE TABLE ${MARKER_TABLE} (id INTEGER PRIMARY KEY CHECK (id = 1), marker TEXT NOT NULL) STRICT`);
    }
    const current = db.prepare(`SELECT marker FROM ${MARKER_TABLE} WHERE id = 1`).pluck().get() as string | undefined;
    const next: Marker = { token: randomUUID(), previous: (current && parseMarker(current)?.token) || 'none' };
    db.prepare(`INSERT INTO ${MARKER_TABLE} (id, marker) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET marker = excluded.marker`).run(
      `PanelPack WAL marker 1; token ${next.token}; previous ${next.previous}`,
    );
    return next;
  }).immediate();
}

function walIsEmpty(dbPath: string): boolean {
  const wal = `${dbPath}-wal`;
  return !existsSync(wal) || statSync(wal).size === 0;
}

/**
 * Checkpoints the WAL into the file and truncates it; when that emptied it, starts the next WAL
 * with a new marker. Returns true when the WAL was emptied. Another connection reading at the time
 * can stop the truncation: then nothing is marked, and the marker rule still holds (see the header).
 */
export function checkpointAndMark(db: Database.Database, dbPath: string): boolean {
  if (!markerTableExists(db)) {
    // A file from before the marker: create it, then get it into the main file before any WAL relies on it.
    writeMarker(db);
  }
  const [r] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number; log: number; checkpointed: number }[];
  if (!r || r.busy !== 0 || !walIsEmpty(dbPath)) return false;
  // Inside the write lock, the WAL must still be empty: else another connection began it first.
  db.transaction(() => {
    if (walIsEmpty(dbPath)) writeMarker(db);
  }).immediate();
  return true;
}

/**
 * A clean close: checkpoint and truncate the WAL, switch the file back to a single self-contained
 * file (no -wal, no -shm: copying it with a file manager loses nothing), and write a new marker
 * into it, so a WAL copied during the session can never be taken for this file's. When another
 * connection still has the file open, the WAL stays for it (marked, when it was emptied).
 */
export function closeCleanly(db: Database.Database, dbPath: string): void {
  const [r] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
  if (!r || r.busy !== 0) return;
  let mode: unknown;
  try {
    mode = db.pragma('journal_mode = DELETE', { simple: true });
  } catch {
    mode = 'wal'; // Another connection holds the file open.
  }
  if (mode === 'delete') {
    writeMarker(db);
    return;
  }
  db.transaction(() => {
    if (walIsEmpty(dbPath)) writeMarker(db);
  }).immediate();
}
