/**
 * The minutes' life: draft -> circulated -> approved (signed by the chair at a later meeting, which
 * locks them). A change to approved minutes is a recorded correction: what, why, agreed at which
 * meeting and by whom, when; the field changes in the same transaction.
 */
import type { z } from 'zod';
import { childCheckInput, minutesApproveInput, minutesCirculateInput, minutesCorrectInput } from '../../../shared/model/minutes';
import { longDate } from '../../../shared/logic/dates';
import { insertRow, updateRow } from '../db/audit';
import { newId } from '../db/ids';
import { requireId } from '../db/rows';
import { AppError } from '../errors';
import { meetingRow, meetingWords } from '../meetings/rows';
import type { Workspace } from '../workspace';
import { getMinutes } from './queries';
import { ITEM_MINUTE_COLUMNS, requireItemOf, startedMinutes, writableMinutes, type ItemMinuteRow } from './rows';

/** Draft -> circulated, once every Part II minute has a public summary and every urgent item its reason. */
export function circulateMinutes(ws: Workspace, input: z.input<typeof minutesCirculateInput>, today: string): void {
  const c = minutesCirculateInput.parse(input);
  const row = writableMinutes(ws, c.meetingId);
  if (row.status === 'circulated') return;
  const problems = getMinutes(ws, c.meetingId, today)?.problems ?? [];
  if (problems.length > 0) {
    throw new AppError('invalid_input', `The minutes cannot be circulated yet. ${problems.map((p) => p.message).join(' ')}`, { [problems[0]?.field ?? 'status']: problems[0]?.message ?? '' });
  }
  const m = meetingRow(ws, c.meetingId);
  const on = c.circulatedOn ?? today;
  if (on > today) throw new AppError('invalid_input', 'The date the minutes were circulated cannot be in the future.', { circulatedOn: 'Enter today or an earlier date.' });
  if (on < m.meeting_date) throw new AppError('invalid_input', `The minutes cannot have been circulated before the meeting on ${longDate(m.meeting_date)}.`, { circulatedOn: 'Enter a date on or after the meeting.' });
  ws.tx(() => updateRow(ws, 'minutes', 'minutes', row.id, { status: 'circulated', circulated_on: on }));
}

/** Circulated -> draft, to amend them before approval. */
export function reopenMinutes(ws: Workspace, meetingId: string): void {
  const row = writableMinutes(ws, meetingId);
  if (row.status === 'draft') return;
  ws.tx(() => updateRow(ws, 'minutes', 'minutes', row.id, { status: 'draft', circulated_on: null }));
}

/** A later meeting of the same board (the one approving minutes, or agreeing a correction). */
function laterMeeting(ws: Workspace, meetingId: string, laterId: string, field: string, today: string): { id: string; meeting_date: string; body_id: string } {
  const m = meetingRow(ws, meetingId);
  const later = ws.stmt('SELECT id, meeting_date, body_id FROM meetings WHERE id = ?').get(laterId) as { id: string; meeting_date: string; body_id: string } | undefined;
  if (!later) throw new AppError('not_found', 'The meeting chosen no longer exists.', { [field]: 'Choose a meeting.' });
  if (later.body_id !== m.body_id || later.meeting_date <= m.meeting_date) {
    throw new AppError('invalid_input', `Choose a later meeting of the ${m.body_name}, after ${longDate(m.meeting_date)}.`, { [field]: 'Choose a later meeting of the same board.' });
  }
  if (later.meeting_date > today) {
    throw new AppError('invalid_input', `The meeting on ${longDate(later.meeting_date)} has not happened yet.`, { [field]: 'Choose a meeting that has happened.' });
  }
  return later;
}

/**
 * Records approval at a later meeting of the board, signed by its chair (the board's chair unless
 * another is named): the minutes are locked and the meeting's status becomes "minutes approved".
 */
