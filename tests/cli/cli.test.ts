/**
 * The `panelpack` command, run in-process through run() against real workspace files in a temp
 * folder: output, exit codes, and the one-line refusals. One test spawns the built bundle.
 */
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAction, addUpdate } from '../../electron/core/actions/mutations';
import { createBody } from '../../electron/core/bodies/mutations';
import { addAgendaItem } from '../../electron/core/meetings/agendaWrites';
import { createMeeting, setMeetingStatus } from '../../electron/core/meetings/mutations';
import { LATEST_VERSION } from '../../electron/core/db/migrations';
import { countEntities } from '../../electron/core/settings/queries';
import { createPerson } from '../../electron/core/people/mutations';
import { createPriority } from '../../electron/core/strategy/mutations';
import { saveStrategy } from '../../electron/core/strategy/mutations';
import { Workspace } from '../../electron/core/workspace';
import { CSV_HEADER } from '../../electron/cli/format';
import { run, USAGE } from '../../electron/cli/run';
import { localToday, shiftDate, shortDate } from '../../shared/logic/dates';
import { newWorkspace, sha256, tempDir } from '../helpers/tempWorkspace';

const t = tempDir('panelpack-cli-');
afterAll(() => t.cleanup());

/** The actions' dates are relative to the real today, because created_at is the real clock. */
const TODAY = localToday();

interface Result {
  code: number;
  out: string;
  err: string;
}

async function cli(args: string[], opts: { debug?: boolean } = {}): Promise<Result> {
  let out = '';
  let err = '';
  const code = await run(args, {
    stdout: (s) => (out += s),
    stderr: (s) => (err += s),
    cwd: t.dir,
    today: () => TODAY,
    debug: opts.debug,
  });
  return { code, out, err };
}

/** A failure: exit 1, exactly one line on stderr, and no stack trace. */
function expectOneLine(r: Result): string {
  expect(r.code).toBe(1);
  expect(r.out).toBe('');
  expect(r.err.endsWith('\n')).toBe(true);
  expect(r.err.trimEnd().split('\n')).toHaveLength(1);
  expect(r.err).not.toMatch(/^\s+at /m);
  return r.err.trim();
}

function expectUsage(r: Result, message: RegExp): void {
  expect(r.code).toBe(2);
  expect(r.out).toBe('');
  expect(r.err).toMatch(message);
  expect(r.err).toContain(USAGE);
}

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
  const ws = newWorkspace(t.dir, 'board.panelpack');
  file = ws.path;
  saveStrategy(ws, null, { title: 'Our promise', periodStart: '2025-04-01', periodEnd: '2028-03-31', status: 'adopted', vision: '' });
  const p = createPriority(ws, { title: 'Stable homes' });
  const owner = createPerson(ws, { name: 'Priya Shah', kind: 'officer' });
  const a1 = createAction(ws, { priorityId: p.id, title: 'Recruit 20 more foster carers', ownerId: owner.id, dueDate: shiftDate(TODAY, -10) });
  addUpdate(ws, { actionId: a1.id, date: shiftDate(TODAY, -200), text: 'Campaign planned', rag: 'amber', status: 'in_progress' }, TODAY);
  const a2 = createAction(ws, { priorityId: p.id, title: "Care leavers' council tax exemption", dueDate: shiftDate(TODAY, 30) });
  addUpdate(ws, { actionId: a2.id, date: TODAY, text: 'Agreed by Cabinet', rag: 'green', status: 'in_progress' }, TODAY);
  createAction(ws, {
    priorityId: p.id,
    title: '=HYPERLINK("x"), a title with a comma',
    description: 'Two lines,\nwith "quotes"',
    status: 'complete',
  });
  ws.close();
});

