/**
 * `panelpack check`: header, schema version, integrity, links between records, every stored file's
 * SHA-256, and whether a `-wal` beside the file belongs to it. It never writes a byte to the file,
 * its -wal or its -shm: a file PanelPack closed cleanly (a single file, no sidecars) is read through
 * a read-only connection, which then creates nothing; anything else is checked on a private copy
 * (with its WAL when the WAL belongs, without it when not), so SQLite's replay and checkpoint
 * happen to the copy only.
 */
import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkHeader } from './db/open';
import { LATEST_VERSION } from './db/migrations';
import { copyWithWal, inspectWal, replaysCleanly } from './db/wal';
import { readPage } from './db/walFile';
import { AppError } from './errors';
import { storedFileProblems } from './attachments/files';
import { Workspace } from './workspace';

export interface FileSafetyOptions {
  /** Path to a better_sqlite3.node built for this runtime, when it is not the default Node build. */
  nativeBinding?: string;
}

/** What check found beside the file. */
export type WalFinding =
  | { state: 'none' }
  /** A WAL that belongs (an unfinished session or a crash): it will be replayed on opening; the check covered it. */
  | { state: 'belongs'; frames: number }
  /** A WAL that does not belong: opening sets it aside; the check covered the file without it. */
  | { state: 'foreign'; reason: string };

export interface CheckResult {
  path: string;
  schemaVersion: number;
  /** The newest schema version this build understands. */
  latestVersion: number;
  /** `PRAGMA integrity_check` findings, one per line: `['ok']` when the file is sound. */
  integrity: string[];
  /** Rows that break a foreign key, as "table row N → parent". Empty when all are sound. */
  foreignKeys: string[];
  /** Stored reports and papers whose bytes no longer match their SHA-256, in words. */
  storedFiles: string[];
  wal: WalFinding;
  ok: boolean;
}

export function isCorruption(err: unknown): boolean {
  const code = (err as { code?: unknown }).code;
  return typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB');
}

/** Runs `PRAGMA integrity_check`; a file too damaged even to check reports that as its finding. */
export function integrityRows(db: Database.Database): string[] {
  try {
    // A row can hold several findings on separate lines, under a "*** in database main ***" heading.
    return (db.pragma('integrity_check') as { integrity_check: string }[])
      .flatMap((r) => r.integrity_check.split('\n'))
      .filter((line) => line.trim() !== '' && !/^\*\*\* in database /.test(line));
  } catch (err) {
    if (isCorruption(err)) return ['The database structure is damaged beyond what integrity_check can read.'];
    throw err;
  }
}

/** True when the header says rollback journalling (bytes 18 and 19 are 1), as PanelPack leaves a closed file. */
function isRollbackMode(path: string): boolean {
  const page = readPage(path, 1, 512);
  return page !== null && page[18] === 1 && page[19] === 1;
}

function findingFor(path: string, opts: FileSafetyOptions): WalFinding {
  const v = inspectWal(path);
  if (v.kind === 'none') return { state: 'none' };
  if (v.kind === 'foreign') return { state: 'foreign', reason: v.reason };
  if (v.kind === 'belongs') return { state: 'belongs', frames: v.frames };
  const open = (p: string): Database.Database => new Database(p, { fileMustExist: true, nativeBinding: opts.nativeBinding });
  return replaysCleanly(path, open) ? { state: 'belongs', frames: v.frames } : { state: 'foreign', reason: 'replaying it would damage the file' };
}

/** Checks a workspace file without changing it. */
export function checkWorkspace(path: string, opts: FileSafetyOptions = {}): CheckResult {
  const header = checkHeader(path);
  const wal = findingFor(path, opts);
  const inPlace = wal.state === 'none' && isRollbackMode(path) && !existsSync(`${path}-journal`) && !existsSync(`${path}-wal`);
  const dir = inPlace ? null : mkdtempSync(join(tmpdir(), 'panelpack-check-'));
  try {
    const target = dir ? copyWithWal(path, dir, wal.state === 'belongs') : path;
    let db: Database.Database;
    try {
      db = new Database(target, { fileMustExist: true, readonly: dir === null, nativeBinding: opts.nativeBinding });
    } catch (err) {
      throw new AppError('io', `"${path}" could not be read: ${(err as Error).message}.`);
    }
    try {
      db.pragma('busy_timeout = 5000');
      const integrity = integrityRows(db);
      const sound = integrity.length === 1 && integrity[0] === 'ok';
      let foreignKeys: string[] = [];
      let storedFiles: string[] = [];
      if (sound) {
        const rows = db.pragma('foreign_key_check') as { table: string; rowid: number | null; parent: string }[];
        foreignKeys = rows.map((r) => `${r.table} row ${r.rowid ?? '?'} → ${r.parent}`);
        storedFiles = storedFileProblems(Workspace.overConnection(db, path));
      }
      return {
        path,
        schemaVersion: Math.max(header.userVersion, db.pragma('user_version', { simple: true }) as number),
        latestVersion: LATEST_VERSION,
        integrity,
        foreignKeys,
        storedFiles,
        wal,
        ok: sound && foreignKeys.length === 0 && storedFiles.length === 0,
      };
    } finally {
      db.close();
    }
  } finally {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}
