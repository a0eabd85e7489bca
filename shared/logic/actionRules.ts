/**
 * The derived facts about an action (never stored): overdue, stale and current RAG.
 * The SQL in electron/core/actions/queries.ts computes the same rules for filtering;
 * tests/core/actionRules.test.ts checks the two agree at the boundary dates.
 */
import { ACTION_SOURCE_LABELS, CLOSED_STATUSES, type ActionSource, type ActionStatus } from '../model/enums';
import { longDate, shiftDate } from './dates';

/**
 * Where an action came from, in words, for an action raised at a board meeting: "From the minutes
 * of Thursday 20 August 2026, item 5" for an action arising in the minutes (it names its item),
 * else "From the board meeting of Thursday 20 August 2026" (or "From a board meeting" when no
 * meeting is linked); null otherwise.
 */
export function sourceWords(a: { source: ActionSource; sourceMeetingDate: string | null; sourceItemNumber?: string | null }): string | null {
  if (a.source !== 'meeting') return null;
  if (a.sourceMeetingDate && a.sourceItemNumber) return `From the minutes of ${longDate(a.sourceMeetingDate)}, item ${a.sourceItemNumber}`;
  const words = ACTION_SOURCE_LABELS.meeting.toLowerCase();
  return a.sourceMeetingDate ? `From the ${words} of ${longDate(a.sourceMeetingDate)}` : `From a ${words}`;
}

/** Overdue: the due date has passed (due today is not overdue) and the action is still open. */
export function isOverdue(a: { dueDate: string | null; status: ActionStatus }, today: string): boolean {
  return a.dueDate !== null && a.dueDate < today && !CLOSED_STATUSES.includes(a.status);
}

/**
 * Stale: an open action whose latest update (or, with none, its creation) is more than
 * `reviewIntervalDays` days before today. Exactly the interval ago is not yet stale.
 */
export function isStale(
  a: { status: ActionStatus; latestUpdateDate: string | null; createdAt: string },
  today: string,
  reviewIntervalDays: number,
): boolean {
  if (CLOSED_STATUSES.includes(a.status)) return false;
  const last = a.latestUpdateDate ?? a.createdAt.slice(0, 10);
  return last < staleCutoff(today, reviewIntervalDays);
}

/** The earliest "last touched" date that is still fresh. */
export function staleCutoff(today: string, reviewIntervalDays: number): string {
  return shiftDate(today, -reviewIntervalDays);
}