describe('help, version and usage errors', () => {
  it('prints usage for --help, -h and help, on stdout with exit 0', async () => {
    for (const args of [['--help'], ['-h'], ['help'], ['info', '--help']]) {
      const r = await cli(args);
      expect(r).toEqual({ code: 0, out: USAGE, err: '' });
    }
    expect(USAGE).toMatch(/panelpack <command>/);
  });

  it('prints the version', async () => {
    const pkg = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string };
    expect(await cli(['--version'])).toEqual({ code: 0, out: `panelpack ${pkg.version}\n`, err: '' });
  });

  it('exits 2 with the usage text for a missing or unknown command, option or file', async () => {
    expectUsage(await cli([]), /Say which command/);
    expectUsage(await cli(['frobnicate']), /no command called "frobnicate"/);
    expectUsage(await cli(['--json', 'info']), /Put the command first/);
    expectUsage(await cli(['info']), /"info" needs a workspace file/);
    expectUsage(await cli(['info', 'a', 'b']), /takes one workspace file/);
    expectUsage(await cli(['info', file, '--colour']), /"info" has no option --colour/);
    expectUsage(await cli(['actions', file, '--format', 'xml']), /--format must be table, json or csv/);
    expectUsage(await cli(['actions', file, '--format']), /--format needs a value/);
    expectUsage(await cli(['backup', file]), /"backup" needs --out/);
    expectUsage(await cli(['action-log', file]), /"action-log" needs --out/);
    expectUsage(await cli(['init', join(t.dir, 'x.panelpack')]), /needs --council/);
    expectUsage(await cli(['init', join(t.dir, 'x.panelpack'), '--sample', '--council', 'X']), /leave out --council/);
    expect(existsSync(join(t.dir, 'x.panelpack'))).toBe(false);
  });
});

describe('files that are not workspaces', () => {
  it('refuses a text file, a missing file and a newer-version file in one plain line, leaving them unchanged', async () => {
    const text = join(t.dir, 'notes.txt');
    writeFileSync(text, 'Minutes of the Corporate Parenting Board, typed up in a hurry. '.repeat(4));
    const newer = join(t.dir, 'newer.panelpack');
    newWorkspace(t.dir, 'newer.panelpack').close();
    const raw = new Database(newer);
    raw.pragma('journal_mode = DELETE');
    raw.pragma(`user_version = ${LATEST_VERSION + 5}`);
    raw.close();
    const before = [sha256(text), sha256(newer)];

    for (const command of [['info'], ['actions'], ['check'], ['backup', '--out', 'copy.panelpack'], ['action-log', '--out', 'log.pdf']]) {
      const [name, ...rest] = command as [string, ...string[]];
      expect(expectOneLine(await cli([name, text, ...rest]))).toMatch(/"notes\.txt" is not a PanelPack workspace/);
      expect(expectOneLine(await cli([name, 'missing.panelpack', ...rest]))).toMatch(/no file called "missing\.panelpack"/);
      expect(expectOneLine(await cli([name, newer, ...rest]))).toMatch(/newer version of PanelPack .*Update PanelPack/);
    }
    expect([sha256(text), sha256(newer)]).toEqual(before);
    expect(readdirSync(t.dir).filter((n) => /copy|log\.pdf|-wal|-shm/.test(n))).toEqual([]);
  });

  it('reports an unexpected fault in one line with the debug hint, and the stack only with debug on', async () => {
    const broken = join(t.dir, 'broken.panelpack');
    newWorkspace(t.dir, 'broken.panelpack').close();
    const raw = new Database(broken);
    raw.pragma('foreign_keys = OFF');
    raw.exec('DROP TABLE pledges');
    raw.close();
    const line = expectOneLine(await cli(['info', broken]));
    expect(line).toMatch(/^panelpack: Something went wrong inside PanelPack: no such table: pledges \(run with PANELPACK_DEBUG=1 for details\)$/);
    const debug = await cli(['info', broken], { debug: true });
    expect(debug.code).toBe(1);
    expect(debug.err).toMatch(/^\s+at /m);
  });
});

