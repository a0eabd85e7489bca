/**
 * SQLite's automatic checkpoints are off (PanelPack writes its WAL marker after each checkpoint of
 * its own), so a long session must still empty its -wal: past Workspace.walLimitBytes, the commit
 * that crosses it checkpoints, and what follows is still a -wal that belongs (replayed on a crash).
 */
import { statSync } from 'node:fs';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { inspectWal } from '../../electron/core/db/wal';
import { createPerson } from '../../electron/core/people/mutations';
import { Workspace } from '../../electron/core/workspace';
import { newWorkspace, tempDir } from '../helpers/tempWorkspace';

const t = tempDir();
afterAll(() => t.cleanup());
const defaultLimit = Workspace.walLimitBytes;
afterEach(() => {
  Workspace.walLimitBytes = defaultLimit;
});

const walSize = (path: string): number => statSync(`${path}-wal`, { throwIfNoEntry: false })?.size ?? 0;

describe('a long session', () => {
  it('keeps its -wal below the limit by checkpointing after the commit that passes it', () => {
    Workspace.walLimitBytes = 256 * 1024;
    const ws = newWorkspace(t.dir, 'long.panelpack');
    let largest = 0;
    for (let i = 0; i < 400; i++) {
      createPerson(ws, { name: `Officer ${i} ${'x'.repeat(150)}`, kind: 'officer' });
      largest = Math.max(largest, walSize(ws.path));
    }
    // One commit past the limit at most (a few pages), never the whole session's writes.
    expect(largest).toBeGreaterThan(0);
    expect(largest).toBeLessThan(Workspace.walLimitBytes + 64 * 1024);
    expect(ws.db.prepare("SELECT count(*) FROM people WHERE name LIKE 'Officer %'").pluck().get()).toBe(400);
    // What is in the -wal now still carries the file's marker: a crash here would be replayed.
    expect(inspectWal(ws.path).kind).toBe('belongs');
    ws.close();
  });
});
