/** The Home screen's figures: counts by RAG, overdue and stale actions, principle coverage. */
import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { HomeSummary } from '@shared/model/entities';
import { call } from '../api';
import { resetWithWorkspace } from './reset';
import { useLoading } from './loading';

export const useHomeStore = defineStore('home', () => {
  const summary = ref<HomeSummary | null>(null);
  const { loading, error, run } = useLoading();

  /** Always asks again: figures depend on today's date and on changes made on other screens. */
  async function load(): Promise<void> {
    await run('load the summary', async () => {
      summary.value = await call('home:summary', {});
    });
  }

  return { summary, loading, error, load };
});

resetWithWorkspace(useHomeStore);
