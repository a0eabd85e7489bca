/**
 * Reading meetings: rows to the contract's Meeting (with the publication deadline worked out for
 * today), and the guard every agenda change goes through.
 */
import type { Meeting } from '../../../shared/model/entities';
import type { MeetingKind, MeetingStatus, MinutesStatus } from '../../../shared/model/enums';
import { longDate } from '../../../shared/logic/dates';
import { publishBy } from '../../../shared/logic/publication';
import { AppError } from '../errors';
import { requireRow, type Workspace } from '../workspace';
import { holidayDates } from './holidays';

export interface MeetingRow {
  id: string;
  body_id: string;
  body_name: string;
  meeting_date: string;
  start_time: string;
  venue: string;
  late_reason: string;
  kind: MeetingKind;
  theme_priority_id: string | null;
  theme_number: number | null;
  theme_title: string | null;
  status: MeetingStatus;
  published_on: string | null;
  item_count: number;
  minutes_status: MinutesStatus | null;
  exempt_count: number;
  created_at: string;
  updated_at: string;
  updated_by: string;
}

export const MEETING_SELECT = `SELECT m.*, b.name AS body_name, p.position AS theme_number, p.title AS theme_title,
  (SELECT count(*) FROM agenda_items i WHERE i.meeting_id = m.id) AS item_count,
  (SELECT count(*) FROM agenda_items i WHERE i.meeting_id = m.id AND i.part = 2) AS exempt_count,
  (SELECT mi.status FROM minutes mi WHERE mi.meeting_id = m.id) AS minutes_status
  FROM meetings m JOIN bodies b ON b.id = m.body_id LEFT JOIN priorities p ON p.id = m.theme_priority_id`;

export function toMeeting(r: MeetingRow, today: string, holidays: ReadonlySet<string>): Meeting {
  const by = publishBy(r.meeting_date, holidays);
  return {
    id: r.id,
    bodyId: r.body_id,
    bodyName: r.body_name,
    meetingDate: r.meeting_date,
    startTime: r.start_time,
    venue: r.venue,
    kind: r.kind,
    lateReason: r.late_reason,
    themePriorityId: r.theme_priority_id,
    themePriorityNumber: r.theme_number,
    themePriorityTitle: r.theme_title,
    status: r.status,
    publishedOn: r.published_on,
    publishBy: by,
    deadlinePassed: r.status === 'draft' && today > by,
    itemCount: r.item_count,
    exemptItemCount: r.exempt_count,
    minutesStatus: r.minutes_status ?? 'none',
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
  };
}

export function meetingRow(ws: Workspace, id: string): MeetingRow {
  return requireRow(ws.stmt(`${MEETING_SELECT} WHERE m.id = ?`).get(id) as MeetingRow | undefined, 'meeting');
}

export function getMeeting(ws: Workspace, id: string, today: string): Meeting {
  return toMeeting(meetingRow(ws, id), today, holidayDates(ws));
}

/** "Thursday 17 December 2026" for messages. */
export function meetingWords(r: { meeting_date: string }): string {
  return `the meeting on ${longDate(r.meeting_date)}`;
}

/** The meeting, if its agenda may still change: not once it has been held. */
export function requireEditableMeeting(ws: Workspace, meetingId: string): MeetingRow {
  const m = meetingRow(ws, meetingId);
  if (m.status === 'held' || m.status === 'minutes_approved') {
    throw new AppError('conflict', `The agenda for ${meetingWords(m)} cannot change: the meeting has been held.`);
  }
  return m;
}
