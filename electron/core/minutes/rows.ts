/**
 * The minutes' rows as SQLite returns them, their contract records, and the guard every write goes
 * through: minutes that exist and are not yet approved (approved minutes are locked).
 */
import type { Attendee, Declaration, ItemMinute, MinuteCorrection, PlainWord, Resolution } from '../../../shared/model/minuteRecords';
import type {
  AttendanceCategory,
  AttendanceStatus,
  BodyRole,
  DeclarationAction,
  InterestCategory,
  ItemOutcome,
  MinutesStatus,
  Vote,
} from '../../../shared/model/enums';
import { longDate } from '../../../shared/logic/dates';
import { AppError } from '../errors';
import { itemRow } from '../meetings/agenda';
import { meetingRow, meetingWords } from '../meetings/rows';
import type { Workspace } from '../workspace';

export interface MinutesRow {
  id: string;
  meeting_id: string;
  status: MinutesStatus;
  circulated_on: string | null;
  approved_at_meeting_id: string | null;
  approved_on: string | null;
  signed_by_id: string | null;
  child_checked_by: string;
  child_checked_on: string | null;
  created_at: string;
  updated_at: string;
  updated_by: string;
}

export interface ItemMinuteRow {
  item_id: string;
  meeting_id: string;
  text: string;
  public_summary: string;
  outcome: ItemOutcome;
  urgent_reason: string;
  for_children: number;
  child_talked: string;
  child_decided: string;
  child_who: string;
  updated_at: string;
  updated_by: string;
}

/** The columns of item_minutes by the contract's field names. */
export const ITEM_MINUTE_COLUMNS = {
  text: 'text',
  publicSummary: 'public_summary',
  outcome: 'outcome',
  urgentReason: 'urgent_reason',
  forChildren: 'for_children',
  childTalked: 'child_talked',
  childDecided: 'child_decided',
  childWho: 'child_who',
} as const;

export function toItemMinute(itemId: string, meetingId: string, r: ItemMinuteRow | undefined): ItemMinute {
  return {
    itemId,
    meetingId,
    text: r?.text ?? '',
    publicSummary: r?.public_summary ?? '',
    outcome: r?.outcome ?? 'considered',
    urgentReason: r?.urgent_reason ?? '',
    forChildren: r?.for_children === 1,
    childTalked: r?.child_talked ?? '',
    childDecided: r?.child_decided ?? '',
    childWho: r?.child_who ?? '',
    updatedAt: r?.updated_at ?? null,
    updatedBy: r?.updated_by ?? null,
  };
}

export interface ResolutionRow {
  id: string;
  item_id: string;
  position: number;
  text: string;
  votes_for: number | null;
  votes_against: number | null;
  votes_abstained: number | null;
  created_at: string;
  updated_at: string;
  updated_by: string;
}

export interface RecordedVoteRow {
  resolution_id: string;
  person_id: string;
  person_name: string;
  vote: Vote;
}

export function toResolution(r: ResolutionRow, votes: readonly RecordedVoteRow[]): Resolution {
  return {
    id: r.id,
    itemId: r.item_id,
    number: r.position,
    text: r.text,
    vote: r.votes_for === null ? null : { for: r.votes_for, against: r.votes_against ?? 0, abstained: r.votes_abstained ?? 0 },
    recordedVotes: votes.filter((v) => v.resolution_id === r.id).map((v) => ({ personId: v.person_id, personName: v.person_name, vote: v.vote })),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
  };
}

export const RECORDED_VOTE_SELECT = `SELECT v.resolution_id, v.person_id, p.name AS person_name, v.vote
  FROM recorded_votes v JOIN people p ON p.id = v.person_id`;

export interface AttendanceRow {
  id: string;
  meeting_id: string;
  person_id: string | null;
  guest_name: string;
  guest_role: string;
  category: AttendanceCategory;
  status: AttendanceStatus;
  substitute_for_id: string | null;
  arrived_item_id: string | null;
  left_item_id: string | null;
  position: number;
  person_name: string | null;
  role_title: string | null;
  organisation: string | null;
  body_role: BodyRole | null;
  substitute_name: string | null;
  substitute_for_member: number;
}

/** Each attendee with their board role and whom they stand in for, in the listed order. */
export const ATTENDANCE_SELECT = `SELECT a.*, p.name AS person_name, p.role_title, p.organisation, bm.role AS body_role,
    sp.name AS substitute_name, (sbm.person_id IS NOT NULL) AS substitute_for_member
  FROM minute_attendance a
  JOIN meetings m ON m.id = a.meeting_id
  LEFT JOIN people p ON p.id = a.person_id
  LEFT JOIN body_members bm ON bm.body_id = m.body_id AND bm.person_id = a.person_id
  LEFT JOIN people sp ON sp.id = a.substitute_for_id
  LEFT JOIN body_members sbm ON sbm.body_id = m.body_id AND sbm.person_id = a.substitute_for_id`;

export function toAttendee(r: AttendanceRow, numbers: ReadonlyMap<string, string>): Attendee {
  return {
    id: r.id,
    personId: r.person_id,
    name: r.person_name ?? r.guest_name,
    role: r.person_id ? (r.role_title ?? '') : r.guest_role,
    organisation: r.organisation ?? '',
    category: r.category,
    status: r.status,
    bodyRole: r.body_role,
    substituteForId: r.substitute_for_id,
    substituteForName: r.substitute_name,
    arrivedItemId: r.arrived_item_id,
    arrivedItemNumber: r.arrived_item_id ? (numbers.get(r.arrived_item_id) ?? null) : null,
    leftItemId: r.left_item_id,
    leftItemNumber: r.left_item_id ? (numbers.get(r.left_item_id) ?? null) : null,
    countsForQuorum: r.body_role !== null || r.substitute_for_member === 1,
    position: r.position,
  };
}

