/**
 * The automatic backup the CLI makes before a command opens a workspace, as the app does (issue 7
 * part 4): its own module so that every command's start-up loads only this, not the backups
 * commands. The backup folder is PANELPACK_BACKUP_DIR, else the app's user-data folder.
 */
import { backupBeforeOpening } from '../core/backups/schedule';
import { defaultBackupRoot } from '../core/backups/store';

export interface BackupIo {
  stdout(s: string): void;
  stderr(s: string): void;
  cwd: string;
  /** The process environment (PANELPACK_BACKUP_DIR); without it the CLI makes no automatic backups. */
  env?: Record<string, string | undefined>;
  /** The clock; tests pin it. */
  now?(): Date;
}

/** Commands that never open a workspace read-write, so make no automatic backup first. */
const NO_AUTO_BACKUP: ReadonlySet<string> = new Set(['init', 'check', 'backup', 'backups', 'restore', 'open-kit']);

export const rootOf = (io: BackupIo): string => defaultBackupRoot(io.env ?? process.env);

/**
 * Before a command opens `file`: the backup that is due (before a migration, or the day's first).
 * Silent when all is well; a failure is one line on stderr and the command carries on.
 */
export async function autoBackupBeforeCommand(command: string, file: string, io: BackupIo): Promise<void> {
  // PANELPACK_BACKUPS=off: for scripts and benchmarks that open throwaway copies.
  if (NO_AUTO_BACKUP.has(command) || !io.env || io.env.PANELPACK_BACKUPS === 'off') return;
  const outcome = await backupBeforeOpening(file, { root: rootOf(io), now: io.now ? () => io.now!() : undefined });
  if (outcome.problem) io.stderr(`panelpack: ${outcome.problem} Carrying on without it.\n`);
}

