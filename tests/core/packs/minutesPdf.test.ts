/**
 * The minutes documents over a real workspace whose minutes are written with SQL
 * (tests/helpers/minutesRows.ts), read back with pdfjs: council-style content, "Page N of M" and
 * the Chair's initials box on every page, DRAFT until approved, the Part II minute in the members'
 * confidential annex only and absent from every part of the public version (text, bookmarks,
 * metadata, raw bytes), corrections printed, running minute numbers, and the file left alone when
 * printing fails.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { meetingAgenda } from '../../../electron/core/meetings/agenda';
import { createMeeting } from '../../../electron/core/meetings/mutations';
import { INITIALS_LABEL } from '../../../electron/core/packs/minutes/minutesPdf';
import { printMinutes, type MinutesDocument } from '../../../electron/core/packs/minutes/printMinutes';
import { minuteCount } from '../../../shared/logic/minuteNumbers';
import { MINUTE_SECRETS, minutesBoard, PART_II_SUMMARY } from '../../helpers/minutesRows';
import { everything, outlineTitles, readPack, type ReadPack } from '../../helpers/readPack';
import { tempDir } from '../../helpers/tempWorkspace';
import { PART_II_PRESENTER, PART_II_TITLE, TODAY } from './packBoard';

let t: ReturnType<typeof tempDir>;
beforeEach(() => {
  t = tempDir('panelpack-minutes-');
});
afterEach(() => t.cleanup());

type Board = Awaited<ReturnType<typeof minutesBoard>>;

async function print(f: Board, document: MinutesDocument): Promise<{ read: ReadPack; raw: Buffer; pages: number }> {
  const out = join(t.dir, `${document}.pdf`);
  const r = await printMinutes(f.ws, { meetingId: f.meeting.id, document, today: TODAY, out });
  const raw = readFileSync(out);
  return { read: await readPack(raw), raw, pages: r.pages };
}

const SECRETS = [...MINUTE_SECRETS, PART_II_TITLE, PART_II_PRESENTER, 'Knows the family'];

describe('the minutes PDF', () => {
  it("members' draft: council style, every page numbered, initialled and marked DRAFT, Part II in the confidential annex", async () => {
    const f = await minutesBoard(t.dir);
    const { read, pages } = await print(f, 'members');
    const n = read.pages.length;
    expect(pages).toBe(n);
    read.pages.forEach((p, i) => {
      expect(p.text).toContain(`Page ${i + 1} of ${n}`);
      expect(p.text).toContain(INITIALS_LABEL);
      expect(p.text).toContain('DRAFT');
    });
    expect(read.labels).toEqual(Array.from({ length: n }, (_, i) => String(i + 1)));
    const text = read.pages.map((p) => p.text).join('\n');
    expect(text).toContain('Minutes of the meeting of the Corporate Parenting Board held on Thursday 17 December 2026 at 2.00 pm, Committee Room 1, County Hall');
    expect(text).toContain('DRAFT: draft minutes, not yet approved.');
    expect(text).toMatch(/Present Councillor Ann Chair \(Chair\) Councillor Cat Member Councillor Dan Substitute \(substitute for Councillor Bob Vice\)/);
    expect(text).toContain("Co-opted members and young people's representatives Jordan Reed, Children in Care Council representative");
    expect(text).toContain('Officers in attendance Priya Shah, Head of Children in Care');
    expect(text).toContain('Also present Alex Visitor, Ofsted observer');
    expect(text).toContain('Apologies Councillor Bob Vice (Vice-chair)');
    expect(text).toContain('Apologies for absence were received from Councillor Bob Vice.');
    expect(text).toContain('Councillor Cat Member declared an other registrable interest in minute 6 (Sufficiency strategy refresh) (Her partner is an approved foster carer for the council). Took no part in the discussion or vote. Dispensation: DISP-2026-04.');
    // The interest on the Part II item: its nature only in the annex.
    expect(text).toContain('Councillor Ann Chair declared a non-registrable interest in minute 10 (Exempt item: placement review) (nature recorded in the confidential annex). Left the room.');
    expect(text).toContain('The Board considered a report of Virtual School, presented by Head of the Virtual School.');
    expect(text).toContain('RESOLVED: That the annual report of the Virtual School be noted.');
    expect(text).toContain('Councillor Cat Member arrived during this item.');
    expect(text).toContain('RESOLVED: (1) That the refreshed sufficiency strategy be endorsed. (For 4, against 1, abstained 0.)');
    expect(text).toContain("RESOLVED: (2) That officers report back on recruitment in six months. Recorded vote, at the member's request: Councillor Dan Substitute, against.");
    expect(text).toContain('URGENT: the Chair agreed to take this item as a matter of urgency. Reason: The recruitment campaign starts before the next meeting.');
    // The exclusion, citing the paragraph, before Part II; the public summary in the body, the full minute in the annex.
    const exclusion = text.indexOf('RESOLVED: That, under section 100A(4) of the Local Government Act 1972');
    expect(exclusion).toBeGreaterThan(0);
    expect(text.indexOf('Part II: items considered in private')).toBeGreaterThan(exclusion);
    expect(text).toContain('paragraph 1 of Part 1 of Schedule 12A to the Act');
    expect(text).toContain(PART_II_SUMMARY);
    expect(text).toMatch(/Actions arising Ref\. Action Owner Due Minute 1\.1 Write to every school about attendance Priya Shah Wednesday 31 March 2027 5/);
    expect(text).toContain('Signed');
    expect(text).toMatch(/Date …+ Chair/);

    const annexStart = read.pages.findIndex((p) => p.text.includes('Confidential annex'));
    expect(annexStart).toBeGreaterThan(0);
    for (const p of read.pages.slice(annexStart)) expect(p.text).toContain('NOT FOR PUBLICATION by virtue of paragraph 1 of Part 1 of Schedule 12A to the Local Government Act 1972');
    for (const p of read.pages.slice(0, annexStart)) {
      expect(p.text).not.toContain('NOT FOR PUBLICATION');
      for (const s of MINUTE_SECRETS) expect(p.text).not.toContain(s);
    }
    const annex = read.pages
      .slice(annexStart)
      .map((p) => p.text)
      .join('\n')
      .replace(/- /g, '-');
    for (const s of ['SENTINEL-PART-II', 'SENTINEL-RESOLUTION-II', 'SENTINEL-DECLARATION-II', 'SENTINEL-ACTION-II', PART_II_TITLE]) expect(annex).toContain(s);
    expect(outlineTitles(read.outline)).toEqual(['Minutes', 'Confidential annex (Part II)']);
    expect(read.outline[1]?.page).toBe(annexStart + 1);
    expect(read.info).toMatchObject({ Title: "Minutes (members' version): Corporate Parenting Board, Thursday 17 December 2026", Author: 'Testshire County Council' });
    expect(read.lang).toBe('en-GB');
    f.ws.close();
  });

  it('public version: the public summary and the exclusion only; nothing of Part II in text, bookmarks, metadata or raw bytes', async () => {
    const f = await minutesBoard(t.dir, { approved: true });
    const { read, raw } = await print(f, 'public');
    const all = everything(read);
    for (const s of SECRETS) expect(all).not.toContain(s);
    const latin1 = raw.toString('latin1');
    for (const s of SECRETS) expect(latin1).not.toContain(s);
    expect(all).toContain('Exempt item: placement review');
    expect(all).toContain(PART_II_SUMMARY);
    expect(all).toContain('This item was considered in private: exempt information under paragraph 1 of Part 1 of Schedule 12A');
    expect(all).toContain('RESOLVED: That, under section 100A(4)');
    expect(all).not.toContain('confidential annex');
    expect(all).not.toContain('Follow up the placement plan');
    expect(outlineTitles(read.outline)).toEqual(['Minutes']);
    expect(read.info).toMatchObject({ Title: 'Minutes (public): Corporate Parenting Board, Thursday 17 December 2026' });
    read.pages.forEach((p, i) => expect(p.text).toContain(`Page ${i + 1} of ${read.pages.length}`));
    f.ws.close();
  });

  it('approved minutes: no DRAFT, the approval and signature, and each recorded correction (what, why, agreed at, by whom, when)', async () => {
    const f = await minutesBoard(t.dir, { approved: true });
    const { read } = await print(f, 'members');
    const text = read.pages.map((p) => p.text).join('\n');
    for (const p of read.pages) expect(p.text).not.toContain('DRAFT');
    expect(text).toContain('Approved as a correct record at the meeting held on Thursday 18 February 2027 and signed by the Chair, Councillor Ann Chair.');
    expect(text).toContain('Signed by Councillor Ann Chair on Thursday 18 February 2027 as a correct record.');
    expect(text).toContain('Corrections recorded after approval Minute 6: The vote was recorded as 4 for, 1 against Why: The clerk had recorded 5 for Before: “5 for”. After: “4 for”.');
    expect(text).toContain('Agreed at the meeting held on Thursday 18 February 2027, by Councillor Ann Chair, on Thursday 18 February 2027.');
    // The Part II correction: named in the body, given in full only in the annex.
    expect(text).toContain('Minute 10: A correction to this exempt minute Why: See the confidential annex.');
    const annex = read.pages.slice(read.pages.findIndex((p) => p.text.includes('Confidential annex'))).map((p) => p.text).join('\n');
    expect(annex).toContain('Minute 10: The plan date (SENTINEL-CORRECTION-II) Why: Wrong date given');
    f.ws.close();
  });

  it('minutes numbered through the municipal year carry on from the earlier held meeting', async () => {
    const f = await minutesBoard(t.dir);
    const october = createMeeting(f.ws, { bodyId: f.bodyId, meetingDate: '2026-10-15', startTime: '14:00' }, '2026-09-01');
    f.ws.db.prepare("UPDATE meetings SET status = 'held', published_on = '2026-10-06' WHERE id = ?").run(october.id);
    f.ws.db.prepare("UPDATE workspace_settings SET minute_numbering = 'running_year'").run();
    const earlier = minuteCount(meetingAgenda(f.ws, october.id, TODAY).entries.map((e) => ({ key: e.number, number: e.number })));
    const { read } = await print(f, 'public');
    const text = read.pages.map((p) => p.text).join('\n');
    expect(text).toContain(`${earlier + 1}/26 Apologies and substitutions`);
    expect(text).toContain(`${earlier + 6}.1/26 Foster carer recruitment update`);
    expect(text).toContain(`Councillor Cat Member declared an other registrable interest in minute ${earlier + 6}/26`);
    f.ws.close();
  });

  it('no minutes, or a failure while printing, leaves the file as it was, with a plain message', async () => {
    const f = await minutesBoard(t.dir);
    const out = join(t.dir, 'kept.pdf');
    writeFileSync(out, 'the clerk’s earlier copy');
    await expect(printMinutes(f.ws, { meetingId: f.next.id, document: 'members', today: TODAY, out })).rejects.toThrow(
      'There are no minutes for the meeting of the Corporate Parenting Board on Thursday 18 February 2027 yet. Take the minutes first.',
    );
    const failing = () => Promise.reject(new Error('renderer exploded'));
    await expect(printMinutes(f.ws, { meetingId: f.meeting.id, document: 'public', today: TODAY, out, render: failing })).rejects.toThrow('renderer exploded');
    expect(readFileSync(out, 'utf8')).toBe('the clerk’s earlier copy');
    expect(existsSync(join(t.dir, 'fresh.pdf'))).toBe(false);
    f.ws.close();
  });
});