export interface DeclarationRow {
  id: string;
  meeting_id: string;
  person_id: string;
  person_name: string;
  item_id: string | null;
  category: InterestCategory;
  sensitive: number;
  nature: string;
  member_action: DeclarationAction;
  dispensation: string;
  position: number;
  created_at: string;
  updated_at: string;
  updated_by: string;
}

export const DECLARATION_SELECT = `SELECT d.*, p.name AS person_name FROM minute_declarations d JOIN people p ON p.id = d.person_id`;

export function toDeclaration(r: DeclarationRow, numbers: ReadonlyMap<string, string>): Declaration {
  return {
    id: r.id,
    meetingId: r.meeting_id,
    personId: r.person_id,
    personName: r.person_name,
    itemId: r.item_id,
    itemNumber: r.item_id ? (numbers.get(r.item_id) ?? null) : null,
    category: r.category,
    sensitive: r.sensitive === 1,
    nature: r.nature,
    memberAction: r.member_action,
    dispensation: r.dispensation,
    position: r.position,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
  };
}

export interface CorrectionRow {
  id: string;
  meeting_id: string;
  item_id: string | null;
  what: string;
  why: string;
  before_text: string;
  after_text: string;
  agreed_at_meeting_id: string | null;
  agreed_at_date: string | null;
  agreed_by: string;
  corrected_on: string;
  created_at: string;
  updated_at: string;
  updated_by: string;
}

export const CORRECTION_SELECT = `SELECT c.*, am.meeting_date AS agreed_at_date FROM minute_corrections c LEFT JOIN meetings am ON am.id = c.agreed_at_meeting_id`;

export function toCorrection(r: CorrectionRow, numbers: ReadonlyMap<string, string>): MinuteCorrection {
  return {
    id: r.id,
    meetingId: r.meeting_id,
    itemId: r.item_id,
    itemNumber: r.item_id ? (numbers.get(r.item_id) ?? null) : null,
    what: r.what,
    why: r.why,
    beforeText: r.before_text,
    afterText: r.after_text,
    agreedAtMeetingId: r.agreed_at_meeting_id,
    agreedAtMeetingDate: r.agreed_at_date,
    agreedBy: r.agreed_by,
    correctedOn: r.corrected_on,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
  };
}

export interface PlainWordRow {
  id: string;
  term: string;
  suggestion: string;
  created_at: string;
  updated_at: string;
  updated_by: string;
}

export function toPlainWord(r: PlainWordRow): PlainWord {
  return { id: r.id, term: r.term, suggestion: r.suggestion, createdAt: r.created_at, updatedAt: r.updated_at, updatedBy: r.updated_by };
}

/** The meeting's minutes row, or undefined when they have not been started. */
export function minutesRowOf(ws: Workspace, meetingId: string): MinutesRow | undefined {
  return ws.stmt('SELECT * FROM minutes WHERE meeting_id = ?').get(meetingId) as MinutesRow | undefined;
}

/** The meeting's minutes; refused (with a plain message) when they have not been started. */
export function startedMinutes(ws: Workspace, meetingId: string): MinutesRow {
  const row = minutesRowOf(ws, meetingId);
  if (!row) throw new AppError('conflict', `The minutes of ${meetingWords(meetingRow(ws, meetingId))} have not been started yet. Start them first.`);
  return row;
}

/** The words for why approved minutes cannot change. */
export function lockedMessage(ws: Workspace, row: MinutesRow): string {
  const at = row.approved_at_meeting_id ? (ws.stmt('SELECT meeting_date FROM meetings WHERE id = ?').pluck().get(row.approved_at_meeting_id) as string | undefined) : undefined;
  const when = at ? ` at the meeting on ${longDate(at)}` : '';
  return `These minutes were approved and signed${when}, so they cannot be changed. Record a correction instead, saying what changed, why, and who agreed it.`;
}

/** The meeting's minutes, if they may still be written: started and not approved (locked). */
export function writableMinutes(ws: Workspace, meetingId: string): MinutesRow {
  const row = startedMinutes(ws, meetingId);
  if (row.status === 'approved') throw new AppError('conflict', lockedMessage(ws, row));
  return row;
}

/** An agenda item's meeting, with its minutes writable. */
export function writableItem(ws: Workspace, itemId: string): { meetingId: string; part: 1 | 2; minutes: MinutesRow } {
  const item = ws.stmt('SELECT meeting_id, part FROM agenda_items WHERE id = ?').get(itemId) as { meeting_id: string; part: 1 | 2 } | undefined;
  if (!item) itemRow(ws, itemId); // throws "That agenda item no longer exists…"
  const { meeting_id: meetingId, part } = item as { meeting_id: string; part: 1 | 2 };
  return { meetingId, part, minutes: writableMinutes(ws, meetingId) };
}

/** Refuses an item that is not on this meeting's agenda (a stale screen, or a bad reference). */
export function requireItemOf(ws: Workspace, meetingId: string, itemId: string | null, field: string): void {
  if (itemId === null) return;
  // Not .pluck(): ws.stmt caches the statement, and pluck mode would stay on for its other callers (actions' sourceItem).
  const at = (ws.stmt('SELECT meeting_id FROM agenda_items WHERE id = ?').get(itemId) as { meeting_id: string } | undefined)?.meeting_id;
  if (at !== meetingId) throw new AppError('invalid_input', 'That agenda item is not on the agenda of this meeting.', { [field]: 'Choose an item of this meeting.' });
}
