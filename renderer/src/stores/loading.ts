import { ref } from 'vue';
import { plainError } from '../api';

/**
 * A store's loading state: `loading` while a load runs, and `error`, in plain words, when the last
 * one failed. `run('load the meetings', fn)` clears the error, runs `fn`, and on failure keeps
 * "Could not load the meetings…" (plainError) for the screen to show.
 */
export function useLoading() {
  const loading = ref(false);
  const error = ref('');
  async function run(what: string, fn: () => Promise<void>): Promise<void> {
    loading.value = true;
    error.value = '';
    try {
      await fn();
    } catch (err) {
      error.value = plainError(err, what);
    } finally {
      loading.value = false;
    }
  }
  return { loading, error, run };
}
