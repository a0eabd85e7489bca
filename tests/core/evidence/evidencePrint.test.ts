/**
 * evidence:print through the contract, as the app calls it: the host's dialog chooses the file, a
 * real worker thread lays it out (as under Electron), progress arrives as "evidence:print" events,
 * and the PDF is saved; the public version holds no Part II sentinel, the members' one does; bad
 * input and an unknown priority are refused in plain words before the dialog opens.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWorkerRenderer } from '../../../electron/core/packs/render';
import type { ProgressEvent } from '../../../shared/ipc/errors';
import { apiOpening, ok } from '../../helpers/host';
import { MINUTE_SECRETS, minutesBoard, PART_II_SENTINEL } from '../../helpers/minutesRows';
import { everything, readPack } from '../../helpers/readPack';
import { tempDir } from '../../helpers/tempWorkspace';

const TS_WORKER = `import('tsx/esm/api').then(({ tsImport }) => tsImport(${JSON.stringify(new URL('../../../electron/core/packs/pdfWorker.ts', import.meta.url).href)}, ${JSON.stringify(import.meta.url)}))`;

let t: ReturnType<typeof tempDir>;
beforeEach(() => {
  t = tempDir('panelpack-evidence-print-');
});
afterEach(() => t.cleanup());

describe('evidence:print', () => {
  it('builds a public pack for a principle and a members\' pack for a period, with progress; refuses bad input before asking where', async () => {
    const f = await minutesBoard(t.dir, { approved: true });
    const path = f.ws.path;
    f.ws.close();
    const names: string[] = [];
    let out = '';
    const events: ProgressEvent[] = [];
    const api = apiOpening(path, {
      dir: t.dir,
      dialogs: {
        choosePdfDestination: (name) => {
          names.push(name);
          return Promise.resolve(out === '' ? null : out);
        },
      },
      progress: (e) => events.push(e),
      renderPdf: createWorkerRenderer(TS_WORKER, { eval: true }),
    });
    await ok(api.dispatch('workspace:open', {}));

    // Cancelled: null, nothing written.
    expect(await ok(api.dispatch('evidence:print', { scope: { kind: 'principle', code: 'f' }, version: 'public' }))).toBeNull();
    expect(names[0]).toMatch(/^Evidence pack \(public\) Principle \(f\) - .+\.pdf$/);

    out = join(t.dir, 'public principle.pdf');
    const saved = await ok<{ path: string; pages: number }>(api.dispatch('evidence:print', { scope: { kind: 'principle', code: 'f' }, version: 'public', largePrint: false }));
    expect(saved.path).toBe(out);
    const bytes = readFileSync(out);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.includes(PART_II_SENTINEL)).toBe(false);
    const pub = await readPack(bytes);
    expect(pub.pages.length).toBe(saved.pages);
    expect(everything(pub)).toContain('Evidence pack (public)');
    for (const secret of MINUTE_SECRETS) expect(everything(pub)).not.toContain(secret);
    expect(events.every((e) => e.task === 'evidence:print')).toBe(true);
    expect(events.at(-1)).toMatchObject({ done: 100, label: `Saved ${saved.pages} ${saved.pages === 1 ? 'page' : 'pages'}.` });

    out = join(t.dir, 'members period.pdf');
    await ok(api.dispatch('evidence:print', { scope: { kind: 'period', from: '2026-12-01', to: '2026-12-31' }, version: 'members' }));
    // The members' version carries the Part II extracts (bannered), so the filter above is real.
    expect(everything(await readPack(readFileSync(out)))).toContain('SENTINEL-ACTION-II');

    const asked = names.length;
    const refused = async (input: unknown, code: string, message: string): Promise<void> => {
      const r = await api.dispatch('evidence:print', input);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe(code);
        expect(JSON.stringify(r.error)).toContain(message);
      }
    };
    await refused({ scope: { kind: 'priority', number: 99 } }, 'not_found', 'There is no priority 99 in the current strategy');
    await refused({ scope: { kind: 'period', from: '2026-12-31', to: '2026-12-01' } }, 'invalid_input', 'The period must end on or after the day it begins.');
    await refused({ scope: { kind: 'annual', year: '2025' } }, 'invalid_input', "Enter the board's year as councils write it");
    await refused({ scope: { kind: 'annual', year: '2025-27' } }, 'invalid_input', 'is not a board year');
    await refused({ scope: { kind: 'principle', code: 'z' } }, 'invalid_input', 'Choose a principle from (a) to (g).');
    expect(names.length).toBe(asked);
    api.close();
  });

  it('evidence:cancel stops the build between steps: null, nothing saved; a second build at once is refused; the next one works', async () => {
    const f = await minutesBoard(t.dir, { approved: true });
    const path = f.ws.path;
    f.ws.close();
    const out = join(t.dir, 'cancelled.pdf');
    let cancelAt: ((e: ProgressEvent) => void) | null = null;
    const api = apiOpening(path, {
      dir: t.dir,
      dialogs: { choosePdfDestination: () => Promise.resolve(out) },
      progress: (e) => cancelAt?.(e),
      renderPdf: createWorkerRenderer(TS_WORKER, { eval: true }),
    });
    await ok(api.dispatch('workspace:open', {}));
    const input = { scope: { kind: 'principle', code: 'f' }, version: 'members' };
    let second: Awaited<ReturnType<typeof api.dispatch>> | null = null;
    cancelAt = (e) => {
      if (e.done === 0 || cancelAt === null) return;
      cancelAt = null;
      // While one is being built: a second is refused plainly, then the first is cancelled.
      void api.dispatch('evidence:print', input).then((r) => (second = r));
      void api.dispatch('evidence:cancel', {});
    };
    expect(await ok(api.dispatch('evidence:print', input))).toBeNull();
    expect(existsSync(out)).toBe(false);
    await expect.poll(() => second).not.toBeNull();
    expect(second).toMatchObject({ ok: false, error: { code: 'conflict', message: 'An evidence pack is being built already. Wait for it to finish, or cancel it.' } });
    const saved = await ok<{ path: string; pages: number }>(api.dispatch('evidence:print', input));
    expect(existsSync(saved.path)).toBe(true);
    api.close();
  });
});
