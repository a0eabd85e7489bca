/**
 * Writing the minutes as the meeting goes: starting them, each item's minute one field at a time,
 * attendance and declarations. Every write is audited (change_log) in its own transaction and
 * refused once the minutes are approved (rows.ts, writableMinutes).
 */
import { itemMinuteSaveInput, CHILD_FIELDS, type ItemMinuteSaveInput, attendanceUpdateInput, attendeeAddInput, declarationInput, declarationUpdateInput } from '../../../shared/model/minutes';
import type { z } from 'zod';
import type { AttendanceState, Declaration, ItemMinute } from '../../../shared/model/minuteRecords';
import type { AttendanceCategory, PersonKind } from '../../../shared/model/enums';
import { longDate } from '../../../shared/logic/dates';
import { deleteRow, insertRow, updateRow } from '../db/audit';
import { newId } from '../db/ids';
import { requireId } from '../db/rows';
import { AppError } from '../errors';
import { meetingRow, meetingWords } from '../meetings/rows';
import type { Workspace } from '../workspace';
import { attendanceState, declarationOf, itemMinuteOf } from './queries';
import { ITEM_MINUTE_COLUMNS, minutesRowOf, requireItemOf, writableItem, writableMinutes, type AttendanceRow, type ItemMinuteRow } from './rows';

const CATEGORY: Record<PersonKind, AttendanceCategory> = { member: 'member', officer: 'officer', partner: 'partner', young_person: 'young_person' };

const nextIn = (ws: Workspace, table: 'minute_attendance' | 'minute_declarations', meetingId: string): number =>
  ws.stmt(`SELECT coalesce(max(position), 0) + 1 FROM ${table} WHERE meeting_id = ?`).pluck().get(meetingId) as number;

/**
 * Starts a meeting's minutes, listing the board's members (chair first, then vice-chair, then by
 * name), each absent until marked. A meeting not yet marked held is marked held, once its date has
 * come. Starting minutes already started changes nothing.
 */
export function startMinutes(ws: Workspace, meetingId: string, today: string): void {
  const m = meetingRow(ws, meetingId);
  if (minutesRowOf(ws, meetingId)) return;
  if (m.meeting_date > today) {
    throw new AppError('conflict', `${capitalise(meetingWords(m))} has not happened yet: its minutes can be started on or after ${longDate(m.meeting_date)}.`);
  }
  const members = ws
    .stmt(
      `SELECT bm.person_id, p.kind FROM body_members bm JOIN people p ON p.id = bm.person_id WHERE bm.body_id = ?
       ORDER BY CASE bm.role WHEN 'chair' THEN 0 WHEN 'vice_chair' THEN 1 ELSE 2 END, p.name COLLATE NOCASE, p.id`,
    )
    .all(m.body_id) as { person_id: string; kind: PersonKind }[];
  ws.tx(() => {
    if (m.status === 'draft' || m.status === 'published') updateRow(ws, 'meetings', 'meeting', meetingId, { status: 'held' });
    insertRow(ws, 'minutes', 'minutes', { id: newId(), meeting_id: meetingId, status: 'draft' });
    members.forEach((p, i) => {
      insertRow(ws, 'minute_attendance', 'minute_attendance', { id: newId(), meeting_id: meetingId, person_id: p.person_id, category: CATEGORY[p.kind], status: 'absent', position: i + 1 });
    });
  });
}

/**
 * Saves one or more fields of an item's minute (the row is made on the first save). Taking an
 * item as urgent needs the chair's reason; changing the child-friendly summary after the
 * participation officer checked it clears the check.
 */
