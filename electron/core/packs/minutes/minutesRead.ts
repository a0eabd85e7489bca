/**
 * The v8 minutes records of one meeting, read with plain SQL into rows (the minutes area owns the
 * writes; this is the print model's own read, so the documents need nothing from it). Nothing is
 * redacted here: minutesData.ts makes each version from these rows.
 */
import type { AgendaItem } from '../../../../shared/model/entities';
import type { ItemMinute } from '../../../../shared/model/minuteRecords';
import type { AttendanceCategory, AttendanceStatus, BodyRole, DeclarationAction, InterestCategory, ItemOutcome, MinuteNumbering, MinutesStatus, PersonKind, Vote } from '../../../../shared/model/enums';
import { minuteCount, municipalYearSpan } from '../../../../shared/logic/minuteNumbers';
import { AppError } from '../../errors';
import { meetingAgenda } from '../../meetings/agenda';
import { getSettings } from '../../settings/queries';
import type { Workspace } from '../../workspace';
import { longDate } from '../../../../shared/logic/dates';
import type { Agenda } from '../../../../shared/model/entities';

export interface AttendanceRow {
  name: string;
  kind: PersonKind | null;
  roleTitle: string;
  bodyRole: BodyRole | null;
  category: AttendanceCategory;
  status: AttendanceStatus;
  substituteFor: string | null;
  arrivedItemId: string | null;
  leftItemId: string | null;
}

export interface DeclarationRow {
  name: string;
  itemId: string | null;
  category: InterestCategory;
  sensitive: boolean;
  nature: string;
  memberAction: DeclarationAction;
  dispensation: string;
}

/** An item's minute as the documents need it (the app's record less its bookkeeping). */
export type ItemMinuteRow = Omit<ItemMinute, 'meetingId' | 'updatedAt' | 'updatedBy'>;

export interface ResolutionRow {
  id: string;
  itemId: string;
  text: string;
  votes: { for: number; against: number; abstained: number } | null;
  recorded: { name: string; vote: Vote }[];
}

export interface CorrectionRow {
  itemId: string | null;
  what: string;
  why: string;
  beforeText: string;
  afterText: string;
  agreedAtDate: string | null;
  agreedBy: string;
  correctedOn: string;
}

export interface ActionArisingRow {
  reference: string;
  title: string;
  ownerName: string | null;
  ownerRole: string;
  dueDate: string | null;
  itemId: string | null;
}

export interface MinutesRecord {
  councilName: string;
  boardName: string;
  numbering: MinuteNumbering;
  /** Minutes made by the body's earlier held meetings in the same municipal year (running numbers). */
  earlierMinutes: number;
  agenda: Agenda;
  status: MinutesStatus;
  circulatedOn: string | null;
  approvedAtDate: string | null;
  approvedOn: string | null;
  signedBy: string | null;
  childCheckedBy: string;
  childCheckedOn: string | null;
  attendance: AttendanceRow[];
  declarations: DeclarationRow[];
  items: Map<string, ItemMinuteRow>;
  resolutions: ResolutionRow[];
  corrections: CorrectionRow[];
  actions: ActionArisingRow[];
  /** The previous meeting whose minutes were approved at this one, if any. */
  approvedHere: { meetingDate: string } | null;
}

type Raw = Record<string, unknown>;
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const strOrNull = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** True when the meeting has minutes (of any status). */
export function hasMinutes(ws: Workspace, meetingId: string): boolean {
  return ws.stmt('SELECT 1 FROM minutes WHERE meeting_id = ?').get(meetingId) !== undefined;
}

