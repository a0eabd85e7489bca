/**
 * Bank holidays for the publication deadline: the shipped England and Wales list
 * (shared/data/bankHolidays.ts) plus any the clerk adds in the workspace (one-off days, or years
 * past the shipped list). Added days are audited like any record.
 */
import { ENGLAND_AND_WALES_BANK_HOLIDAYS } from '../../../shared/data/bankHolidays';
import type { Holiday } from '../../../shared/model/entities';
import { holidayInput, type HolidayInput } from '../../../shared/model/schemas';
import { longDate } from '../../../shared/logic/dates';
import { deleteRow, insertRow } from '../db/audit';
import { newId } from '../db/ids';
import { requireId } from '../db/rows';
import { AppError, noLonger } from '../errors';
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

export function addHoliday(ws: Workspace, input: HolidayInput): Holiday & { id: string } {
  const h = holidayInput.parse(input);
  const shipped = ENGLAND_AND_WALES_BANK_HOLIDAYS.find((b) => b.date === h.date);
  if (shipped) throw new AppError('conflict', `${longDate(h.date)} is already a bank holiday (${shipped.name}).`, { date: 'That day is already a bank holiday.' });
  if (ws.stmt('SELECT 1 FROM extra_holidays WHERE date = ?').get(h.date)) {
    throw new AppError('conflict', `${longDate(h.date)} has already been added.`, { date: 'That day has already been added.' });
  }
  const id = newId();
  ws.tx(() => insertRow(ws, 'extra_holidays', 'holiday', { id, date: h.date, name: h.name }));
  return { id, date: h.date, name: h.name, source: 'added' };
}

export function removeHoliday(ws: Workspace, id: string): void {
  requireId(ws, 'extra_holidays', id, noLonger('holiday'));
  ws.tx(() => deleteRow(ws, 'extra_holidays', 'holiday', id));
}
