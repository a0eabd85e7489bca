/**
 * Reading the minutes: everything the live minute-taking screen shows in one call (minutes:get),
 * and the single records the small saves answer with.
 */
import type { AgendaItem } from '../../../shared/model/entities';
import type {
  Attendee,
  AttendanceState,
  Declaration,
  ItemMinute,
  Minutes,
  MinutesEntry,
  MinutesItem,
  MinutesProblem,
  PlainWord,
  QuorumState,
  Resolution,
} from '../../../shared/model/minuteRecords';
import type { MinutesStatus } from '../../../shared/model/enums';
import { actionsArising } from '../actions/queries';
import { requireRow, type Workspace } from '../workspace';
import { meetingAgenda } from '../meetings/agenda';
import { itemNumberSql } from '../meetings/itemNumber';
import { meetingRow } from '../meetings/rows';
import { getSettings } from '../settings/queries';
import {
  ATTENDANCE_SELECT,
  CORRECTION_SELECT,
  DECLARATION_SELECT,
  RECORDED_VOTE_SELECT,
  minutesRowOf,
  toAttendee,
  toCorrection,
  toDeclaration,
  toItemMinute,
  toPlainWord,
  toResolution,
  type AttendanceRow,
  type CorrectionRow,
  type DeclarationRow,
  type ItemMinuteRow,
  type PlainWordRow,
  type RecordedVoteRow,
  type ResolutionRow,
} from './rows';

/** Each agenda item's number ("5", "5.1"), by id, for one meeting. */
export function itemNumbers(ws: Workspace, meetingId: string): Map<string, string> {
  const rows = ws.stmt(`SELECT i.id, ${itemNumberSql('i')} AS number FROM agenda_items i WHERE i.meeting_id = ?`).all(meetingId) as { id: string; number: string }[];
  return new Map(rows.map((r) => [r.id, r.number]));
}

export function itemMinuteOf(ws: Workspace, itemId: string, meetingId: string): ItemMinute {
  return toItemMinute(itemId, meetingId, ws.stmt('SELECT * FROM item_minutes WHERE item_id = ?').get(itemId) as ItemMinuteRow | undefined);
}

export function resolutionOf(ws: Workspace, id: string): Resolution {
  const r = requireRow(ws.stmt('SELECT * FROM resolutions WHERE id = ?').get(id) as ResolutionRow | undefined, 'resolution');
  const votes = ws.stmt(`${RECORDED_VOTE_SELECT} WHERE v.resolution_id = ? ORDER BY p.name COLLATE NOCASE`).all(id) as RecordedVoteRow[];
  return toResolution(r, votes);
}

export function resolutionsOfItem(ws: Workspace, itemId: string): Resolution[] {
  const rows = ws.stmt('SELECT * FROM resolutions WHERE item_id = ? ORDER BY position, id').all(itemId) as ResolutionRow[];
  const votes = ws.stmt(`${RECORDED_VOTE_SELECT} JOIN resolutions r ON r.id = v.resolution_id WHERE r.item_id = ? ORDER BY p.name COLLATE NOCASE`).all(itemId) as RecordedVoteRow[];
  return rows.map((r) => toResolution(r, votes));
}

export function declarationOf(ws: Workspace, id: string): Declaration {
  const r = requireRow(ws.stmt(`${DECLARATION_SELECT} WHERE d.id = ?`).get(id) as DeclarationRow | undefined, 'declaration');
  return toDeclaration(r, itemNumbers(ws, r.meeting_id));
}

function attendanceOf(ws: Workspace, meetingId: string, numbers: ReadonlyMap<string, string>): Attendee[] {
  return (ws.stmt(`${ATTENDANCE_SELECT} WHERE a.meeting_id = ? ORDER BY a.position, a.id`).all(meetingId) as AttendanceRow[]).map((r) => toAttendee(r, numbers));
}

