/**
 * Automatic backups over real workspace files and a pinned clock: at most one a day, one before a
 * migration, retention of 7 daily and 6 monthly over 400 days, a copy that fails integrity_check
 * never costs an older one, files readable by the user only, and a failed backup never stops the
 * workspace opening.
 */
import Database from 'better-sqlite3';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createApi } from '../../../electron/core/api';
import type { Host } from '../../../electron/core/host';
import { LATEST_VERSION } from '../../../electron/core/db/migrations';
import { backupBeforeOpening } from '../../../electron/core/backups/schedule';
import { backupFolder, listBackups, makeBackup, verifyBackup } from '../../../electron/core/backups/store';
import { createPerson } from '../../../electron/core/people/mutations';
import { Workspace } from '../../../electron/core/workspace';
import { testHost as baseHost } from '../../helpers/host';
import { newWorkspace, tempDir } from '../../helpers/tempWorkspace';
import { clock, damageIndexOnly, makeOldFile } from '../../helpers/workspaceFiles';

const t = tempDir('panelpack-backups-');
afterAll(() => t.cleanup());

let n = 0;
/** A fresh folder pair per test: the workspace's folder and the backup root. */
function fresh(): { dir: string; root: string } {
  n++;
  return { dir: join(t.dir, `w${n}`), root: join(t.dir, `b${n}`) };
}
function mk(dir: string): string {
  mkdirSync(dir, { recursive: true });
  return dir;
}

function testHost(root: string, now: () => Date, recent: string[]): Host & { logged: string[] } {
  const logged: string[] = [];
  return {
    ...baseHost({ dir: t.dir, backupDir: root, now, recent: { list: () => recent, add: () => undefined }, log: (err, context) => logged.push(`${context}: ${String(err)}`) }),
    logged,
  };
}

