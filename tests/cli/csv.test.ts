/**
 * `panelpack actions --format csv` against hostile titles and updates, read back with csv-parse
 * (a real parser from the same family as csv-stringify): one record per action, and no line of
 * any cell starts like a formula (OWASP "CSV Injection": = + - @ tab CR).
 */
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUpdate, createAction } from '../../electron/core/actions/mutations';
import { createPriority } from '../../electron/core/strategy/mutations';
import { saveStrategy } from '../../electron/core/strategy/mutations';
import { CSV_HEADER, defuseFormulas } from '../../electron/cli/format';
import { runCli } from '../helpers/cli';
import { localToday } from '../../shared/logic/dates';
import { newWorkspace, tempDir } from '../helpers/tempWorkspace';

const t = tempDir('panelpack-csv-');
afterAll(() => t.cleanup());
const TODAY = localToday();

const TITLES = [
  'Foster carers\n=2+2',
  'Care leavers\r\n@SUM(A1)',
  '+cmd',
  '-1+1',
  'Commas, "quotes", and more',
  'Old Mac break\r=HYPERLINK("http://example.com")',
  'Tab line\n\t=1+1',
  'Plain title',
];
const UPDATES = ['Agreed\n-2+3', 'Line one\r\n+SUM(1,2)', '@cmd|calc', 'Quoted "text", a comma\nand =not at the start'];

let file: string;
beforeAll(() => {
  const ws = newWorkspace(t.dir, 'csv.panelpack');
  file = ws.path;
  saveStrategy(ws, null, { title: 'Our promise', periodStart: '2025-04-01', periodEnd: '2028-03-31', status: 'adopted', vision: '' });
  const p = createPriority(ws, { title: '=Stable homes\n+more' });
  TITLES.forEach((title, i) => {
    const a = createAction(ws, { priorityId: p.id, title, description: i === 0 ? 'First line\n=1+1\n\n@x' : '' });
    const text = UPDATES[i % UPDATES.length];
    if (text) addUpdate(ws, { actionId: a.id, date: TODAY, text, rag: 'amber', status: 'in_progress' }, TODAY);
  });
  ws.close();
});

async function csvOut(): Promise<string> {
  const { code, out, err } = await runCli(['actions', file, '--format', 'csv'], { cwd: t.dir, today: () => TODAY });
  expect({ code, err }).toEqual({ code: 0, err: '' });
  return out;
}

/** Read as a spreadsheet does: a line break outside quotes (CRLF, LF or CR alike) ends the record. */
const readCsv = (text: string): string[][] => parse(text, { bom: true, record_delimiter: ['\r\n', '\n', '\r'], relax_column_count: true });

/** A line that a spreadsheet would read as a formula. */
const LIVE = /^[=+\-@\t\r]/;

describe('actions as CSV', () => {
  it('keeps one record per action when titles and updates hold line breaks, commas and quotes', async () => {
    const out = await csvOut();
    expect(out.startsWith('\uFEFF')).toBe(true);
    const rows = readCsv(out);
    expect(rows[0]).toEqual(CSV_HEADER);
    expect(rows).toHaveLength(TITLES.length + 1);
    expect(rows.map((r) => r.length)).toEqual(rows.map(() => CSV_HEADER.length));
    const title = CSV_HEADER.indexOf('Title');
    // Every title comes back whole, with a quote only before lines that started like formulas.
    expect(rows.slice(1).map((r) => r[title])).toEqual([
      "Foster carers\n'=2+2",
      "Care leavers\r\n'@SUM(A1)",
      "'+cmd",
      "'-1+1",
      'Commas, "quotes", and more',
      `Old Mac break\r'=HYPERLINK("http://example.com")`,
      "Tab line\n'\t=1+1",
      'Plain title',
    ]);
  });

  it('leaves no line of any cell starting like a formula', async () => {
    const rows = readCsv(await csvOut());
    const live: string[] = [];
    for (const row of rows) {
      for (const cell of row) {
        if (cell.startsWith('\r')) live.push(cell);
        for (const line of cell.split(/\r\n|\r|\n/)) if (LIVE.test(line)) live.push(line);
      }
    }
    expect(live).toEqual([]);
    // The hostile text really was there to defuse.
    const flat = rows.flat().join('\n');
    for (const bit of ["'=2+2", "'@SUM(A1)", "'-2+3", "'+SUM(1,2)", "'@cmd|calc", "'=Stable homes", "'+more", "'=1+1", "'@x"]) expect(flat).toContain(bit);
  });

  it('quotes every cell that holds CR or LF, however the break is written', async () => {
    const out = (await csvOut()).slice(1);
    // Outside quoted fields the only line breaks are the CRLF record ends.
    let quoted = false;
    let bare = 0;
    for (let i = 0; i < out.length; i++) {
      const c = out[i];
      if (c === '"') quoted = !quoted;
      else if (!quoted && c === '\r' && out[i + 1] === '\n') i++;
      else if (!quoted && (c === '\r' || c === '\n')) bare++;
    }
    expect(bare).toBe(0);
  });
});

describe('defuseFormulas', () => {
  it('quotes each line that starts like a formula, and a cell starting with CR', () => {
    expect(defuseFormulas('a\n=1')).toBe("a\n'=1");
    expect(defuseFormulas('=1\r\n+2\r-3\n@4')).toBe("'=1\r\n'+2\r'-3\n'@4");
    expect(defuseFormulas('\r=1')).toBe("'\r'=1");
    expect(defuseFormulas('\tx')).toBe("'\tx");
    expect(defuseFormulas('a = b\nc - d')).toBe('a = b\nc - d');
    expect(defuseFormulas('')).toBe('');
  });
});
