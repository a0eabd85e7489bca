/**
 * Where automatic backups live and what they are called. Each workspace has its own folder under
 * the backup root, named from the workspace file's name and a hash of its full path (workspaces
 * carry no id of their own), holding `workspace.json` (the original path, for people reading the
 * folder) and one self-describing file per backup:
 *   2026-12-02T183012Z-daily.panelpack
 *   2026-12-02T183012Z-before-migration-to-v5.panelpack
 * The time in the name is UTC (sortable, the same in GMT and BST, no colons for Windows); it is
 * shown to people in local time. A backup is made with core/backup.ts's online backup, which
 * integrity-checks the copy before it takes its final name, so every file here passed its check
 * when it was made; `verifyBackup` checks it again, since disks decay.
 */
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readdirSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { format } from 'date-fns/format';
import { enGB } from 'date-fns/locale/en-GB';
import { backupWorkspace, checkWorkspace } from '../backup';

export type BackupReason = 'daily' | 'before-migration';

export interface BackupEntry {
  /** The file's name in the workspace's backup folder: what the app passes back to restore. */
  id: string;
  /** Full path of the backup file. */
  path: string;
  /** When it was made, as an ISO timestamp (UTC). */
  takenAt: string;
  reason: BackupReason;
  /** For a backup made before a migration: the schema version the file was about to move to. */
  toVersion?: number;
  bytes: number;
}

export interface VerifiedBackup extends BackupEntry {
  /** True when the backup passes `integrity_check` now. */
  ok: boolean;
  /** The first finding when it does not. */
  problem?: string;
}

const NAME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2})(\d{2})(\d{2})Z-(daily|before-migration-to-v(\d+))(?:-(\d+))?\.panelpack$/;

/** Files and folders here are the user's alone (they hold the same records as the workspace). */
const FILE_MODE = 0o600;
const DIR_MODE = 0o700;

/**
 * The backup root when PanelPack runs outside Electron (the CLI): PANELPACK_BACKUP_DIR, else
 * PANELPACK_USER_DATA/backups (the folder the app uses when that is set), else the platform's
 * per-user application-data folder: %APPDATA%\PanelPack\backups on Windows,
 * ~/Library/Application Support/PanelPack/backups on macOS, $XDG_CONFIG_HOME (or ~/.config)
 * /PanelPack/backups elsewhere. (The app's own folder is app.getPath('userData')/backups, which is
 * the same only when Electron's app name is "PanelPack"; set PANELPACK_BACKUP_DIR for both to be sure.)
 */
export function defaultBackupRoot(env: Record<string, string | undefined>, platform: NodeJS.Platform = process.platform, home: string = homedir()): string {
  const set = (v: string | undefined): v is string => typeof v === 'string' && v.trim() !== '';
  if (set(env.PANELPACK_BACKUP_DIR)) return resolve(env.PANELPACK_BACKUP_DIR);
  if (set(env.PANELPACK_USER_DATA)) return join(resolve(env.PANELPACK_USER_DATA), 'backups');
  if (platform === 'win32') return join(set(env.APPDATA) ? env.APPDATA : join(home, 'AppData', 'Roaming'), 'PanelPack', 'backups');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'PanelPack', 'backups');
  return join(set(env.XDG_CONFIG_HOME) ? env.XDG_CONFIG_HOME : join(home, '.config'), 'PanelPack', 'backups');
}

/** The workspace's full path as one spelling: its folder's real path, its own name (it may not exist yet). */
function canonicalPath(workspace: string): string {
  const abs = resolve(workspace);
  let dir = dirname(abs);
  try {
    dir = realpathSync(dir);
  } catch {
    // A folder that is gone: keep the path as given.
  }
  const full = join(dir, basename(abs));
  // Windows and macOS file names are case-insensitive by default.
  return process.platform === 'win32' || process.platform === 'darwin' ? full.toLowerCase() : full;
}

/** The folder holding one workspace's backups: `<name>-<12 hex of the path's SHA-256>`. */
export function backupFolder(root: string, workspace: string): string {
  const hash = createHash('sha256').update(canonicalPath(workspace)).digest('hex').slice(0, 12);
  const stem = basename(workspace, extname(workspace)).replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+/, '').slice(0, 40) || 'workspace';
  return join(root, `${stem}-${hash}`);
}

function parseName(id: string): Omit<BackupEntry, 'path' | 'bytes'> | null {
  const m = NAME.exec(id);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, what, to] = m;
  const takenAt = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s))).toISOString();
  return what === 'daily' ? { id, takenAt, reason: 'daily' } : { id, takenAt, reason: 'before-migration', toVersion: Number(to) };
}

/** True when `id` is a backup file name PanelPack makes (no folders, nothing else). */
export function isBackupId(id: string): boolean {
  return NAME.test(id);
}

/** One workspace's backups, newest first. A missing folder is no backups. */
export function listBackups(root: string, workspace: string): BackupEntry[] {
  const folder = backupFolder(root, workspace);
  if (!existsSync(folder)) return [];
  const out: BackupEntry[] = [];
  for (const id of readdirSync(folder)) {
    const parsed = parseName(id);
    if (!parsed) continue;
    const path = join(folder, id);
    out.push({ ...parsed, path, bytes: statSync(path).size });
  }
  return out.sort((a, b) => (a.takenAt === b.takenAt ? b.id.localeCompare(a.id) : b.takenAt.localeCompare(a.takenAt)));
}