/** The board's quorum against the members (and substitutes for members) present and not yet left. */
function quorumOf(ws: Workspace, meetingId: string, attendance: readonly Attendee[]): QuorumState {
  const required = ws.stmt('SELECT b.quorum FROM meetings m JOIN bodies b ON b.id = m.body_id WHERE m.id = ?').pluck().get(meetingId) as number | null;
  const presentNow = attendance.filter((a) => a.countsForQuorum && a.status === 'present' && a.leftItemId === null).length;
  return { required, presentNow, below: required !== null && presentNow < required };
}

export function attendanceState(ws: Workspace, meetingId: string): AttendanceState {
  const attendance = attendanceOf(ws, meetingId, itemNumbers(ws, meetingId));
  return { attendance, quorum: quorumOf(ws, meetingId, attendance) };
}

/**
 * Members counted towards the quorum while each item was taken, by item id. Someone who arrived
 * at item 3 counts from item 3 on; someone who left at item 5 counts up to item 4 (they were not
 * there when item 5 was decided).
 */
function presentByItem(order: readonly string[], attendance: readonly Attendee[]): Map<string, number> {
  const index = new Map(order.map((id, i) => [id, i]));
  const out = new Map<string, number>();
  order.forEach((id, i) => {
    out.set(
      id,
      attendance.filter((a) => {
        if (!a.countsForQuorum || a.status !== 'present') return false;
        const from = a.arrivedItemId ? (index.get(a.arrivedItemId) ?? 0) : 0;
        const until = a.leftItemId ? (index.get(a.leftItemId) ?? order.length) : order.length;
        return i >= from && i < until;
      }).length,
    );
  });
  return out;
}

/** What stops circulation: a Part II minute with no public summary (s100C), an urgent item with no reason. */
function problemsOf(items: readonly MinutesItem[]): MinutesProblem[] {
  const out: MinutesProblem[] = [];
  for (const i of items) {
    if (i.part === 2 && i.minute.publicSummary === '') {
      out.push({ itemId: i.itemId, itemNumber: i.number, field: 'publicSummary', message: `Item ${i.number} is in Part II: write a public summary of it (what remains public must be a fair record).` });
    }
    if (i.minute.outcome === 'urgent' && i.minute.urgentReason === '') {
      out.push({ itemId: i.itemId, itemNumber: i.number, field: 'urgentReason', message: `Item ${i.number} was taken as urgent: record the chair's reason.` });
    }
  }
  return out;
}

/** The body's meeting just before this one and its minutes, for the "Minutes of the previous meeting" item. */
function previousMinutes(ws: Workspace, bodyId: string, meetingDate: string, meetingId: string): MinutesItem['previousMinutes'] {
  const r = ws
    .stmt(
      `SELECT m.id, m.meeting_date, mi.status, mi.approved_at_meeting_id FROM meetings m LEFT JOIN minutes mi ON mi.meeting_id = m.id
       WHERE m.body_id = ? AND m.meeting_date < ? ORDER BY m.meeting_date DESC, m.start_time DESC LIMIT 1`,
    )
    .get(bodyId, meetingDate) as { id: string; meeting_date: string; status: MinutesStatus | null; approved_at_meeting_id: string | null } | undefined;
  return r?.status ? { meetingId: r.id, meetingDate: r.meeting_date, status: r.status, approvedHere: r.approved_at_meeting_id === meetingId } : null;
}

