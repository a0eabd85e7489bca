/**
 * The Evidence pack screen's store (issue 10): the priorities (through the lookups store), Pledge
 * promises and themed meetings to choose from, and building a pack (evidence:print) with its
 * progress events.
 */
import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { Meeting, Pledge } from '@shared/model/entities';
import type { InputOf, SavedFile } from '@shared/ipc/contract';
import { EVIDENCE_PRINT_TASK } from '@shared/ipc/ops/evidence';
import { call, onProgress } from '../api';
import { useLookupsStore } from './lookups';
import { resetWithWorkspace } from './reset';

export const useEvidenceStore = defineStore('evidence', () => {
  const lookups = useLookupsStore();
  const pledges = ref<Pledge[]>([]);
  /** Meetings with a theme priority (the "meeting's theme" scope). */
  const themed = ref<Meeting[]>([]);
  const progress = ref<{ done: number; total: number; label: string } | null>(null);

  /** Throws ApiError. */
  async function load(): Promise<void> {
    const [q, m] = await Promise.all([call('pledges:list', {}), call('meetings:list', {}), lookups.load()]);
    pledges.value = q;
    themed.value = m.filter((x) => x.themePriorityId);
  }

  /** Builds the pack to a file the clerk chooses; null when the dialog or the build is cancelled. Throws ApiError. */
  async function build(input: InputOf<'evidence:print'>): Promise<SavedFile | null> {
    progress.value = null;
    const stop = onProgress((e) => {
      if (e.task === EVIDENCE_PRINT_TASK) progress.value = { done: e.done, total: e.total, label: e.label };
    });
    try {
      return await call('evidence:print', input);
    } finally {
      stop();
      progress.value = null;
    }
  }

  /** Stops the build under way (between its steps); its evidence:print answers null and nothing is saved. */
  async function cancel(): Promise<void> {
    await call('evidence:cancel', {});
  }

  return { pledges, themed, progress, load, build, cancel };
});

resetWithWorkspace(useEvidenceStore);
