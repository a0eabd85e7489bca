/**
 * The sample board's annual report (`panelpack evidence --preset annual-report`) for its last
 * complete board year: the narrative the sample writes (the Chair's foreword first, priorities for
 * next year after the evidence), with nothing the identity checks flag, and its members-only
 * section left out of the public version.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listSections } from '../../electron/core/annualReport/queries';
import { lastCompleteBoardYear } from '../../shared/model/annualReport';
import { Workspace } from '../../electron/core/workspace';
import { runCli, type CliResult } from '../helpers/cli';
import { everything, outlineTitles, readPack } from '../helpers/readPack';
import { tempDir } from '../helpers/tempWorkspace';

const t = tempDir('panelpack-cli-annual-');
afterAll(() => t.cleanup());
const PINNED = '2026-12-20';
const at = (args: string[]): Promise<CliResult> => runCli(args, { cwd: t.dir, today: () => PINNED });

describe("the sample board's annual report", () => {
  it('has a narrative for the last complete board year, placed around the evidence; the public version leaves out the members-only section', async () => {
    expect(lastCompleteBoardYear('2026-12-20')).toBe('2025-26');
    expect(lastCompleteBoardYear('2027-03-31')).toBe('2025-26');
    expect(lastCompleteBoardYear('2027-04-01')).toBe('2026-27');
    expect(lastCompleteBoardYear('2099-06-01')).toBe('2098-99');
    expect((await at(['init', 'sample.panelpack', '--sample'])).code).toBe(0);
    const ws = Workspace.open(join(t.dir, 'sample.panelpack'), { actor: 'test' });
    const sections = listSections(ws, '2025-26', PINNED);
    ws.close();
    expect(sections.map((s) => s.heading)).toEqual([
      "Chair's foreword",
      'The Corporate Parenting Board and how it works',
      "The board's year",
      'What children and young people told us',
      'Priorities for next year',
      'For members: the cost of residential placements',
    ]);
    expect(sections.every((s) => s.body.trim() !== '')).toBe(true);
    expect(sections.flatMap((s) => s.flags)).toEqual([]);

    const members = await at(['evidence', 'sample.panelpack', '--preset', 'annual-report', '--year', '2025-26', '--out', 'annual.pdf']);
    expect(members.code, members.err).toBe(0);
    const m = await readPack(readFileSync(join(t.dir, 'annual.pdf')));
    expect(outlineTitles(m.outline).slice(0, 3)).toEqual(['Cover', 'Contents', "Chair's foreword"]);
    expect(outlineTitles(m.outline).at(-1)).toBe('Priorities for next year');
    expect(everything(m)).toContain('For members: the cost of residential placements');

    const pub = await at(['evidence', 'sample.panelpack', '--preset', 'annual-report', '--year', '2025-26', '--out', 'annual-public.pdf', '--public']);
    expect(pub.code, pub.err).toBe(0);
    const bytes = readFileSync(join(t.dir, 'annual-public.pdf'));
    const p = everything(await readPack(bytes));
    expect(p).toContain('would this be good enough for my child?');
    expect(p).not.toContain('cost of residential placements');
    expect(bytes.toString('latin1')).not.toContain('cost of residential placements');
  });
});
