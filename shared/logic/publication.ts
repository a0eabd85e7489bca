/**
 * The publication deadline for a meeting's agenda and reports: five clear days (Local Government
 * Act 1972, s.100B(3) and s.243). A clear day excludes the day of publication and the day of the
 * meeting, and for this purpose Saturdays, Sundays and bank holidays do not count. So for a meeting
 * on Thursday 17 December 2026 the five clear days are Thu 10, Fri 11, Mon 14, Tue 15 and Wed 16,
 * and the papers must be out by Wednesday 9 December 2026.
 *
 * "Publish by" is the last working day before the fifth clear day: publishing on the weekend in
 * between would also be lawful, but a clerk's office publishes on a working day, so the app names
 * that one.
 */
import { ENGLAND_AND_WALES_BANK_HOLIDAYS, BANK_HOLIDAYS_KNOWN_UNTIL } from '../data/bankHolidays';
import { parseDate, shiftDate } from './dates';

export const CLEAR_DAYS = 5;

/** The shipped bank holidays plus any the clerk has added. */
export function holidaySet(extra: Iterable<string> = []): ReadonlySet<string> {
  return new Set([...ENGLAND_AND_WALES_BANK_HOLIDAYS.map((h) => h.date), ...extra]);
}

export function isWorkingDay(iso: string, holidays: ReadonlySet<string>): boolean {
  const day = parseDate(iso).getDay();
  return day !== 0 && day !== 6 && !holidays.has(iso);
}

/** The working day before `iso` (never `iso` itself). */
function previousWorkingDay(iso: string, holidays: ReadonlySet<string>): string {
  let d = shiftDate(iso, -1);
  while (!isWorkingDay(d, holidays)) d = shiftDate(d, -1);
  return d;
}

/** The latest date (YYYY-MM-DD) on which the agenda can be published for a meeting on `meetingDate`. */
export function publishBy(meetingDate: string, holidays: ReadonlySet<string>, clearDays: number = CLEAR_DAYS): string {
  let day = meetingDate;
  for (let counted = 0; counted < clearDays; counted++) day = previousWorkingDay(day, holidays);
  return previousWorkingDay(day, holidays);
}

/** Clear days between publishing on `published` and meeting on `meetingDate` (both excluded). */
export function clearDaysBetween(published: string, meetingDate: string, holidays: ReadonlySet<string>): number {
  let n = 0;
  for (let d = shiftDate(published, 1); d < meetingDate; d = shiftDate(d, 1)) if (isWorkingDay(d, holidays)) n++;
  return n;
}

export interface Deadline {
  publishBy: string;
  /** Today is after the deadline and the agenda is not yet published. */
  passed: boolean;
  /** The shipped bank-holiday list does not reach this meeting: the clerk should check the date. */
  holidaysUnknown: boolean;
}

export function deadline(meetingDate: string, today: string, holidays: ReadonlySet<string>, published: boolean): Deadline {
  const by = publishBy(meetingDate, holidays);
  return { publishBy: by, passed: !published && today > by, holidaysUnknown: meetingDate > BANK_HOLIDAYS_KNOWN_UNTIL };
}
