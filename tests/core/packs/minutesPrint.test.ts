/**
 * minutes:print through the contract, as the app calls it: the host's dialog chooses the file, the
 * host's renderer (here a real worker thread, as under Electron) lays it out, progress arrives as
 * "minutes:print" events, and the file is saved atomically; a meeting without minutes is refused
 * before the dialog opens.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWorkerRenderer } from '../../../electron/core/packs/render';
import type { ProgressEvent } from '../../../shared/ipc/errors';
import { apiOpening, ok } from '../../helpers/host';
import { minutesBoard, PART_II_SENTINEL } from '../../helpers/minutesRows';
import { everything, readPack } from '../../helpers/readPack';
import { tempDir } from '../../helpers/tempWorkspace';

const TS_WORKER = `import('tsx/esm/api').then(({ tsImport }) => tsImport(${JSON.stringify(new URL('../../../electron/core/packs/pdfWorker.ts', import.meta.url).href)}, ${JSON.stringify(import.meta.url)}))`;

let t: ReturnType<typeof tempDir>;
beforeEach(() => {
  t = tempDir('panelpack-minutes-print-');
});
afterEach(() => t.cleanup());

describe('minutes:print', () => {
  it('prints the public minutes through the worker with progress, and refuses a meeting with no minutes before asking where', async () => {
    const f = await minutesBoard(t.dir);
    const path = f.ws.path;
    const { meeting, next } = f;
    f.ws.close();
    const out = join(t.dir, 'public minutes.pdf');
    const events: ProgressEvent[] = [];
    let asked = 0;
    const api = apiOpening(path, {
      dir: t.dir,
      dialogs: {
        choosePdfDestination: (name) => {
          asked += 1;
          expect(name).toBe('Minutes (public) Corporate Parenting Board Thursday 17 December 2026.pdf');
          return Promise.resolve(out);
        },
      },
      progress: (e) => events.push(e),
      renderPdf: createWorkerRenderer(TS_WORKER, { eval: true }),
    });
    await ok(api.dispatch('workspace:open', {}));
    const saved = await ok<{ path: string; pages: number }>(api.dispatch('minutes:print', { meetingId: meeting.id, document: 'public' }));
    expect(saved.path).toBe(out);
    const read = await readPack(readFileSync(out));
    expect(read.pages.length).toBe(saved.pages);
    expect(everything(read)).not.toContain(PART_II_SENTINEL);
    expect(events.every((e) => e.task === 'minutes:print')).toBe(true);
    expect(events.at(-1)).toMatchObject({ done: 100, label: `Saved ${saved.pages} pages.` });
    expect(events.some((e) => e.done > 0 && e.done < 100)).toBe(true);

    const refused = await api.dispatch('minutes:print', { meetingId: next.id, document: 'members' });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.code).toBe('not_found');
      expect(refused.error.message).toContain('There are no minutes for the meeting of the Corporate Parenting Board on Thursday 18 February 2027');
    }
    expect(asked).toBe(1);
    api.close();
  });
});
