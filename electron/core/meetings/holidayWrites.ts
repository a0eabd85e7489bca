/** Adding and removing the clerk's own holidays (holidays.ts reads them), audited like any record. */
import { ENGLAND_AND_WALES_BANK_HOLIDAYS } from '../../../shared/data/bankHolidays';
import type { Holiday } from '../../../shared/model/entities';
import { holidayInput, type HolidayInput } from '../../../shared/model/schemas';
import { longDate } from '../../../shared/logic/dates';
import { deleteRow, insertRow } from '../db/audit';
import { newId } from '../db/ids';
import { requireId } from '../db/rows';
import { AppError, noLonger } from '../errors';
import type { Workspace } from '../workspace';

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