describe('automatic backups on open', () => {
  it('makes at most one a day, and the next on the next day', async () => {
    const { dir, root } = fresh();
    const ws = newWorkspace(mk(dir));
    ws.close();
    const c = clock('2026-12-02T08:15:00Z');

    const first = await backupBeforeOpening(ws.path, { root, now: c.now });
    expect(first.made).toMatchObject({ reason: 'daily', takenAt: '2026-12-02T08:15:00.000Z', id: '2026-12-02T081500Z-daily.panelpack' });
    c.set('2026-12-02T23:59:00Z');
    expect(await backupBeforeOpening(ws.path, { root, now: c.now })).toEqual({ made: null, removed: [], skipped: 'done_today' });
    c.set('2026-12-03T00:01:00Z');
    expect((await backupBeforeOpening(ws.path, { root, now: c.now })).made?.id).toBe('2026-12-03T000100Z-daily.panelpack');
    expect(listBackups(root, ws.path).map((b) => b.id)).toEqual(['2026-12-03T000100Z-daily.panelpack', '2026-12-02T081500Z-daily.panelpack']);
  });

  it('opening through the app makes the day\'s backup once, of the file as it was, readable by the user only', async () => {
    const { dir, root } = fresh();
    const ws = newWorkspace(mk(dir));
    createPerson(ws, { name: 'Councillor Amina Shah', kind: 'member' });
    ws.close();
    const c = clock('2026-12-02T18:30:00Z');
    const api = createApi(testHost(root, c.now, [ws.path]));
    for (let i = 0; i < 3; i++) {
      const r = await api.dispatch('workspace:openRecent', { path: ws.path });
      expect(r).toMatchObject({ ok: true, data: { path: ws.path } });
      expect((r as { data: { notice?: string } }).data.notice).toBeUndefined();
      api.close();
    }
    const list = listBackups(root, ws.path);
    expect(list).toHaveLength(1);
    const [b] = list;
    expect(b).toMatchObject({ reason: 'daily', id: '2026-12-02T183000Z-daily.panelpack' });
    expect(verifyBackup(b!).ok).toBe(true);
    expect(statSync(b!.path).mode & 0o777).toBe(0o600);
    expect(statSync(backupFolder(root, ws.path)).mode & 0o777).toBe(0o700);
    const copy = new Database(b!.path, { readonly: true });
    expect(copy.prepare('SELECT name FROM people').pluck().all()).toEqual(['Councillor Amina Shah']);
    copy.close();
    expect(JSON.parse(readFileSync(join(backupFolder(root, ws.path), 'workspace.json'), 'utf8'))).toEqual({ workspace: ws.path, name: 'test.panelpack' });
  });

  it('makes one before a migration, of the old file, named for the version it moves to', async () => {
    const { dir, root } = fresh();
    const old = LATEST_VERSION - 1;
    const path = makeOldFile(mk(dir), 'old.panelpack', old);
    // A daily backup earlier that day does not stand in for the one before the migration.
    await makeBackup(path, { root, reason: 'daily', now: new Date('2026-12-02T07:00:00Z') });
    const c = clock('2026-12-02T09:00:00Z');
    const api = createApi(testHost(root, c.now, [path]));
    const r = await api.dispatch('workspace:openRecent', { path });
    expect(r).toMatchObject({ ok: true, data: { schemaVersion: LATEST_VERSION } });
    api.close();

    const list = listBackups(root, path);
    // (The earlier one that day then gives way to it: retention keeps the newest of each day.)
    expect(list.map((b) => [b.reason, b.toVersion])).toEqual([['before-migration', LATEST_VERSION]]);
    expect(list[0]!.id).toBe(`2026-12-02T090000Z-before-migration-to-v${LATEST_VERSION}.panelpack`);
    const copy = new Database(list[0]!.path, { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(old);
    expect(copy.prepare('SELECT council_name FROM workspace_settings').pluck().get()).toBe('Oldshire Council');
    copy.close();

    // Opened again the same day (now migrated): that day already has its backup.
    const again = createApi(testHost(root, c.now, [path]));
    expect((await again.dispatch('workspace:openRecent', { path })).ok).toBe(true);
    again.close();
    expect(listBackups(root, path)).toHaveLength(1);
  });

  it('keeps the last 7 daily and 6 monthly backups (the newest of each month) over 400 days of opening', async () => {
    const { dir, root } = fresh();
    const ws = newWorkspace(mk(dir));
    ws.close();
    const c = clock('2025-11-01T12:00:00Z');
    for (let day = 0; day < 400; day++) {
      const r = await backupBeforeOpening(ws.path, { root, now: c.now });
      expect(r.made, `day ${day}`).not.toBeNull();
      expect(listBackups(root, ws.path).length).toBeLessThanOrEqual(13);
      c.addDays(1);
    }
    const days = listBackups(root, ws.path).map((b) => b.takenAt.slice(0, 10));
    expect(days).toEqual([
      // the last 7 days
      '2026-12-05', '2026-12-04', '2026-12-03', '2026-12-02', '2026-12-01', '2026-11-30', '2026-11-29',
      // the newest of each earlier month (December's is the newest of all; November's, the 30th, is above)
      '2026-10-31', '2026-09-30', '2026-08-31', '2026-07-31',
    ]);
    expect(readdirSync(backupFolder(root, ws.path)).filter((f) => f.endsWith('.panelpack'))).toHaveLength(11);
  });

  it('a backup that fails integrity_check is not kept and costs no older backup', async () => {
    const { dir, root } = fresh();
    const ws = newWorkspace(mk(dir));
    ws.close();
    const c = clock('2026-11-01T12:00:00Z');
    for (let day = 0; day < 7; day++, c.addDays(1)) await backupBeforeOpening(ws.path, { root, now: c.now });
    const kept = listBackups(root, ws.path).map((b) => b.id);
    expect(kept).toHaveLength(7);

    // Damage that opening's quick_check does not see, but the copy's integrity_check does.
    damageIndexOnly(ws.path);
    const r = await backupBeforeOpening(ws.path, { root, now: c.now });
    expect(r.made).toBeNull();
    expect(r.removed).toEqual([]);
    expect(r.problem).toMatch(/^PanelPack could not make today's automatic backup of "test\.panelpack": The copy failed its integrity check/);
    // Had it been kept, the 1 November backup would have gone (8 days): it is still there.
    expect(listBackups(root, ws.path).map((b) => b.id)).toEqual(kept);
    expect(readdirSync(backupFolder(root, ws.path)).sort()).toEqual([...kept, 'workspace.json'].sort());
  });

  it('opens the workspace even when the backup cannot be made, and says so plainly', async () => {
    const { dir, root } = fresh();
    const ws = newWorkspace(mk(dir));
    ws.close();
    writeFileSync(root, 'not a folder'); // the backup root is a file: nothing can go in it
    const c = clock('2026-12-02T18:30:00Z');
    const host = testHost(root, c.now, [ws.path]);
    const api = createApi(host);
    const r = await api.dispatch('workspace:openRecent', { path: ws.path });
    expect(r.ok).toBe(true);
    expect(api.workspace?.path).toBe(ws.path);
    expect((r as { data: { notice?: string } }).data.notice).toMatch(
      /^PanelPack could not make today's automatic backup of "test\.panelpack": .+ The workspace is open as usual\.$/,
    );
    expect(host.logged.length).toBeGreaterThan(0); // the cause is in the log
    api.close();
    expect(Workspace.open(ws.path, { actor: 'tester' }).schemaVersion).toBe(LATEST_VERSION);
  });
});
