/**
 * Agenda packs over a real workspace, read back with pdfjs as a member's reader would: page
 * stamps and labels on every page, contents page numbers equal to where items start, the outline
 * matching the agenda, Part II present in the members' pack and absent from every part of the
 * public one (text, bookmarks, metadata, raw bytes), supplements, cancelling.
 */
import { PDFDocument, PDFName, PDFDict, type PDFRef } from 'pdf-lib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileBytes } from '../../../electron/core/attachments/files';
import { attachPdf } from '../../../electron/core/attachments/mutations';
import { addAgendaItem } from '../../../electron/core/meetings/agendaWrites';
import { getMeeting } from '../../../electron/core/meetings/queries';
import { listPublications } from '../../../electron/core/meetings/publications';
import { publishMeeting } from '../../../electron/core/packs/publish';
import { buildPack } from '../../../electron/core/packs/pack';
import { packData } from '../../../electron/core/packs/packData';
import { MEETING_SELECT } from '../../../electron/core/meetings/rows';
import { renderInProcess, type PdfRenderer } from '../../../electron/core/packs/render';
import type { Publication } from '../../../shared/model/entities';
import { everything, outlineTitles, readPack, type ReadPack } from '../../helpers/readPack';
import { tempDir } from '../../helpers/tempWorkspace';
import { PART_II_PRESENTER, PART_II_RECOMMENDATION, PART_II_SENTINEL, PART_II_TITLE, packBoard, reportPdf, TODAY } from './packBoard';

let t: ReturnType<typeof tempDir>;
beforeEach(() => {
  t = tempDir();
});
afterEach(() => t.cleanup());

type Fixture = Awaited<ReturnType<typeof packBoard>>;

async function published(f: Fixture): Promise<{ agenda: ReadPack; members: ReadPack; pub: ReadPack; raw: Record<string, Uint8Array>; pubs: Publication[] }> {
  const result = await publishMeeting(f.ws, f.meeting.id, { today: TODAY });
  const raw = Object.fromEntries(result.publications.map((p) => [p.kind, fileBytes(f.ws, p.fileSha256)]));
  return {
    agenda: await readPack(raw.agenda as Uint8Array),
    members: await readPack(raw.members_pack as Uint8Array),
    pub: await readPack(raw.public_pack as Uint8Array),
    raw,
    pubs: result.publications,
  };
}

/** The numbers in the agenda's Page column (right of x = 500), top to bottom, with the item number on their row. */
function contentsRefs(p: ReadPack): Map<string, number> {
  const refs = new Map<string, number>();
  for (const page of p.pages.filter((x) => /Part I: items open/.test(x.text))) {
    const rows = page.items.filter((i) => i.x < 60 && /^\d+(\.\d+)?$/.test(i.str.trim()));
    for (const ref of page.items.filter((i) => i.x > 500 && /^\d+$/.test(i.str.trim()))) {
      const row = rows.find((r) => Math.abs(r.y - ref.y) < 1);
      if (row) refs.set(row.str.trim(), Number(ref.str));
    }
  }
  return refs;
}

/** The page on which each item's cover ("Item 5" at the top) stands. */
function coverPages(p: ReadPack): Map<string, number> {
  const starts = new Map<string, number>();
  p.pages.forEach((page, i) => {
    if (/Part I: items open|There are no items/.test(page.text)) return;
    const m = /\bItem (\d+(?:\.\d+)?) .{0,400}?\bPurpose\b/.exec(page.text);
    if (m && !starts.has(m[1] as string)) starts.set(m[1] as string, i + 1);
  });
  return starts;
}

