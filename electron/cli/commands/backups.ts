/**
 * `panelpack backups <file>` and `panelpack restore <file> --from <backup>` (issue 7 part 4), and
 * the automatic backup the CLI makes before a command opens a workspace, as the app does. The
 * backup folder is PANELPACK_BACKUP_DIR, else the app's user-data folder (core/backups/store.ts
 * defaultBackupRoot). Automatic backups happen only when run() is given the process environment
 * (index.ts does; tests calling run() choose their own folder or none).
 */
import { existsSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { format } from 'date-fns/format';
import { AppError } from '../../core/errors';
import { restoreWorkspace } from '../../core/backups/restore';
import {
  backupDateLabel,
  backupFolder,
  backupReasonLabel,
  listBackups,
  verifyBackup,
  type BackupEntry,
  type VerifiedBackup,
} from '../../core/backups/store';
import { formatBytes, type Command } from '../command';
import { alignColumns } from '../format';
import { UsageError } from '../usageError';
import { rootOf, type BackupIo } from '../autoBackup';

/** 2026-12-02 or 02/12/2026 (UK order) as YYYY-MM-DD, else null. */
function dayArg(s: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (iso) return s;
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  return uk ? `${uk[3]}-${(uk[2] ?? '').padStart(2, '0')}-${(uk[1] ?? '').padStart(2, '0')}` : null;
}

/** --from: a backup's path (as `backups` prints it), its file name, a day (newest good one that day), or "latest". */
function chooseBackup(file: string, from: string, io: BackupIo): { path: string; entry?: BackupEntry } {
  const name = basename(file);
  const asPath = resolve(io.cwd, from);
  if (existsSync(asPath) && statSync(asPath).isFile()) return { path: asPath, entry: listBackups(rootOf(io), file).find((e) => e.path === asPath) };
  const entries = listBackups(rootOf(io), file);
  if (entries.length === 0) {
    throw new AppError('not_found', `There are no backups of "${name}" in ${backupFolder(rootOf(io), file)}, and "${from}" is not a backup file. Give the path of a backup with --from.`);
  }
  const byId = entries.find((e) => e.id === from);
  if (byId) return { path: byId.path, entry: byId };
  const day = from === 'latest' ? null : dayArg(from);
  if (from !== 'latest' && !day) {
    throw new UsageError(`--from needs a backup's path as "panelpack backups" prints it, a date (2026-12-02 or 02/12/2026), or "latest" (not "${from}").`);
  }
  const candidates = day ? entries.filter((e) => format(new Date(e.takenAt), 'yyyy-MM-dd') === day) : entries;
  if (candidates.length === 0) throw new AppError('not_found', `There is no backup of "${name}" from ${day}. Run "panelpack backups ${name}" to see them.`);
  const good = candidates.map((e) => verifyBackup(e)).find((v) => v.ok);
  if (!good) {
    throw new AppError('corrupt', `Every backup of "${name}" ${day ? `from ${day} ` : ''}fails its integrity check, so nothing was restored. Choose an older one with --from.`);
  }
  return { path: good.path, entry: good };
}

export const BACKUP_COMMANDS: Record<'backups' | 'restore', Command> = {
  backups: {
    options: { json: { type: 'boolean' } },
    run({ file, values, io }) {
      const root = rootOf(io);
      const list: VerifiedBackup[] = listBackups(root, file).map((e) => verifyBackup(e));
      if (values.json) {
        io.stdout(`${JSON.stringify({ workspace: file, folder: backupFolder(root, file), backups: list }, null, 2)}\n`);
        return 0;
      }
      const name = basename(file);
      if (list.length === 0) {
        io.stdout(`There are no backups of "${name}" yet. PanelPack makes one each day it opens the workspace, and one before each update, in:\n  ${backupFolder(root, file)}\n`);
        return 0;
      }
      const rows = [
        ['Date', 'Reason', 'Size', 'Check', 'Path'],
        ...list.map((b) => [backupDateLabel(b.takenAt), backupReasonLabel(b), formatBytes(b.bytes), b.ok ? 'passed' : 'FAILED', b.path]),
      ];
      const failed = list.filter((b) => !b.ok).length;
      const tail = failed ? `\n${failed} of them failed the check now: do not restore from those.` : '';
      io.stdout(`Backups of "${name}", newest first:\n\n${alignColumns(rows)}\n\nRestore one with: panelpack restore ${name} --from <path>${tail}\n`);
      return 0;
    },
  },

  restore: {
    options: { from: { type: 'string' }, force: { type: 'boolean' } },
    run({ file, values, io }) {
      const from = typeof values.from === 'string' ? values.from.trim() : '';
      if (!from) throw new UsageError('"restore" needs --from <backup> (a path as "panelpack backups" prints it, a date, or "latest").');
      const chosen = chooseBackup(file, from, io);
      const result = restoreWorkspace(file, chosen.path, { now: io.now ? () => io.now!() : undefined, force: values.force === true });
      const what = chosen.entry ? `the backup of ${backupDateLabel(chosen.entry.takenAt)} (${backupReasonLabel(chosen.entry)})` : `"${basename(chosen.path)}"`;
      const lines = [`Checked ${what}: it passed its integrity check.`];
      const [main, ...sidecars] = result.keptAside;
      if (main) {
        const extra = sidecars.length ? ` (with its ${sidecars.map((p) => p.slice(main.length)).join(' and ')})` : '';
        lines.push(`Kept the previous file aside, unchanged${extra}: ${main}`);
      } else {
        lines.push(`There was no file at ${file}, so nothing was set aside.`);
      }
      lines.push(`Restored ${file} from ${chosen.path} (${formatBytes(result.bytes)}).`);
      io.stdout(`${lines.join('\n')}\n`);
      return 0;
    },
  },
};
