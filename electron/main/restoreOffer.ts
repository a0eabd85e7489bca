/**
 * The menu's "Open Workspace…" reports refusals in a native box rather than on the welcome screen,
 * so a workspace refused as damaged gets the same offer there (issue 7 part 4): its newest backup
 * that passes its check, restored through core's own `backups:restore` channel.
 */
import { dialog, type BrowserWindow, type MessageBoxOptions } from 'electron';
import type { RestoreOffer } from '../../shared/ipc/contract';
import type { IpcResult } from '../../shared/ipc/errors';
import type { WorkspaceSummary } from '../../shared/model/entities';

type Dispatch = (channel: string, input: unknown) => Promise<IpcResult<unknown>>;

/** 'restored' (the workspace is open now), 'declined' (the clerk chose Cancel) or 'none' (no good backup: show the refusal as usual). */
export type RestoreChoice = 'restored' | 'declined' | 'none';

export async function offerRestore(dispatch: Dispatch, win: BrowserWindow | null, message: string): Promise<RestoreChoice> {
  const show = (options: MessageBoxOptions) => (win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options));
  const offer = await dispatch('backups:offer', {});
  const backup = offer.ok ? (offer.data as RestoreOffer | null)?.backup : null;
  if (!backup) return 'none';
  const restoreLabel = `Restore the backup of ${backup.label}`;
  const answer = await show({
    type: 'error',
    title: 'PanelPack',
    message,
    detail: `PanelPack has a backup from ${backup.label} (${backup.reason}) that passes its check. Restoring puts it in place of the damaged file and opens it; the damaged file is kept beside it, renamed, and not deleted.`,
    buttons: [restoreLabel, 'Cancel'],
    defaultId: 0,
    cancelId: 1,
  });
  if (answer.response !== 0) return 'declined';
  const restored = await dispatch('backups:restore', { backupId: backup.id });
  if (!restored.ok) {
    await show({ type: 'error', title: 'PanelPack', message: restored.error.message, buttons: ['OK'] });
    return 'declined';
  }
  const notice = (restored.data as WorkspaceSummary).notice;
  if (notice) await show({ type: 'info', title: 'PanelPack', message: notice, buttons: ['OK'] });
  return 'restored';
}