/** Checks one backup again now (`integrity_check`, foreign keys, header), never changing it. */
export function verifyBackup(entry: BackupEntry, opts: { nativeBinding?: string } = {}): VerifiedBackup {
  try {
    const r = checkWorkspace(entry.path, opts);
    if (r.ok) return { ...entry, ok: true };
    return { ...entry, ok: false, problem: r.integrity.find((l) => l !== 'ok') ?? r.foreignKeys[0] ?? 'It failed its check.' };
  } catch (err) {
    return { ...entry, ok: false, problem: err instanceof Error ? err.message : String(err) };
  }
}

/** The newest backup that passes its check now, or null. Older ones are checked only as needed. */
export function newestGoodBackup(root: string, workspace: string, opts: { nativeBinding?: string } = {}): VerifiedBackup | null {
  for (const entry of listBackups(root, workspace)) {
    const v = verifyBackup(entry, opts);
    if (v.ok) return v;
  }
  return null;
}

/** "Wednesday 2 December 2026, 18:30", in local time. */
export function backupDateLabel(takenAt: string): string {
  return format(new Date(takenAt), 'EEEE d MMMM yyyy, HH:mm', { locale: enGB });
}

/** "daily" or "before the update to version 5". */
export function backupReasonLabel(entry: Pick<BackupEntry, 'reason' | 'toVersion'>): string {
  return entry.reason === 'daily' ? 'daily' : `before the update to version ${entry.toVersion ?? '?'}`;
}

function stamp(at: Date): string {
  return at.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/:/g, '');
}

export interface MakeBackupOptions {
  root: string;
  reason: BackupReason;
  /** Required for 'before-migration': the version the file is about to be migrated to. */
  toVersion?: number;
  now: Date;
  nativeBinding?: string;
}

/**
 * Makes one backup of `workspace` into its folder (online backup, integrity-checked before it takes
 * its name; core/backup.ts), readable by the user only. Throws, keeping nothing, if the copy fails
 * its check. It drops nothing: see `pruneBackups`.
 */
export async function makeBackup(workspace: string, opts: MakeBackupOptions): Promise<BackupEntry> {
  const folder = backupFolder(opts.root, workspace);
  mkdirSync(folder, { recursive: true, mode: DIR_MODE });
  chmodSync(folder, DIR_MODE);
  const manifest = join(folder, 'workspace.json');
  if (!existsSync(manifest)) {
    const temp = `${manifest}.${process.pid}.tmp`;
    writeFileSync(temp, `${JSON.stringify({ workspace: resolve(workspace), name: basename(workspace) }, null, 2)}\n`, { mode: FILE_MODE });
    renameSync(temp, manifest);
  }
  const what = opts.reason === 'daily' ? 'daily' : `before-migration-to-v${opts.toVersion ?? 0}`;
  let id = `${stamp(opts.now)}-${what}.panelpack`;
  for (let n = 2; existsSync(join(folder, id)); n++) id = `${stamp(opts.now)}-${what}-${n}.panelpack`;
  const path = join(folder, id);
  const result = await backupWorkspace(workspace, path, { nativeBinding: opts.nativeBinding });
  chmodSync(path, FILE_MODE);
  const parsed = parseName(id);
  if (!parsed) throw new Error(`Backup name did not parse: ${id}`);
  return { ...parsed, path, bytes: result.bytes };
}

/** Local calendar day and month of a backup, for retention. */
const dayOf = (e: BackupEntry): string => format(new Date(e.takenAt), 'yyyy-MM-dd');
const monthOf = (e: BackupEntry): string => format(new Date(e.takenAt), 'yyyy-MM');

export const KEEP_DAILY = 7;
export const KEEP_MONTHLY = 6;
export const KEEP_BEFORE_MIGRATION = 3;

/**
 * Which backups retention keeps, by the rules restic and borg use: the newest backup of each of
 * the last 7 days that have one, the newest of each of the last 6 calendar months that have one
 * (the current month included; a backup may count for both), and the last 3 made before a
 * migration (the way back from an update). Days and months are local time.
 */
export function retained(entries: readonly BackupEntry[]): Set<string> {
  const newestFirst = [...entries].sort((a, b) => b.takenAt.localeCompare(a.takenAt) || b.id.localeCompare(a.id));
  const keep = new Set<string>();
  const pick = (key: (e: BackupEntry) => string, limit: number): void => {
    const seen = new Set<string>();
    for (const e of newestFirst) {
      const k = key(e);
      if (seen.has(k)) continue;
      if (seen.size >= limit) break;
      seen.add(k);
      keep.add(e.id);
    }
  };
  pick(dayOf, KEEP_DAILY);
  pick(monthOf, KEEP_MONTHLY);
  newestFirst.filter((e) => e.reason === 'before-migration').slice(0, KEEP_BEFORE_MIGRATION).forEach((e) => keep.add(e.id));
  return keep;
}

/**
 * Drops the backups retention does not keep. Called only after `fresh` has been made and passed its
 * integrity check, and `fresh` is always kept, so the newest good backup is never the one dropped.
 * Returns the ids removed.
 */
export function pruneBackups(root: string, workspace: string, fresh: BackupEntry): string[] {
  const entries = listBackups(root, workspace);
  if (!entries.some((e) => e.id === fresh.id)) return [];
  const keep = retained(entries);
  keep.add(fresh.id);
  const removed: string[] = [];
  for (const e of entries) {
    if (keep.has(e.id)) continue;
    rmSync(e.path, { force: true });
    removed.push(e.id);
  }
  return removed;
}
