/**
 * Restoring from a backup over real files: the damaged file and its -wal/-shm are kept aside
 * byte for byte, the restored file opens with its records, a damaged backup is refused, and the
 * app's offer names the newest backup that passes its check and restores only the refused file.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createApi } from '../../../electron/core/api';
import type { Host } from '../../../electron/core/host';
import { asideName, restoreWorkspace } from '../../../electron/core/backups/restore';
import { listBackups, makeBackup } from '../../../electron/core/backups/store';
import { listPeople } from '../../../electron/core/people/queries';
import { createPerson } from '../../../electron/core/people/mutations';
import { Workspace } from '../../../electron/core/workspace';
import { testHost } from '../../helpers/host';
import { newWorkspace, sha256, tempDir } from '../../helpers/tempWorkspace';
import { damageIndexOnly, scribble } from '../../helpers/workspaceFiles';

const t = tempDir('panelpack-restore-');
afterAll(() => t.cleanup());

let n = 0;
function fresh(): { dir: string; root: string } {
  n++;
  const dir = join(t.dir, `w${n}`);
  mkdirSync(dir, { recursive: true });
  return { dir, root: join(t.dir, `b${n}`) };
}

/** A workspace with one person in it, backed up on 1 December 2026 at 18:30 UTC, then damaged. */
async function damagedWithBackup(): Promise<{ path: string; root: string; dir: string }> {
  const { dir, root } = fresh();
  const ws = newWorkspace(dir, 'board.panelpack');
  createPerson(ws, { name: 'Councillor Amina Shah', kind: 'member' });
  ws.close();
  await makeBackup(ws.path, { root, reason: 'daily', now: new Date('2026-12-01T18:30:00Z') });
  scribble(ws.path);
  return { path: ws.path, root, dir };
}

describe('restoreWorkspace', () => {
  it('keeps the damaged file and its -wal and -shm aside unchanged, and the restored file opens', async () => {
    const { path, root, dir } = await damagedWithBackup();
    writeFileSync(`${path}-wal`, Buffer.alloc(8192, 0x11));
    writeFileSync(`${path}-shm`, Buffer.alloc(32768, 0x22));
    const before = { main: sha256(path), wal: sha256(`${path}-wal`), shm: sha256(`${path}-shm`) };

    const [backup] = listBackups(root, path);
    const r = restoreWorkspace(path, backup!.path, { now: () => new Date('2026-12-02T18:30:00Z'), force: true });

    const aside = join(dir, 'board.damaged-2026-12-02T1830.panelpack');
    expect(r.keptAside).toEqual([aside, `${aside}-wal`, `${aside}-shm`]);
    expect({ main: sha256(aside), wal: sha256(`${aside}-wal`), shm: sha256(`${aside}-shm`) }).toEqual(before);
    expect(existsSync(`${path}-wal`)).toBe(false);
    expect(sha256(path)).toBe(sha256(backup!.path));
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const ws = Workspace.open(path, { actor: 'tester' });
    expect(listPeople(ws).map((p) => p.name)).toEqual(['Councillor Amina Shah']);
    ws.close();
    expect(readdirSync(dir).filter((f) => f.includes('.restoring'))).toEqual([]);
  });

  it('never reuses an aside name: a second restore in the same minute gets -2', async () => {
    const { path, root, dir } = await damagedWithBackup();
    const [backup] = listBackups(root, path);
    const at = () => new Date('2026-12-02T18:30:00Z');
    restoreWorkspace(path, backup!.path, { now: at });
    restoreWorkspace(path, backup!.path, { now: at });
    expect(readdirSync(dir).sort()).toEqual(['board.damaged-2026-12-02T1830-2.panelpack', 'board.damaged-2026-12-02T1830.panelpack', 'board.panelpack']);
    expect(asideName(path, at())).toBe(join(dir, 'board.damaged-2026-12-02T1830-3.panelpack'));
  });

  it('refuses a backup that fails its integrity check, and touches nothing', async () => {
    const { path, root, dir } = await damagedWithBackup();
    const [backup] = listBackups(root, path);
    damageIndexOnly(backup!.path);
    const before = sha256(path);
    expect(() => restoreWorkspace(path, backup!.path, { force: true })).toThrow(/The backup "2026-12-01T183000Z-daily\.panelpack" is itself damaged .* "board\.panelpack" was not touched/);
    expect(sha256(path)).toBe(before);
    expect(readdirSync(dir)).toEqual(['board.panelpack']);
  });

  it('without force, refuses when a -wal or -shm says the file may be open elsewhere', async () => {
    const { path, root } = await damagedWithBackup();
    writeFileSync(`${path}-shm`, Buffer.alloc(32768));
    const [backup] = listBackups(root, path);
    expect(() => restoreWorkspace(path, backup!.path)).toThrow(/may still be open in PanelPack .* add --force/);
    expect(existsSync(`${path}-shm`)).toBe(true);
  });
});

