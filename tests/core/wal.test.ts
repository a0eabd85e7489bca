/**
 * The WAL rules: a stale -wal that does not belong to the file beside it is never applied (not by
 * check, not by backup, not by opening); one that belongs (a crash) is replayed with nothing lost;
 * a clean close leaves a single file.
 */
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { backupWorkspace } from '../../electron/core/backup';
import { checkWorkspace } from '../../electron/core/check';
import { createPerson } from '../../electron/core/people/mutations';
import { Workspace } from '../../electron/core/workspace';
import { newWorkspace, sha256, tempDir } from '../helpers/tempWorkspace';

const t = tempDir();
afterAll(() => t.cleanup());

/** Hash, size and modification time of the file and each sidecar ("absent" when missing). */
function fingerprint(path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of [path, `${path}-wal`, `${path}-shm`, `${path}-journal`]) {
    out[p] = existsSync(p) ? `${sha256(p)} ${statSync(p).size} ${statSync(p).mtimeMs}` : 'absent';
  }
  return out;
}

const people = (path: string): number => {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare('SELECT count(*) FROM people').pluck().get() as number;
  } finally {
    db.close();
  }
};

/**
 * The reproduction: an older copy of a workspace (made while it was closed) put back in place, with
 * the -wal of a later session that crashed left beside it. That session began from a later state
 * (300 more people, so other pages), so its WAL describes pages the older copy does not have.
 */
function olderCopyWithLaterWal(name: string): { path: string; wal: string; olderPeople: number } {
  const path = join(t.dir, name);
  const ws = newWorkspace(t.dir, name);
  for (let i = 0; i < 5; i++) createPerson(ws, { name: `Officer ${i}`, kind: 'officer' });
  ws.close();
  const older = join(t.dir, `${name}.older`);
  copyFileSync(path, older);

  const later = Workspace.open(path, { actor: 'tester' });
  for (let i = 0; i < 300; i++) createPerson(later, { name: `Later officer ${i} ${'x'.repeat(150)}`, kind: 'officer' });
  later.close();

  const crashed = Workspace.open(path, { actor: 'tester' });
  crashed.db.pragma('wal_autocheckpoint = 0');
  crashed.tx(() => crashed.db.prepare("UPDATE people SET name = name || ' (renamed)', updated_at = '2026-12-02T18:00:00.000Z'").run());
  const wal = join(t.dir, `${name}.saved-wal`);
  copyFileSync(`${path}-wal`, wal); // as a crash would leave it
  crashed.close();

  copyFileSync(older, path); // the older copy restored with a file manager…
  rmSync(`${path}-shm`, { force: true });
  copyFileSync(wal, `${path}-wal`); // …and the crashed session's -wal still beside it
  return { path, wal, olderPeople: people(older) };
}

