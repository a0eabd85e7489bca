/** The Home screen's figures: counts by RAG, overdue and stale actions, principle coverage. */
import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { HomeSummary } from '@shared/model/entities';
import { call, plainError } from '../api';
import { resetWithWorkspace } from './reset';

export const useHomeStore = defineStore('home', () => {
  const summary = ref<HomeSummary | null>(null);
  const loading = ref(false);
  const error = ref('');

  /** Always asks again: figures depend on today's date and on changes made on other screens. */
  async function load(): Promise<void> {
    loading.value = true;
    error.value = '';
    try {
      summary.value = await call('home:summary', {});
    } catch (err) {
      error.value = plainError(err, 'load the summary');
    } finally {
      loading.value = false;
    }
  }

  return { summary, loading, error, load };
});

resetWithWorkspace(useHomeStore);
