/**
 * Restoring a workspace from a backup. The backup is checked first; the current file, with its
 * -wal and -shm, is moved aside under a name that says what it is and when
 * (`board.damaged-2026-12-02T1830.panelpack`), never deleted; the backup is copied beside the
 * target, made readable by the user only, compared with the backup byte for byte, and renamed
 * into place. If the copy fails, the current file is moved back, so the folder is as it was.
 */
import { createHash } from 'node:crypto';
import { chmodSync, closeSync, copyFileSync, constants, existsSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { format } from 'date-fns/format';
import { AppError } from '../errors';
import { checkWorkspace } from '../backup';

const SIDECARS = ['-wal', '-shm', '-journal'] as const;

export interface RestoreOptions {
  now?: () => Date;
  nativeBinding?: string;
  /**
   * Restore even when a -wal or -shm lies beside the file. PanelPack keeps those while it has the
   * file open, so without this their presence is taken to mean it may be open elsewhere.
   */
  force?: boolean;
}

export interface RestoreResult {
  /** The workspace path, now holding the backup's contents. */
  path: string;
  /** The backup it came from. */
  from: string;
  /** Where the previous file (and its -wal/-shm) now are; empty when there was none. */
  keptAside: string[];
  bytes: number;
}

function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** `board.damaged-2026-12-02T1830.panelpack`, with -2, -3… if that name is taken. */
export function asideName(target: string, at: Date): string {
  const ext = extname(target) || '.panelpack';
  const stem = basename(target, extname(target));
  const base = `${stem}.damaged-${format(at, "yyyy-MM-dd'T'HHmm")}`;
  const taken = (p: string): boolean => existsSync(p) || SIDECARS.some((s) => existsSync(p + s));
  let candidate = join(dirname(target), `${base}${ext}`);
  for (let n = 2; taken(candidate); n++) candidate = join(dirname(target), `${base}-${n}${ext}`);
  return candidate;
}

/** Restores `target` from the backup file at `from`; see the module comment for each step. */
export function restoreWorkspace(target: string, from: string, opts: RestoreOptions = {}): RestoreResult {
  const name = basename(target);
  if (!existsSync(from)) throw new AppError('not_found', `There is no backup at "${from}".`);
  if (!statSync(from).isFile()) throw new AppError('not_found', `"${basename(from)}" is a folder, not a backup.`);
  let check;
  try {
    check = checkWorkspace(from, { nativeBinding: opts.nativeBinding });
  } catch (err) {
    const why = err instanceof AppError ? err.message : 'It could not be read.';
    throw new AppError('corrupt', `The backup "${basename(from)}" cannot be used, so "${name}" was not touched. ${why}`);
  }
  if (!check.ok) {
    throw new AppError('corrupt', `The backup "${basename(from)}" is itself damaged (it fails its integrity check), so "${name}" was not touched. Choose an older backup.`);
  }
  if (existsSync(target) && statSync(target).isDirectory()) throw new AppError('conflict', `"${name}" is a folder, not a workspace.`);
  if (!opts.force && (existsSync(`${target}-wal`) || existsSync(`${target}-shm`))) {
    throw new AppError(
      'locked',
      `"${name}" may still be open in PanelPack (its -wal or -shm file is beside it). Close PanelPack wherever it has this workspace open and try again; if it is not open anywhere, add --force.`,
    );
  }
  if (!existsSync(dirname(target))) throw new AppError('not_found', `The folder for "${name}" does not exist.`);

  const now = opts.now?.() ?? new Date();
  const moved: [string, string][] = [];
  if (existsSync(target)) {
    const aside = asideName(target, now);
    renameSync(target, aside);
    moved.push([target, aside]);
    for (const s of SIDECARS) {
      if (!existsSync(target + s)) continue;
      // Kept with the same pairing, so SQLite would still match them if someone opens the aside file.
      renameSync(target + s, aside + s);
      moved.push([target + s, aside + s]);
    }
  }

  const temp = join(dirname(target), `.${name}.${process.pid}.${Date.now()}.restoring`);
  try {
    copyFileSync(from, temp, constants.COPYFILE_EXCL);
    chmodSync(temp, 0o600);
    const fd = openSync(temp, 'r+');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (sha256(temp) !== sha256(from)) throw new AppError('io', `The copy of the backup did not match it, so "${name}" was not restored. Nothing was lost.`);
    renameSync(temp, target);
  } catch (err) {
    rmSync(temp, { force: true });
    // Put the previous file back where it was: a failed restore changes nothing.
    for (const [orig, aside] of [...moved].reverse()) {
      if (!existsSync(orig)) renameSync(aside, orig);
    }
    throw err;
  }
  return { path: target, from, keptAside: moved.map(([, aside]) => aside), bytes: statSync(target).size };
}
