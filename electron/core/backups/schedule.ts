/**
 * Automatic backups, made just before a workspace is opened: one before every migration (the file
 * as the older PanelPack left it, named for the version it is about to move to), otherwise at most
 * one a day. A backup that cannot be made never stops the workspace opening: the outcome carries a
 * plain message for the clerk and the error goes to the host's log.
 */
import { basename } from 'node:path';
import { format } from 'date-fns/format';
import { AppError } from '../errors';
import { checkHeader } from '../db/open';
import { LATEST_VERSION } from '../db/migrations';
import { listBackups, makeBackup, pruneBackups, type BackupEntry } from './store';

export interface AutoBackupOptions {
  /** The backup root (Electron: userData/backups; CLI: see defaultBackupRoot). */
  root: string;
  /** The clock; tests pin it. */
  now?: () => Date;
  nativeBinding?: string;
  log?(err: unknown, context: string): void;
}

export interface AutoBackupOutcome {
  /** The backup made, or null when none was due or it failed. */
  made: BackupEntry | null;
  /** Older backups dropped by retention after `made` passed its check. */
  removed: string[];
  /** Why none was made although none failed. */
  skipped?: 'not_a_workspace' | 'done_today';
  /** A plain sentence for the clerk when the backup could not be made. */
  problem?: string;
}

const SYSTEM_REASONS: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EACCES: 'permission to write to the backup folder was refused',
  EPERM: 'permission to write to the backup folder was refused',
  EROFS: 'the backup folder is on a read-only disk',
};

function reasonOf(err: unknown): string {
  if (err instanceof AppError) return err.message;
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string' && SYSTEM_REASONS[code]) return `${SYSTEM_REASONS[code]}.`;
  return 'something went wrong while copying it (the details are in the log).';
}

/**
 * Makes the automatic backup that is due before `path` is opened, if any, then applies retention.
 * Never throws: a file that is not a readable workspace is left for opening to explain.
 */
export async function backupBeforeOpening(path: string, opts: AutoBackupOptions): Promise<AutoBackupOutcome> {
  let version: number;
  try {
    version = checkHeader(path).userVersion;
  } catch {
    return { made: null, removed: [], skipped: 'not_a_workspace' };
  }
  const now = opts.now?.() ?? new Date();
  const migrating = version < LATEST_VERSION;
  try {
    if (!migrating) {
      const today = format(now, 'yyyy-MM-dd');
      if (listBackups(opts.root, path).some((e) => format(new Date(e.takenAt), 'yyyy-MM-dd') === today)) {
        return { made: null, removed: [], skipped: 'done_today' };
      }
    }
    const made = await makeBackup(path, {
      root: opts.root,
      reason: migrating ? 'before-migration' : 'daily',
      toVersion: migrating ? LATEST_VERSION : undefined,
      now,
      nativeBinding: opts.nativeBinding,
    });
    let removed: string[] = [];
    try {
      removed = pruneBackups(opts.root, path, made);
    } catch (err) {
      // Keeping an extra old backup harms nothing; try again next time.
      opts.log?.(err, 'backups:prune');
    }
    return { made, removed };
  } catch (err) {
    if (!(err instanceof AppError)) opts.log?.(err, 'backups:auto');
    const what = migrating ? `the backup PanelPack makes before updating "${basename(path)}"` : `today's automatic backup of "${basename(path)}"`;
    return { made: null, removed: [], problem: `PanelPack could not make ${what}: ${reasonOf(err)}` };
  }
}
