/**
 * The child-friendly summary read back from the real PDF: only the items marked for children and
 * never Part II; the three questions; every piece of text on every page measured at 14 pt or more;
 * "Draft: not yet checked by the participation officer" until it is checked, then final.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHILD_DRAFT_WORDS, CHILD_MIN_SIZE } from '../../../electron/core/packs/minutes/childDoc';
import { printMinutes } from '../../../electron/core/packs/minutes/printMinutes';
import { MINUTE_SECRETS, minutesBoard } from '../../helpers/minutesRows';
import { tempDir } from '../../helpers/tempWorkspace';
import { PART_II_TITLE, TODAY } from './packBoard';

let t: ReturnType<typeof tempDir>;
beforeEach(() => {
  t = tempDir('panelpack-child-');
});
afterEach(() => t.cleanup());

/** Each page's text, and the size (points) of every text run on it, as the reader draws it. */
async function sizes(bytes: Uint8Array): Promise<{ text: string; sizes: { str: string; size: number }[] }[]> {
  const pdf = await getDocument({ data: new Uint8Array(bytes) }).promise;
  const pages = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    const runs = content.items.flatMap((it) => ('str' in it && it.str.trim() ? [{ str: it.str, size: Math.hypot(it.transform[2] as number, it.transform[3] as number) }] : []));
    pages.push({ text: runs.map((r) => r.str).join(' ').replace(/\s+/g, ' '), sizes: runs });
  }
  await pdf.loadingTask.destroy();
  return pages;
}

describe('the child-friendly summary', () => {
  it('only the marked Part I items, the three questions, 14 pt or more throughout, and marked as a draft until checked', async () => {
    const f = await minutesBoard(t.dir);
    const out = join(t.dir, 'child.pdf');
    await printMinutes(f.ws, { meetingId: f.meeting.id, document: 'child', today: TODAY, out });
    const pages = await sizes(readFileSync(out));
    const text = pages.map((p) => p.text).join('\n');
    expect(text).toContain('What happened at the meeting');
    expect(text).toContain('Annual report of the Virtual School What we talked about We talked about how children in care are doing at school.');
    expect(text).toContain('What we decided We agreed to look again at how many of you miss school.');
    expect(text).toContain('Who will do it and by when The Virtual School will write to every school by March.');
    // With nothing written for "who", the actions arising from the item, by role.
    expect(text).toContain('The Head of Children in Care will report back on foster carer recruitment by Wednesday 30 June 2027.');
    // Not marked, and Part II (marked, but never shown).
    expect(text).not.toContain('Foster carer recruitment update');
    for (const s of [...MINUTE_SECRETS, PART_II_TITLE, 'Exempt item']) expect(text).not.toContain(s);
    for (const p of pages) expect(p.text).toContain(CHILD_DRAFT_WORDS);

    const all = pages.flatMap((p) => p.sizes);
    expect(all.length).toBeGreaterThan(20);
    const small = all.filter((r) => r.size < CHILD_MIN_SIZE - 0.01);
    expect(small).toEqual([]);
    // The measure is real: the public minutes (8 pt furniture and tables) fail it.
    const control = join(t.dir, 'minutes.pdf');
    await printMinutes(f.ws, { meetingId: f.meeting.id, document: 'public', today: TODAY, out: control });
    expect((await sizes(readFileSync(control))).flatMap((p) => p.sizes).filter((r) => r.size < CHILD_MIN_SIZE - 0.01).length).toBeGreaterThan(10);
    f.ws.close();
  });

  it('checked by the participation officer: final, saying who checked it', async () => {
    const f = await minutesBoard(t.dir, { childChecked: true });
    const out = join(t.dir, 'child.pdf');
    await printMinutes(f.ws, { meetingId: f.meeting.id, document: 'child', today: TODAY, out });
    const text = (await sizes(readFileSync(out))).map((p) => p.text).join('\n');
    expect(text).toContain('Checked by the participation officer on Tuesday 22 December 2026: Sam Participation.');
    expect(text).not.toContain('Draft');
    expect(text).not.toContain('DRAFT');
    f.ws.close();
  });

  it('says plainly when no item is marked for children', async () => {
    const f = await minutesBoard(t.dir);
    f.ws.db.prepare('UPDATE item_minutes SET for_children = 0').run();
    await expect(printMinutes(f.ws, { meetingId: f.meeting.id, document: 'child', today: TODAY, out: join(t.dir, 'x.pdf') })).rejects.toThrow(
      'No item of the meeting on Thursday 17 December 2026 is marked for the child-friendly summary.',
    );
    f.ws.close();
  });
});
