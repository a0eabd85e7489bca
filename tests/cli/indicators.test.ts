/**
 * `panelpack indicators import|export|template` over real workspace files: every kind of problem
 * the validation report names, all-or-nothing, --valid-only, a period replaced (and logged), CSV
 * and .xlsx both ways, and a half-finished import that leaves the workspace as it was.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importSheet } from '../../electron/core/indicators/importer';
import { Workspace } from '../../electron/core/workspace';
import { INDICATOR_COLUMNS } from '../../shared/model/indicators';
import { count, snapshot } from '../helpers/board';
import { expectUsage, runCli } from '../helpers/cli';
import { newWorkspace, tempDir } from '../helpers/tempWorkspace';
import { TODAY } from '../helpers/today';

const t = tempDir();
afterAll(() => t.cleanup());
const io = { cwd: t.dir, today: () => TODAY };
const cli = (...args: string[]) => runCli(args, io);
const HEADER = INDICATOR_COLUMNS.join(',');

function workspace(name: string): string {
  newWorkspace(t.dir, name).close();
  return join(t.dir, name);
}
function csv(name: string, ...rows: string[]): string {
  const path = join(t.dir, name);
  writeFileSync(path, [HEADER, ...rows].join('\r\n') + '\r\n');
  return path;
}
const values = (file: string) => {
  const ws = Workspace.open(file, { actor: 'tester' });
  try {
    return ws.db.prepare('SELECT i.code, v.period, v.value, v.numerator, v.denominator, v.target, v.england, v.statistical_neighbours AS sn, v.region, v.commentary FROM indicator_values v JOIN indicators i ON i.id = v.indicator_id ORDER BY i.position, v.period_end').all();
  } finally {
    ws.close();
  }
};

const GOOD = [
  'cla_count,2026-27 Q1,412,,,,,,,Stable',
  'care_leavers_in_touch,2026-27 Q1,91.5,183,200,90,92,91,93,"Up two points, ""good"""',
  'care_leavers_in_touch,2026-27 q2,88%,176,200,90,,,,',
];

describe('panelpack indicators import', () => {
  it('imports a valid CSV and says so', async () => {
    const file = workspace('valid.panelpack');
    const r = await cli('indicators', 'import', file, csv('good.csv', ...GOOD));
    expect(r).toEqual({ code: 0, out: 'Checked 3 rows in good.csv: 3 valid, 0 with problems.\nImported 3 values.\n', err: '' });
    expect(values(file)).toEqual([
      { code: 'cla_count', period: '2026-27 Q1', value: 412, numerator: null, denominator: null, target: null, england: null, sn: null, region: null, commentary: 'Stable' },
      { code: 'care_leavers_in_touch', period: '2026-27 Q1', value: 91.5, numerator: 183, denominator: 200, target: 90, england: 92, sn: 91, region: 93, commentary: 'Up two points, "good"' },
      { code: 'care_leavers_in_touch', period: '2026-27 Q2', value: 88, numerator: 176, denominator: 200, target: 90, england: null, sn: null, region: null, commentary: '' },
    ]);
  });

  it('reports every kind of problem row by row, imports nothing and exits 1', async () => {
    const file = workspace('invalid.panelpack');
    const snap = () => {
      const ws = Workspace.open(file, { actor: 'tester' });
      try {
        const { panelpack_wal_marker: _marker, ...rest } = snapshot(ws);
        return rest;
      } finally {
        ws.close();
      }
    };
    const before = snap();
    const r = await cli('indicators', 'import', file, csv('bad.csv',
      'cla_count,2026-27 Q1,412,,,,,,,',
      'no_such_code,2026-27 Q1,5,,,,,,,',
      'cla_count,2026-27 Q5,5,,,,,,,',
      'health_assessments,2026-09,lots,3,x,,,,,',
      'dental_checks,2026-09,80,9,8,,,,,',
      'cla_count,2026-27 q1,413,,,,,,,',
      ',2026-09,1,,,,,,,',
      'cla_count,,1,,,,,,,',
      ',,,,,,,,,',
    ));
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toBe([
      'Checked 8 rows in bad.csv: 1 valid, 7 with problems.',
      '  Row 3 (no_such_code, 2026-27 Q1): unknown code: There is no indicator with the code "no_such_code". Check the spelling, or add it to the library first.',
      '  Row 4 (cla_count, 2026-27 Q5): bad period: "2026-27 Q5" is not a period. Write a financial year as 2025-26, a quarter as 2026-27 Q2 (July to September 2026), or a month as 2026-09.',
      '  Row 5 (health_assessments, 2026-09): not a number: Not a number (or below zero where a count must be): value "lots", denominator "x". Write the figure itself, such as 87.5; a suppressed symbol such as "c" or "<5" cannot be imported.',
      '  Row 6 (dental_checks, 2026-09): numerator above denominator: The numerator (9) is more than the denominator (8).',
      '  Row 7 (cla_count, 2026-27 Q1): duplicate row: The same indicator and period as row 2: keep one of the two.',
      '  Row 8 (2026-09): missing indicator: The indicator code is missing.',
      '  Row 9 (cla_count): missing period: The period is missing.',
      'Nothing was imported. Fix the rows above and import again, or add --valid-only to import the 1 valid row alone.',
      '',
    ].join('\n'));
    expect(snap()).toEqual(before);
    expect(values(file)).toEqual([]);

    const only = await cli('indicators', 'import', file, join(t.dir, 'bad.csv'), '--valid-only');
    expect(only.code).toBe(0);
    expect(only.out).toMatch(/Imported 1 value; the 7 invalid rows were left out\.\n$/);
    expect(values(file)).toMatchObject([{ code: 'cla_count', period: '2026-27 Q1', value: 412 }]);
  });

  it('refuses a file whose header row is not exactly the columns, and a file that is not .csv or .xlsx', async () => {
    const file = workspace('header.panelpack');
    const path = join(t.dir, 'header.csv');
    writeFileSync(path, 'code,period,value\ncla_count,2026-09,1\n');
    const r = await cli('indicators', 'import', file, path, '--valid-only');
    expect(r).toMatchObject({ code: 1, out: '' });
    expect(r.err).toBe(`header.csv: The first row must be the header row, exactly: ${HEADER} (found: code,period,value).\nNothing was imported.\n`);
    expectUsage(await cli('indicators', 'import', file, join(t.dir, 'values.txt')), /The file to import must be a \.csv or \.xlsx file \(not "values\.txt"\)\./);
    expectUsage(await cli('indicators', file), /"indicators" needs one of: import, export, template\./);
  });

  it('a period imported again replaces its values, recorded in the change log', async () => {
    const file = workspace('replace.panelpack');
    await cli('indicators', 'import', file, csv('first.csv', ...GOOD));
    const r = await cli('indicators', 'import', file, csv('again.csv', 'care_leavers_in_touch,2026-27 Q2,89,178,200,90,,,,Corrected'));
    expect(r.out).toBe('Checked 1 row in again.csv: 1 valid, 0 with problems.\nImported 1 value (1 replaces an earlier value for the same period, recorded in the change log).\n');
    expect(values(file).filter((v) => (v as { period: string }).period === '2026-27 Q2')).toMatchObject([{ value: 89, numerator: 178, commentary: 'Corrected' }]);
    const ws = Workspace.open(file, { actor: 'tester' });
    const log = ws.db.prepare("SELECT operation, changes FROM change_log WHERE entity = 'indicator_value' ORDER BY seq DESC LIMIT 1").get() as { operation: string; changes: string };
    expect(log.operation).toBe('update');
    expect(JSON.parse(log.changes)).toEqual({ value: [88, 89], numerator: [176, 178], commentary: ['', 'Corrected'] });
    expect(count(ws, 'indicator_values')).toBe(3);
    const logged = count(ws, 'change_log');
    ws.close();
    // The same figures again: nothing written, nothing logged.
    const same = await cli('indicators', 'import', file, join(t.dir, 'again.csv'));
    expect(same.out).toBe('Checked 1 row in again.csv: 1 valid, 0 with problems.\nImported 1 value (1 was already there, unchanged).\n');
    const after = Workspace.open(file, { actor: 'tester' });
    expect(count(after, 'change_log')).toBe(logged);
    after.close();
  });

  it('a half-finished import loses nothing: one transaction, rolled back whole', () => {
    const ws = newWorkspace(t.dir, 'half.panelpack');
    importSheet(ws, { header: [...INDICATOR_COLUMNS], rows: [{ row: 2, cells: ['cla_count', '2026-27 Q1', 400] }] });
    // The third write fails inside SQLite, after two rows (one of them a replacement) were written.
    ws.db.exec("CREATE TEMP TRIGGER fail_third BEFORE INSERT ON indicator_values WHEN NEW.commentary = 'boom' BEGIN SELECT RAISE(ABORT, 'disk went away'); END");
    const before = snapshot(ws);
    const rows = [
      ['cla_count', '2026-27 Q1', 999],
      ['cla_count', '2026-27 Q2', 401],
      ['cla_count', '2026-27 Q3', 402, null, null, null, null, null, null, 'boom'],
    ].map((cells, i) => ({ row: i + 2, cells }));
    expect(() => importSheet(ws, { header: [...INDICATOR_COLUMNS], rows })).toThrow('disk went away');
    expect(snapshot(ws)).toEqual(before);
    expect(ws.db.prepare('SELECT value FROM indicator_values').pluck().all()).toEqual([400]);
    ws.close();
  });
});

describe('panelpack indicators export and template', () => {
  it('exports CSV and .xlsx in the import columns, and both import back unchanged', async () => {
    const file = workspace('export.panelpack');
    await cli('indicators', 'import', file, csv('in.csv', ...GOOD, 'missing_children,2026-09,3,,,,,,,"=SUM(A1)\n+line two"'));
    const original = values(file);
    for (const ext of ['csv', 'xlsx']) {
      const out = join(t.dir, `out.${ext}`);
      const r = await cli('indicators', 'export', file, '--out', out);
      expect(r).toEqual({ code: 0, out: `Wrote 4 values: ${out}\n`, err: '' });
      if (ext === 'csv') {
        const text = readFileSync(out, 'utf8');
        expect(text.startsWith(`\uFEFF${HEADER}\r\n`)).toBe(true);
        expect(text).toContain(`"'=SUM(A1)\n'+line two"`);
      }
      const copy = workspace(`copy-${ext}.panelpack`);
      const back = await cli('indicators', 'import', copy, out);
      expect(back.code, back.err).toBe(0);
      expect(values(copy)).toEqual(original);
    }
  });

  it('writes a template with a row per indicator for the current quarter', async () => {
    const file = workspace('template.panelpack');
    const out = join(t.dir, 'template.csv');
    expect((await cli('indicators', 'template', file, '--out', out)).out).toBe(`Wrote the template (20 indicators): ${out}\n`);
    const lines = readFileSync(out, 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe(HEADER);
    expect(lines[1]).toBe('cla_count,2026-27 Q3,,,,,,,,');
    // An annual indicator's row is for the financial year (the SDQ, the Bright Spots survey).
    expect(lines).toContain('sdq_average,2026-27,,,,,,,,');
    expect(lines).toContain('bright_spots_trusted_adult,2026-27,,,,,,,,');
    expect(lines).toHaveLength(21);
    const r = await cli('indicators', 'export', file, '--out', join(t.dir, 'none.csv'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/There are no indicator values to export yet/);
  });
});

describe('panelpack scorecard', () => {
  it("prints the members' and the public scorecard", async () => {
    const file = workspace('scorecard.panelpack');
    await cli('indicators', 'import', file, csv('sc.csv', ...GOOD));
    const members = await cli('scorecard', file, '--out', 'sc.pdf');
    expect(members).toEqual({ code: 0, out: `Wrote the scorecard (5 pages): ${join(t.dir, 'sc.pdf')}\n`, err: '' });
    const pub = await cli('scorecard', file, '--out', 'sc-public.pdf', '--public');
    expect(pub.out).toBe(`Wrote the public scorecard (5 pages): ${join(t.dir, 'sc-public.pdf')}\n`);
    expect(readFileSync(join(t.dir, 'sc-public.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    expectUsage(await cli('scorecard', file), /"scorecard" needs --out <file>\./);
  });
});

describe('cells as spreadsheets hold them', () => {
  it('reads a month Excel turned into a date as that month, and figures written 1,234 or 87.5%', async () => {
    const file = workspace('cells.panelpack');
    const { default: writeXlsx } = await import('write-excel-file/node');
    const path = join(t.dir, 'cells.xlsx');
    await writeXlsx([
      INDICATOR_COLUMNS.map((c) => ({ value: c })),
      [{ value: 'cla_count' }, { value: new Date(Date.UTC(2026, 8, 1)), type: Date, format: 'yyyy-mm' }, { value: '1,234' }, null, null, null, null, null, null, null],
      [{ value: 'dental_checks' }, { value: '2026-27 Q2' }, { value: '87.5%' }, { value: 175 }, { value: 200 }, null, null, null, null, { value: "'=not a formula" }],
    ]).toFile(path);
    const r = await cli('indicators', 'import', file, path);
    expect(r.out).toBe('Checked 2 rows in cells.xlsx: 2 valid, 0 with problems.\nImported 2 values.\n');
    expect(values(file)).toMatchObject([
      { code: 'cla_count', period: '2026-09', value: 1234 },
      { code: 'dental_checks', period: '2026-27 Q2', value: 87.5, numerator: 175, denominator: 200, commentary: '=not a formula' },
    ]);
  });
});
