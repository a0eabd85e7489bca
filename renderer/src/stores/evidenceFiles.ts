/**
 * The selected action's evidence files (PDFs kept against the action or its updates, merged into
 * the evidence pack's appendix): listed, added through the host's file dialog, renamed or made
 * public, removed. Calls the typed client only.
 */
import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { AddedEvidenceFile, EvidenceFile, EvidenceFileAddInput, EvidenceFileUpdateInput } from '@shared/model/evidenceFiles';
import { call, plainError } from '../api';
import { resetWithWorkspace } from './reset';

export const useEvidenceFilesStore = defineStore('evidenceFiles', () => {
  const actionId = ref<string | null>(null);
  const files = ref<EvidenceFile[]>([]);
  const error = ref('');

  async function load(id: string | null): Promise<void> {
    actionId.value = id;
    error.value = '';
    if (!id) {
      files.value = [];
      return;
    }
    try {
      const list = await call('evidenceFiles:list', { actionId: id });
      if (actionId.value === id) files.value = list;
    } catch (err) {
      if (actionId.value === id) error.value = plainError(err, 'list the evidence files');
    }
  }

  /** Asks for the PDF (native dialog) and adds it; null when the dialog was cancelled. Throws for the form to show. */
  async function add(input: EvidenceFileAddInput): Promise<AddedEvidenceFile | null> {
    const added = await call('evidenceFiles:add', input);
    if (added) await load(input.actionId);
    return added;
  }

  async function update(input: EvidenceFileUpdateInput): Promise<EvidenceFile> {
    const saved = await call('evidenceFiles:update', input);
    await load(saved.actionId);
    return saved;
  }

  async function remove(file: EvidenceFile): Promise<void> {
    await call('evidenceFiles:remove', { id: file.id });
    await load(file.actionId);
  }

  return { actionId, files, error, load, add, update, remove };
});

resetWithWorkspace(useEvidenceFilesStore);
