/**
 * What a meeting's papers still need before they can be published: the checks publishing makes
 * (publishMeeting refuses while any fails) and the meeting page shows beforehand, each with the
 * field to go to. A draft can still be printed (the CLI's pack and agenda): it says DRAFT.
 */
import type { Agenda } from '../../../shared/model/entities';
import type { ReadinessProblem } from '../../../shared/model/publishing';
import { longDate } from '../../../shared/logic/dates';
import { meetingAgenda } from '../meetings/agenda';
import { AppError } from '../errors';
import type { Workspace } from '../workspace';

/** Everything missing from the agenda's papers, in the order it appears on the front sheet and agenda; empty when ready. */
export function publishReadiness(agenda: Agenda): ReadinessProblem[] {
  const problems: ReadinessProblem[] = [];
  if (!agenda.meeting.venue.trim()) {
    problems.push({ field: 'venue', message: 'Set the venue: without it the front sheet says "To be confirmed".' });
  }
  const m = agenda.meeting;
  if (m.deadlinePassed && !m.lateReason.trim()) {
    problems.push({
      field: 'lateReason',
      message: `Record why the papers are late: they should have been published by ${longDate(m.publishBy)}, five clear days before the meeting.`,
    });
  }
  for (const e of agenda.entries) {
    if (e.kind !== 'item' || !e.addedAfterPublication || e.urgencyReason.trim()) continue;
    problems.push({ field: 'urgencyReason', itemId: e.id, message: `Item ${e.number}, ${e.title}, is a late item: record the chair's reason for urgency.` });
  }
  return problems;
}

/** The meeting's readiness, read from the workspace (meetings:readiness). */
export function meetingReadiness(ws: Workspace, meetingId: string, today: string): ReadinessProblem[] {
  return publishReadiness(meetingAgenda(ws, meetingId, today));
}

/** Refuses to publish while anything is missing, naming every gap; `fields` keys are "venue", "lateReason" and "items.<id>.urgencyReason". */
export function requireReady(agenda: Agenda): void {
  const problems = publishReadiness(agenda);
  if (problems.length === 0) return;
  const fields = Object.fromEntries(problems.map((p) => [p.itemId ? `items.${p.itemId}.${p.field}` : p.field, p.message]));
  const list = problems.map((p) => p.message).join(' ');
  throw new AppError('invalid_input', `The papers were not published: ${problems.length === 1 ? 'one thing is' : `${problems.length} things are`} missing. ${list}`, fields);
}
