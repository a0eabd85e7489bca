/**
 * Meetings of a board or working group: create (with the body's standing items on the agenda),
 * edit, delete a draft, and move through draft -> published -> held -> minutes approved.
 */
import type { z } from 'zod';
import type { Meeting } from '../../../shared/model/entities';
import { MEETING_STATUSES, MEETING_STATUS_LABELS, type MeetingStatus } from '../../../shared/model/enums';
import {
  meetingInput,
  meetingStatusInput,
  meetingUpdateInput,
  type MeetingInput,
  type MeetingStatusInput,
  type MeetingUpdateInput,
} from '../../../shared/model/schemas';
import { longDate } from '../../../shared/logic/dates';
import { deleteRow, insertRow, updateRow } from '../db/audit';
import { newId } from '../db/ids';
import { requireId } from '../db/rows';
import { AppError } from '../errors';
import type { Workspace } from '../workspace';
import { deleteItemTree } from './agendaWrites';
import { getMeeting, meetingRow, meetingWords } from './rows';
import { agendaTemplate } from './templates';

function checkRefs(ws: Workspace, m: { bodyId?: string; themePriorityId: string | null }): void {
  requireId(ws, 'bodies', m.bodyId, 'The board or group chosen no longer exists.', { bodyId: 'Choose a board or group.' });
  requireId(ws, 'priorities', m.themePriorityId, 'The priority chosen as the theme no longer exists.', { themePriorityId: 'Choose a priority, or no theme.' });
}

/** The columns the meeting form edits, written the same way on create and on update. */
function formColumns(m: z.output<typeof meetingUpdateInput>): Record<string, unknown> {
  return {
    meeting_date: m.meetingDate,
    start_time: m.startTime,
    venue: m.venue,
    kind: m.kind,
    late_reason: m.lateReason,
    theme_priority_id: m.themePriorityId,
  };
}

/** A new meeting in draft, its agenda started with the body's standing items (the template's order). */
export function createMeeting(ws: Workspace, input: MeetingInput, today: string): Meeting {
  const m = meetingInput.parse(input);
  checkRefs(ws, m);
  const template = agendaTemplate(ws, m.bodyId).items;
  const id = newId();
  ws.tx(() => {
    insertRow(ws, 'meetings', 'meeting', { id, body_id: m.bodyId, ...formColumns(m), status: 'draft', published_on: null });
    let position = 0;
    let closing = 0;
    for (const t of template) {
      if (t.standingKey === 'substantive') {
        closing = 1;
        continue;
      }
      insertRow(ws, 'agenda_items', 'agenda_item', {
        id: newId(),
        meeting_id: id,
        parent_id: null,
        position: ++position,
        standing_key: t.standingKey,
        closing,
        title: t.title,
        purpose: t.purpose,
      });
    }
  });
  return getMeeting(ws, id, today);
}

export function updateMeeting(ws: Workspace, id: string, input: MeetingUpdateInput, today: string): Meeting {
  const m = meetingUpdateInput.parse(input);
  meetingRow(ws, id);
  checkRefs(ws, m);
  ws.tx(() => updateRow(ws, 'meetings', 'meeting', id, formColumns(m)));
  return getMeeting(ws, id, today);
}

/**
 * Only a draft meeting can be deleted: once an agenda is published it is part of the record
 * (kept six years). A meeting published by mistake can be set back to draft first, unless
 * versions of its papers have been kept.
 */
export function deleteMeeting(ws: Workspace, id: string): void {
  const m = meetingRow(ws, id);
  if (m.status !== 'draft') {
    throw new AppError('conflict', `${capitalise(meetingWords(m))} is ${MEETING_STATUS_LABELS[m.status].toLowerCase()}, so it is part of the record and cannot be deleted.`);
  }
  const published = (ws.stmt('SELECT count(*) AS n FROM publications WHERE meeting_id = ?').get(id) as { n: number }).n;
  if (published > 0) {
    throw new AppError('conflict', `Papers for ${meetingWords(m)} have been published, so it is part of the record and cannot be deleted.`);
  }
  ws.tx(() => {
    const top = ws.stmt('SELECT id FROM agenda_items WHERE meeting_id = ? AND parent_id IS NULL').all(id) as { id: string }[];
    for (const item of top) deleteItemTree(ws, item.id);
    // Actions raised at it stay in the log, from a board meeting still, no longer linked (recorded in the change log).
    const linked = ws.stmt('SELECT id FROM actions WHERE source_meeting_id = ?').pluck().all(id) as string[];
    for (const actionId of linked) updateRow(ws, 'actions', 'action', actionId, { source_meeting_id: null, source_item_id: null });
    deleteRow(ws, 'meetings', 'meeting', id);
  });
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const RANK: Record<MeetingStatus, number> = Object.fromEntries(MEETING_STATUSES.map((s, i) => [s, i])) as Record<MeetingStatus, number>;

/**
 * Moves a meeting on (any number of steps) or back one step, to correct a slip. Publishing
 * records the day (today unless given); going back to draft clears it. A meeting can be marked
 * held, or its minutes approved, only on or after its date.
 */
export function setMeetingStatus(ws: Workspace, input: MeetingStatusInput, today: string): Meeting {
  const s = meetingStatusInput.parse(input);
  const m = meetingRow(ws, s.id);
  if (s.status === m.status) return getMeeting(ws, s.id, today);
  if (RANK[s.status] < RANK[m.status] - 1) {
    throw new AppError(
      'conflict',
      `${capitalise(meetingWords(m))} is ${MEETING_STATUS_LABELS[m.status].toLowerCase()}: it can go back only one step at a time (to ${MEETING_STATUS_LABELS[MEETING_STATUSES[RANK[m.status] - 1] ?? 'draft'].toLowerCase()}).`,
    );
  }
  const minutes = ws.stmt('SELECT status FROM minutes WHERE meeting_id = ?').pluck().get(s.id) as string | undefined;
  if (minutes !== undefined && RANK[s.status] < RANK.held) {
    throw new AppError('conflict', `The minutes of ${meetingWords(m)} have been started, so it stays held.`);
  }
  if (minutes === 'approved' && s.status !== 'minutes_approved') {
    throw new AppError('conflict', `The minutes of ${meetingWords(m)} have been approved and signed, so its status stays "minutes approved".`);
  }
  if (minutes !== 'approved' && s.status === 'minutes_approved' && minutes !== undefined) {
    throw new AppError('conflict', `The minutes of ${meetingWords(m)} are not approved yet: record their approval in the minutes, at the meeting that approved them.`);
  }
  if (RANK[s.status] >= RANK.held && m.meeting_date > today) {
    throw new AppError('conflict', `${capitalise(meetingWords(m))} has not happened yet: it can be marked held on or after ${longDate(m.meeting_date)}.`);
  }
  if (s.publishedOn !== null && s.publishedOn > today) {
    throw new AppError('invalid_input', 'The date the agenda was published cannot be in the future.', { publishedOn: 'Enter today or an earlier date.' });
  }
  let publishedOn = m.published_on;
  if (s.status === 'draft') publishedOn = null;
  else if (s.status === 'published') publishedOn = s.publishedOn ?? m.published_on ?? today;
  else if (s.publishedOn !== null) publishedOn = s.publishedOn;
  ws.tx(() => updateRow(ws, 'meetings', 'meeting', s.id, { status: s.status, published_on: publishedOn }));
  return getMeeting(ws, s.id, today);
}
