/** Opening bad files: each is refused with a plain message and left byte-for-byte as it was. */
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { APPLICATION_ID } from '../../electron/core/db/open';
import { LATEST_VERSION } from '../../electron/core/db/migrations';
import { AppError } from '../../electron/core/errors';
import { Workspace } from '../../electron/core/workspace';
import { newWorkspace, sha256, tempDir } from '../helpers/tempWorkspace';

const t = tempDir();
afterAll(() => t.cleanup());

function refusal(path: string): AppError {
  try {
    Workspace.open(path, { actor: 'tester' }).close();
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected the file to be refused');
}

function expectUntouched(path: string, run: () => AppError): AppError {
  const before = sha256(path);
  const err = run();
  expect(sha256(path)).toBe(before);
  expect(existsSync(`${path}-wal`)).toBe(false);
  expect(existsSync(`${path}-shm`)).toBe(false);
  return err;
}

describe('creating over an existing workspace', () => {
  it('does not let the old file\'s write-ahead log leak into the new workspace', () => {
    const path = join(t.dir, 'replaced.panelpack');
    const old = Workspace.create(path, { councilName: 'Old Council', boardName: 'Old Board' }, { actor: 'tester' });
    old.db.pragma('wal_autocheckpoint = 0');
    old.db.prepare("UPDATE workspace_settings SET council_name = 'Written only to the WAL'").run();
    copyFileSync(`${path}-wal`, join(t.dir, 'saved-wal'));
    old.close();
    copyFileSync(join(t.dir, 'saved-wal'), `${path}-wal`); // as a crash would leave it

    const fresh = Workspace.create(path, { councilName: 'New Council', boardName: 'New Board' }, { actor: 'tester', overwrite: true });
    expect(fresh.db.pragma('quick_check', { simple: true })).toBe('ok');
    expect(fresh.db.prepare('SELECT council_name FROM workspace_settings').pluck().get()).toBe('New Council');
    fresh.close();
  });
});

describe('opening a workspace', () => {
  it('migrates a new file to the latest version and reopens it', () => {
    const ws = newWorkspace(t.dir, 'fresh.panelpack');
    expect(ws.schemaVersion).toBe(LATEST_VERSION);
    expect(ws.isPanelPack).toBe(true);
    expect(ws.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(ws.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(ws.db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    const applied = ws.db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all();
    expect(applied).toEqual([
      { version: 1, name: 'init' },
      { version: 2, name: 'action_search' },
      { version: 3, name: 'meetings' },
      { version: 4, name: 'public_supplements' },
      { version: 5, name: 'action_derived_columns' },
      { version: 6, name: 'open_and_principle_indexes' },
      { version: 7, name: 'action_source_meeting_and_late_reason' },
      { version: 8, name: 'minutes' },
      { version: 9, name: 'voices' },
      { version: 10, name: 'visits' },
      { version: 11, name: 'indicators' },
      { version: 12, name: 'evidence_files' },
      { version: 13, name: 'annual_report' },
      { version: 14, name: 'voice_identity' },
    ]);
    const principles = ws.db.prepare('SELECT code FROM principles ORDER BY code').pluck().all();
    expect(principles).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    ws.close();
    const again = Workspace.open(join(t.dir, 'fresh.panelpack'), { actor: 'tester' });
    expect(again.schemaVersion).toBe(LATEST_VERSION);
    again.close();
  });

  it('refuses a file written by a newer version, leaving it unchanged', () => {
    const path = join(t.dir, 'newer.panelpack');
    newWorkspace(t.dir, 'newer.panelpack').close();
    const raw = new Database(path);
    raw.pragma('journal_mode = DELETE');
    raw.pragma(`user_version = ${LATEST_VERSION + 5}`);
    raw.close();
    const err = expectUntouched(path, () => refusal(path));
    expect(err.code).toBe('newer_version');
    expect(err.message).toContain('newer version of PanelPack');
    expect(err.message).toContain('has not been changed');
  });

  it('refuses a text file, an empty file and another program\'s database, leaving each unchanged', () => {
    const text = join(t.dir, 'notes.panelpack');
    writeFileSync(text, 'Minutes of the meeting held on Thursday 17 December 2026.\n'.repeat(20));
    expect(expectUntouched(text, () => refusal(text))).toMatchObject({ code: 'not_a_workspace' });

    const empty = join(t.dir, 'empty.panelpack');
    writeFileSync(empty, '');
    expect(expectUntouched(empty, () => refusal(empty)).message).toContain('not a PanelPack workspace');

    const foreign = join(t.dir, 'foreign.sqlite');
    const db = new Database(foreign);
    db.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1);');
    db.close();
    const err = expectUntouched(foreign, () => refusal(foreign));
    expect(err.code).toBe('not_a_workspace');
    expect(err.message).toBe('"foreign.sqlite" is a database, but not a PanelPack workspace. It has not been changed.');
  });

  it('refuses a damaged workspace, leaving it unchanged', () => {
    const path = join(t.dir, 'damaged.panelpack');
    const ws = newWorkspace(t.dir, 'damaged.panelpack');
    for (let i = 0; i < 200; i++) ws.db.prepare('INSERT INTO change_log (entity, entity_id, operation, changes, at, actor) VALUES (?, ?, ?, ?, ?, ?)').run('x', String(i), 'insert', '{}', 'now', 'me');
    ws.close();
    const bytes = readFileSync(path);
    // Overwrite pages after the first with noise: the header stays valid, the b-trees do not.
    for (let i = 4096 + 16; i < bytes.length; i += 7) bytes[i] = (i * 31) & 0xff;
    writeFileSync(path, bytes);
    const err = expectUntouched(path, () => refusal(path));
    expect(err.code).toBe('corrupt');
    expect(err.message).toContain('is damaged');
    expect(err.message).toContain('has not changed it');
  });

  it('refuses a missing file plainly', () => {
    expect(refusal(join(t.dir, 'nowhere.panelpack'))).toMatchObject({ code: 'not_found' });
  });

  it('will not create over an existing file unless asked, and leaves no temporary file', () => {
    const path = join(t.dir, 'exists.panelpack');
    writeFileSync(path, 'keep me');
    expect(() => Workspace.create(path, { councilName: 'A', boardName: 'B' }, { actor: 'x' })).toThrow(/already exists/);
    expect(readFileSync(path, 'utf8')).toBe('keep me');
  });

  it('marks files with the PanelPack application id', () => {
    const ws = newWorkspace(t.dir, 'id.panelpack');
    expect(ws.db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    ws.close();
  });
});
