/**
 * One button's action and what came of it, said beneath it: `run` ignores a second press while
 * busy, clears the last outcome, and says either what `fn` answers or, in plain words, why it
 * could not be done. For the small actions beside a record (save a copy, file a PDF), not forms:
 * those are the form kit's.
 */
import { ref } from 'vue';
import { plainError } from '../api';

export function useOutcome() {
  const busy = ref(false);
  const said = ref('');
  const problem = ref('');
  /** Runs `fn` (its answer is what to say; '' for nothing); `doing` names it in a refusal ("save a copy of the report"). */
  async function run(doing: string, fn: () => Promise<string>): Promise<void> {
    if (busy.value) return;
    busy.value = true;
    said.value = '';
    problem.value = '';
    try {
      said.value = await fn();
    } catch (err) {
      problem.value = plainError(err, doing);
    } finally {
      busy.value = false;
    }
  }
  return { busy, said, problem, run };
}
