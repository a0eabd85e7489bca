/**
 * Opening and creating workspace files. Every refusal happens before SQLite writes a byte, so a
 * file that is not ours, is damaged, or comes from a newer PanelPack is left exactly as it was.
 */
import Database from 'better-sqlite3';
import { chmodSync, closeSync, existsSync, openSync, readSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../errors';
import { nowStamp } from './ids';
import { LATEST_VERSION, MIGRATIONS } from './migrations';
import type { TrustStore } from './trust';
import { checkpointAndMark, inspectWal, replaysCleanly, setAsideNotice, setAsideWal, writeMarker } from './wal';

/** PRAGMA application_id for PanelPack files: "PPK1". */
export const APPLICATION_ID = 0x50504b31;
const SQLITE_MAGIC = 'SQLite format 3\u0000';

export interface OpenOptions {
  /** Path to a better_sqlite3.node built for this runtime (Electron passes its own build). */
  nativeBinding?: string;
  readonly?: boolean;
  /** Told, in a sentence fit for the clerk, of anything done beside the file (a WAL set aside). */
  onNotice?: (message: string) => void;
  /** Files PanelPack closed cleanly and nothing has touched since skip the full check (see trust.ts). */
  trust?: TrustStore;
}

export interface FileHeader {
  applicationId: number;
  userVersion: number;
}

/** Reads the 100-byte SQLite header without opening the database. */
export function readHeader(path: string): FileHeader {
  const name = basename(path);
  if (!existsSync(path)) throw new AppError('not_found', `There is no file called "${name}" at that place.`);
  const st = statSync(path);
  if (!st.isFile()) throw new AppError('not_a_workspace', `"${name}" is a folder, not a PanelPack workspace.`);
  if (st.size < 100) throw new AppError('not_a_workspace', `"${name}" is not a PanelPack workspace (the file is empty or too short).`);
  const buf = Buffer.alloc(100);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, buf, 0, 100, 0);
  } finally {
    closeSync(fd);
  }
  if (buf.toString('latin1', 0, 16) !== SQLITE_MAGIC) {
    throw new AppError('not_a_workspace', `"${name}" is not a PanelPack workspace (it is not a database file).`);
  }
  return { userVersion: buf.readUInt32BE(60), applicationId: buf.readUInt32BE(68) };
}

/** Checks the header: ours, and not from a newer version. Throws a plain-English AppError. */
export function checkHeader(path: string): FileHeader {
  const h = readHeader(path);
  const name = basename(path);
  if (h.applicationId !== APPLICATION_ID) {
    throw new AppError('not_a_workspace', `"${name}" is a database, but not a PanelPack workspace. It has not been changed.`);
  }
  if (h.userVersion > LATEST_VERSION) {
    throw new AppError(
      'newer_version',
      `"${name}" was saved by a newer version of PanelPack (file version ${h.userVersion}; this version reads up to ${LATEST_VERSION}). Update PanelPack to open it. The file has not been changed.`,
    );
  }
  return h;
}

function applyPragmas(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // Deleted rows (a report removed by mistake) are overwritten with zeros, not left in free pages.
  db.pragma('secure_delete = ON');
  // PanelPack checkpoints itself (on open, on close, and after removing a file), so that every WAL
  // it starts begins with its marker (see wal.ts); SQLite's automatic checkpoints would not.
  db.pragma('wal_autocheckpoint = 0');
}

function sqliteCode(err: unknown): string {
  const code = (err as { code?: unknown }).code;
  return typeof code === 'string' ? code : '';
}

/**
 * Applies the WAL rules before SQLite sees the file: a WAL that does not belong to it is set aside
 * (kept, renamed) and the clerk is told; one that belongs is left for SQLite to replay.
 */
function guardWal(path: string, opts: OpenOptions): void {
  let verdict = inspectWal(path);
  if (verdict.kind === 'unknown') {
    const open = (p: string): Database.Database => new Database(p, { fileMustExist: true, nativeBinding: opts.nativeBinding });
    verdict = replaysCleanly(path, open) ? { kind: 'belongs', frames: verdict.frames } : { kind: 'foreign', reason: 'replaying it would damage the file' };
  }
  if (verdict.kind !== 'foreign') return;
  const aside = setAsideWal(path);
  opts.onNotice?.(setAsideNotice(path, aside, verdict.reason));
}

/**
 * The full `integrity_check` and `foreign_key_check`, on a read-only connection: it never
 * checkpoints, so a damaged file is refused exactly as it was. Sidecar files the check itself
 * created (a read-only connection to a WAL-mode file makes empty ones) are removed again.
 */