/** Everything the minutes documents print for one meeting; not_found when it has no minutes. */
export function readMinutes(ws: Workspace, meetingId: string, today: string): MinutesRecord {
  const agenda = meetingAgenda(ws, meetingId, today);
  const m = agenda.meeting;
  const row = ws
    .stmt(
      `SELECT n.*, a.meeting_date AS approved_at_date, p.name AS signed_by FROM minutes n
       LEFT JOIN meetings a ON a.id = n.approved_at_meeting_id LEFT JOIN people p ON p.id = n.signed_by_id WHERE n.meeting_id = ?`,
    )
    .get(meetingId) as Raw | undefined;
  if (!row) throw new AppError('not_found', `There are no minutes for the meeting of the ${m.bodyName} on ${longDate(m.meetingDate)} yet. Take the minutes first.`);
  const settings = getSettings(ws);
  const numbering = (ws.stmt('SELECT minute_numbering AS n FROM workspace_settings WHERE id = 1').get() as { n: MinuteNumbering }).n;

  const attendance = (
    ws
      .stmt(
        `SELECT coalesce(p.name, a.guest_name) AS name, p.kind, coalesce(nullif(p.role_title, ''), a.guest_role) AS role_title, bm.role AS body_role,
                a.category, a.status, s.name AS substitute_for, a.arrived_item_id, a.left_item_id
         FROM minute_attendance a LEFT JOIN people p ON p.id = a.person_id LEFT JOIN people s ON s.id = a.substitute_for_id
         LEFT JOIN body_members bm ON bm.body_id = ? AND bm.person_id = a.person_id
         WHERE a.meeting_id = ? ORDER BY a.position, a.id`,
      )
      .all(m.bodyId, meetingId) as Raw[]
  ).map(
    (r): AttendanceRow => ({
      name: str(r.name),
      kind: strOrNull(r.kind) as PersonKind | null,
      roleTitle: str(r.role_title),
      bodyRole: strOrNull(r.body_role) as BodyRole | null,
      category: r.category as AttendanceCategory,
      status: r.status as AttendanceStatus,
      substituteFor: strOrNull(r.substitute_for),
      arrivedItemId: strOrNull(r.arrived_item_id),
      leftItemId: strOrNull(r.left_item_id),
    }),
  );

  const declarations = (
    ws.stmt('SELECT d.*, p.name FROM minute_declarations d JOIN people p ON p.id = d.person_id WHERE d.meeting_id = ? ORDER BY d.position, d.id').all(meetingId) as Raw[]
  ).map(
    (r): DeclarationRow => ({
      name: str(r.name),
      itemId: strOrNull(r.item_id),
      category: r.category as InterestCategory,
      sensitive: r.sensitive === 1,
      nature: str(r.nature),
      memberAction: r.member_action as DeclarationAction,
      dispensation: str(r.dispensation),
    }),
  );

  const items = new Map<string, ItemMinuteRow>();
  for (const r of ws.stmt('SELECT * FROM item_minutes WHERE meeting_id = ?').all(meetingId) as Raw[]) {
    items.set(str(r.item_id), {
      itemId: str(r.item_id),
      text: str(r.text),
      publicSummary: str(r.public_summary),
      outcome: r.outcome as ItemOutcome,
      urgentReason: str(r.urgent_reason),
      forChildren: r.for_children === 1,
      childTalked: str(r.child_talked),
      childDecided: str(r.child_decided),
      childWho: str(r.child_who),
    });
  }

  const votes = new Map<string, { name: string; vote: Vote }[]>();
  for (const v of ws
    .stmt(
      `SELECT v.resolution_id, p.name, v.vote FROM recorded_votes v JOIN people p ON p.id = v.person_id
       JOIN resolutions r ON r.id = v.resolution_id JOIN agenda_items i ON i.id = r.item_id WHERE i.meeting_id = ? ORDER BY p.name`,
    )
    .all(meetingId) as Raw[]) {
    const id = str(v.resolution_id);
    votes.set(id, [...(votes.get(id) ?? []), { name: str(v.name), vote: v.vote as Vote }]);
  }
  const resolutions = (
    ws.stmt('SELECT r.* FROM resolutions r JOIN agenda_items i ON i.id = r.item_id WHERE i.meeting_id = ? ORDER BY r.position, r.id').all(meetingId) as Raw[]
  ).map(
    (r): ResolutionRow => ({
      id: str(r.id),
      itemId: str(r.item_id),
      text: str(r.text),
      votes: r.votes_for === null ? null : { for: Number(r.votes_for), against: Number(r.votes_against), abstained: Number(r.votes_abstained) },
      recorded: votes.get(str(r.id)) ?? [],
    }),
  );

  const corrections = (
    ws
      .stmt(
        `SELECT c.*, a.meeting_date AS agreed_at_date FROM minute_corrections c LEFT JOIN meetings a ON a.id = c.agreed_at_meeting_id
         WHERE c.meeting_id = ? ORDER BY c.corrected_on, c.created_at, c.id`,
      )
      .all(meetingId) as Raw[]
  ).map(
    (r): CorrectionRow => ({
      itemId: strOrNull(r.item_id),
      what: str(r.what),
      why: str(r.why),
      beforeText: str(r.before_text),
      afterText: str(r.after_text),
      agreedAtDate: strOrNull(r.agreed_at_date),
      agreedBy: str(r.agreed_by),
      correctedOn: str(r.corrected_on),
    }),
  );

  const actions = (
    ws
      .stmt(
        `SELECT a.reference, a.title, o.name AS owner_name, o.role_title AS owner_role, a.due_date, a.source_item_id
         FROM actions a LEFT JOIN people o ON o.id = a.owner_id WHERE a.source_meeting_id = ? ORDER BY a.created_at, a.reference, a.id`,
      )
      .all(meetingId) as Raw[]
  ).map(
    (r): ActionArisingRow => ({
      reference: str(r.reference),
      title: str(r.title),
      ownerName: strOrNull(r.owner_name),
      ownerRole: str(r.owner_role),
      dueDate: strOrNull(r.due_date),
      itemId: strOrNull(r.source_item_id),
    }),
  );

  const approvedHere = ws
    .stmt("SELECT p.meeting_date AS meetingDate FROM minutes n JOIN meetings p ON p.id = n.meeting_id WHERE n.approved_at_meeting_id = ? AND n.status = 'approved' ORDER BY p.meeting_date DESC LIMIT 1")
    .get(meetingId) as { meetingDate: string } | undefined;

  return {
    councilName: settings.councilName,
    boardName: settings.boardName,
    numbering,
    earlierMinutes: numbering === 'running_year' ? earlierMinutes(ws, m.bodyId, m.meetingDate, m.startTime, meetingId, today) : 0,
    agenda,
    status: row.status as MinutesStatus,
    circulatedOn: strOrNull(row.circulated_on),
    approvedAtDate: strOrNull(row.approved_at_date),
    approvedOn: strOrNull(row.approved_on),
    signedBy: strOrNull(row.signed_by),
    childCheckedBy: str(row.child_checked_by),
    childCheckedOn: strOrNull(row.child_checked_on),
    attendance,
    declarations,
    items,
    resolutions,
    corrections,
    actions,
    approvedHere: approvedHere ?? null,
  };
}

/** The minutes the body's earlier held meetings in the same municipal year made (their agendas' top-level entries). */
function earlierMinutes(ws: Workspace, bodyId: string, date: string, time: string, meetingId: string, today: string): number {
  const { from } = municipalYearSpan(date);
  const ids = ws
    .stmt(
      `SELECT id FROM meetings WHERE body_id = ? AND status IN ('held','minutes_approved') AND id <> ? AND meeting_date >= ?
       AND (meeting_date < ? OR (meeting_date = ? AND start_time < ?))`,
    )
    .all(bodyId, meetingId, from, date, date, time) as { id: string }[];
  return ids.reduce((n, { id }) => n + minuteCount(meetingAgenda(ws, id, today).entries.map((e) => ({ key: e.kind === 'item' ? e.id : 'x', number: e.number }))), 0);
}

/** The agenda's items by id. */
export function itemsById(agenda: Agenda): Map<string, AgendaItem> {
  return new Map(agenda.entries.filter((e): e is AgendaItem => e.kind === 'item').map((e) => [e.id, e]));
}
