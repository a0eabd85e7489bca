/**
 * The steps around ConfirmDelete: which record's box is open, what went wrong, and where focus
 * goes (to the confirm button when asked, back to the Delete button on Cancel, to a heading once
 * deleted, to the message when core refused), with the result said through the one announcer.
 */
import { nextTick, ref, type Ref } from 'vue';
import { plainError } from '../../api';
import { useAnnouncer } from '../../composables/useAnnouncer';

export async function focusById(id: string): Promise<void> {
  await nextTick();
  document.getElementById(id)?.focus();
}

export interface ConfirmRun {
  /** For the message if it fails: "delete the priority". */
  doing: string;
  /** Said once done: "Priority 2, Stable homes, deleted." */
  done?: string;
  /** Where focus goes once done (the list's heading). */
  focusAfter?: string;
  /** Where focus goes if it failed (the message's id); the box closes first when `closeOnProblem`. */
  focusProblem?: string;
  closeOnProblem?: boolean;
}

export function useConfirm<K = true>() {
  /** The record whose box is open (true for a screen with one record), or null. */
  const open = ref(null) as Ref<K | null>;
  const problem = ref('');
  const { announce } = useAnnouncer();

  async function ask(key: K, confirmId: string): Promise<void> {
    problem.value = '';
    open.value = key;
    await focusById(confirmId);
  }

  async function cancel(returnTo: string): Promise<void> {
    open.value = null;
    await focusById(returnTo);
  }

  /** Runs the delete; true when it worked. */
  async function run(remove: () => Promise<void>, how: ConfirmRun): Promise<boolean> {
    problem.value = '';
    try {
      await remove();
      open.value = null;
      if (how.done) announce(how.done);
      if (how.focusAfter) await focusById(how.focusAfter);
      return true;
    } catch (err) {
      if (how.closeOnProblem) open.value = null;
      problem.value = plainError(err, how.doing);
      if (how.focusProblem) await focusById(how.focusProblem);
      return false;
    }
  }

  return { open, problem, ask, cancel, run };
}
