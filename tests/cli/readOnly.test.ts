/**
 * The commands that only read (info, actions, meetings, homes, visits) open a current, cleanly
 * closed workspace read-only: no WAL switch, no fsyncs, no automatic backup, and the file exactly
 * as it was (bytes and times). Any other file (one that needs migrating, or with a -wal beside
 * it) is opened read-write as the app opens it, and so migrated, replayed and backed up as before.
 */
import { copyFileSync, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { canOpenReadOnly } from '../../electron/cli/command';
import { listBackups } from '../../electron/core/backups/store';
import { LATEST_VERSION } from '../../electron/core/db/migrations';
import { runCli } from '../helpers/cli';
import { downgradeToV4 } from '../helpers/schemaV4';
import { newWorkspace, sha256, tempDir } from '../helpers/tempWorkspace';

const t = tempDir('panelpack-cli-readonly-');
afterAll(() => t.cleanup());

const stamp = (f: string): string => {
  const s = statSync(f, { bigint: true });
  return `${s.size}:${s.mtimeNs}:${s.ctimeNs}`;
};

let n = 0;
function board(): { dir: string; file: string; root: string } {
  const dir = join(t.dir, `w${++n}`);
  mkdirSync(dir);
  newWorkspace(dir, 'board.panelpack').close();
  return { dir, file: join(dir, 'board.panelpack'), root: join(dir, 'backups') };
}

const cli = (dir: string, root: string, args: string[]) =>
  runCli(args, { cwd: dir, today: () => '2026-12-06', now: () => new Date('2026-12-06T10:00:00Z'), env: { PANELPACK_BACKUP_DIR: root } });

describe('reading commands', () => {
  for (const command of [['info'], ['actions'], ['meetings', '--all'], ['homes'], ['visits']]) {
    it(`panelpack ${command[0]} leaves a current, cleanly closed file exactly as it was, with no backup`, async () => {
      const { dir, file, root } = board();
      expect(canOpenReadOnly(file)).toBe(true);
      const [hash, before] = [sha256(file), stamp(file)];
      const r = await cli(dir, root, [command[0]!, 'board.panelpack', ...command.slice(1)]);
      expect(r).toMatchObject({ code: 0, err: '' });
      expect(r.out.length).toBeGreaterThan(0);
      expect([sha256(file), stamp(file)]).toEqual([hash, before]);
      expect(['-wal', '-shm', '-journal'].filter((s) => existsSync(file + s))).toEqual([]);
      expect(existsSync(root)).toBe(false);
    });
  }

  it('a file from an older version is migrated (after its backup) exactly as a writing command would', async () => {
    const { dir, file, root } = board();
    const db = new Database(file);
    downgradeToV4(db);
    db.close();
    expect(canOpenReadOnly(file)).toBe(false);
    const r = await cli(dir, root, ['info', 'board.panelpack', '--json']);
    expect(r.code, r.err).toBe(0);
    expect((JSON.parse(r.out) as { summary: { schemaVersion: number } }).summary.schemaVersion).toBe(LATEST_VERSION);
    expect(listBackups(root, file).map((b) => b.reason)).toContain('before-migration');
  });

  it('a file with a -wal beside it (the app has it open, or crashed) is not opened read-only', () => {
    const { file } = board();
    const copy = join(t.dir, 'copy.panelpack');
    copyFileSync(file, copy);
    writeFileSync(`${copy}-wal`, '');
    expect(canOpenReadOnly(copy)).toBe(false);
    expect(canOpenReadOnly(join(t.dir, 'missing.panelpack'))).toBe(false);
  });
});
