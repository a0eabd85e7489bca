/**
 * What a meeting's standing items "Minutes" and "Date of next meeting" are about: the body's
 * previous and next meetings, named in the title the agenda prints and the app shows.
 */
import type { AgendaItem } from '../../../shared/model/entities';
import { longDate } from '../../../shared/logic/dates';
import type { Workspace } from '../workspace';
import { DEFAULT_TEMPLATE } from './templates';

/** The dates the standing items are about (YYYY-MM-DD), or null when there is none. */
export interface StandingDates {
  previousMeeting: string | null;
  nextMeeting: string | null;
}

/** The body's meetings just before and just after this one. */
export function standingDates(ws: Workspace, bodyId: string, meetingDate: string): StandingDates {
  const near = (sql: string): string | null => (ws.stmt(sql).get(bodyId, meetingDate) as { d: string } | undefined)?.d ?? null;
  return {
    previousMeeting: near('SELECT meeting_date AS d FROM meetings WHERE body_id = ? AND meeting_date < ? ORDER BY meeting_date DESC LIMIT 1'),
    nextMeeting: near('SELECT meeting_date AS d FROM meetings WHERE body_id = ? AND meeting_date > ? ORDER BY meeting_date LIMIT 1'),
  };
}

const defaultTitle = (key: AgendaItem['standingKey']): string | undefined => DEFAULT_TEMPLATE.find((t) => t.standingKey === key)?.title;

/**
 * A standing item's title as printed: "Minutes of the meeting held on Thursday 20 August 2026",
 * "Date of next meeting: Thursday 18 February 2027". A title the clerk changed in the body's
 * template keeps its words and gains the date; with no such meeting the title is as stored.
 */
export function standingTitle(item: Pick<AgendaItem, 'standingKey' | 'title'>, dates: StandingDates): string {
  const date = item.standingKey === 'minutes' ? dates.previousMeeting : item.standingKey === 'next_meeting' ? dates.nextMeeting : null;
  if (date === null) return item.title;
  if (item.title !== defaultTitle(item.standingKey)) return `${item.title} (${longDate(date)})`;
  return item.standingKey === 'minutes' ? `Minutes of the meeting held on ${longDate(date)}` : `Date of next meeting: ${longDate(date)}`;
}
