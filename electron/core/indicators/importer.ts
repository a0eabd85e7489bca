/**
 * Importing indicator values from CSV or Excel (.xlsx). The header row must be exactly
 * INDICATOR_COLUMNS; every cell may be empty except indicator and period. Every row is checked
 * first and the report names each row's problems (unknown code, bad period, not a number,
 * numerator above denominator, duplicate row). Nothing is written when any row is invalid, unless
 * the clerk asks for the valid rows only; then the valid rows are written. Either way the writes
 * run in ONE transaction: a failure part-way (a full disk, a killed process) leaves the workspace
 * exactly as it was. A row for a period that already has a value replaces it (logged old -> new).
 */
import { readFile } from 'node:fs/promises';
import { INDICATOR_COLUMNS, type ImportProblem, type ImportReport, type ImportRowReport } from '../../../shared/model/indicators';
import { PERIOD_HELP, parsePeriod } from '../../../shared/logic/periods';
import { restoreFormulas } from '../../../shared/logic/spreadsheet';
import { AppError } from '../errors';
import type { Workspace } from '../workspace';
import { writeValue } from './mutations';
import { indicatorIdsByCode } from './queries';
import type { ValueFields } from './rows';

export type SheetFormat = 'csv' | 'xlsx';
type Cell = string | number | boolean | Date | null;

/** A sheet as rows of cells, header first; `row` is the spreadsheet's row number. */
export interface Sheet {
  header: string[];
  rows: { row: number; cells: Cell[] }[];
}

const NUMBER_COLUMNS = ['value', 'numerator', 'denominator', 'target', 'england', 'statistical_neighbours', 'region'] as const;
type NumberColumn = (typeof NUMBER_COLUMNS)[number];

/** What the figures are called in the report. */
const COLUMN_WORDS: Record<NumberColumn, string> = {
  value: 'value',
  numerator: 'numerator',
  denominator: 'denominator',
  target: 'target',
  england: 'england',
  statistical_neighbours: 'statistical_neighbours',
  region: 'region',
};