describe('the app\'s restore offer', () => {
  const host = (root: string, recent: string[]): Host =>
    testHost({ dir: t.dir, backupDir: root, now: () => new Date('2026-12-02T18:45:00Z'), recent: { list: () => recent, add: () => undefined } });

  it('offers the newest backup that passes its check, restores only the refused file from it, and opens it', async () => {
    const { path, root, dir } = await damagedWithBackup();
    const good = listBackups(root, path)[0]!;
    const api = createApi(host(root, [path]));

    expect(await api.dispatch('backups:offer', {})).toEqual({ ok: true, data: null });
    const refused = await api.dispatch('workspace:openRecent', { path });
    expect(refused).toMatchObject({ ok: false, error: { code: 'corrupt' } });
    // The damaged file could not be backed up on the way (its copy fails the check): the good one is untouched.
    expect(listBackups(root, path).map((b) => b.id)).toEqual([good.id]);
    expect(await api.dispatch('backups:offer', {})).toEqual({
      ok: true,
      data: { fileName: 'board.panelpack', backup: { id: good.id, takenAt: '2026-12-01T18:30:00.000Z', label: 'Tuesday 1 December 2026, 18:30', reason: 'daily' } },
    });

    expect(await api.dispatch('backups:restore', { backupId: '../../etc/passwd' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await api.dispatch('backups:restore', { backupId: '2026-11-01T000000Z-daily.panelpack' })).toMatchObject({ ok: false, error: { code: 'not_found' } });

    const restored = await api.dispatch('backups:restore', { backupId: good.id });
    expect(restored).toEqual({
      ok: true,
      data: {
        path,
        schemaVersion: expect.any(Number) as number,
        councilName: 'Testshire County Council',
        boardName: 'Corporate Parenting Board',
        notice: 'Restored the backup of Tuesday 1 December 2026, 18:30. The damaged file was kept beside it as "board.damaged-2026-12-02T1845.panelpack".',
      },
    });
    expect(api.workspace?.path).toBe(path);
    expect(listPeople(api.workspace!).map((p) => p.name)).toEqual(['Councillor Amina Shah']);
    expect(existsSync(join(dir, 'board.damaged-2026-12-02T1845.panelpack'))).toBe(true);
    // Nothing left to restore once it has opened.
    expect(await api.dispatch('backups:offer', {})).toEqual({ ok: true, data: null });
    expect(await api.dispatch('backups:restore', { backupId: good.id })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    api.close();
  });

  it('passes over a newer backup that fails its check now', async () => {
    const { path, root } = await damagedWithBackup();
    // A second, newer backup, made from a good copy, then damaged on disk.
    const older = listBackups(root, path)[0]!;
    const later = await makeBackup(older.path, { root, reason: 'daily', now: new Date('2026-12-02T08:00:00Z') });
    // makeBackup files a copy under its source's folder; move it into this workspace's folder by name.
    const target = join(older.path, '..', later.id);
    renameSync(later.path, target);
    damageIndexOnly(target);
    expect(listBackups(root, path).map((b) => b.id)).toEqual([later.id, older.id]);

    const api = createApi(host(root, [path]));
    expect((await api.dispatch('workspace:openRecent', { path })).ok).toBe(false);
    expect(await api.dispatch('backups:offer', {})).toMatchObject({ ok: true, data: { backup: { id: older.id } } });
    api.close();
  });
});