describe('init', () => {
  it('creates an empty workspace with the council and board names, and refuses an existing file', async () => {
    const r = await cli(['init', 'new.panelpack', '--council', 'Testshire County Council']);
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      `Created an empty workspace: ${join(t.dir, 'new.panelpack')}\nTestshire County Council, Corporate Parenting Board (schema version ${LATEST_VERSION}).\n`,
    );
    const before = sha256(join(t.dir, 'new.panelpack'));
    expect(expectOneLine(await cli(['init', 'new.panelpack', '--council', 'Other']))).toMatch(/"new\.panelpack" already exists/);
    expect(expectOneLine(await cli(['init', 'new.panelpack', '--sample']))).toMatch(/"new\.panelpack" already exists/);
    expect(sha256(join(t.dir, 'new.panelpack'))).toBe(before);
    expect(expectOneLine(await cli(['init', join('no-such-folder', 'new.panelpack'), '--sample']))).toMatch(/folder for "new\.panelpack" does not exist/);
  });

  it('checks the names with the same rules as the app', async () => {
    expect(expectOneLine(await cli(['init', 'blank.panelpack', '--council', '   ']))).toMatch(/council name/);
    expect(existsSync(join(t.dir, 'blank.panelpack'))).toBe(false);
  });

  it('builds the sample board with --sample', async () => {
    const r = await cli(['init', 'sample.panelpack', '--sample']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Created the sample workspace, with \d+ actions?: .*sample\.panelpack\nNorthbrook/);
    const info = await cli(['info', 'sample.panelpack', '--json']);
    expect(JSON.parse(info.out)).toMatchObject({ summary: { councilName: expect.stringMatching(/Northbrook/) as unknown } });
  });
});

