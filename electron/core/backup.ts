/**
 * A consistent, checked backup copy of a workspace (the integrity check itself is in check.ts).
 * The source is never migrated, edited or checkpointed, and a WAL beside it that does not belong
 * to it is never applied (see the WAL rules in wal.ts).
 */
import Database from 'better-sqlite3';
import { chmodSync, closeSync, existsSync, mkdtempSync, openSync, realpathSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { AppError } from './errors';
import { checkHeader } from './db/open';
import { copyWithWal, inspectWal } from './db/wal';
import { integrityRows, isCorruption, type FileSafetyOptions } from './check';

export { checkWorkspace, type CheckResult, type FileSafetyOptions } from './check';

export interface BackupOptions extends FileSafetyOptions {
  /** Replace an existing file at `out`. Without it an existing file is never touched. */
  force?: boolean;
}

export interface BackupResult {
  path: string;
  bytes: number;
  /** The copy's `PRAGMA integrity_check`; a copy that fails it is deleted, never kept. */
  integrity: 'ok';
  /** Set when a WAL beside the workspace did not belong to it and was left out of the copy: why. */
  walLeftOut?: string;
}

/**
 * Opens the source for the online backup without ever writing to it. A WAL that belongs is read
 * through a read-only connection (which never checkpoints); a WAL that does not is left out: the
 * file is copied as it is, and the caller is told. Without a WAL, a read-write connection with
 * `query_only` on (a read-only one to a WAL-mode file would leave empty -wal and -shm files behind).
 */
function openSource(path: string, opts: FileSafetyOptions): { db: Database.Database; foreign: string | null } {
  checkHeader(path);
  const verdict = inspectWal(path);
  if (verdict.kind === 'foreign') return { db: openPrivateCopy(path, opts), foreign: verdict.reason };
  let db: Database.Database;
  try {
    db = new Database(path, { fileMustExist: true, readonly: verdict.kind !== 'none', nativeBinding: opts.nativeBinding });
  } catch (err) {
    throw new AppError('io', `"${basename(path)}" could not be opened: ${(err as Error).message}.`);
  }
  try {
    db.pragma('busy_timeout = 5000');
    if (!db.readonly) db.pragma('query_only = ON');
  } catch (err) {
    db.close();
    throw err;
  }
  return { db, foreign: null };
}

/** The main file alone, copied into a private folder removed when the connection closes. */
function openPrivateCopy(path: string, opts: FileSafetyOptions): Database.Database {
  const dir = mkdtempSync(join(tmpdir(), 'panelpack-backup-'));
  const db = new Database(copyWithWal(path, dir, false), { fileMustExist: true, nativeBinding: opts.nativeBinding });
  const close = db.close.bind(db);
  db.close = () => {
    const r = close();
    rmSync(dir, { recursive: true, force: true });
    return r;
  };
  return db;
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

  const { db: source, foreign } = openSource(src, opts);
  const temp = join(dirname(resolve(out)), `.${name}.${process.pid}.${Date.now()}.backup`);
  try {
    try {
      // Made empty first, readable by the user only; SQLite writes the copy into it.
      closeSync(openSync(temp, 'wx', 0o600));
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
    chmodSync(temp, 0o600);
    renameSync(temp, out);
    return { path: out, bytes: statSync(out).size, integrity: 'ok', ...(foreign ? { walLeftOut: foreign } : {}) };
  } catch (err) {
    removeWithSidecars(temp);
    if (isCorruption(err)) throw new AppError('corrupt', `"${basename(src)}" is damaged, so no backup was made. Restore it from an earlier backup.`);
    throw err;
  }
}