describe('a stale -wal from another session beside an older copy', () => {
  it('panelpack check never writes a byte, and its message stays true', async () => {
    const { path } = olderCopyWithLaterWal('check.panelpack');
    const before = fingerprint(path);
    const { code, out, err } = await runCli(['check', path], { cwd: t.dir });
    expect(fingerprint(path)).toEqual(before);
    // The file itself is sound: the check looked at it without the WAL that does not belong.
    expect({ code, err }).toEqual({ code: 0, err: '' });
    expect(out).toMatch(/Integrity +ok\n/);
    expect(out).toMatch(/Write-ahead log +does not belong to it/);
    expect(out).toContain('opening the workspace sets it aside');
  });

  it('opening sets the WAL aside under a clear name, keeps its bytes, says so, and opens the file as it is', () => {
    const { path, wal, olderPeople } = olderCopyWithLaterWal('open.panelpack');
    const ws = Workspace.open(path, { actor: 'tester' });
    try {
      const aside = readdirSync(t.dir).filter((n) => /^open\.panelpack-wal-set-aside-\d{4}-\d{2}-\d{2}T\d{4}\.wal$/.test(n));
      expect(aside).toHaveLength(1);
      expect(readFileSync(join(t.dir, aside[0] ?? '')).equals(readFileSync(wal))).toBe(true);
      expect(statSync(join(t.dir, aside[0] ?? '')).mode & 0o777).toBe(0o600);
      expect(ws.notices).toHaveLength(1);
      expect(ws.notices[0]).toContain(`The file "${aside[0]}" was beside "open.panelpack" but does not belong to it`);
      expect(ws.notices[0]).toContain('nothing has been deleted');
      expect(ws.db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(ws.db.prepare('SELECT count(*) FROM people').pluck().get()).toBe(olderPeople);
    } finally {
      ws.close();
    }
  });

  it('the CLI says so on stderr when a command opens the file', async () => {
    const { path } = olderCopyWithLaterWal('cli.panelpack');
    const { code, out, err } = await runCli(['info', path], { cwd: t.dir });
    expect(code).toBe(0);
    expect(out).toContain('Testshire County Council');
    expect(err).toMatch(/^panelpack: The file "cli\.panelpack-wal-set-aside-.*\.wal" was beside "cli\.panelpack" but does not belong to it/);
  });

  it('backup leaves the WAL out, does not apply it, and leaves the source as it was', async () => {
    const { path, olderPeople } = olderCopyWithLaterWal('backup.panelpack');
    const before = fingerprint(path);
    const out = join(t.dir, 'backup-copy.panelpack');
    const result = await backupWorkspace(path, out);
    expect(fingerprint(path)).toEqual(before);
    expect(result.walLeftOut).toMatch(/different session/);
    expect(people(out)).toBe(olderPeople);
    expect(statSync(out).mode & 0o777).toBe(0o600);
  });

  it('a -wal from another workspace altogether is set aside too', () => {
    const a = newWorkspace(t.dir, 'a.panelpack');
    a.close();
    const b = newWorkspace(t.dir, 'b.panelpack');
    b.db.pragma('wal_autocheckpoint = 0');
    createPerson(b, { name: 'Only in B', kind: 'officer' });
    copyFileSync(join(t.dir, 'b.panelpack-wal'), join(t.dir, 'a.panelpack-wal'));
    b.close();
    expect(checkWorkspace(join(t.dir, 'a.panelpack')).wal.state).toBe('foreign');
    const ws = Workspace.open(join(t.dir, 'a.panelpack'), { actor: 'tester' });
    expect(ws.notices).toHaveLength(1);
    expect(ws.db.prepare("SELECT count(*) FROM people WHERE name = 'Only in B'").pluck().get()).toBe(0);
    ws.close();
  });
});

describe('a -wal that belongs to the file', () => {
  it('check and backup include its changes without applying them to the file; opening replays it', async () => {
    const path = join(t.dir, 'open-elsewhere.panelpack');
    const ws = newWorkspace(t.dir, 'open-elsewhere.panelpack');
    const base = ws.db.prepare('SELECT count(*) FROM people').pluck().get() as number;
    createPerson(ws, { name: 'Written only to the WAL', kind: 'member' });
    try {
      const before = fingerprint(path);
      const result = checkWorkspace(path);
      expect(result).toMatchObject({ ok: true, wal: { state: 'belongs' } });
      const copy = join(t.dir, 'open-elsewhere-copy.panelpack');
      await backupWorkspace(path, copy);
      expect(people(copy)).toBe(base + 1);
      expect(sha256(path)).toBe(before[path]?.split(' ')[0]);
      const other = Workspace.open(path, { actor: 'tester' });
      expect(other.notices).toEqual([]);
      expect(other.db.prepare("SELECT count(*) FROM people WHERE name = 'Written only to the WAL'").pluck().get()).toBe(1);
      other.close();
    } finally {
      ws.close();
    }
  });
});

describe('closing cleanly', () => {
  it('leaves one self-contained file: no -wal, no -shm, rollback journalling in the header', () => {
    const path = join(t.dir, 'closed.panelpack');
    const ws = newWorkspace(t.dir, 'closed.panelpack');
    const base = ws.db.prepare('SELECT count(*) FROM people').pluck().get() as number;
    createPerson(ws, { name: 'Cllr Amira Haddad', kind: 'member' });
    expect(existsSync(`${path}-wal`)).toBe(true);
    ws.close();
    expect(existsSync(`${path}-wal`)).toBe(false);
    expect(existsSync(`${path}-shm`)).toBe(false);
    const header = readFileSync(path).subarray(18, 20);
    expect([...header]).toEqual([1, 1]);
    // A copy made now with a file manager is the whole workspace.
    copyFileSync(path, join(t.dir, 'closed-copy.panelpack'));
    expect(people(join(t.dir, 'closed-copy.panelpack'))).toBe(base + 1);
  });
});
