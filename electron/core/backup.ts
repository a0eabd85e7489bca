/**
 * File-level safety for a workspace: a consistent backup copy, and an integrity check. Neither
 * migrates nor edits the source. Both open it read-write but with `query_only` on, because a
 * read-only connection to a WAL-mode file leaves empty -wal and -shm files behind it.
 */
import Database from 'better-sqlite3';
import { existsSync, realpathSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { AppError } from './errors';
import { checkHeader, type FileHeader } from './db/open';
import { LATEST_VERSION } from './db/migrations';

export interface FileSafetyOptions {
  /** Path to a better_sqlite3.node built for this runtime, when it is not the default Node build. */
  nativeBinding?: string;
}

export interface BackupOptions extends FileSafetyOptions {
  /** Replace an existing file at `out`. Without it an existing file is never touched. */
  force?: boolean;
}

export interface BackupResult {
  path: string;
  bytes: number;
  /** The copy's `PRAGMA integrity_check`; a copy that fails it is deleted, never kept. */
  integrity: 'ok';
}

export interface CheckResult {
  path: string;
  schemaVersion: number;
  /** The newest schema version this build understands. */
  latestVersion: number;
  /** `PRAGMA integrity_check` findings, one per line: `['ok']` when the file is sound. */
  integrity: string[];
  /** Rows that break a foreign key, as "table row N → parent". Empty when all are sound. */
  foreignKeys: string[];
  ok: boolean;
}

/** Opens an existing PanelPack file for reading only, after the header checks (ours, not newer). */
function openForReading(path: string, opts: FileSafetyOptions): { db: Database.Database; header: FileHeader } {
  const header = checkHeader(path);
  let db: Database.Database;
  try {
    db = new Database(path, { fileMustExist: true, nativeBinding: opts.nativeBinding });
  } catch (err) {
    throw new AppError('io', `"${basename(path)}" could not be opened: ${(err as Error).message}.`);
  }
  try {
    db.pragma('busy_timeout = 5000');
    db.pragma('query_only = ON');
  } catch (err) {
    db.close();
    throw err;
  }
  return { db, header };
}

function isCorruption(err: unknown): boolean {
  const code = (err as { code?: unknown }).code;
  return typeof code === 'string' && (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB');
}

/** Runs `PRAGMA integrity_check`; a file too damaged even to check reports that as its finding. */
function integrityRows(db: Database.Database): string[] {
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

/** Checks a workspace file without changing it: header, schema version, integrity and foreign keys. */
export function checkWorkspace(path: string, opts: FileSafetyOptions = {}): CheckResult {
  const { db, header } = openForReading(path, opts);
  try {
    const integrity = integrityRows(db);
    let foreignKeys: string[] = [];
    if (integrity.length === 1 && integrity[0] === 'ok') {
      const rows = db.pragma('foreign_key_check') as { table: string; rowid: number | null; parent: string }[];
      foreignKeys = rows.map((r) => `${r.table} row ${r.rowid ?? '?'} → ${r.parent}`);
    }
    return {
      path,
      schemaVersion: header.userVersion,
      latestVersion: LATEST_VERSION,
      integrity,
      foreignKeys,
      ok: integrity.length === 1 && integrity[0] === 'ok' && foreignKeys.length === 0,
    };
  } finally {
    db.close();
  }
}

function sameFile(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return resolve(a) === resolve(b);
  }
}

function removeWithSidecars(path: string): void {
  for (const p of [path, `${path}-journal`, `${path}-wal`, `${path}-shm`]) rmSync(p, { force: true });
}

/**
 * Copies the workspace at `src` to `out` with SQLite's online backup API, so the copy is consistent
 * even while PanelPack has the file open. The copy is written beside `out` under a temporary name,
 * switched to a single self-contained file (no WAL), checked with `integrity_check`, and only then
 * renamed into place: `out` is either the old file or a complete, checked copy, never half of one.
 */
export async function backupWorkspace(src: string, out: string, opts: BackupOptions = {}): Promise<BackupResult> {
  const name = basename(out);
  if (existsSync(out)) {
    if (statSync(out).isDirectory()) throw new AppError('conflict', `"${name}" is a folder. Give the name of the backup file to write.`);
    if (sameFile(src, out)) throw new AppError('conflict', 'The backup must go to a different file from the workspace itself.');
    if (!opts.force) throw new AppError('conflict', `A file called "${name}" already exists there. Choose another name, or use --force to replace it.`);
    // SQLite would replay a leftover -wal or -journal into the new copy; refuse rather than guess.
    if (existsSync(`${out}-wal`) || existsSync(`${out}-journal`)) {
      throw new AppError('locked', `"${name}" is open in another program or was not closed properly, so it was not replaced. Choose another name.`);
    }
  }
  if (!existsSync(dirname(resolve(out)))) throw new AppError('not_found', `The folder for "${name}" does not exist.`);

  const source = openForReading(src, opts).db;
  const temp = join(dirname(resolve(out)), `.${name}.${process.pid}.${Date.now()}.backup`);
  try {
    try {
      await source.backup(temp);
    } finally {
      source.close();
    }
    const copy = new Database(temp, { fileMustExist: true, nativeBinding: opts.nativeBinding });
    let integrity: string[];
    try {
      // A backup is handed around as one file, so it carries no WAL (PanelPack switches back on open).
      copy.pragma('journal_mode = DELETE');
      integrity = integrityRows(copy);
    } finally {
      copy.close();
    }
    if (integrity.length !== 1 || integrity[0] !== 'ok') {
      throw new AppError(
        'corrupt',
        `The copy failed its integrity check, so it was not kept. The workspace "${basename(src)}" may be damaged: run "panelpack check" on it.`,
      );
    }
    renameSync(temp, out);
    return { path: out, bytes: statSync(out).size, integrity: 'ok' };
  } catch (err) {
    removeWithSidecars(temp);
    if (isCorruption(err)) throw new AppError('corrupt', `"${basename(src)}" is damaged, so no backup was made. Restore it from an earlier backup.`);
    throw err;
  }
}
