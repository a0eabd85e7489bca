/**
 * Dates typed by clerks. Forms use plain text boxes with a UK example ("17/12/2026") rather than
 * <input type="date">, whose segment order follows the browser's locale and is hard to use by
 * keyboard and screen reader. ISO (2026-12-17) is accepted too.
 */
import { numericDate } from './dates';

/** "17/12/2026", "17-12-2026", "17.12.26" or "2026-12-17" -> "2026-12-17"; anything else unchanged, so the schema's message shows. */
export function toIsoDate(text: string): string {
  const t = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  const uk = /^(\d{1,2})[/.\- ](\d{1,2})[/.\- ](\d{2}|\d{4})$/.exec(t);
  let y: number, m: number, d: number;
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (uk) [d, m, y] = [Number(uk[1]), Number(uk[2]), Number(uk[3]?.length === 2 ? `20${uk[3]}` : uk[3])];
  else return t;
  const probe = new Date(Date.UTC(y, m - 1, d));
  // Reject 31/02 and the like: the date must survive a round trip.
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== d) return t;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Blank stays null (an optional date); otherwise as toIsoDate. */
export function toOptionalIsoDate(text: string): string | null {
  return text.trim() === '' ? null : toIsoDate(text);
}

/** "2026-12-17" -> "17/12/2026" for a text box; null -> "". */
export function toUkText(iso: string | null): string {
  return iso ? numericDate(iso) : '';
}