/** A CSV or .xlsx file's bytes as rows (every cell as the file has it). */
export async function parseSheet(bytes: Uint8Array, format: SheetFormat): Promise<Sheet> {
  let grid: Cell[][];
  if (format === 'csv') {
    const { parse } = await import('csv-parse/sync');
    try {
      const records: unknown = parse(Buffer.from(bytes).toString('utf8'), { bom: true, relax_column_count: true, skip_empty_lines: false });
      grid = records as string[][];
    } catch (err) {
      throw new AppError('invalid_input', `That file could not be read as CSV: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
    }
  } else {
    const { readSheet: readXlsx } = await import('read-excel-file/node');
    try {
      grid = (await readXlsx(Buffer.from(bytes))) as Cell[][];
    } catch {
      throw new AppError('invalid_input', 'That file could not be read as an Excel workbook (.xlsx). Save it from Excel as .xlsx, or as CSV.');
    }
  }
  const [header = [], ...rest] = grid;
  return { header: header.map((c) => String(c ?? '').trim()), rows: rest.map((cells, i) => ({ row: i + 2, cells })) };
}

/** Reads a CSV or .xlsx file into rows. */
export async function readSheet(path: string, format: SheetFormat): Promise<Sheet> {
  return parseSheet(await readFile(path), format);
}

const text = (c: Cell | undefined): string => (c === null || c === undefined ? '' : c instanceof Date ? c.toISOString().slice(0, 10) : String(c).trim());

/** A period cell: Excel turns "2026-09" typed in a cell into the date 1 September 2026, which is read back as that month. */
function periodText(c: Cell | undefined): string {
  if (c instanceof Date && c.getUTCDate() === 1) return c.toISOString().slice(0, 7);
  return text(c);
}

/** A figure: a number, or text such as "1,234", "87.5" or "87.5%". Null for an empty cell; NaN when not a number. */
function figure(c: Cell | undefined): number {
  if (typeof c === 'number') return c;
  const t = text(c).replace(/%$/, '').trim();
  if (t === '') return Number.NaN;
  const plain = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t) ? t.replace(/,/g, '') : t;
  return /^-?(\d+(\.\d*)?|\.\d+)$/.test(plain) ? Number(plain) : Number.NaN;
}

interface CheckedRow {
  report: ImportRowReport;
  indicatorId: string | null;
  period: string;
  fields: ValueFields;
}

/** Checks every row against the workspace's library; nothing is written. */
export function checkSheet(ws: Workspace, sheet: Sheet): { rows: CheckedRow[]; headerProblem: string | null } {
  const expected = INDICATOR_COLUMNS.join(',');
  const got = sheet.header.map((h) => h.toLowerCase()).join(',');
  if (got.replace(/,+$/, '') !== expected) {
    return { rows: [], headerProblem: `The first row must be the header row, exactly: ${expected} (found: ${sheet.header.join(',') || 'nothing'}).` };
  }
  const codes = indicatorIdsByCode(ws);
  const seen = new Map<string, number>();
  const rows: CheckedRow[] = [];
  for (const { row, cells } of sheet.rows) {
    if (cells.every((c) => text(c) === '')) continue;
    const problems: { kind: ImportProblem; message: string }[] = [];
    const add = (kind: ImportProblem, message: string): void => void problems.push({ kind, message });
    const code = text(cells[0]);
    const rawPeriod = periodText(cells[1]);
    const indicatorId = code ? (codes.get(code) ?? null) : null;
    if (!code) add('missing_indicator', 'The indicator code is missing.');
    else if (!indicatorId) add('unknown_code', `There is no indicator with the code "${code}". Check the spelling, or add it to the library first.`);
    const period = rawPeriod ? parsePeriod(rawPeriod) : null;
    if (!rawPeriod) add('missing_period', 'The period is missing.');
    else if (!period) add('bad_period', `"${rawPeriod}" is not a period. ${PERIOD_HELP}`);

    const nums = {} as Record<NumberColumn, number | null>;
    const bad: string[] = [];
    NUMBER_COLUMNS.forEach((col, i) => {
      const cell = cells[2 + i];
      if (text(cell) === '') {
        nums[col] = null;
        return;
      }
      const n = figure(cell);
      if (Number.isNaN(n) || ((col === 'numerator' || col === 'denominator') && n < 0)) bad.push(`${COLUMN_WORDS[col]} "${text(cell)}"`);
      nums[col] = Number.isNaN(n) ? null : n;
    });
    if (bad.length > 0) add('not_a_number', `Not a number (or below zero where a count must be): ${bad.join(', ')}. Write the figure itself, such as 87.5; a suppressed symbol such as "c" or "<5" cannot be imported.`);
    if (nums.numerator !== null && nums.denominator !== null && nums.numerator > nums.denominator) {
      add('numerator_above_denominator', `The numerator (${nums.numerator}) is more than the denominator (${nums.denominator}).`);
    }
    if (indicatorId && period) {
      const key = `${indicatorId}\u0000${period.code}`;
      const first = seen.get(key);
      if (first !== undefined) add('duplicate_row', `The same indicator and period as row ${first}: keep one of the two.`);
      else seen.set(key, row);
    }
    rows.push({
      report: { line: row, indicator: code, period: period?.code ?? rawPeriod, problems },
      indicatorId,
      period: period?.code ?? '',
      fields: {
        value: nums.value,
        numerator: nums.numerator,
        denominator: nums.denominator,
        target: nums.target,
        england: nums.england,
        statisticalNeighbours: nums.statistical_neighbours,
        region: nums.region,
        commentary: restoreFormulas(text(cells[9])).slice(0, 5000),
      },
    });
  }
  return { rows, headerProblem: null };
}

export interface ImportOptions {
  /** Import the valid rows even when some are invalid. */
  validOnly?: boolean;
}

/**
 * Checks `sheet` and, when every row is valid (or `validOnly`), writes the valid rows in one
 * transaction. The report says what was found and what was written.
 */
export function importSheet(ws: Workspace, sheet: Sheet, opts: ImportOptions = {}): ImportReport {
  const { rows, headerProblem } = checkSheet(ws, sheet);
  const invalid = rows.filter((r) => r.report.problems.length > 0).map((r) => r.report);
  const valid = rows.filter((r) => r.report.problems.length === 0);
  const report = { rows: rows.length, valid: valid.length, invalid, imported: false, written: 0, replaced: 0, unchanged: 0, headerProblem };
  if (headerProblem || valid.length === 0 || (invalid.length > 0 && !opts.validOnly)) return report;
  ws.tx(() => {
    for (const r of valid) {
      const { replaced, changed } = writeValue(ws, r.indicatorId as string, r.period, r.fields);
      report.written += 1;
      if (!changed) report.unchanged += 1;
      else if (replaced) report.replaced += 1;
    }
  });
  report.imported = true;
  return report;
}

/** Reads the file and imports it (see importSheet). */
export async function importIndicatorFile(ws: Workspace, path: string, format: SheetFormat, opts: ImportOptions = {}): Promise<ImportReport> {
  return importSheet(ws, await readSheet(path, format), opts);
}
