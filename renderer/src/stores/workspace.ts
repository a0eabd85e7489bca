import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { WorkspaceSummary } from '@shared/model/entities';
import type { ErrorCode } from '@shared/ipc/errors';
import { ApiError, call, messageOf } from '../api';
import { resetAreaStores } from './reset';

/** What happened to the last open/create: shown on the welcome screen. */
export type Outcome = 'opened' | 'cancelled' | 'failed';

/** Which workspace is open; null shows the welcome screen. */
export const useWorkspaceStore = defineStore('workspace', () => {
  const current = ref<WorkspaceSummary | null>(null);
  const loaded = ref(false);
  /** Plain-English reason the last open, create or close failed ('' when it did not). */
  const error = ref('');
  /** The code of that failure ('corrupt' offers a restore from a backup). */
  const errorCode = ref<ErrorCode | ''>('');
  /** What core said about the last opening (a failed automatic backup, what a restore did); '' when nothing. */
  const notice = ref('');
  /** Recently opened workspace files that still exist, newest first. */
  const recent = ref<string[]>([]);
  /**
   * Counts switches made by the clerk (open, create, close), but not the first look at startup,
   * so the shell knows when to move focus and route to Home.
   */
  const switches = ref(0);

  async function refresh(): Promise<void> {
    try {
      current.value = await call('workspace:current', {});
    } catch (err) {
      current.value = null;
      error.value = messageOf(err);
    } finally {
      loaded.value = true;
    }
  }

  async function loadRecent(): Promise<void> {
    try {
      recent.value = await call('workspace:recent', {});
    } catch {
      // The list is a convenience: without it the clerk can still use "Open a workspace…".
      recent.value = [];
    }
  }

  /** Another workspace is open: every area starts afresh. */
  function switched(ws: WorkspaceSummary): void {
    resetAreaStores();
    notice.value = ws.notice ?? '';
    current.value = ws;
    switches.value++;
  }

  async function run(fn: () => Promise<WorkspaceSummary | null>): Promise<Outcome> {
    error.value = '';
    errorCode.value = '';
    try {
      const ws = await fn();
      if (!ws) return 'cancelled';
      switched(ws);
      return 'opened';
    } catch (err) {
      error.value = messageOf(err);
      errorCode.value = err instanceof ApiError ? err.code : '';
      return 'failed';
    }
  }

  async function close(): Promise<boolean> {
    error.value = '';
    try {
      await call('workspace:close', {});
    } catch (err) {
      error.value = messageOf(err);
      return false;
    }
    resetAreaStores();
    notice.value = '';
    current.value = null;
    switches.value++;
    await loadRecent();
    return true;
  }

  /** The notices came with the answer to opening; once read, they are not shown again. */
  function dismissNotices(): void {
    if (current.value?.notices) current.value = { ...current.value, notices: undefined };
  }

  return {
    current,
    loaded,
    error,
    errorCode,
    notice,
    dismissNotice: () => {
      notice.value = '';
    },
    recent,
    switches,
    refresh,
    loadRecent,
    openSample: () => run(() => call('workspace:openSample', {})),
    open: () => run(() => call('workspace:open', {})),
    openRecent: (path: string) => run(() => call('workspace:openRecent', { path })),
    create: (councilName: string, boardName: string) => run(() => call('workspace:create', { councilName, boardName })),
    /** The newest good backup of the workspace core last refused as damaged, if any. Throws ApiError. */
    restoreOffer: () => call('backups:offer', {}),
    /** Restores the workspace core last refused as damaged from one of its backups, and opens it. */
    restore: (backupId: string) => run(() => call('backups:restore', { backupId })),
    close,
    dismissNotices,
    /** The member's side: the host's Open dialog chooses a kit (core keeps its path); null when cancelled. */
    chooseKit: () => call('exchange:chooseKit', {}),
    /**
     * Opens the chosen kit with the passphrase (core checks it, then asks where to save the member
     * workspace, and opens it). Throws ApiError for the form: a wrong passphrase is one plain line.
     */
    async openKit(passphrase: string): Promise<Outcome> {
      error.value = '';
      errorCode.value = '';
      const ws = await call('exchange:openKit', { passphrase });
      if (!ws) return 'cancelled';
      switched(ws);
      return 'opened';
    },
  };
});
