/**
 * `panelpack backups` and `panelpack restore`, run in process through run() against real files,
 * with the backup folder given as PANELPACK_BACKUP_DIR and a pinned clock; and the automatic
 * backup a command makes before it opens a workspace.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listBackups, makeBackup } from '../../electron/core/backups/store';
import { createPerson } from '../../electron/core/people/mutations';
import { listPeople } from '../../electron/core/people/queries';
import { Workspace } from '../../electron/core/workspace';
import { run } from '../../electron/cli/run';
import { builtCli } from '../helpers/builtCli';
import { runCli, type CliResult } from '../helpers/cli';
import { newWorkspace, sha256, tempDir } from '../helpers/tempWorkspace';
import { damageIndexOnly, scribble } from '../helpers/workspaceFiles';

const t = tempDir('panelpack-cli-backups-');
afterAll(() => t.cleanup());

type Result = CliResult;

let n = 0;
function setup(): { dir: string; root: string; cli: (args: string[], at?: string) => Promise<Result> } {
  n++;
  const dir = join(t.dir, `w${n}`);
  mkdirSync(dir, { recursive: true });
  const root = join(t.dir, `b${n}`);
  const cli = (args: string[], at = '2026-12-02T18:30:00Z'): Promise<Result> =>
    runCli(args, { cwd: dir, today: () => at.slice(0, 10), now: () => new Date(at), env: { PANELPACK_BACKUP_DIR: root } });
  return { dir, root, cli };
}

describe('panelpack backups', () => {
  it('says plainly when there are none yet, and where they will go', async () => {
    const { dir, root, cli } = setup();
    newWorkspace(dir, 'board.panelpack').close();
    const r = await cli(['backups', 'board.panelpack']);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toMatch(new RegExp(`^There are no backups of "board\\.panelpack" yet\\. .*\\n  ${root.replace(/[/\\]/g, '.')}/board-[0-9a-f]{12}\\n$`));
  });

  it('a command that opens the workspace makes the day\'s backup first; backups lists it with UK date, reason, size, check and path', async () => {
    const { dir, root, cli } = setup();
    newWorkspace(dir, 'board.panelpack').close();
    // pledge opens the file read-write (info and the other reading commands open it read-only, and need none: readOnly.test.ts).
    expect(await cli(['pledge', 'board.panelpack'])).toMatchObject({ code: 0, err: '' });
    expect(await cli(['pledge', 'board.panelpack'], '2026-12-02T21:00:00Z')).toMatchObject({ code: 0, err: '' });
    expect(await cli(['check', 'board.panelpack'], '2026-12-03T09:00:00Z')).toMatchObject({ code: 0 }); // check never backs up
    const [b] = listBackups(root, join(dir, 'board.panelpack'));
    expect(listBackups(root, join(dir, 'board.panelpack'))).toHaveLength(1);

    const r = await cli(['backups', 'board.panelpack']);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toBe('Backups of "board.panelpack", newest first:');
    expect(lines[2]).toMatch(/^Date\s+Reason\s+Size\s+Check\s+Path$/);
    expect(lines[3]).toMatch(new RegExp(`^Wednesday 2 December 2026, 18:30  daily   \\s*\\d+ KB  passed  ${b!.path.replace(/[.]/g, '\\.')}$`));
    expect(r.out).toContain('Restore one with: panelpack restore board.panelpack --from <path>');

    const json = JSON.parse((await cli(['backups', 'board.panelpack', '--json'])).out) as { backups: { id: string; ok: boolean; reason: string }[] };
    expect(json.backups).toEqual([expect.objectContaining({ id: '2026-12-02T183000Z-daily.panelpack', ok: true, reason: 'daily' })]);
  });

  it('makes none with PANELPACK_BACKUPS=off', async () => {
    const { dir, root } = setup();
    newWorkspace(dir, 'board.panelpack').close();
    const code = await run(['pledge', 'board.panelpack'], { stdout: () => undefined, stderr: () => undefined, cwd: dir, env: { PANELPACK_BACKUP_DIR: root, PANELPACK_BACKUPS: 'off' } });
    expect(code).toBe(0);
    expect(existsSync(root)).toBe(false);
  });

  it('marks a backup that fails its check now', async () => {
    const { dir, root, cli } = setup();
    const ws = newWorkspace(dir, 'board.panelpack');
    ws.close();
    const made = await makeBackup(ws.path, { root, reason: 'daily', now: new Date('2026-12-01T10:00:00Z') });
    damageIndexOnly(made.path);
    const r = await cli(['backups', 'board.panelpack']);
    expect(r.out).toMatch(/Tuesday 1 December 2026, 10:00 +daily +\d+ KB +FAILED /);
    expect(r.out).toContain('1 of them failed the check now: do not restore from those.');
  });
});

describe('panelpack restore', () => {
  it('restores the path backups printed: checks it, keeps the damaged file aside, copies it in with mode 0600, and says what it did', async () => {
    const { dir, root, cli } = setup();
    const ws = newWorkspace(dir, 'board.panelpack');
    createPerson(ws, { name: 'Councillor Amina Shah', kind: 'member' });
    ws.close();
    const made = await makeBackup(ws.path, { root, reason: 'daily', now: new Date('2026-12-01T18:30:00Z') });
    scribble(ws.path);
    const damaged = sha256(ws.path);
    expect((await cli(['check', 'board.panelpack'])).code).toBe(1);

    const r = await cli(['restore', 'board.panelpack', '--from', made.path]);
    const aside = join(dir, 'board.damaged-2026-12-02T1830.panelpack');
    expect(r).toEqual({
      code: 0,
      err: '',
      out:
        'Checked the backup of Tuesday 1 December 2026, 18:30 (daily): it passed its integrity check.\n' +
        `Kept the previous file aside, unchanged: ${aside}\n` +
        `Restored ${ws.path} from ${made.path} (${Math.round(made.bytes / 1024)} KB).\n`,
    });
    expect(sha256(aside)).toBe(damaged);
    expect(statSync(ws.path).mode & 0o777).toBe(0o600);
    const back = Workspace.open(ws.path, { actor: 'tester' });
    expect(listPeople(back).map((p) => p.name)).toEqual(['Councillor Amina Shah']);
    back.close();
    expect((await cli(['check', 'board.panelpack'])).code).toBe(0);
  });

  it('takes a date or "latest" for --from, choosing the newest good backup', async () => {
    const { dir, root, cli } = setup();
    const ws = newWorkspace(dir, 'board.panelpack');
    ws.close();
    const early = await makeBackup(ws.path, { root, reason: 'daily', now: new Date('2026-11-30T09:00:00Z') });
    await makeBackup(ws.path, { root, reason: 'daily', now: new Date('2026-12-01T09:00:00Z') });
    expect((await cli(['restore', 'board.panelpack', '--from', '30/11/2026'])).out).toContain(`from ${early.path} (`);
    expect((await cli(['restore', 'board.panelpack', '--from', 'latest'])).out).toMatch(/^Checked the backup of Tuesday 1 December 2026, 09:00/);
    expect(readdirSync(dir).filter((f) => f.includes('.damaged-'))).toHaveLength(2);
  });

  it('gives one plain line when there are no backups, the backup is damaged, or the file may be open', async () => {
    const { dir, root, cli } = setup();
    const ws = newWorkspace(dir, 'board.panelpack');
    ws.close();
    const none = await cli(['restore', 'board.panelpack', '--from', 'latest']);
    expect(none.code).toBe(1);
    expect(none.err).toMatch(/^panelpack: There are no backups of "board\.panelpack" in .+, and "latest" is not a backup file\. Give the path of a backup with --from\.\n$/);

    const made = await makeBackup(ws.path, { root, reason: 'daily', now: new Date('2026-12-01T18:30:00Z') });
    damageIndexOnly(made.path);
    const before = sha256(ws.path);
    const bad = await cli(['restore', 'board.panelpack', '--from', made.path]);
    expect(bad.code).toBe(1);
    expect(bad.err).toBe(`panelpack: The backup "${made.id}" is itself damaged (it fails its integrity check), so "board.panelpack" was not touched. Choose an older backup.\n`);
    expect(await cli(['restore', 'board.panelpack', '--from', 'latest'])).toMatchObject({ code: 1, err: expect.stringMatching(/fails its integrity check, so nothing was restored/) as string });
    expect(sha256(ws.path)).toBe(before);

    const good = await makeBackup(ws.path, { root, reason: 'daily', now: new Date('2026-12-02T08:00:00Z') });
    const open = Workspace.open(ws.path, { actor: 'tester' }); // PanelPack has it open: -wal and -shm are beside it
    try {
      const busy = await cli(['restore', 'board.panelpack', '--from', good.path]);
      expect(busy.code).toBe(1);
      expect(busy.err).toMatch(/^panelpack: "board\.panelpack" may still be open in PanelPack \(its -wal or -shm file is beside it\)\. .* add --force\.\n$/);
    } finally {
      open.close();
    }
    expect(existsSync(join(dir, 'board.panelpack'))).toBe(true);
  });

  it('is a usage error without --from, or with a --from that is neither a backup, a date nor "latest"', async () => {
    const { dir, root, cli } = setup();
    const ws = newWorkspace(dir, 'board.panelpack');
    ws.close();
    await makeBackup(ws.path, { root, reason: 'daily', now: new Date('2026-12-01T18:30:00Z') });
    const missing = await cli(['restore', 'board.panelpack']);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/^panelpack: "restore" needs --from <backup>/);
    const odd = await cli(['restore', 'board.panelpack', '--from', 'yesterday']);
    expect(odd.code).toBe(2);
    expect(odd.err).toMatch(/^panelpack: --from needs a backup's path as "panelpack backups" prints it, a date \(2026-12-02 or 02\/12\/2026\), or "latest" \(not "yesterday"\)\./);
  });
});

describe('the built command', () => {
  const root = resolve(import.meta.dirname, '../..');
  const built = join(root, 'out/main/cli.js');
  const { fresh, why } = builtCli(root);

  it.skipIf(!fresh)(`takes the backup folder from PANELPACK_BACKUP_DIR${fresh ? '' : ` (skipped: ${why})`}`, () => {
    const { dir, root: backups } = setup();
    newWorkspace(dir, 'board.panelpack').close();
    const env = { ...process.env, PANELPACK_BACKUP_DIR: backups };
    const pledge = spawnSync(process.execPath, [built, 'pledge', 'board.panelpack'], { cwd: dir, encoding: 'utf8', env });
    expect(pledge.stderr).toBe('');
    expect(pledge.status).toBe(0);
    const list = listBackups(backups, join(dir, 'board.panelpack'));
    expect(list.map((b) => b.reason)).toEqual(['daily']);
    const shown = spawnSync(process.execPath, [built, 'backups', 'board.panelpack'], { cwd: dir, encoding: 'utf8', env });
    expect(shown.status).toBe(0);
    expect(shown.stdout).toContain(`passed  ${list[0]!.path}`);
  });
});