export function saveItemMinute(ws: Workspace, input: ItemMinuteSaveInput): ItemMinute {
  const { itemId, patch } = itemMinuteSaveInput.parse(input);
  const { meetingId, minutes } = writableItem(ws, itemId);
  const old = ws.stmt('SELECT * FROM item_minutes WHERE item_id = ?').get(itemId) as ItemMinuteRow | undefined;
  const outcome = patch.outcome ?? old?.outcome ?? 'considered';
  const reason = patch.urgentReason ?? old?.urgent_reason ?? '';
  if (outcome === 'urgent' && reason === '') {
    throw new AppError('invalid_input', "An item taken as urgent needs the chair's reason: enter it first.", { urgentReason: "Enter the chair's reason for taking the item as urgent." });
  }
  const columns: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(patch) as [keyof typeof ITEM_MINUTE_COLUMNS, unknown][]) {
    columns[ITEM_MINUTE_COLUMNS[field]] = typeof value === 'boolean' ? (value ? 1 : 0) : value;
  }
  const childChanged = CHILD_FIELDS.some((f) => f in patch && (old ? old[ITEM_MINUTE_COLUMNS[f]] : f === 'forChildren' ? 0 : '') !== columns[ITEM_MINUTE_COLUMNS[f]]);
  ws.tx(() => {
    if (old) updateRow(ws, 'item_minutes', 'item_minute', itemId, columns, { idColumn: 'item_id' });
    else insertRow(ws, 'item_minutes', 'item_minute', { item_id: itemId, meeting_id: meetingId, ...columns }, { idColumn: 'item_id' });
    if (childChanged && minutes.child_checked_by !== '') updateRow(ws, 'minutes', 'minutes', minutes.id, { child_checked_by: '', child_checked_on: null });
  });
  return itemMinuteOf(ws, itemId, meetingId);
}

function attendanceRow(ws: Workspace, id: string): AttendanceRow {
  const r = ws.stmt('SELECT * FROM minute_attendance WHERE id = ?').get(id) as AttendanceRow | undefined;
  if (!r) throw new AppError('not_found', 'That person is no longer in the attendance. Reload the minutes.');
  return r;
}

/** Present, apologies or absent; substitute for whom; arrived or left at which item. */
export function updateAttendance(ws: Workspace, input: z.input<typeof attendanceUpdateInput>): AttendanceState {
  const { id, patch } = attendanceUpdateInput.parse(input);
  const a = attendanceRow(ws, id);
  writableMinutes(ws, a.meeting_id);
  requireItemOf(ws, a.meeting_id, patch.arrivedItemId ?? null, 'arrivedItemId');
  requireItemOf(ws, a.meeting_id, patch.leftItemId ?? null, 'leftItemId');
  const status = patch.status ?? a.status;
  const columns: Record<string, unknown> = {};
  if (patch.status !== undefined) columns.status = patch.status;
  if (patch.arrivedItemId !== undefined) columns.arrived_item_id = patch.arrivedItemId;
  if (patch.leftItemId !== undefined) columns.left_item_id = patch.leftItemId;
  if (status !== 'present') {
    if (patch.arrivedItemId || patch.leftItemId) {
      throw new AppError('invalid_input', 'Only someone present can arrive or leave during the meeting: mark them present first.', { status: 'Mark them present first.' });
    }
    columns.arrived_item_id = null;
    columns.left_item_id = null;
  }
  if (patch.substituteForId !== undefined && patch.substituteForId !== null) {
    const sub = patch.substituteForId;
    if (sub === a.person_id) throw new AppError('invalid_input', 'Someone cannot substitute for themselves.', { substituteForId: 'Choose the member they stand in for.' });
    if (a.person_id === null) throw new AppError('invalid_input', 'A guest cannot substitute for a member: add the substitute as a person first.', { substituteForId: 'Add the substitute as a person first.' });
    const m = meetingRow(ws, a.meeting_id);
    if (!ws.stmt('SELECT 1 FROM body_members WHERE body_id = ? AND person_id = ?').get(m.body_id, sub)) {
      throw new AppError('invalid_input', `A substitute stands in for a member of the ${m.body_name}: choose one of its members.`, { substituteForId: 'Choose a member of the board.' });
    }
  }
  if (patch.substituteForId !== undefined) columns.substitute_for_id = patch.substituteForId;
  ws.tx(() => updateRow(ws, 'minute_attendance', 'minute_attendance', id, columns));
  return attendanceState(ws, a.meeting_id);
}

