import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { WorkspaceSummary } from '../../../shared/model/entities';
import { call, messageOf } from '../api';

/** Which workspace is open; null shows the welcome screen. */
export const useWorkspaceStore = defineStore('workspace', () => {
  const current = ref<WorkspaceSummary | null>(null);
  const loaded = ref(false);
  const error = ref('');

  async function refresh(): Promise<void> {
    current.value = await call('workspace:current', {});
    loaded.value = true;
  }

  async function run(fn: () => Promise<WorkspaceSummary | null>): Promise<boolean> {
    error.value = '';
    try {
      const ws = await fn();
      if (ws) current.value = ws;
      return ws !== null;
    } catch (err) {
      error.value = messageOf(err);
      return false;
    }
  }

  return {
    current,
    loaded,
    error,
    refresh,
    openSample: () => run(() => call('workspace:openSample', {})),
    open: () => run(() => call('workspace:open', {})),
    openRecent: (path: string) => run(() => call('workspace:openRecent', { path })),
    create: (councilName: string, boardName: string) => run(() => call('workspace:create', { councilName, boardName })),
    async close() {
      await call('workspace:close', {});
      current.value = null;
    },
  };
});
