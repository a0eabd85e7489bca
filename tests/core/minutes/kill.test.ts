/**
 * Saved as typed: a process saving minute fields through the core API is killed with SIGKILL
 * mid-stream. Reopening the file, every acknowledged save is there (each item holds its latest
 * acknowledged text, or a later one that was committed but not yet acknowledged), and the file
 * opens cleanly.
 */
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { checkWorkspace } from '../../../electron/core/check';
import { Workspace } from '../../../electron/core/workspace';
import { tempDir } from '../../helpers/tempWorkspace';
import { runUntilKilled } from '../../helpers/untilKilled';
import { minutesBoard, call } from './fixture';

const t = tempDir('panelpack-minutes-kill-');
afterAll(() => t.cleanup());

const writer = fileURLToPath(new URL('./saveWriter.ts', import.meta.url));

const saveUntilKilled = (path: string, items: string[], acks: number): Promise<number> => runUntilKilled(writer, [path, t.dir, items.join(',')], acks);

describe('minutes saved as typed (kill -9 on the save path)', () => {
  it('keeps every acknowledged save, and the file opens cleanly', { timeout: 90_000 }, async () => {
    const b = await minutesBoard(t.dir, 'kill.panelpack');
    await call(b.api, 'minutes:start', { meetingId: b.october });
    b.api.close();
    const items = [b.items.apologies, b.items.offer, b.items.offerSub, b.items.partII];
    const last = await saveUntilKilled(b.path, items, 150);
    expect(last).toBeGreaterThanOrEqual(149);
    expect(checkWorkspace(b.path)).toMatchObject({ ok: true });

    const ws = Workspace.open(b.path, { actor: 'tester' });
    try {
      expect(ws.notices).toEqual([]);
      expect(ws.db.pragma('integrity_check', { simple: true })).toBe('ok');
      const text = new Map((ws.db.prepare('SELECT item_id, text FROM item_minutes').all() as { item_id: string; text: string }[]).map((r) => [r.item_id, r.text]));
      items.forEach((itemId, k) => {
        // The latest acknowledged save of this item: the last n <= last with n % 4 === k.
        const n = last - ((last - k) % items.length);
        const saved = Number(/^Acknowledged save (\d+)\./.exec(text.get(itemId) ?? '')?.[1] ?? -1);
        expect(saved, `item ${k}`).toBeGreaterThanOrEqual(n);
        expect(saved % items.length).toBe(k);
      });
      // Every acknowledged save is in the change log, in order.
      const logged = ws.db.prepare("SELECT count(*) FROM change_log WHERE entity = 'item_minute'").pluck().get() as number;
      expect(logged).toBeGreaterThanOrEqual(last + 1);
    } finally {
      ws.close();
    }
  });
});