describe('agenda packs', () => {
  it("the members' pack: every page stamped and labelled, contents and outline agree with where items start", async () => {
    const f = await packBoard(t.dir);
    const { members } = await published(f);
    const n = members.pages.length;
    // 2 front pages; item 5: cover + 3 + 3; item 6: cover + 3; 6.1: cover + 3 (the shared report again); item 10: cover + 2.
    expect(n).toBe(2 + 7 + 4 + 4 + 3);
    members.pages.forEach((p, i) => expect(p.text).toContain(`Page ${i + 1} of ${n}`));
    expect(members.labels).toEqual(Array.from({ length: n }, (_, i) => String(i + 1)));

    const covers = coverPages(members);
    expect([...covers.entries()]).toEqual([
      ['5', 3],
      ['6', 10],
      ['6.1', 14],
      ['10', 18],
    ]);
    expect(contentsRefs(members)).toEqual(covers);
    expect(members.pages[2]?.text).toContain('Annual report of the Virtual School');
    expect(members.pages[3]?.text).toContain('Virtual School annual report: report page 1');
    // The landscape page and the page with /Rotate 90 carry the stamp too.
    expect(members.pages[7]?.text).toContain('Education outcomes data: report page 2');
    expect(members.pages[10]?.text).toContain('Sufficiency strategy: report page 1');

    expect(members.outline.map((o) => o.title)).toEqual(['Agenda', 'Part I', 'Part II']);
    const [agendaMark, part1, part2] = members.outline;
    expect(agendaMark?.page).toBe(2);
    expect(part1?.children.map((c) => c.title)).toEqual([
      '1 Apologies and substitutions',
      '2 Declarations of interest',
      '3 Minutes of the previous meeting',
      '4 Action log and matters arising',
      '5 Annual report of the Virtual School',
      '6 Sufficiency strategy refresh',
      '7 Any other business',
      '8 Date of next meeting',
      '9 Exclusion of the press and public',
    ]);
    expect(part1?.children[5]?.children.map((c) => [c.title, c.page])).toEqual([['6.1 Foster carer recruitment update', 14]]);
    expect(part1?.children.find((c) => c.title.startsWith('5 '))?.page).toBe(3);
    expect(part1?.children[0]?.page).toBe(2);
    expect(part2?.children.map((c) => [c.title, c.page])).toEqual([[`10 ${PART_II_TITLE}`, 18]]);

    expect(members.info).toMatchObject({
      Title: "Agenda pack (members'): Corporate Parenting Board, Thursday 17 December 2026",
      Author: 'Testshire County Council',
      Subject: "Agenda pack (members') for the meeting of the Corporate Parenting Board, Thursday 17 December 2026",
    });
    expect(members.lang).toBe('en-GB');
    f.ws.close();
  });

  it("Part II is in the members' pack, marked NOT FOR PUBLICATION, and absent from every part of the public pack and agenda", async () => {
    const f = await packBoard(t.dir);
    const { agenda, members, pub, raw } = await published(f);
    const secrets = [PART_II_TITLE, PART_II_SENTINEL, 'SENTINELREC', PART_II_PRESENTER, 'Confidential placement report'];

    const all = everything(members);
    for (const s of secrets) expect(all).toContain(s);
    const part2Pages = members.pages.slice(17);
    for (const p of part2Pages) expect(p.text).toContain('NOT FOR PUBLICATION by virtue of paragraph 1 of Part 1 of Schedule 12A');
    for (const p of members.pages.slice(2, 17)) expect(p.text).not.toContain('NOT FOR PUBLICATION');
    expect(members.pages[17]?.text).toContain(PART_II_RECOMMENDATION);

    for (const doc of [pub, agenda]) {
      const text = everything(doc);
      for (const s of secrets) expect(text).not.toContain(s);
      expect(text).toContain('Exempt item: placement review');
      expect(text).toContain('Not for publication by virtue of paragraph 1 of Part 1 of Schedule 12A');
    }
    for (const bytes of [raw.public_pack, raw.agenda]) {
      const latin1 = Buffer.from(bytes as Uint8Array).toString('latin1');
      for (const s of secrets) expect(latin1).not.toContain(s);
    }
    expect(outlineTitles(pub.outline)).not.toContain('Part II');
    expect(outlineTitles(pub.outline).some((x) => x.startsWith('10 '))).toBe(false);
    expect(outlineTitles(pub.outline)).toContain('9 Exclusion of the press and public');
    // The public pack is the members' pack without item 10's cover and report.
    expect(pub.pages.length).toBe(members.pages.length - 3);
    pub.pages.forEach((p, i) => expect(p.text).toContain(`Page ${i + 1} of ${pub.pages.length}`));
    expect(pub.info).toMatchObject({ Title: 'Agenda pack (public): Corporate Parenting Board, Thursday 17 December 2026' });

    // The printable agenda numbers its own pages and points into the public pack.
    expect(agenda.pages.length).toBe(2);
    agenda.pages.forEach((p, i) => expect(p.text).toContain(`Page ${i + 1} of 2`));
    expect(contentsRefs(agenda)).toEqual(coverPages(pub));
    expect(agenda.pages[0]?.text).toMatch(/Date Thursday 17 December 2026 Time 2\.00 pm Venue Committee Room 1, County Hall/);
    expect(agenda.pages[0]?.text.replace(/- /g, '-')).toContain('Councillors Councillor Ann Chair (Chair) Councillor Bob Vice (Vice-chair) Councillor Cat Member');
    expect(agenda.pages[0]?.text).toContain('Quorum 3 members');
    expect(agenda.pages[0]?.text).toContain('Sam Clerk Telephone: 01234 567890 Email: democratic.services@testshire.gov.uk');
    expect(agenda.pages[0]?.text).toContain('Published Sunday 22 November 2026');
    expect(agenda.pages[0]?.text).toContain('Public attendance and recording');
    f.ws.close();
  });

  it('publishing keeps each version, marks the meeting published, and a report attached twice is copied once', async () => {
    const f = await packBoard(t.dir);
    const { raw, pubs } = await published(f);
    expect(pubs.map((p) => p.kind)).toEqual(['agenda', 'members_pack', 'public_pack']);
    expect(getMeeting(f.ws, f.meeting.id, TODAY)).toMatchObject({ status: 'published', publishedOn: TODAY });

    // Pages 7-9 and 15-17 show the same report: distinct pages (each has its own stamp) sharing one set of fonts.
    const doc = await PDFDocument.load(raw.members_pack as Uint8Array);
    const fontRef = (i: number): PDFRef => {
      const resources = doc.getPage(i).node.Resources() as PDFDict;
      const fonts = resources.lookup(PDFName.of('Font'), PDFDict);
      return fonts.get(fonts.keys()[0] as PDFName) as PDFRef;
    };
    expect(doc.getPage(6).ref).not.toBe(doc.getPage(14).ref);
    expect(fontRef(6).toString()).toBe(fontRef(14).toString());

    // Publishing again adds new versions and keeps the first ones.
    await publishMeeting(f.ws, f.meeting.id, { today: TODAY });
    expect(listPublications(f.ws, f.meeting.id).map((p) => p.kind)).toEqual(['agenda', 'members_pack', 'public_pack', 'agenda', 'members_pack', 'public_pack']);
    f.ws.close();
  });

  it('publishing reads the meeting once for all its documents (both packs and the agenda are laid out from that one read)', async () => {
    const f = await packBoard(t.dir, { reportPages: 1 });
    const real = f.ws.stmt.bind(f.ws);
    let reads = 0;
    f.ws.stmt = (sql: string) => {
      if (sql.startsWith(MEETING_SELECT)) reads += 1;
      return real(sql);
    };
    const readsAtRender: number[] = [];
    const render: PdfRenderer = (doc, onProgress) => {
      readsAtRender.push(reads);
      return renderInProcess(doc, onProgress);
    };
    await publishMeeting(f.ws, f.meeting.id, { today: TODAY, render });
    // Every document (both packs, the agenda) is laid out from the one read.
    expect(readsAtRender.length).toBeGreaterThan(3);
    expect(new Set(readsAtRender)).toEqual(new Set([1]));
    f.ws.close();
  });

  it('a supplementary pack holds only the items added or changed since publication, with its own front sheet and page numbers', async () => {
    const f = await packBoard(t.dir);
    await published(f);
    await expect(publishMeeting(f.ws, f.meeting.id, { today: TODAY, supplement: true })).rejects.toThrow(/nothing for a supplementary pack/);

    const late = addAgendaItem(
      f.ws,
      { meetingId: f.meeting.id, title: 'Ofsted focused visit letter', purpose: 'information', presenter: 'Director of Children’s Services', urgencyReason: 'The letter arrived after the agenda was published and must be reported before the inspection.' },
      TODAY,
    );
    await attachPdf(f.ws, { itemId: late.id, filename: 'Ofsted letter.pdf', bytes: await reportPdf('Ofsted focused visit letter', 2) });
    const result = await publishMeeting(f.ws, f.meeting.id, { today: TODAY, supplement: true });
    expect(result.publications.map((p) => [p.kind, p.number])).toEqual([
      ['supplement', 1],
      ['public_supplement', 1],
    ]);
    const sup = await readPack(fileBytes(f.ws, result.publications[0]?.fileSha256 ?? ''));
    expect(sup.pages[0]?.text).toContain('Supplementary agenda No. 1');
    expect(sup.pages.length).toBe(2 + 1 + 2);
    sup.pages.forEach((p, i) => expect(p.text).toContain(`Page ${i + 1} of 5`));
    expect(sup.labels).toEqual(['1', '2', '3', '4', '5']);
    const text = everything(sup);
    expect(text).toContain(`${late.number} Ofsted focused visit letter`);
    expect(text).toContain('Late item. Reason for urgency: The letter arrived after the agenda was published');
    expect(text).not.toContain('Annual report of the Virtual School');
    expect(text).not.toContain(PART_II_TITLE);
    expect(outlineTitles(sup.outline)).toEqual(['Supplementary agenda', 'Part I', `${late.number} Ofsted focused visit letter`]);
    f.ws.close();
  });

  it('cancelling keeps nothing: no publication, the meeting still a draft', async () => {
    const f = await packBoard(t.dir);
    const controller = new AbortController();
    const run = publishMeeting(f.ws, f.meeting.id, {
      today: TODAY,
      signal: controller.signal,
      onProgress: (e) => {
        if (e.done >= 20) controller.abort();
      },
    });
    await expect(run).rejects.toThrow();
    expect(controller.signal.aborted).toBe(true);
    expect(listPublications(f.ws, f.meeting.id)).toEqual([]);
    expect(getMeeting(f.ws, f.meeting.id, TODAY).status).toBe('draft');
    f.ws.close();
  });

  it('a pack of a meeting with no reports is the front sheet and agenda, numbered', async () => {
    const f = await packBoard(t.dir, { reportPages: 1 });
    const data = packData(f.ws, f.meeting.id, { version: 'public', today: TODAY });
    const bare = { ...data, entries: data.entries.map((e) => (e.kind === 'item' ? { ...e, reports: [] } : e)) };
    const built = await buildPack(bare, { render: renderInProcess, loadFile: (sha) => fileBytes(f.ws, sha) });
    const read = await readPack(built.bytes);
    expect(read.pages.length).toBe(2);
    read.pages.forEach((p, i) => expect(p.text).toContain(`Page ${i + 1} of 2`));
    expect(contentsRefs(read).size).toBe(0);
    f.ws.close();
  });

  it('a cover too long for one page is laid out on its own, and the page references still agree', async () => {
    const f = await packBoard(t.dir, { reportPages: 1 });
    const data = packData(f.ws, f.meeting.id, { version: 'members', today: TODAY });
    const long = 'That the board agrees each of the recommendations set out in section four of the report, and asks officers to report back. '.repeat(45);
    const entries = data.entries.map((e) => (e.kind === 'item' && e.number === '6' ? { ...e, recommendation: long } : e));
    const built = await buildPack({ ...data, entries }, { render: renderInProcess, loadFile: (sha) => fileBytes(f.ws, sha) });
    const read = await readPack(built.bytes);
    const covers = coverPages(read);
    // Item 5 cover + 2 one-page reports, then item 6's cover takes two pages before its report.
    expect([...covers.entries()]).toEqual([
      ['5', 3],
      ['6', 6],
      ['6.1', 9],
      ['10', 11],
    ]);
    expect(contentsRefs(read)).toEqual(covers);
    read.pages.forEach((p, i) => expect(p.text).toContain(`Page ${i + 1} of ${read.pages.length}`));
    f.ws.close();
  });
});
