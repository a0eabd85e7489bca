/**
 * The visit report's save path under kill -9: a child process saves one field after another (the
 * form's autosave), acknowledging each; it is killed with SIGKILL mid-write; on reopening every
 * acknowledged save is there (the last of each field, and each one's change-log entry).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { checkWorkspace } from '../../../electron/core/check';
import { createHome } from '../../../electron/core/homes/mutations';
import { createVisit } from '../../../electron/core/visits/mutations';
import { Workspace } from '../../../electron/core/workspace';
import { runUntilKilled } from '../../helpers/untilKilled';
import { newWorkspace, tempDir } from '../../helpers/tempWorkspace';

const t = tempDir();
afterAll(() => t.cleanup());
const writer = fileURLToPath(new URL('../../helpers/visitSaveWriter.ts', import.meta.url));

describe('saving a visit report, killed with -9', () => {
  it('keeps every acknowledged save', { timeout: 60_000 }, async () => {
    const path = join(t.dir, 'crash.panelpack');
    const ws = newWorkspace(t.dir, 'crash.panelpack');
    createHome(ws, { name: 'Oak House', ownership: 'in_house' });
    const id = createVisit(ws, { home: 'Oak House', date: '2026-11-03', kind: 'member' });
    ws.close();

    const last = await runUntilKilled(writer, [path, id], 90);
    expect(last).toBeGreaterThanOrEqual(89);
    expect(checkWorkspace(path)).toMatchObject({ ok: true });

    const again = Workspace.open(path, { actor: 'tester' });
    try {
      const row = again.db.prepare('SELECT opinion_text, summary, visitors, revision FROM visits WHERE id = ?').get(id) as Record<string, string | number>;
      // The last acknowledged save of each field is there (a save after it may be too: it committed before the kill).
      const lastOf = (k: number): number => last - ((last - k) % 3 + 3) % 3;
      const n = (s: unknown): number => Number(/^Saved (\d+)/.exec(String(s))?.[1] ?? -1);
      expect(n(row.opinion_text)).toBeGreaterThanOrEqual(lastOf(0));
      expect(n(row.summary)).toBeGreaterThanOrEqual(lastOf(1));
      expect(n(row.visitors)).toBeGreaterThanOrEqual(lastOf(2));
      expect(row.revision).toBeGreaterThanOrEqual(last + 2);
      const logged = again.db.prepare("SELECT count(*) FROM change_log WHERE entity = 'visit' AND entity_id = ? AND operation = 'update'").pluck().get(id) as number;
      expect(logged).toBeGreaterThanOrEqual(last + 1);
    } finally {
      again.close();
    }
  });
});
