/**
 * The crash case: a process commits changes one after another, acknowledging each, and is killed
 * with SIGKILL mid-write. Reopening replays its -wal (it belongs to the file): every acknowledged
 * commit is there, and nothing is set aside.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { checkWorkspace } from '../../electron/core/check';
import { Workspace } from '../../electron/core/workspace';
import { killAfterAcks } from '../helpers/killAfter';
import { newWorkspace, tempDir } from '../helpers/tempWorkspace';

const t = tempDir();
afterAll(() => t.cleanup());

const writer = fileURLToPath(new URL('../helpers/crashWriter.ts', import.meta.url));

/** Starts the writer and kills it (SIGKILL) once it has acknowledged `acks` commits; resolves with the last acknowledged number. */
const writeUntilKilled = (path: string, acks: number): Promise<number> => killAfterAcks(writer, [path], acks);

describe('a crash (kill -9 mid-write)', () => {
  it('loses no acknowledged commit and sets nothing aside', { timeout: 60_000 }, async () => {
    const path = join(t.dir, 'crash.panelpack');
    newWorkspace(t.dir, 'crash.panelpack').close();
    const last = await writeUntilKilled(path, 60);
    expect(last).toBeGreaterThanOrEqual(59);
    // The crash left its -wal: the acknowledged commits are only there.
    expect(existsSync(`${path}-wal`)).toBe(true);
    expect(statSync(`${path}-wal`).size).toBeGreaterThan(0);
    expect(checkWorkspace(path)).toMatchObject({ ok: true, wal: { state: 'belongs' } });

    const ws = Workspace.open(path, { actor: 'tester' });
    try {
      expect(ws.notices).toEqual([]);
      const names = new Set(ws.db.prepare("SELECT name FROM people WHERE name LIKE 'Acknowledged %'").pluck().all() as string[]);
      for (let i = 0; i <= last; i++) expect(names.has(`Acknowledged ${i}`)).toBe(true);
      expect(ws.db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      ws.close();
    }
    expect(readdirSync(t.dir).filter((n) => n.includes('set-aside'))).toEqual([]);
    expect(existsSync(`${path}-wal`)).toBe(false);
  });

  it('survives a second crash after the replay, in the next session', { timeout: 60_000 }, async () => {
    const path = join(t.dir, 'twice.panelpack');
    newWorkspace(t.dir, 'twice.panelpack').close();
    const first = await writeUntilKilled(path, 20);
    const second = await writeUntilKilled(path, 20); // opens (replaying the first crash), then crashes again
    const ws = Workspace.open(path, { actor: 'tester' });
    try {
      expect(ws.notices).toEqual([]);
      const count = ws.db.prepare("SELECT count(*) FROM people WHERE name LIKE 'Acknowledged %'").pluck().get() as number;
      expect(count).toBeGreaterThanOrEqual(first + 1 + second + 1);
    } finally {
      ws.close();
    }
  });
});
