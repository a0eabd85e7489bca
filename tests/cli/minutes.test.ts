/** `panelpack minutes`, run in process over a real workspace whose minutes are written with SQL (tests/helpers/minutesRows.ts). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MINUTE_SECRETS, minutesBoard, PART_II_SUMMARY } from '../helpers/minutesRows';
import { expectOneLine, expectUsage, runCli, type CliResult } from '../helpers/cli';
import { everything, readPack } from '../helpers/readPack';
import { newWorkspace, tempDir } from '../helpers/tempWorkspace';

const t = tempDir('panelpack-cli-minutes-');
afterAll(() => t.cleanup());
const PINNED = '2026-11-22';
const at = (args: string[]): Promise<CliResult> => runCli(args, { cwd: t.dir, today: () => PINNED });

describe('panelpack minutes', () => {
  let file: string;
  let heldId: string;
  let nextId: string;
  beforeAll(async () => {
    const f = await minutesBoard(t.dir);
    file = f.ws.path;
    heldId = f.meeting.id;
    nextId = f.next.id;
    f.ws.close();
  });

  it("prints the members' minutes of the last held meeting, with the annex", async () => {
    const r = await at(['minutes', file, '--meeting', 'last', '--out', 'members.pdf']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Wrote the members' minutes \(\d+ pages\): .*members\.pdf\n$/);
    const text = everything(await readPack(readFileSync(join(t.dir, 'members.pdf'))));
    expect(text).toContain('Minutes of the meeting of the Corporate Parenting Board held on Thursday 17 December 2026');
    expect(text).toContain('SENTINEL-PART-II');
  });

  it('prints the public minutes without Part II, and the child-friendly summary', async () => {
    const pub = await at(['minutes', file, '--meeting', heldId, '--out', 'public.pdf', '--public']);
    expect(pub.code).toBe(0);
    expect(pub.out).toContain("Wrote the public minutes (");
    const text = everything(await readPack(readFileSync(join(t.dir, 'public.pdf'))));
    expect(text).toContain(PART_II_SUMMARY);
    for (const s of MINUTE_SECRETS) expect(text).not.toContain(s);

    const child = await at(['minutes', file, '--meeting', heldId, '--out', 'child.pdf', '--child-friendly']);
    expect(child.code).toBe(0);
    expect(child.out).toMatch(/^Wrote the child-friendly summary \(1 page\): /);
    expect(everything(await readPack(readFileSync(join(t.dir, 'child.pdf'))))).toContain('What we talked about');
  });

  it('plain errors: no minutes, an unknown meeting, nothing held; usage mistakes exit 2', async () => {
    expect(expectOneLine(await at(['minutes', file, '--meeting', nextId, '--out', 'none.pdf']))).toBe(
      'panelpack: There are no minutes for the meeting of the Corporate Parenting Board on Thursday 18 February 2027 yet. Take the minutes first.',
    );
    expect(expectOneLine(await at(['minutes', file, '--meeting', '0190a000-0000-7000-8000-00000000abcd', '--out', 'none.pdf']))).toMatch(/That meeting no longer exists/);
    const empty = newWorkspace(t.dir, 'empty.panelpack');
    empty.close();
    expect(expectOneLine(await at(['minutes', 'empty.panelpack', '--meeting', 'last', '--out', 'none.pdf']))).toBe(
      'panelpack: No meeting in this workspace has been held yet, so there are no minutes to print.',
    );
    expect(existsSync(join(t.dir, 'none.pdf'))).toBe(false);
    expectUsage(await at(['minutes', file, '--out', 'x.pdf']), /"minutes" needs --meeting <id>/);
    expectUsage(await at(['minutes', file, '--meeting', 'next', '--out', 'x.pdf']), /or "last" \(not "next"\)/);
    expectUsage(await at(['minutes', file, '--meeting', 'last']), /"minutes" needs --out <file>/);
    expectUsage(await at(['minutes', file, '--meeting', 'last', '--out', 'x.pdf', '--public', '--child-friendly']), /--public or --child-friendly, not both/);
  });
});