function verifySound(path: string, opts: OpenOptions): void {
  const name = basename(path);
  const existed = ['-wal', '-shm'].filter((s) => existsSync(path + s));
  let db: Database.Database | undefined;
  let problem: AppError | undefined;
  try {
    db = new Database(path, { fileMustExist: true, readonly: true, nativeBinding: opts.nativeBinding });
    db.pragma('busy_timeout = 5000');
    const sound = db.pragma('integrity_check', { simple: true }) === 'ok' && (db.pragma('foreign_key_check') as unknown[]).length === 0;
    if (!sound) problem = new AppError('corrupt', damaged(name));
  } catch (err) {
    const code = sqliteCode(err);
    if (code.startsWith('SQLITE_BUSY')) problem = new AppError('locked', `"${name}" is in use by another program. Close it there and try again.`);
    else if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_IOERR')) problem = new AppError('io', `"${name}" could not be opened: ${(err as Error).message}.`);
    else problem = new AppError('corrupt', damaged(name));
  } finally {
    db?.close();
  }
  if (!problem) return;
  for (const s of ['-wal', '-shm']) {
    if (!existed.includes(s) && existsSync(path + s) && statSync(path + s).size <= 32768) rmSync(path + s, { force: true });
  }
  throw problem;
}

/**
 * Opens an existing workspace, migrating it forward. In order: the header (ours, not newer), the
 * WAL rules, the full integrity and foreign-key checks, and only then a read-write connection.
 */
export function openDatabase(path: string, opts: OpenOptions = {}): Database.Database {
  checkHeader(path);
  const name = basename(path);
  guardWal(path, opts);
  if (!opts.trust?.trusted(path)) verifySound(path, opts);
  if (!opts.readonly) opts.trust?.forget(path);
  let db: Database.Database;
  try {
    db = new Database(path, { fileMustExist: true, readonly: opts.readonly ?? false, nativeBinding: opts.nativeBinding });
  } catch (err) {
    throw new AppError('io', `"${name}" could not be opened: ${(err as Error).message}.`);
  }
  try {
    db.pragma('busy_timeout = 5000');
    if (opts.readonly) {
      db.pragma('foreign_keys = ON');
      return db;
    }
    applyPragmas(db);
    checkpointAndMark(db, path);
    migrate(db, schemaVersion(db));
  } catch (err) {
    db.close();
    if (err instanceof AppError) throw err;
    if (sqliteCode(err).startsWith('SQLITE_BUSY')) throw new AppError('locked', `"${name}" is in use by another program. Close it there and try again.`);
    throw err;
  }
  return db;
}

function damaged(name: string): string {
  return `"${name}" is damaged and cannot be opened. Restore it from a backup; PanelPack has not changed it.`;
}

/**
 * Creates a new, empty workspace at `path`. The file is built beside the target and renamed into
 * place, so a crash never leaves a half-made workspace under the chosen name.
 */
export function createDatabase(
  path: string,
  init: (db: Database.Database) => void,
  opts: OpenOptions & { overwrite?: boolean } = {},
): Database.Database {
  if (existsSync(path) && !opts.overwrite) {
    throw new AppError('conflict', `A file called "${basename(path)}" already exists there. Choose another name.`);
  }
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.creating`);
  let db: Database.Database | undefined;
  try {
    // Made empty first with the user's permissions only: SQLite gives its -journal, -wal and -shm
    // files the same mode as the database.
    closeSync(openSync(temp, 'wx', 0o600));
    chmodSync(temp, 0o600);
    db = new Database(temp, { nativeBinding: opts.nativeBinding });
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma('journal_mode = DELETE');
    db.pragma('foreign_keys = ON');
    db.pragma('secure_delete = ON');
    migrate(db, 0);
    init(db);
    writeMarker(db);
    db.close();
    db = undefined;
    // A -wal or -shm left beside the old file belongs to that file: SQLite would replay it into the
    // new one. (The new file uses DELETE journalling until it is renamed, so it has neither.)
    rmSync(`${path}-wal`, { force: true });
    rmSync(`${path}-shm`, { force: true });
    renameSync(temp, path);
  } catch (err) {
    db?.close();
    rmSync(temp, { force: true });
    rmSync(`${temp}-journal`, { force: true });
    throw err;
  }
  return openDatabase(path, opts);
}

function migrate(db: Database.Database, from: number): void {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT`);
  for (const m of MIGRATIONS) {
    if (m.version <= from) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, nowStamp());
      db.pragma(`user_version = ${m.version}`);
    })();
  }
}

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}
