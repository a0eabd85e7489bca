/**
 * Exporting indicator values (and the blank template) as CSV or .xlsx, in the import's columns,
 * so an export imports back unchanged. Figures are written as numbers; text cells (code, period,
 * commentary) have every line that starts like a formula defused (shared/logic/spreadsheet.ts),
 * which the import undoes. Written through writeFileAtomic: never a half-written file.
 */
import { INDICATOR_COLUMNS, type Frequency } from '../../../shared/model/indicators';
import { financialYearOf } from '../../../shared/logic/periods';
import { defuseFormulas } from '../../../shared/logic/spreadsheet';
import { writeFileAtomic } from '../saveFile';
import type { Workspace } from '../workspace';
import type { SheetFormat } from './importer';
import { listIndicators, valuesByIndicator } from './queries';

type OutCell = string | number | null;

/** Every value of every indicator, in library then period order, as rows under the header. */
export function exportRows(ws: Workspace): OutCell[][] {
  const values = valuesByIndicator(ws);
  return listIndicators(ws).flatMap((i) =>
    (values.get(i.id) ?? []).map((v) => [i.code, v.period, v.value, v.numerator, v.denominator, v.target, v.england, v.statisticalNeighbours, v.region, v.commentary]),
  );
}

/**
 * The template: the header, and one row per indicator for the current period with its figures left
 * blank: the quarter; for an annual indicator (the SDQ, the Bright Spots survey) the financial year;
 * for a monthly one the month.
 */
export function templateRows(ws: Workspace, today: string): OutCell[][] {
  const fy = financialYearOf(today);
  const month = Number(today.slice(5, 7));
  const quarter = Math.floor(((month + 8) % 12) / 3) + 1;
  const period = (f: Frequency): string => (f === 'annual' ? fy : f === 'monthly' ? today.slice(0, 7) : `${fy} Q${quarter}`);
  return listIndicators(ws).map((i) => [i.code, period(i.frequency), null, null, null, null, null, null, null, '']);
}

/** The sheet's bytes: a UTF-8 CSV with a byte-order mark (for Excel), or an .xlsx workbook. */
export async function sheetBytes(rows: OutCell[][], format: SheetFormat): Promise<Buffer> {
  const safe = rows.map((r) => r.map((c) => (typeof c === 'string' ? defuseFormulas(c) : c)));
  if (format === 'csv') {
    const { stringify } = await import('csv-stringify/sync');
    return Buffer.from(stringify([[...INDICATOR_COLUMNS], ...safe.map((r) => r.map((c) => (c === null ? '' : c)))], { bom: true, quoted_match: /[\r\n]/, record_delimiter: 'windows' }), 'utf8');
  }
  const { default: writeXlsx } = await import('write-excel-file/node');
  const header = INDICATOR_COLUMNS.map((c) => ({ value: c, fontWeight: 'bold' as const }));
  return writeXlsx([header, ...safe.map((r) => r.map((c) => (c === null ? null : { value: c })))], { sheet: 'Indicators' }).toBuffer();
}

/** Writes every value (or the template) to `out`; says how many rows. */
export async function exportIndicatorFile(ws: Workspace, out: string, format: SheetFormat, opts: { template?: boolean; today?: string } = {}): Promise<{ path: string; rows: number }> {
  const rows = opts.template ? templateRows(ws, opts.today ?? new Date().toISOString().slice(0, 10)) : exportRows(ws);
  await writeFileAtomic(out, await sheetBytes(rows, format), opts.template ? 'The template' : 'The export');
  return { path: out, rows: rows.length };
}