describe('info', () => {
  it('shows the names, schema version and every count as aligned text', async () => {
    const r = await cli(['info', 'board.panelpack']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain(`Workspace       ${file}\n`);
    expect(r.out).toContain('Council         Testshire County Council\n');
    expect(r.out).toContain(`Schema version  ${LATEST_VERSION}\n`);
    expect(r.out).toMatch(/\n {2}People +1\n/);
    expect(r.out).toMatch(/\n {2}Actions +3\n/);
    expect(r.out).toMatch(/\n {2}Action updates +2\n/);
    expect(r.out).toMatch(/\n {2}Change log entries +\d+\n/);
  });

  it('prints the same shape as workspace:info with --json', async () => {
    const r = await cli(['info', file, '--json']);
    expect(r.code).toBe(0);
    const ws = Workspace.open(file, { actor: 'tester' });
    const counts = countEntities(ws);
    ws.close();
    expect(JSON.parse(r.out)).toEqual({
      summary: { path: file, schemaVersion: LATEST_VERSION, councilName: 'Testshire County Council', boardName: 'Corporate Parenting Board' },
      counts,
    });
    expect(counts).toMatchObject({ people: 1, strategies: 1, priorities: 1, actions: 3, actionUpdates: 2 });
  });
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

describe('check', () => {
  it('reports the schema version and a clean integrity check', async () => {
    const before = sha256(file);
    const r = await cli(['check', file]);
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toMatch(new RegExp(`Schema version +${LATEST_VERSION} \\(current\\)`));
    expect(r.out).toMatch(/Integrity +ok\n/);
    expect(r.out).toContain('"board.panelpack" passed every check.');
    expect(sha256(file)).toBe(before);
    expect(existsSync(`${file}-wal`)).toBe(false);
  });

  it('lists the problems in a damaged file and exits 1', async () => {
    const damaged = join(t.dir, 'damaged.panelpack');
    newWorkspace(t.dir, 'damaged.panelpack').close();
    const raw = new Database(damaged);
    raw.pragma('journal_mode = DELETE');
    // Unlisting an index without freeing its pages is damage integrity_check finds and reads past.
    const index = raw.prepare(`SELECT name FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL LIMIT 1`).pluck().get() as string;
    raw.unsafeMode(true); // lifts SQLite's defensive mode, which forbids editing the schema table
    raw.pragma('writable_schema = ON');
    raw.prepare('DELETE FROM sqlite_schema WHERE name = ?').run(index);
    raw.close();
    const r = await cli(['check', damaged]);
    expect(r.code).toBe(1);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/"damaged\.panelpack" failed its integrity check/);
    expect(r.out).toMatch(/Integrity +1 problem\n/);
    expect(r.out).toMatch(/Links between records +not checked\n/);
    expect(r.out).toMatch(/Problems found:\n {2}Page \d+: never used\n/);
    expect(r.err + r.out).not.toMatch(/^\s+at /m);
  });
});

describe('backup', () => {
  it('writes a copy that passes integrity_check and has the same counts', async () => {
    const r = await cli(['backup', file, '--out', 'copy.panelpack']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const copy = join(t.dir, 'copy.panelpack');
    expect(r.out).toMatch(/^Backed up to .*copy\.panelpack \(\d+ KB\); the copy passed its integrity check\.\n$/);
    const raw = new Database(copy, { readonly: true });
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(raw.pragma('journal_mode', { simple: true })).toBe('delete');
    raw.close();
    const [a, b] = [file, copy].map((p) => {
      const ws = Workspace.open(p, { actor: 'tester' });
      const counts = countEntities(ws);
      ws.close();
      return counts;
    });
    expect(b).toEqual(a);
    expect(readdirSync(t.dir).filter((n) => n.includes('.backup'))).toEqual([]);
  });

  it('copies a workspace that is open (with uncheckpointed changes in its WAL)', async () => {
    const ws = Workspace.open(file, { actor: 'tester' });
    createPerson(ws, { name: 'Cllr Dee Okafor', kind: 'member' });
    try {
      expect(existsSync(`${file}-wal`)).toBe(true);
      const r = await cli(['backup', file, '--out', 'live.panelpack']);
      expect(r.code).toBe(0);
      const copy = Workspace.open(join(t.dir, 'live.panelpack'), { actor: 'tester' });
      expect(countEntities(copy).people).toBe(countEntities(ws).people);
      copy.close();
    } finally {
      ws.close();
    }
  });

  it('refuses to overwrite an existing file unless --force, and never the workspace itself', async () => {
    const target = join(t.dir, 'copy.panelpack');
    writeFileSync(target, 'an older backup');
    const before = sha256(target);
    expect(expectOneLine(await cli(['backup', file, '--out', target]))).toMatch(/"copy\.panelpack" already exists.*--force/);
    expect(sha256(target)).toBe(before);
    expect(expectOneLine(await cli(['backup', file, '--out', file, '--force']))).toMatch(/different file from the workspace itself/);
    const r = await cli(['backup', file, '--out', target, '--force']);
    expect(r.code).toBe(0);
    expect(statSync(target).size).toBeGreaterThan(1000);
    expect(sha256(target)).not.toBe(before);
  });

  it('says so in one line when the folder does not exist', async () => {
    expect(expectOneLine(await cli(['backup', file, '--out', join('no-such-folder', 'x.panelpack')]))).toMatch(/folder for "x\.panelpack" does not exist/);
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

describe('meetings and ics', () => {
  /** Meetings are dated, so these commands run at a pinned today: Sunday 22 November 2026. */
  const PINNED = '2026-11-22';
  const at = async (args: string[]): Promise<Result> => {
    let out = '';
    let err = '';
    const code = await run(args, { stdout: (s) => (out += s), stderr: (s) => (err += s), cwd: t.dir, today: () => PINNED });
    return { code, out, err };
  };
  let meetingsFile: string;
  let decId: string;

  beforeAll(() => {
    const ws = newWorkspace(t.dir, 'meetings.panelpack');
    meetingsFile = ws.path;
    saveStrategy(ws, null, { title: 'Our promise', periodStart: '2025-04-01', periodEnd: '2028-03-31', status: 'adopted', vision: '' });
    const p = createPriority(ws, { title: 'Being heard' });
    const body = createBody(ws, { name: 'Corporate Parenting Board', kind: 'board' });
    const oct = createMeeting(ws, { bodyId: body.id, meetingDate: '2026-10-15', startTime: '14:00' }, PINNED);
    setMeetingStatus(ws, { id: oct.id, status: 'published', publishedOn: '2026-10-06' }, PINNED);
    const dec = createMeeting(ws, { bodyId: body.id, meetingDate: '2026-12-17', startTime: '14:00', venue: 'Committee Room 1, Town Hall', themePriorityId: p.id }, PINNED);
    decId = dec.id;
    addAgendaItem(ws, { meetingId: dec.id, title: 'Regulation 44 visits', part: 2, exemptParagraph: 1 }, PINNED);
    createMeeting(ws, { bodyId: body.id, meetingDate: '2026-11-26', startTime: '10:00', kind: 'special' }, PINNED);
    ws.close();
  });

  it('lists upcoming meetings with their publication deadlines', async () => {
    const r = await at(['meetings', 'meetings.panelpack']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^2 meetings from 22 Nov 2026\n\n/);
    expect(r.out).toContain('Thursday 26 November 2026, 10:00  Corporate Parenting Board (special meeting)\n');
    // Five clear days before Thursday 26 November: the deadline (Wednesday 18) has gone.
    expect(r.out).toContain('  Draft, 6 items. Publish by Wednesday 18 November 2026 (the deadline has passed).\n');
    expect(r.out).toContain('Thursday 17 December 2026, 14:00  Corporate Parenting Board (ordinary meeting)\n  Venue: Committee Room 1, Town Hall\n  Theme: 1. Being heard\n');
    expect(r.out).toContain('  Draft, 7 items (1 in Part II). Publish by Wednesday 9 December 2026.\n');
    expect(r.out).toContain(`  ID: ${decId}\n`);
    expect(r.out).not.toContain('15 October');
  });

  it('lists every meeting with --all, and says how a published one went', async () => {
    const r = await at(['meetings', meetingsFile, '--all']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^3 meetings\n/);
    expect(r.out).toContain('Agenda published, 6 items. Published Tuesday 6 October 2026 (deadline Wednesday 7 October 2026).');
  });

  it('prints JSON with the deadline fields', async () => {
    const r = await at(['meetings', meetingsFile, '--json']);
    expect(r.code).toBe(0);
    const data = JSON.parse(r.out) as { today: string; meetings: { meetingDate: string; publishBy: string; deadlinePassed: boolean; status: string }[] };
    expect(data.today).toBe(PINNED);
    expect(data.meetings.map((m) => [m.meetingDate, m.publishBy, m.deadlinePassed, m.status])).toEqual([
      ['2026-11-26', '2026-11-18', true, 'draft'],
      ['2026-12-17', '2026-12-09', false, 'draft'],
    ]);
  });

  it('writes a calendar of the upcoming meetings, or of one meeting', async () => {
    const r = await at(['ics', meetingsFile, '--out', 'board.ics']);
    expect(r).toEqual({ code: 0, out: `Wrote 2 meetings to the calendar file: ${join(t.dir, 'board.ics')}\n`, err: '' });
    const text = readFileSync(join(t.dir, 'board.ics'), 'utf8');
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(text).toContain('DTSTART:20261126T100000Z');
    expect(text).toContain('SUMMARY:Corporate Parenting Board (special meeting)');
    const one = await at(['ics', meetingsFile, '--out', 'one.ics', '--meeting', decId]);
    expect(one.out).toMatch(/^Wrote 1 meeting to the calendar file: /);
    const oneText = readFileSync(join(t.dir, 'one.ics'), 'utf8');
    expect(oneText).toContain('DTSTART:20261217T140000Z');
    expect(oneText).toContain('LOCATION:Committee Room 1\\, Town Hall');
  });

  it('refuses a missing --out or a bad --meeting (exit 2) and an unknown meeting (exit 1)', async () => {
    expectUsage(await at(['ics', meetingsFile]), /"ics" needs --out <file>/);
    expectUsage(await at(['ics', meetingsFile, '--out', 'x.ics', '--meeting', 'december']), /--meeting needs a meeting's ID/);
    expect(expectOneLine(await at(['ics', meetingsFile, '--out', 'x.ics', '--meeting', '0190a000-0000-7000-8000-00000000abcd']))).toMatch(/That meeting no longer exists/);
    expect(existsSync(join(t.dir, 'x.ics'))).toBe(false);
    expect(expectOneLine(await at(['ics', file, '--out', 'none.ics']))).toBe('panelpack: There are no upcoming meetings to put in a calendar.');
    expect(expectOneLine(await at(['meetings', 'missing.panelpack']))).toMatch(/missing\.panelpack/);
  });
  it('prints the agenda and the pack of the next meeting or a named one; --public leaves Part II out', async () => {
    const text = (path: string): string => spawnSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).stdout;
    const next = await at(['agenda', meetingsFile, '--meeting', 'next', '--out', 'next-agenda.pdf']);
    expect(next).toEqual({ code: 0, out: `Wrote the members' agenda (2 pages): ${join(t.dir, 'next-agenda.pdf')}\n`, err: '' });
    expect(text(join(t.dir, 'next-agenda.pdf'))).toContain('Thursday 26 November 2026');

    const members = await at(['pack', meetingsFile, '--meeting', decId, '--out', 'dec-pack.pdf']);
    expect(members.code).toBe(0);
    expect(members.out).toMatch(/^Wrote the members' agenda pack \(2 pages\): /);
    const membersText = text(join(t.dir, 'dec-pack.pdf'));
    expect(membersText).toContain('Regulation 44 visits');
    expect(membersText).toContain('Page 2 of 2');

    const pub = await at(['agenda', meetingsFile, '--meeting', decId, '--out', 'dec-public.pdf', '--public']);
    expect(pub.out).toMatch(/^Wrote the public agenda \(2 pages\): /);
    const pubText = text(join(t.dir, 'dec-public.pdf'));
    expect(pubText).not.toContain('Regulation 44 visits');
    expect(pubText).toContain('Exempt item');
    expect(pubText).toContain('Thursday 17 December 2026');
  });

  it('refuses agenda and pack without --meeting or --out (exit 2), and a supplement before publication (exit 1)', async () => {
    expectUsage(await at(['pack', meetingsFile, '--out', 'p.pdf']), /"pack" needs --meeting <id>/);
    expectUsage(await at(['agenda', meetingsFile, '--meeting', 'next']), /"agenda" needs --out <file>/);
    expectUsage(await at(['pack', meetingsFile, '--meeting', 'soon', '--out', 'p.pdf']), /--meeting needs a meeting's ID/);
    expect(expectOneLine(await at(['pack', meetingsFile, '--meeting', decId, '--out', 'p.pdf', '--supplement']))).toMatch(/has not been published yet/);
    expect(existsSync(join(t.dir, 'p.pdf'))).toBe(false);
  });
});

describe('the built command', () => {
  const root = resolve(import.meta.dirname, '../..');
  const built = join(root, 'out/main/cli.js');
  const sources = ['electron/cli/run.ts', 'electron/cli/index.ts', 'electron/cli/format.ts', 'electron/core/backup.ts'].map((p) => join(root, p));
  const fresh = existsSync(built) && sources.every((s) => statSync(s).mtimeMs <= statSync(built).mtimeMs);
  const why = existsSync(built) ? 'out/main/cli.js is older than the CLI sources' : 'out/main/cli.js is not built';

  it.skipIf(!fresh)(`runs under plain Node: node out/main/cli.js info <file>${fresh ? '' : ` (skipped: ${why}; run npm run build)`}`, () => {
    // The real process makes the day's automatic backup: keep it in the temp folder, not the user's.
    const env = { ...process.env, PANELPACK_BACKUP_DIR: join(t.dir, 'auto-backups') };
    const r = spawnSync(process.execPath, [built, 'info', file], { cwd: t.dir, encoding: 'utf8', env });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Council         Testshire County Council\n');
    const bad = spawnSync(process.execPath, [built, 'info', 'missing.panelpack'], { cwd: t.dir, encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    const usage = spawnSync(process.execPath, [built], { cwd: t.dir, encoding: 'utf8' });
    expect(usage.status).toBe(2);
  });
});
