/**
 * The `panelpack` command, run in-process through run() against real workspace files in a temp
 * folder: output, exit codes, and the one-line refusals. One test spawns the built bundle.
 */
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LATEST_VERSION } from '../../electron/core/db/migrations';
import { countEntities } from '../../electron/core/settings/queries';
import { createPerson } from '../../electron/core/people/mutations';
import { Workspace } from '../../electron/core/workspace';
import { USAGE } from '../../electron/cli/run';
import { localToday } from '../../shared/logic/dates';
import { cliBoard, expectOneLine, expectUsage, runCli, type CliResult as Result } from '../helpers/cli';
import { builtCli } from '../helpers/builtCli';
import { newWorkspace, sha256, tempDir } from '../helpers/tempWorkspace';

const t = tempDir('panelpack-cli-');
afterAll(() => t.cleanup());

/** The actions' dates are relative to the real today, because created_at is the real clock. */
const TODAY = localToday();

const cli = (args: string[], opts: { debug?: boolean } = {}): Promise<Result> => runCli(args, { cwd: t.dir, today: () => TODAY, debug: opts.debug });

let file: string;
beforeAll(() => {
  file = cliBoard(t.dir, TODAY);
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

describe('the built command', () => {
  const root = resolve(import.meta.dirname, '../..');
  const { built, fresh, why } = builtCli(root);

  it.skipIf(!fresh)(`runs under plain Node: node out/main/cli.js info <file>${fresh ? '' : ` (skipped: ${why})`}`, () => {
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
