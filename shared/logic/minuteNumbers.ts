/**
 * Minute numbers in the council's style (workspace setting `minute_numbering`, schema v8):
 *  - 'per_meeting': each minute takes its agenda number (1, 2, 5.1 …), so minutes match the agenda;
 *  - 'running_year': minutes run through the municipal year, which starts on 1 April: "23/26" is
 *    the 23rd minute of 2026-27. The count carries on from the body's earlier held meetings in the
 *    same year (their numbered agenda entries, the exclusion of the press and public included). A
 *    sub-item keeps its place under its minute: agenda 5.1 is "23.1/26" when item 5 is "23/26".
 * Pure: the caller reads the agenda and the earlier meetings' counts.
 */
import type { MinuteNumbering } from '../model/enums';

/** The first year of the municipal year a date falls in: 2026 for 1 April 2026 to 31 March 2027. */
export function municipalYear(isoDate: string): number {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  return month >= 4 ? year : year - 1;
}

/** The first and last days of the municipal year a date falls in (YYYY-MM-DD). */
export function municipalYearSpan(isoDate: string): { from: string; to: string } {
  const y = municipalYear(isoDate);
  return { from: `${y}-04-01`, to: `${y + 1}-03-31` };
}

/** An agenda entry as numbered on the agenda ("5", "5.1"); sub-items are those with a dot. */
export interface AgendaNumber {
  key: string;
  number: string;
}

/** How many minutes a meeting's agenda makes: its top-level numbered entries. */
export function minuteCount(entries: readonly AgendaNumber[]): number {
  return entries.filter((e) => !e.number.includes('.')).length;
}

/**
 * Each entry's minute number, by key. `earlier` is the number of minutes the body's earlier held
 * meetings in the same municipal year made (ignored for 'per_meeting').
 */
export function minuteNumbers(numbering: MinuteNumbering, meetingDate: string, entries: readonly AgendaNumber[], earlier = 0): Map<string, string> {
  const out = new Map<string, string>();
  if (numbering === 'per_meeting') {
    for (const e of entries) out.set(e.key, e.number);
    return out;
  }
  const suffix = String(municipalYear(meetingDate) % 100).padStart(2, '0');
  const running = new Map<string, number>();
  let n = earlier;
  for (const e of entries) {
    const [top = e.number, ...sub] = e.number.split('.');
    let at = running.get(top);
    if (at === undefined) {
      at = ++n;
      running.set(top, at);
    }
    out.set(e.key, `${[String(at), ...sub].join('.')}/${suffix}`);
  }
  return out;
}