/** Everything the minute-taking screen shows; null until the minutes are started. */
export function getMinutes(ws: Workspace, meetingId: string, today: string): Minutes | null {
  meetingRow(ws, meetingId); // "That meeting no longer exists…" rather than "not started"
  const row = minutesRowOf(ws, meetingId);
  if (!row) return null;
  const agenda = meetingAgenda(ws, meetingId, today);
  const meeting = agenda.meeting;
  const agendaItems = agenda.entries.filter((e): e is AgendaItem => e.kind === 'item');
  const numbers = new Map(agendaItems.map((i) => [i.id, i.number]));
  const minuteRows = new Map((ws.stmt('SELECT * FROM item_minutes WHERE meeting_id = ?').all(meetingId) as ItemMinuteRow[]).map((r) => [r.item_id, r]));
  const resolutionRows = ws.stmt('SELECT r.* FROM resolutions r JOIN agenda_items i ON i.id = r.item_id WHERE i.meeting_id = ? ORDER BY r.position, r.id').all(meetingId) as ResolutionRow[];
  const votes = ws
    .stmt(`${RECORDED_VOTE_SELECT} JOIN resolutions r ON r.id = v.resolution_id JOIN agenda_items i ON i.id = r.item_id WHERE i.meeting_id = ? ORDER BY p.name COLLATE NOCASE`)
    .all(meetingId) as RecordedVoteRow[];
  const actions = actionsArising(ws, meetingId, today);
  const attendance = attendanceOf(ws, meetingId, numbers);
  const present = presentByItem(agendaItems.map((i) => i.id), attendance);

  const items = new Map<string, MinutesItem>();
  const entries: MinutesEntry[] = agenda.entries.map((e) => {
    if (e.kind === 'exclusion') return e;
    const item: MinutesItem = {
      kind: 'item',
      itemId: e.id,
      parentId: e.parentId,
      number: e.number,
      part: e.part,
      exemptParagraph: e.exemptParagraph,
      standingKey: e.standingKey,
      purpose: e.purpose,
      title: e.title,
      printedTitle: e.printedTitle,
      publicTitle: e.publicTitle,
      presenter: e.presenter,
      reportAuthor: e.reportAuthor,
      recommendation: e.recommendation,
      minute: toItemMinute(e.id, meetingId, minuteRows.get(e.id)),
      resolutions: resolutionRows.filter((r) => r.item_id === e.id).map((r) => toResolution(r, votes)),
      actions: actions.filter((a) => a.sourceItemId === e.id),
      presentCount: present.get(e.id) ?? 0,
      previousMinutes: e.standingKey === 'minutes' ? previousMinutes(ws, meeting.bodyId, meeting.meetingDate, meetingId) : null,
    };
    items.set(e.id, item);
    return item;
  });

  const approval =
    row.status === 'approved' && row.approved_at_meeting_id && row.approved_on && row.signed_by_id
      ? (() => {
          const r = ws
            .stmt('SELECT m.meeting_date, p.name FROM meetings m, people p WHERE m.id = ? AND p.id = ?')
            .get(row.approved_at_meeting_id, row.signed_by_id) as { meeting_date: string; name: string };
          return { atMeetingId: row.approved_at_meeting_id, atMeetingDate: r.meeting_date, approvedOn: row.approved_on, signedById: row.signed_by_id, signedByName: r.name };
        })()
      : null;

  return {
    id: row.id,
    meeting,
    status: row.status,
    circulatedOn: row.circulated_on,
    approval,
    locked: row.status === 'approved',
    childCheckedBy: row.child_checked_by,
    childCheckedOn: row.child_checked_on,
    numbering: getSettings(ws).minuteNumbering,
    entries,
    attendance,
    quorum: quorumOf(ws, meetingId, attendance),
    declarations: (ws.stmt(`${DECLARATION_SELECT} WHERE d.meeting_id = ? ORDER BY d.position, d.id`).all(meetingId) as DeclarationRow[]).map((r) => toDeclaration(r, numbers)),
    corrections: (ws.stmt(`${CORRECTION_SELECT} WHERE c.meeting_id = ? ORDER BY c.corrected_on, c.created_at, c.id`).all(meetingId) as CorrectionRow[]).map((r) => toCorrection(r, numbers)),
    problems: problemsOf([...items.values()]),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}

export function listPlainWords(ws: Workspace): PlainWord[] {
  return (ws.stmt('SELECT * FROM plain_words ORDER BY term COLLATE NOCASE').all() as PlainWordRow[]).map(toPlainWord);
}

export function plainWordOf(ws: Workspace, id: string): PlainWord {
  return toPlainWord(requireRow(ws.stmt('SELECT * FROM plain_words WHERE id = ?').get(id) as PlainWordRow | undefined, 'word'));
}
