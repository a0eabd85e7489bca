/**
 * Backups inside the contract (issue 7 part 4): a workspace refused as damaged is remembered (by
 * the session, session.ts) so the clerk can be offered its newest good backup. Opening by path
 * makes the automatic backup that is due first (session.ts). The renderer never names a path:
 * `backups:restore` takes only a backup's id, which must be one of the refused workspace's own.
 */
import { basename } from 'node:path';
import { defineArea } from '../area';
import { AppError } from '../errors';
import { restoreWorkspace } from './restore';
import { backupDateLabel, backupReasonLabel, isBackupId, listBackups, newestGoodBackup, verifyBackup } from './store';

export const backupsArea = defineArea('backups', ({ host, session }) => ({
  'backups:offer': () => {
    const refused = session.refused();
    if (!refused) return null;
    const good = host.backupDir ? newestGoodBackup(host.backupDir, refused, { nativeBinding: host.nativeBinding }) : null;
    return {
      fileName: basename(refused),
      backup: good ? { id: good.id, takenAt: good.takenAt, label: backupDateLabel(good.takenAt), reason: backupReasonLabel(good) } : null,
    };
  },
  'backups:restore': ({ backupId }) => {
    const target = session.refused();
    const root = host.backupDir;
    if (!target) throw new AppError('conflict', 'There is no damaged workspace to restore. Open it again first.');
    const entry = root && isBackupId(backupId) ? listBackups(root, target).find((e) => e.id === backupId) : undefined;
    if (!entry) throw new AppError('not_found', `That backup of "${basename(target)}" is no longer there.`);
    if (!verifyBackup(entry, { nativeBinding: host.nativeBinding }).ok) {
      throw new AppError('corrupt', `The backup of ${backupDateLabel(entry.takenAt)} is itself damaged, so "${basename(target)}" was not touched.`);
    }
    // This app refused the file, so it does not have it open; a -wal or -shm beside it is from the crash.
    const result = restoreWorkspace(target, entry.path, { now: host.now, nativeBinding: host.nativeBinding, force: true });
    const aside = result.keptAside[0];
    const summary = session.openNow(target);
    const kept = aside ? ` The damaged file was kept beside it as "${basename(aside)}".` : '';
    return { ...summary, notice: `Restored the backup of ${backupDateLabel(entry.takenAt)}.${kept}` };
  },
}));
