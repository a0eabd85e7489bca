/** Reading meetings: by date and time, or one by id (rows.ts), each with its publication deadline for today. */
import type { Meeting } from '../../../shared/model/entities';
import type { MeetingListInput } from '../../../shared/model/schemas';
import type { Workspace } from '../workspace';
import { holidayDates } from './holidays';
import { MEETING_SELECT, toMeeting, type MeetingRow } from './rows';

export { getMeeting } from './rows';

/**
 * Meetings by date and time; `from` keeps those on or after a date, `bodyId` one body's. The
 * input is typed, not parsed here: 'meetings:list' parses it with the contract's schema, and this
 * read path stays free of zod for the command line's start-up.
 */
export function listMeetings(ws: Workspace, input: MeetingListInput, today: string): Meeting[] {
  const f = input;
  const rows = ws
    .stmt(`${MEETING_SELECT} WHERE (@body IS NULL OR m.body_id = @body) AND (@from IS NULL OR m.meeting_date >= @from) ORDER BY m.meeting_date, m.start_time, m.id`)
    .all({ body: f.bodyId ?? null, from: f.from ?? null }) as MeetingRow[];
  const holidays = holidayDates(ws);
  return rows.map((r) => toMeeting(r, today, holidays));
}

