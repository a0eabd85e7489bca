/**
 * Five clear days before a meeting, against worked dates (including Christmas, Easter and the May
 * bank holidays), and the shipped bank-holiday list against the rules that make it.
 */
import { describe, expect, it } from 'vitest';
import { BANK_HOLIDAYS_KNOWN_UNTIL, ENGLAND_AND_WALES_BANK_HOLIDAYS } from '../../shared/data/bankHolidays';
import { longDate, parseDate, shiftDate } from '../../shared/logic/dates';
import { clearDaysBetween, deadline, holidaySet, isWorkingDay, publishBy } from '../../shared/logic/publication';

const holidays = holidaySet();

describe('publish by: five clear days', () => {
  // [meeting, publish by, why]
  const worked: [string, string, string][] = [
    ['2026-12-17', '2026-12-09', 'an ordinary week: Thu 10, Fri 11, Mon 14, Tue 15, Wed 16 are the clear days'],
    ['2026-12-14', '2026-12-04', 'a Monday meeting: the weekend before it does not count'],
    ['2027-01-05', '2026-12-23', 'Christmas: 25 and 28 December 2026 and 1 January 2027 are bank holidays'],
    ['2026-12-31', '2026-12-21', 'Christmas Eve counts, Christmas Day and the Boxing Day substitute do not'],
    ['2027-04-01', '2027-03-22', 'Easter 2027: Good Friday 26 and Easter Monday 29 March do not count'],
    ['2026-04-09', '2026-03-30', 'Easter 2026: Good Friday 3 and Easter Monday 6 April do not count'],
    ['2026-05-07', '2026-04-28', 'the early May bank holiday, Monday 4 May 2026'],
    ['2026-06-02', '2026-05-22', 'the spring bank holiday, Monday 25 May 2026, falls before the fifth clear day'],
  ];
  for (const [meeting, expected, why] of worked) {
    it(`${longDate(meeting)} → ${longDate(expected)} (${why})`, () => {
      const by = publishBy(meeting, holidays);
      expect(by).toBe(expected);
      expect(clearDaysBetween(by, meeting, holidays)).toBe(5);
      // Publishing one working day later would leave only four clear days.
      let later = shiftDate(by, 1);
      while (!isWorkingDay(later, holidays)) later = shiftDate(later, 1);
      expect(clearDaysBetween(later, meeting, holidays)).toBe(4);
    });
  }

  it('says "Publish by Wednesday 9 December 2026" for Thursday 17 December 2026', () => {
    expect(`Publish by ${longDate(publishBy('2026-12-17', holidays))}`).toBe('Publish by Wednesday 9 December 2026');
  });

  it('counts a holiday the clerk adds', () => {
    const withExtra = holidaySet(['2026-12-15']);
    expect(publishBy('2026-12-17', withExtra)).toBe('2026-12-08');
  });

  it('warns when the deadline has passed and the agenda is not published', () => {
    expect(deadline('2026-12-17', '2026-12-09', holidays, false).passed).toBe(false);
    expect(deadline('2026-12-17', '2026-12-10', holidays, false).passed).toBe(true);
    expect(deadline('2026-12-17', '2026-12-10', holidays, true).passed).toBe(false);
    expect(deadline('2031-03-06', '2026-12-10', holidays, false).holidaysUnknown).toBe(true);
    expect(deadline('2030-03-07', '2026-12-10', holidays, false).holidaysUnknown).toBe(false);
  });
});

/** Easter Sunday (anonymous Gregorian algorithm). */
function easter(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const weekday = (iso: string): number => parseDate(iso).getDay();
const pad = (n: number): string => String(n).padStart(2, '0');
function firstMonday(year: number, month: number): string {
  let d = `${year}-${pad(month)}-01`;
  while (weekday(d) !== 1) d = shiftDate(d, 1);
  return d;
}
function lastMonday(year: number, month: number): string {
  let d = shiftDate(`${year}-${pad(month + 1)}-01`, -1);
  while (weekday(d) !== 1) d = shiftDate(d, -1);
  return d;
}
/** Fixed-date holidays roll forward past weekends and past each other. */
function substituted(dates: string[]): string[] {
  const taken = new Set<string>();
  return dates.map((date) => {
    let d = date;
    while (weekday(d) === 0 || weekday(d) === 6 || taken.has(d)) d = shiftDate(d, 1);
    taken.add(d);
    return d;
  });
}

describe('the shipped bank holidays follow the rules', () => {
  for (let year = 2025; year <= Number(BANK_HOLIDAYS_KNOWN_UNTIL.slice(0, 4)); year++) {
    it(`${year}`, () => {
      const e = easter(year);
      const [newYear] = substituted([`${year}-01-01`]);
      const [christmas, boxing] = substituted([`${year}-12-25`, `${year}-12-26`]);
      const expected = [newYear, shiftDate(e, -2), shiftDate(e, 1), firstMonday(year, 5), lastMonday(year, 5), lastMonday(year, 8), christmas, boxing].sort();
      const shipped = ENGLAND_AND_WALES_BANK_HOLIDAYS.filter((h) => h.date.startsWith(`${year}-`)).map((h) => h.date).sort();
      expect(shipped).toEqual(expected);
    });
  }
});
