/**
 * Meetings as an iCalendar file (RFC 5545) for councillors' and officers' calendars, written with
 * the `ics` package.
 *
 * Time zones: meetings are held at UK local times. Each start is converted to UTC here, with the
 * UK's offset for that date (GMT, or BST from 01:00 UTC on the last Sunday in March to 01:00 UTC
 * on the last Sunday in October, as the Summer Time Order 2002 sets it), and written as a UTC
 * time (DTSTART:20261217T140000Z). Every calendar program shows a UTC time in its own zone, so
 * the file needs no VTIMEZONE block and means the same on any machine, whatever zone the
 * clerk's laptop is set to. A meeting has a start time but no end time in PanelPack, so each
 * event lasts two hours (a typical board meeting); the description says so.
 *
 * The UID is the meeting's id, so importing a newer file updates the event instead of adding a
 * second one.
 */
import { createEvents, type EventAttributes } from 'ics';
import type { SavedCalendar } from '../../shared/ipc/contract';
import type { Meeting } from '../../shared/model/entities';
import { MEETING_KIND_LABELS } from '../../shared/model/enums';
import { longDate } from '../../shared/logic/dates';
import { AppError } from './errors';
import { getMeeting, listMeetings } from './meetings/queries';
import { writeFileAtomic } from './saveFile';
import { getSettings } from './settings/queries';
import type { Workspace } from './workspace';

export const EVENT_HOURS = 2;

/** The last Sunday of a month, as a day of the month (UTC calendar). */
function lastSunday(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0));
  return last.getUTCDate() - last.getUTCDay();
}

/** Minutes the UK is ahead of UTC at the instant `utcMs`: 60 in British Summer Time, else 0. */
export function ukOffsetMinutes(utcMs: number): number {
  const year = new Date(utcMs).getUTCFullYear();
  const start = Date.UTC(year, 2, lastSunday(year, 2), 1);
  const end = Date.UTC(year, 9, lastSunday(year, 9), 1);
  return utcMs >= start && utcMs < end ? 60 : 0;
}

/** A UK wall-clock date and time ('2026-12-17', '14:00') as the UTC instant it names. */
export function ukTimeToUtc(date: string, time: string): Date {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  // The offset is looked up at the instant the wall time would be in GMT, then checked again at
  // the result, so times either side of a clock change come out right.
  const first = wall - ukOffsetMinutes(wall) * 60_000;
  return new Date(wall - ukOffsetMinutes(first) * 60_000);
}

function description(m: Meeting, councilName: string): string {
  const lines = [
    `${councilName}: ${m.bodyName}, ${MEETING_KIND_LABELS[m.kind].toLowerCase()}.`,
    m.themePriorityTitle ? `Theme: ${m.themePriorityNumber !== null ? `${m.themePriorityNumber}. ` : ''}${m.themePriorityTitle}.` : '',
    m.publishedOn
      ? `Agenda published ${longDate(m.publishedOn)}.`
      : `Agenda to be published by ${longDate(m.publishBy)} (five clear days before the meeting).`,
    `Start ${m.startTime} UK time; the end time shown (${EVENT_HOURS} hours later) is a guide only.`,
  ];
  return lines.filter(Boolean).join('\n');
}

/** The iCalendar text for `meetings`. */
export function meetingsToIcs(meetings: readonly Meeting[], councilName: string): string {
  const events: EventAttributes[] = meetings.map((m) => ({
    uid: `${m.id}@panelpack`,
    title: m.kind === 'special' ? `${m.bodyName} (special meeting)` : m.bodyName,
    start: ukTimeToUtc(m.meetingDate, m.startTime).getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { hours: EVENT_HOURS },
    location: m.venue || undefined,
    description: description(m, councilName),
    status: 'CONFIRMED',
    busyStatus: 'BUSY',
  }));
  const { error, value } = createEvents(events, { productId: 'PanelPack', calName: `${councilName} meetings` });
  if (error || !value) throw new Error(`The calendar could not be made: ${error?.message ?? 'no output'}`);
  return value;
}

/** One meeting, or every meeting from today on; refused when there is nothing to export. */
export function meetingsForCalendar(ws: Workspace, opts: { meetingId?: string; today: string }): Meeting[] {
  if (opts.meetingId) return [getMeeting(ws, opts.meetingId, opts.today)];
  const upcoming = listMeetings(ws, { from: opts.today }, opts.today);
  if (upcoming.length === 0) throw new AppError('not_found', 'There are no upcoming meetings to put in a calendar.');
  return upcoming;
}

/** Writes the calendar file (through a temporary file, renamed into place when complete). */
export async function exportIcs(ws: Workspace, opts: { meetingId?: string; today: string; out: string }): Promise<SavedCalendar> {
  const meetings = meetingsForCalendar(ws, opts);
  await writeFileAtomic(opts.out, meetingsToIcs(meetings, getSettings(ws).councilName), 'The calendar');
  return { path: opts.out, events: meetings.length };
}
