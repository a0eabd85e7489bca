/**
 * `panelpack actions` (table, JSON, CSV, the filters) and `panelpack action-log` (the PDF), run in
 * process against a real workspace whose actions are dated from today.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSV_HEADER } from '../../electron/cli/format';
import { localToday, shiftDate, shortDate } from '../../shared/logic/dates';
import { cliBoard, runCli, type CliResult as Result } from '../helpers/cli';
import { tempDir } from '../helpers/tempWorkspace';

const t = tempDir('panelpack-cli-actions-');
afterAll(() => t.cleanup());

/** The actions' dates are relative to the real today, because created_at is the real clock. */
const TODAY = localToday();

const cli = (args: string[], opts: { debug?: boolean } = {}): Promise<Result> => runCli(args, { cwd: t.dir, today: () => TODAY, debug: opts.debug });

/** RFC 4180, enough for checking our own output: quoted fields, doubled quotes, CRLF records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && c === '"') {
      quoted = false;
    } else if (quoted) {
      field += c;
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      rows.push([...row, field]);
      row = [];
      field = '';
      i++;
    } else {
      field += c;
    }
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

let file: string;
beforeAll(() => {
  file = cliBoard(t.dir, TODAY);
});

describe('actions', () => {
  it('prints an aligned table with UK dates and a total', async () => {
    const r = await cli(['actions', file]);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toMatch(/^Ref +Title +Owner +Due +Status +RAG +Last update +Flags$/);
    const row = lines.find((l) => l.includes('Recruit 20 more foster carers')) ?? '';
    expect(row).toMatch(/^1\.1 +Recruit 20 more foster carers +Priya Shah +/);
    expect(row).toContain(shortDate(shiftDate(TODAY, -10)));
    expect(row).toMatch(/In progress +Amber +.* +Overdue, Stale$/);
    // Columns line up: every row's Owner column starts where the header's does.
    const ownerAt = lines[0]?.indexOf('Owner') ?? -1;
    expect(row.indexOf('Priya Shah')).toBe(ownerAt);
    expect(r.out).toContain(`3 actions (1 overdue, 1 not updated recently) as at ${shortDate(TODAY)}.\n`);
    expect(r.out).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('filters with --overdue and --stale', async () => {
    const overdue = await cli(['actions', file, '--overdue', '--format', 'json']);
    expect((JSON.parse(overdue.out) as { actions: { title: string }[] }).actions.map((a) => a.title)).toEqual(['Recruit 20 more foster carers']);
    const stale = await cli(['actions', file, '--stale']);
    expect(stale.out).toContain('Recruit 20 more foster carers');
    expect(stale.out).not.toContain('council tax');
    const none = await cli(['actions', file, '--stale', '--overdue', '--format', 'table']);
    expect(none.out).toContain('1 action (1 overdue, 1 not updated recently)');
  });

  it('prints JSON that parses back, with ISO dates', async () => {
    const r = await cli(['actions', file, '--format', 'json']);
    expect(r.code).toBe(0);
    const data = JSON.parse(r.out) as { today: string; total: number; actions: { reference: string; dueDate: string | null; overdue: boolean }[] };
    expect(data.today).toBe(TODAY);
    expect(data.total).toBe(3);
    expect(data.actions.map((a) => a.reference)).toEqual(['1.1', '1.2', '1.3']);
    expect(data.actions[0]).toMatchObject({ dueDate: shiftDate(TODAY, -10), overdue: true });
  });

  it('prints CSV that parses back: a header, one record per action, ISO dates, formulas defused', async () => {
    const r = await cli(['actions', file, '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.out.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(r.out.slice(1));
    expect(rows[0]).toEqual(CSV_HEADER);
    expect(rows).toHaveLength(4);
    const col = (name: string) => CSV_HEADER.indexOf(name);
    expect(rows[1]?.[col('Due date')]).toBe(shiftDate(TODAY, -10));
    expect(rows[1]?.[col('Overdue')]).toBe('Yes');
    expect(rows[3]?.[col('Title')]).toBe(`'=HYPERLINK("x"), a title with a comma`);
    expect(rows[3]?.[col('Description')]).toBe('Two lines,\nwith "quotes"');
    expect(rows[3]?.[col('Status')]).toBe('Complete');
  });
});

describe('action-log', () => {
  it('writes a PDF of the filtered action log', async () => {
    const r = await cli(['action-log', file, '--out', 'actions.pdf', '--overdue']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const pdf = join(t.dir, 'actions.pdf');
    expect(r.out).toMatch(/^Wrote the action log \(\d+ pages?\): .*actions\.pdf\n$/);
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});