export function approveMinutes(ws: Workspace, input: z.input<typeof minutesApproveInput>, today: string): void {
  const a = minutesApproveInput.parse(input);
  const row = writableMinutes(ws, a.meetingId);
  const m = meetingRow(ws, a.meetingId);
  if (row.status !== 'circulated') {
    throw new AppError('conflict', `The minutes of ${meetingWords(m)} must be circulated to members before they are approved.`);
  }
  const at = laterMeeting(ws, a.meetingId, a.atMeetingId, 'atMeetingId', today);
  const on = a.approvedOn ?? at.meeting_date;
  if (on < at.meeting_date || on > today) {
    throw new AppError('invalid_input', `Enter the date of approval: on or after ${longDate(at.meeting_date)}, and not in the future.`, { approvedOn: 'Enter the date the minutes were approved.' });
  }
  const signedBy = a.signedById ?? (ws.stmt("SELECT person_id FROM body_members WHERE body_id = ? AND role = 'chair'").pluck().get(m.body_id) as string | undefined) ?? null;
  if (signedBy === null) throw new AppError('invalid_input', `The ${m.body_name} has no chair listed: choose who signed the minutes.`, { signedById: 'Choose who signed the minutes.' });
  requireId(ws, 'people', signedBy, 'The person chosen as signing no longer exists.', { signedById: 'Choose who signed the minutes.' });
  ws.tx(() => {
    updateRow(ws, 'minutes', 'minutes', row.id, { status: 'approved', approved_at_meeting_id: at.id, approved_on: on, signed_by_id: signedBy });
    updateRow(ws, 'meetings', 'meeting', a.meetingId, { status: 'minutes_approved' });
  });
}

/** A recorded correction to approved minutes; with a target, that field takes the new wording in the same transaction. */
export function correctMinutes(ws: Workspace, input: z.input<typeof minutesCorrectInput>, today: string): void {
  const c = minutesCorrectInput.parse(input);
  const row = startedMinutes(ws, c.meetingId);
  if (row.status !== 'approved') {
    throw new AppError('conflict', 'These minutes are not approved yet, so they can be changed directly: a correction is recorded only for approved minutes.');
  }
  if (c.agreedAtMeetingId !== null) laterMeeting(ws, c.meetingId, c.agreedAtMeetingId, 'agreedAtMeetingId', today);
  const on = c.correctedOn ?? today;
  if (on > today) throw new AppError('invalid_input', 'The date of the correction cannot be in the future.', { correctedOn: 'Enter today or an earlier date.' });

  let itemId: string | null = null;
  let before = '';
  let write: (() => void) | null = null;
  const target = c.target;
  if (target && 'itemId' in target) {
    requireItemOf(ws, c.meetingId, target.itemId, 'itemId');
    itemId = target.itemId;
    const column = ITEM_MINUTE_COLUMNS[target.field];
    const old = ws.stmt('SELECT * FROM item_minutes WHERE item_id = ?').get(target.itemId) as ItemMinuteRow | undefined;
    before = old ? old[column] : '';
    write = () => {
      if (old) updateRow(ws, 'item_minutes', 'item_minute', target.itemId, { [column]: c.after }, { idColumn: 'item_id' });
      else insertRow(ws, 'item_minutes', 'item_minute', { item_id: target.itemId, meeting_id: c.meetingId, [column]: c.after }, { idColumn: 'item_id' });
    };
  } else if (target) {
    const r = ws.stmt('SELECT r.item_id, r.text, i.meeting_id FROM resolutions r JOIN agenda_items i ON i.id = r.item_id WHERE r.id = ?').get(target.resolutionId) as
      | { item_id: string; text: string; meeting_id: string }
      | undefined;
    if (!r || r.meeting_id !== c.meetingId) throw new AppError('not_found', 'That resolution is not in these minutes.');
    itemId = r.item_id;
    before = r.text;
    write = () => updateRow(ws, 'resolutions', 'resolution', target.resolutionId, { text: c.after });
  }
  if (write && before === c.after) {
    throw new AppError('invalid_input', 'The corrected wording is the same as the approved wording: change it, or record the correction without a wording.', { after: 'Enter the corrected wording.' });
  }
  ws.tx(() => {
    write?.();
    insertRow(ws, 'minute_corrections', 'minute_correction', {
      id: newId(),
      meeting_id: c.meetingId,
      item_id: itemId,
      what: c.what,
      why: c.why,
      before_text: write ? before : '',
      after_text: write ? c.after : '',
      agreed_at_meeting_id: c.agreedAtMeetingId,
      agreed_by: c.agreedBy,
      corrected_on: on,
    });
  });
}

/**
 * The participation officer's check of the child-friendly summary. It marks the summary, not the
 * record, so it can be given after approval too; changing a child field clears it (mutations.ts).
 */
export function checkChildSummary(ws: Workspace, input: z.input<typeof childCheckInput>, today: string): void {
  const c = childCheckInput.parse(input);
  const row = startedMinutes(ws, c.meetingId);
  const on = c.checkedOn ?? today;
  if (c.checked && on > today) throw new AppError('invalid_input', 'The date it was checked cannot be in the future.', { checkedOn: 'Enter today or an earlier date.' });
  ws.tx(() => updateRow(ws, 'minutes', 'minutes', row.id, c.checked ? { child_checked_by: c.checkedBy, child_checked_on: on } : { child_checked_by: '', child_checked_on: null }));
}