/** Adds someone of the workspace (an officer, a partner…), or a guest by name and role only. */
export function addAttendee(ws: Workspace, input: z.input<typeof attendeeAddInput>): AttendanceState {
  const a = attendeeAddInput.parse(input);
  writableMinutes(ws, a.meetingId);
  const row: Record<string, unknown> = { id: newId(), meeting_id: a.meetingId, status: a.status, position: nextIn(ws, 'minute_attendance', a.meetingId) };
  if ('personId' in a) {
    const p = ws.stmt('SELECT name, kind FROM people WHERE id = ?').get(a.personId) as { name: string; kind: PersonKind } | undefined;
    if (!p) throw new AppError('not_found', 'The person chosen no longer exists.', { personId: 'Choose someone else.' });
    if (ws.stmt('SELECT 1 FROM minute_attendance WHERE meeting_id = ? AND person_id = ?').get(a.meetingId, a.personId)) {
      throw new AppError('conflict', `${p.name} is in the attendance already.`, { personId: 'Choose someone not yet listed.' });
    }
    Object.assign(row, { person_id: a.personId, category: CATEGORY[p.kind] });
  } else {
    Object.assign(row, { person_id: null, guest_name: a.guestName, guest_role: a.guestRole, category: 'guest' });
  }
  ws.tx(() => insertRow(ws, 'minute_attendance', 'minute_attendance', row));
  return attendanceState(ws, a.meetingId);
}

/** Removes someone added to the attendance; the board's own members stay listed (mark them absent). */
export function removeAttendee(ws: Workspace, id: string): AttendanceState {
  const a = attendanceRow(ws, id);
  writableMinutes(ws, a.meeting_id);
  const m = meetingRow(ws, a.meeting_id);
  if (a.person_id && ws.stmt('SELECT 1 FROM body_members WHERE body_id = ? AND person_id = ?').get(m.body_id, a.person_id)) {
    throw new AppError('conflict', `A member of the ${m.body_name} stays in the attendance: mark them absent or as giving apologies instead.`);
  }
  ws.tx(() => deleteRow(ws, 'minute_attendance', 'minute_attendance', id));
  return attendanceState(ws, a.meeting_id);
}

type DeclarationFields = z.output<typeof declarationUpdateInput>;

function declarationColumns(ws: Workspace, meetingId: string, d: Omit<DeclarationFields, 'id'>): Record<string, unknown> {
  requireId(ws, 'people', d.personId, 'The member chosen no longer exists.', { personId: 'Choose the member.' });
  requireItemOf(ws, meetingId, d.itemId, 'itemId');
  return {
    person_id: d.personId,
    item_id: d.itemId,
    category: d.category,
    sensitive: d.sensitive ? 1 : 0,
    nature: d.sensitive ? '' : d.nature,
    member_action: d.memberAction,
    dispensation: d.dispensation,
  };
}

export function addDeclaration(ws: Workspace, input: z.input<typeof declarationInput>): Declaration {
  const { meetingId, ...d } = declarationInput.parse(input);
  writableMinutes(ws, meetingId);
  const id = newId();
  const columns = declarationColumns(ws, meetingId, d);
  ws.tx(() => insertRow(ws, 'minute_declarations', 'minute_declaration', { id, meeting_id: meetingId, ...columns, position: nextIn(ws, 'minute_declarations', meetingId) }));
  return declarationOf(ws, id);
}

function declarationMeeting(ws: Workspace, id: string): string {
  const meetingId = ws.stmt('SELECT meeting_id FROM minute_declarations WHERE id = ?').pluck().get(id) as string | undefined;
  if (meetingId === undefined) throw new AppError('not_found', 'That declaration no longer exists. It may have been deleted.');
  return meetingId;
}

export function updateDeclaration(ws: Workspace, input: z.input<typeof declarationUpdateInput>): Declaration {
  const { id, ...d } = declarationUpdateInput.parse(input);
  const meetingId = declarationMeeting(ws, id);
  writableMinutes(ws, meetingId);
  const columns = declarationColumns(ws, meetingId, d);
  ws.tx(() => updateRow(ws, 'minute_declarations', 'minute_declaration', id, columns));
  return declarationOf(ws, id);
}

export function deleteDeclaration(ws: Workspace, id: string): void {
  const meetingId = declarationMeeting(ws, id);
  writableMinutes(ws, meetingId);
  ws.tx(() => {
    deleteRow(ws, 'minute_declarations', 'minute_declaration', id);
    const ids = ws.stmt('SELECT id FROM minute_declarations WHERE meeting_id = ? ORDER BY position, id').pluck().all(meetingId) as string[];
    ids.forEach((d, i) => updateRow(ws, 'minute_declarations', 'minute_declaration', d, { position: i + 1 }));
  });
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
