/**
 * What a Pledge promise's linked actions suggest its status is. The status itself is the clerk's
 * judgement (stored); this suggestion is shown beside it, with its reason, never saved over it.
 * Dropped actions say nothing about the promise and are left out.
 *
 * - No live action linked, or none started (not started and no update): Not started.
 * - Every live action complete: Kept.
 * - Any live open action Red, blocked or overdue: At risk.
 * - Otherwise: In progress.
 */
import type { PledgeAction, PledgeStatus } from '../model/voices';

export interface Suggestion {
  status: PledgeStatus;
  reason: string;
}

const count = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

export function suggestPledgeStatus(actions: readonly PledgeAction[]): Suggestion {
  const live = actions.filter((a) => a.status !== 'dropped');
  if (live.length === 0) return { status: 'not_started', reason: 'No action is linked to this promise yet.' };
  if (live.every((a) => a.status === 'complete')) {
    return { status: 'kept', reason: live.length === 1 ? 'The linked action is complete.' : `All ${live.length} linked actions are complete.` };
  }
  const open = live.filter((a) => a.status !== 'complete');
  const red = open.filter((a) => a.rag === 'red').length;
  const blocked = open.filter((a) => a.status === 'blocked').length;
  const overdue = open.filter((a) => a.overdue).length;
  if (red + blocked + overdue > 0) {
    const why = [red ? `${count(red, 'action')} Red` : '', blocked ? `${count(blocked, 'action')} blocked` : '', overdue ? `${count(overdue, 'action')} overdue` : '']
      .filter(Boolean)
      .join(', ');
    return { status: 'at_risk', reason: `${why.charAt(0).toUpperCase()}${why.slice(1)}.` };
  }
  if (open.every((a) => a.status === 'not_started' && a.latestUpdateDate === null)) {
    return { status: 'not_started', reason: `${count(open.length, 'linked action')} not started.` };
  }
  const done = live.length - open.length;
  return { status: 'in_progress', reason: `${done} of ${count(live.length, 'linked action')} complete; none Red, blocked or overdue.` };
}
