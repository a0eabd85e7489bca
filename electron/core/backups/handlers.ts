/**
 * Backups inside the contract (issue 7 part 4): opening a workspace by path makes the automatic
 * backup that is due first, and a workspace refused as damaged is remembered so the clerk can be
 * offered its newest good backup. The renderer never names a path: `backups:restore` takes only a
 * backup's id, which must be one of the refused workspace's own backups.
 */
import { basename } from 'node:path';
import type { ParsedInputOf, ResultOf } from '../../../shared/ipc/contract';
import type { WorkspaceSummary } from '../../../shared/model/entities';
import { AppError } from '../errors';
import type { Host } from '../host';
import { Workspace, type WorkspaceOptions } from '../workspace';
import { backupBeforeOpening } from './schedule';
import { backupDateLabel, backupReasonLabel, isBackupId, listBackups, newestGoodBackup, verifyBackup } from './store';
import { restoreWorkspace } from './restore';

type BackupChannel = 'backups:offer' | 'backups:restore';
type BackupHandlers = { [C in BackupChannel]: (input: ParsedInputOf<C>) => Promise<ResultOf<C>> | ResultOf<C> };

export interface BackupSupport {
  /** Opens `path` as the current workspace, making the automatic backup that is due first. */
  open(path: string): Promise<WorkspaceSummary>;
  handlers: BackupHandlers;
}

export function createBackupSupport(host: Host, switchTo: (open: () => Workspace) => WorkspaceSummary, wsOptions: () => WorkspaceOptions): BackupSupport {
  /** The file last refused as damaged; cleared by any successful open. */
  let refused: string | null = null;
  const root = host.backupDir;

  const openNow = (path: string): WorkspaceSummary => {
    try {
      const summary = switchTo(() => Workspace.open(path, wsOptions()));
      refused = null;
      return summary;
    } catch (err) {
      refused = err instanceof AppError && err.code === 'corrupt' ? path : null;
      throw err;
    }
  };

  return {
    async open(path) {
      const log = (err: unknown, context: string): void => host.log?.(err, context);
      const auto = root ? await backupBeforeOpening(path, { root, now: host.now, nativeBinding: host.nativeBinding, log }) : null;
      const summary = openNow(path);
      return auto?.problem ? { ...summary, notice: `${auto.problem} The workspace is open as usual.` } : summary;
    },
    handlers: {
      'backups:offer': () => {
        if (!refused) return null;
        const good = root ? newestGoodBackup(root, refused, { nativeBinding: host.nativeBinding }) : null;
        return {
          fileName: basename(refused),
          backup: good ? { id: good.id, takenAt: good.takenAt, label: backupDateLabel(good.takenAt), reason: backupReasonLabel(good) } : null,
        };
      },
      'backups:restore': ({ backupId }) => {
        const target = refused;
        if (!target) throw new AppError('conflict', 'There is no damaged workspace to restore. Open it again first.');
        const entry = root && isBackupId(backupId) ? listBackups(root, target).find((e) => e.id === backupId) : undefined;
        if (!entry) throw new AppError('not_found', `That backup of "${basename(target)}" is no longer there.`);
        if (!verifyBackup(entry, { nativeBinding: host.nativeBinding }).ok) {
          throw new AppError('corrupt', `The backup of ${backupDateLabel(entry.takenAt)} is itself damaged, so "${basename(target)}" was not touched.`);
        }
        // This app refused the file, so it does not have it open; a -wal or -shm beside it is from the crash.
        const result = restoreWorkspace(target, entry.path, { now: host.now, nativeBinding: host.nativeBinding, force: true });
        const aside = result.keptAside[0];
        const summary = openNow(target);
        const kept = aside ? ` The damaged file was kept beside it as "${basename(aside)}".` : '';
        return { ...summary, notice: `Restored the backup of ${backupDateLabel(entry.takenAt)}.${kept}` };
      },
    },
  };
}
