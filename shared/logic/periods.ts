/**
 * Reporting periods written as councils write them (DOMAIN.md "Performance indicators"):
 * - a financial year, April to March: `2025-26`;
 * - a financial-year quarter: `2026-27 Q2` (Q1 April to June, Q2 July to September, Q3 October to
 *   December, Q4 January to March of the following calendar year);
 * - a calendar month: `2026-09`.
 *
 * `2009-10`, `2010-11` and `2011-12` read both as a financial year and as a month; PanelPack
 * reads them as financial years (a month in those years cannot be written this way). Years run
 * from 2000 to 2098. Browser-safe: the screen, core and the CLI parse with the same rules.
 */

export type PeriodKind = 'year' | 'quarter' | 'month';

export interface Period {
  /** The canonical form: `2025-26`, `2026-27 Q2`, `2026-09`. */
  code: string;
  kind: PeriodKind;
  /** First and last day, YYYY-MM-DD. */
  start: string;
  end: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

const pad = (n: number): string => String(n).padStart(2, '0');
const lastDay = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();
const day = (year: number, month: number, d: number): string => `${year}-${pad(month)}-${pad(d)}`;

/** What to write, for error messages. */
export const PERIOD_HELP = 'Write a financial year as 2025-26, a quarter as 2026-27 Q2 (July to September 2026), or a month as 2026-09.';

/** The period `text` names, or null when it names none. Spaces and the case of "q" are forgiven. */
export function parsePeriod(text: string): Period | null {
  const t = text.trim().replace(/\s+/g, ' ').toUpperCase();
  const m = /^(\d{4})-(\d{2})(?: ?Q([1-4]))?$/.exec(t);
  if (!m) return null;
  const year = Number(m[1]);
  const two = Number(m[2]);
  if (year < 2000 || year > 2098) return null;
  const quarter = m[3] ? Number(m[3]) : null;
  const isFinancial = two === (year + 1) % 100;
  if (quarter !== null) {
    if (!isFinancial) return null;
    // Q1 starts in April of the first year; Q4 is January to March of the second.
    const startMonth = ((quarter - 1) * 3 + 3) % 12 + 1;
    const y = quarter === 4 ? year + 1 : year;
    return { code: `${year}-${pad(two)} Q${quarter}`, kind: 'quarter', start: day(y, startMonth, 1), end: day(y, startMonth + 2, lastDay(y, startMonth + 2)) };
  }
  if (isFinancial) return { code: `${year}-${pad(two)}`, kind: 'year', start: day(year, 4, 1), end: day(year + 1, 3, 31) };
  if (two >= 1 && two <= 12) return { code: `${year}-${pad(two)}`, kind: 'month', start: day(year, two, 1), end: day(year, two, lastDay(year, two)) };
  return null;
}

/** Whether `text` names a period. */
export function isPeriod(text: string): boolean {
  return parsePeriod(text) !== null;
}

/** The period, or an Error saying what to write. */
export function requirePeriod(text: string): Period {
  const p = parsePeriod(text);
  if (!p) throw new RangeError(`"${text.trim()}" is not a period. ${PERIOD_HELP}`);
  return p;
}

const KIND_ORDER: Record<PeriodKind, number> = { month: 0, quarter: 1, year: 2 };

/** Orders periods by their end, then shorter first (a month, its quarter, then its year). */
export function comparePeriods(a: Period, b: Period): number {
  return a.end.localeCompare(b.end) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.start.localeCompare(b.start);
}

/** Period codes in order (codes that name no period go last, as written). */
export function sortPeriodCodes(codes: readonly string[]): string[] {
  return [...codes].sort((x, y) => {
    const a = parsePeriod(x);
    const b = parsePeriod(y);
    if (a && b) return comparePeriods(a, b);
    return a ? -1 : b ? 1 : x.localeCompare(y);
  });
}

const monthName = (iso: string): string => MONTHS[Number(iso.slice(5, 7)) - 1] ?? '';

/**
 * The period in words: "2025-26 (April 2025 to March 2026)", "2026-27 Q2 (July to September
 * 2026)", "September 2026".
 */
export function periodLabel(p: Period): string {
  const [sy, ey] = [p.start.slice(0, 4), p.end.slice(0, 4)];
  if (p.kind === 'month') return `${monthName(p.start)} ${sy}`;
  const range = sy === ey ? `${monthName(p.start)} to ${monthName(p.end)} ${ey}` : `${monthName(p.start)} ${sy} to ${monthName(p.end)} ${ey}`;
  return `${p.code} (${range})`;
}

/** The short label for a chart's axis or a table: the code for years and quarters, "Sep 2026" for months. */
export function periodShort(p: Period): string {
  return p.kind === 'month' ? `${monthName(p.start).slice(0, 3)} ${p.start.slice(0, 4)}` : p.code;
}

/** The financial year (`2026-27`) a date (YYYY-MM-DD) falls in. */
export function financialYearOf(iso: string): string {
  const y = Number(iso.slice(0, 4));
  const first = Number(iso.slice(5, 7)) >= 4 ? y : y - 1;
  return `${first}-${pad((first + 1) % 100)}`;
}
