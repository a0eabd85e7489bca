/**
 * Bank holidays for the publication deadline: the shipped England and Wales list
 * (shared/data/bankHolidays.ts) plus any the clerk adds in the workspace (one-off days, or years
 * past the shipped list). Reading only; adding and removing days (audited like any record) is in
 * holidayWrites.ts, so reading meetings needs no validation schemas.
 */
import { ENGLAND_AND_WALES_BANK_HOLIDAYS } from '../../../shared/data/bankHolidays';
import type { Holiday } from '../../../shared/model/entities';
import type { Workspace } from '../workspace';

interface ExtraRow {
  id: string;
  date: string;
  name: string;
}

function extraRows(ws: Workspace): ExtraRow[] {
  return ws.stmt('SELECT id, date, name FROM extra_holidays ORDER BY date').all() as ExtraRow[];
}

/** Every holiday (shipped and added), by date; `from` keeps only those on or after it. */
export function listHolidays(ws: Workspace, from?: string): Holiday[] {
  const all: Holiday[] = [
    ...ENGLAND_AND_WALES_BANK_HOLIDAYS.map((h) => ({ id: null, date: h.date, name: h.name, source: 'shipped' as const })),
    ...extraRows(ws).map((r) => ({ id: r.id, date: r.date, name: r.name, source: 'added' as const })),
  ];
  return all.filter((h) => !from || h.date >= from).sort((a, b) => a.date.localeCompare(b.date));
}

/** The dates that are not working days besides weekends, for publishBy. */
export function holidayDates(ws: Workspace): ReadonlySet<string> {
  return new Set([...ENGLAND_AND_WALES_BANK_HOLIDAYS.map((h) => h.date), ...extraRows(ws).map((r) => r.date)]);
}
