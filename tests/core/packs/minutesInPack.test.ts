/**
 * The pack of the meeting after a held one carries that meeting's minutes under "Minutes of the
 * previous meeting" (members' pack with the confidential annex, public pack without: scanned in
 * text, bookmarks, metadata and raw bytes) and a generated action-log paper under "Action log and
 * matters arising"; every page still numbered and the contents pointing at the covers. With no
 * previous minutes nothing is added.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addUpdate, createAction } from '../../../electron/core/actions/mutations';
import { printPack } from '../../../electron/core/packs/publish';
import { MINUTE_SECRETS, minutesBoard, PART_II_SUMMARY } from '../../helpers/minutesRows';
import { everything, outlineTitles, readPack, type ReadPack } from '../../helpers/readPack';
import { tempDir } from '../../helpers/tempWorkspace';
import { PART_II_PRESENTER, PART_II_TITLE, TODAY } from './packBoard';

let t: ReturnType<typeof tempDir>;
beforeEach(() => {
  t = tempDir('panelpack-minutes-pack-');
});
afterEach(() => t.cleanup());

type Board = Awaited<ReturnType<typeof minutesBoard>>;

async function pack(f: Board, version: 'members' | 'public'): Promise<{ read: ReadPack; raw: Buffer }> {
  const out = join(t.dir, `${version}.pdf`);
  await printPack(f.ws, { meetingId: f.next.id, version, today: TODAY, out });
  const raw = readFileSync(out);
  return { read: await readPack(raw), raw };
}

/** The page each item's cover stands on, by item number. */
function covers(p: ReadPack): Map<string, number> {
  const starts = new Map<string, number>();
  p.pages.forEach((page, i) => {
    const m = /\bItem (\d+(?:\.\d+)?) .{0,400}?\bPurpose\b/.exec(page.text);
    if (m && !/Part I: items open/.test(page.text) && !starts.has(m[1] as string)) starts.set(m[1] as string, i + 1);
  });
  return starts;
}

function boardActions(f: Board): void {
  const open = createAction(f.ws, { priorityId: f.priorityIds[1], reference: 'S-9', title: 'Open strategy action for the board' });
  addUpdate(f.ws, { actionId: open.id, date: '2026-11-01', text: 'Going well.', rag: 'green', status: 'in_progress' }, TODAY);
  createAction(f.ws, { priorityId: f.priorityIds[1], reference: 'S-10', title: 'A finished action', status: 'complete' });
}

describe('minutes in the next meeting’s pack', () => {
  it("members' pack: the previous minutes with their annex, and the action-log paper, under their standing items", async () => {
    const f = await minutesBoard(t.dir);
    boardActions(f);
    const { read } = await pack(f, 'members');
    const n = read.pages.length;
    read.pages.forEach((p, i) => expect(p.text).toContain(`Page ${i + 1} of ${n}`));
    const starts = covers(read);
    const part1 = read.outline.find((o) => o.title === 'Part I');
    const minutesMark = part1?.children.find((c) => c.title.startsWith('3 Minutes of the meeting held on Thursday 17 December 2026'));
    const logMark = part1?.children.find((c) => c.title.startsWith('4 Action log'));
    expect(minutesMark?.page).toBe(starts.get('3'));
    expect(logMark?.page).toBe(starts.get('4'));
    const agenda = read.pages.slice(0, 2).map((p) => p.text).join(' ');
    expect(agenda).toContain('Papers: Minutes of the meeting held on Thursday 17 December 2026 (draft)');

    const minutesPages = read.pages.slice(starts.get('3'), (starts.get('4') as number) - 1);
    const minutesText = minutesPages.map((p) => p.text).join('\n');
    expect(minutesText).toContain('Minutes of the meeting of the Corporate Parenting Board held on Thursday 17 December 2026');
    expect(minutesText).toContain('DRAFT: draft minutes, not yet approved.');
    expect(minutesText).toContain('Confidential annex');
    expect(minutesText).toContain('SENTINEL-PART-II');
    expect(minutesText).not.toContain("Chair's initials");
    const annexPages = minutesPages.filter((p) => p.text.includes('Confidential annex'));
    for (const p of annexPages) expect(p.text).toContain('NOT FOR PUBLICATION by virtue of paragraph 1');

    const log = read.pages.slice((starts.get('4') as number) - 1 + 1, starts.get('5') ? (starts.get('5') as number) - 1 : undefined).map((p) => p.text).join('\n');
    expect(log).toContain('Action log');
    expect(log).toContain('The actions arising from the minutes of the meeting held on Thursday 17 December 2026, and every open action of the board');
    expect(log).toContain('Write to every school about attendance');
    expect(log).toContain('Report back on foster carer recruitment');
    expect(log).toContain('Open strategy action for the board');
    expect(log).toContain('Green');
    expect(log).not.toContain('A finished action');
    expect(log).not.toContain('SENTINEL-ACTION-II');
    f.ws.close();
  });

  it('public pack: the public minutes only; nothing of Part II in text, bookmarks, metadata or raw bytes', async () => {
    const f = await minutesBoard(t.dir);
    const { read, raw } = await pack(f, 'public');
    const all = everything(read);
    expect(all).toContain('Minutes of the meeting of the Corporate Parenting Board held on Thursday 17 December 2026');
    expect(all).toContain(PART_II_SUMMARY);
    expect(all).toContain('Write to every school about attendance');
    const secrets = [...MINUTE_SECRETS, PART_II_TITLE, PART_II_PRESENTER, 'Knows the family', 'Confidential annex', 'Follow up the placement plan'];
    for (const s of secrets) expect(all).not.toContain(s);
    const latin1 = raw.toString('latin1');
    for (const s of secrets) expect(latin1).not.toContain(s);
    expect(outlineTitles(read.outline).some((x) => /annex/i.test(x))).toBe(false);
    read.pages.forEach((p, i) => expect(p.text).toContain(`Page ${i + 1} of ${read.pages.length}`));
    f.ws.close();
  });

  it('with no previous minutes nothing is added', async () => {
    const f = await minutesBoard(t.dir);
    f.ws.db.prepare('DELETE FROM minutes').run();
    const { read } = await pack(f, 'members');
    expect(read.pages.length).toBe(2);
    expect(everything(read)).not.toContain('Minutes of the meeting of the');
    f.ws.close();
  });
});
