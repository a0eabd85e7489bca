/**
 * The Northbrook sample board's year of meetings, built on a real temporary file: their dates for
 * any today, themes, venues, agendas, the reports attached (real PDFs, Part II kept to Part II),
 * and the held meetings' papers really published.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { daysBetween, longDate, parseDate, shiftDate } from '../../shared/logic/dates';
import { listBodies } from '../../electron/core/bodies/queries';
import { ukTimeToUtc } from '../../electron/core/ics';
import { resourcePath } from '../../electron/core/resources';
import { buildSampleWorkspace } from '../../electron/core/sample/buildSample';
import { parseSampleData } from '../../electron/core/sample/sampleData';
import { sampleReportPdf } from '../../electron/core/sample/sampleReports';
import { NEXT_MEETING_INDEX, SAMPLE_PART_II_SENTINEL, SAMPLE_PART_II_TITLES, datedSampleMeetings } from '../../electron/core/sample/sampleMeetings';
import { fileBytes } from '../../electron/core/attachments/files';
import { meetingAgenda } from '../../electron/core/meetings/agenda';
import { listMeetings } from '../../electron/core/meetings/queries';
import { listPublications } from '../../electron/core/meetings/publications';
import { readPack } from '../helpers/readPack';
import { DEFAULT_TEMPLATE } from '../../electron/core/meetings/templates';
import { holidaySet, isWorkingDay, publishBy } from '../../shared/logic/publication';
import type { AgendaItem, Meeting } from '../../shared/model/entities';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PDFDocument } from 'pdf-lib';
import { listPriorities } from '../../electron/core/strategy/queries';
import type { Workspace } from '../../electron/core/workspace';
import { tempDir } from '../helpers/tempWorkspace';

/** A pinned today, away from the machine's clock, so the board is the same on every run. */
const TODAY = '2026-06-10';
const opts = { actor: 'sample-test', today: TODAY };

const t = tempDir('panelpack-sample-meetings-');
afterAll(() => t.cleanup());

const count = (ws: Workspace, table: string): number => ws.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

/** The reports use PDF's standard fonts, whose metrics pdfjs reads from its own folder. */
const STANDARD_FONTS = join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts') + sep;

/** A PDF's pages (text, whitespace collapsed, and size) and its metadata, read as a member's reader would. */
async function readReport(bytes: Uint8Array): Promise<{ pages: { text: string; width: number; height: number }[]; title: string; author: string; created: string }> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, standardFontDataUrl: STANDARD_FONTS }).promise;
  const pages: { text: string; width: number; height: number }[] = [];
  for (let n = 1; n <= pdf.numPages; n += 1) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    const text = content.items.map((it) => ('str' in it ? it.str : ' ')).join(' ').replace(/\s+/g, ' ').trim();
    const [, , width = 0, height = 0] = page.view;
    pages.push({ text, width, height });
  }
  const meta = await pdf.getMetadata();
  await pdf.loadingTask.destroy();
  const info = meta.info as { Title?: string; Author?: string; CreationDate?: string };
  return { pages, title: info.Title ?? '', author: info.Author ?? '', created: info.CreationDate ?? '' };
}

const weekday = (iso: string): number => parseDate(iso).getDay();
const substantive = (entries: ReturnType<typeof meetingAgenda>['entries']): AgendaItem[] =>
  entries.filter((e): e is AgendaItem => e.kind === 'item' && e.standingKey === null);

describe('the sample board’s year of meetings', () => {
  const path = join(t.dir, 'meetings.panelpack');
  let ws: Workspace;
  let meetings: Meeting[];
  beforeAll(async () => {
    ws = await buildSampleWorkspace(path, opts);
    meetings = listMeetings(ws, {}, TODAY);
  });
  afterAll(() => ws.close());

  it('has six bi-monthly meetings of the board, two held and four ahead, on Thursdays at 16:30', () => {
    expect(meetings).toHaveLength(6);
    const board = listBodies(ws).find((b) => b.kind === 'board');
    expect(new Set(meetings.map((m) => m.bodyId))).toEqual(new Set([board?.id]));
    expect(meetings.map((m) => m.status)).toEqual(['minutes_approved', 'held', 'draft', 'draft', 'draft', 'draft']);
    expect(meetings.filter((m) => m.meetingDate < TODAY)).toHaveLength(2);
    for (const m of meetings) {
      expect(weekday(m.meetingDate), m.meetingDate).toBe(4);
      expect(m.startTime).toBe('16:30');
      expect(m.venue).toMatch(/Northbrook/);
      expect(m.kind).toBe('ordinary');
    }
    // Every two months: 8 or 9 weeks apart (10 when a bank holiday moves one on a week).
    for (let i = 1; i < meetings.length; i += 1) {
      const gap = daysBetween(meetings[i - 1]?.meetingDate ?? '', meetings[i]?.meetingDate ?? '');
      expect(gap).toBeGreaterThanOrEqual(56);
      expect(gap).toBeLessThanOrEqual(70);
    }
  });

  it('has the next meeting two to three weeks away, with its publication deadline still ahead', () => {
    const next = meetings.find((m) => m.meetingDate >= TODAY);
    expect(next).toBe(meetings[NEXT_MEETING_INDEX]);
    expect(daysBetween(TODAY, next?.meetingDate ?? '')).toBeGreaterThanOrEqual(15);
    expect(daysBetween(TODAY, next?.meetingDate ?? '')).toBeLessThanOrEqual(21);
    expect((next?.publishBy ?? '') > TODAY).toBe(true);
    expect(next?.deadlinePassed).toBe(false);
  });

  it('records when the held meetings’ agendas were published: on their deadlines', () => {
    for (const m of meetings.slice(0, NEXT_MEETING_INDEX)) expect(m.publishedOn).toBe(m.publishBy);
    for (const m of meetings.slice(NEXT_MEETING_INDEX)) expect(m.publishedOn).toBeNull();
  });

  it('keeps the held meetings’ papers as really published, dated the day they went out; later meetings have none', async () => {
    for (const [i, m] of meetings.entries()) {
      const pubs = listPublications(ws, m.id);
      if (i >= NEXT_MEETING_INDEX) {
        expect(pubs).toEqual([]);
        continue;
      }
      expect(pubs.map((p) => p.kind)).toEqual(['agenda', 'members_pack', 'public_pack']);
      // 10:00 in the UK on the day it went out (09:00 UTC in summer time).
      for (const p of pubs) expect(p.createdAt).toBe(ukTimeToUtc(m.publishedOn ?? '', '10:00').toISOString());
      const agenda = await readPack(fileBytes(ws, pubs[0]?.fileSha256 ?? ''));
      expect(agenda.pages[0]?.text).toContain(`Published ${longDate(m.publishedOn ?? '')}`);
      expect(agenda.pages.some((p) => p.text.includes('DRAFT'))).toBe(false);
      const members = await readPack(fileBytes(ws, pubs[1]?.fileSha256 ?? ''));
      expect(members.pages.length).toBe(pubs[1]?.pages);
      // The second meeting's minutes item names the first meeting.
      if (i === 1) expect(agenda.pages.map((p) => p.text).join(' ')).toContain(`Minutes of the meeting held on ${longDate(meetings[0]?.meetingDate ?? '')}`);
    }
  });

  it('themes the meetings on the strategy’s priorities in turn', () => {
    const count = listPriorities(ws).length;
    expect(meetings.map((m) => m.themePriorityNumber)).toEqual(meetings.map((_, i) => (i % count) + 1));
  });

  it('gives the board a quorum', () => {
    const quorum = ws.db.prepare("SELECT quorum FROM bodies WHERE kind = 'board'").pluck().get() as number;
    expect(quorum).toBe(3);
  });

  it('starts every agenda with the standing items in order and ends with the closing ones, with 2 to 4 substantive items between', () => {
    const opening = DEFAULT_TEMPLATE.slice(0, DEFAULT_TEMPLATE.findIndex((x) => x.standingKey === 'substantive')).map((x) => x.title);
    const closing = DEFAULT_TEMPLATE.slice(DEFAULT_TEMPLATE.findIndex((x) => x.standingKey === 'substantive') + 1).map((x) => x.title);
    for (const m of meetings) {
      const agenda = meetingAgenda(ws, m.id, TODAY);
      const partOne = agenda.entries.filter((e) => e.kind === 'item' && e.part === 1).map((e) => e.title);
      expect(partOne.slice(0, opening.length), m.meetingDate).toEqual(opening);
      expect(partOne.slice(-closing.length), m.meetingDate).toEqual(closing);
      const own = substantive(agenda.entries);
      expect(own.length, m.meetingDate).toBeGreaterThanOrEqual(2);
      expect(own.length, m.meetingDate).toBeLessThanOrEqual(4);
      expect(agenda.warnings).toEqual([]);
      for (const item of own) {
        expect(item.presenter, item.title).not.toBe('');
        expect(item.reportAuthor, item.title).not.toBe('');
        expect(item.minutes, item.title).toBeGreaterThan(0);
        expect(item.priorityId, item.title).not.toBeNull();
        expect(item.principles.length, item.title).toBeGreaterThan(0);
        if (item.purpose === 'decision') expect(item.recommendation, item.title).toMatch(/^That the board/);
      }
      // Each meeting's deep dive or themed report is on its theme.
      expect(own.some((i) => i.priorityNumber === m.themePriorityNumber), m.meetingDate).toBe(true);
    }
  });

  it('has a Part II item at the next meeting and at a past one, each after the exclusion of the press and public', () => {
    const partTwo = (m: Meeting) => {
      const agenda = meetingAgenda(ws, m.id, TODAY);
      const items = agenda.entries.filter((e): e is AgendaItem => e.kind === 'item' && e.part === 2);
      const exclusionAt = agenda.entries.findIndex((e) => e.kind === 'exclusion');
      const exclusion = agenda.entries[exclusionAt];
      for (const item of items) {
        expect(agenda.entries.indexOf(item)).toBeGreaterThan(exclusionAt);
        expect([1, 2]).toContain(item.exemptParagraph);
        expect(item.publicTitle).toBe('Exempt item');
        expect(exclusion?.kind === 'exclusion' && exclusion.paragraphs).toContain(item.exemptParagraph);
      }
      return items;
    };
    expect(partTwo(meetings[NEXT_MEETING_INDEX] as Meeting).length).toBeGreaterThanOrEqual(1);
    expect(meetings.slice(0, NEXT_MEETING_INDEX).flatMap(partTwo).length).toBeGreaterThanOrEqual(1);
    const titles = ws.db.prepare('SELECT title FROM agenda_items WHERE part = 2 ORDER BY title').pluck().all() as string[];
    expect(titles).toEqual([...SAMPLE_PART_II_TITLES].sort());
    // The titles leak tests look for are nowhere in Part I.
    const partOneText = (ws.db.prepare('SELECT title || public_title || recommendation FROM agenda_items WHERE part = 1').pluck().all() as string[]).join('\n');
    for (const title of SAMPLE_PART_II_TITLES) expect(partOneText).not.toContain(title);
  });

  it('attaches a report to every item of the held meetings and the next one, and none to later meetings (not written yet)', () => {
    for (const [i, m] of meetings.entries()) {
      for (const item of substantive(meetingAgenda(ws, m.id, TODAY).entries)) {
        expect(item.attachments.length, item.title).toBe(i <= NEXT_MEETING_INDEX ? 1 : 0);
      }
    }
    // Every report, every evidence file (sampleEvidence.ts) and every published paper is a file of its own.
    expect(count(ws, 'evidence_files')).toBe(4);
    expect(count(ws, 'files')).toBe(count(ws, 'attachments') + count(ws, 'publications') + count(ws, 'evidence_files'));
  });

  it('attaches real A4 PDFs of 2 to 6 pages, by the item’s author, with SENTINEL-PART-II in exactly the Part II reports', async () => {
    const items = meetings.flatMap((m) => substantive(meetingAgenda(ws, m.id, TODAY).entries).map((item) => ({ m, item })));
    let sentinels = 0;
    for (const { m, item } of items) {
      for (const a of item.attachments) {
        const bytes = fileBytes(ws, a.fileSha256);
        expect((await PDFDocument.load(bytes)).getPageCount(), a.filename).toBe(a.pages);
        const r = await readReport(bytes);
        expect(r.pages.length, a.filename).toBeGreaterThanOrEqual(2);
        expect(r.pages.length, a.filename).toBeLessThanOrEqual(6);
        for (const p of r.pages) expect([Math.round(p.width), Math.round(p.height)]).toEqual([595, 842]);
        const text = r.pages.map((p) => p.text).join(' ');
        expect(text).toContain(item.title);
        expect(text).toContain(`Report of: ${item.reportAuthor}`);
        expect(text).toContain(`Report to the Corporate Parenting Board, ${longDate(m.meetingDate)}`);
        expect(text).toMatch(/Date of report: \w+day \d{1,2} \w+ \d{4}/);
        expect(text).toContain('Purpose of the report');
        expect(r.title).toBe(item.title);
        expect(r.author).toBe(item.reportAuthor);
        // Dated from today, not the clock, so the same today gives the same bytes.
        expect(r.created.slice(2, 10) <= TODAY.replaceAll('-', '')).toBe(true);
        expect(a.filename).toMatch(/^[a-z0-9-]+\.pdf$/);
        expect(text.includes(SAMPLE_PART_II_SENTINEL), `${a.filename} in Part ${item.part}`).toBe(item.part === 2);
        if (item.part === 2) sentinels += 1;
        else for (const title of SAMPLE_PART_II_TITLES) expect(text).not.toContain(title);
      }
    }
    expect(sentinels).toBe(SAMPLE_PART_II_TITLES.length);
  });
});

describe('the sample meetings’ dates for any today', () => {
  const holidays = holidaySet();
  // Around Christmas, Easter and the May bank holidays, and a plain week. In 2025 Christmas Day
  // and New Year's Day are Thursdays: 2025-12-08 puts the next meeting on Christmas Day and
  // 2025-10-06 a later one.
  const todays = ['2026-12-01', '2026-12-10', '2027-03-10', '2027-04-20', '2027-05-12', '2026-06-10', '2028-12-04', '2026-01-01', '2025-12-08', '2025-10-06'];

  it.each(todays)('for %s: two past and four ahead, the next two or three weeks away with its deadline ahead, on Thursdays (the working day before when a bank holiday), about two months apart', (today) => {
    const ms = datedSampleMeetings(today, holidays);
    expect(ms.map((m) => m.status)).toEqual(['minutes_approved', 'held', 'draft', 'draft', 'draft', 'draft']);
    expect(ms.filter((m) => m.date < today)).toHaveLength(2);
    const next = ms[NEXT_MEETING_INDEX]?.date ?? '';
    expect(daysBetween(today, next)).toBeGreaterThanOrEqual(12);
    expect(daysBetween(today, next)).toBeLessThanOrEqual(21);
    expect(publishBy(next, holidays) > today).toBe(true);
    for (const [i, m] of ms.entries()) {
      expect(isWorkingDay(m.date, holidays), m.date).toBe(true);
      // A Thursday, or the working day before a Thursday that is a bank holiday.
      let thursday = m.date;
      while (weekday(thursday) !== 4) thursday = shiftDate(thursday, 1);
      expect(thursday === m.date || holidays.has(thursday), m.date).toBe(true);
      expect(daysBetween(m.date, thursday)).toBeLessThanOrEqual(3);
      expect(m.reportDate <= today).toBe(true);
      if (i > 0) expect(daysBetween(ms[i - 1]?.date ?? '', m.date)).toBeGreaterThanOrEqual(52);
      if (i > 0) expect(daysBetween(ms[i - 1]?.date ?? '', m.date)).toBeLessThanOrEqual(70);
    }
    expect(ms.some((m) => weekday(m.date) !== 4)).toBe(['2025-12-08', '2025-10-06'].includes(today));
  });
});

describe('the sample reports', () => {
  it('makes byte-identical reports for the same today (builds reuse them, so this is checked here), and new ones for another day', async () => {
    const make = async (today: string) => {
      const data = parseSampleData(JSON.parse(readFileSync(resourcePath('sample', 'northbrook.json'), 'utf8')), today);
      const m = datedSampleMeetings(today, holidaySet())[NEXT_MEETING_INDEX];
      const item = m?.items.find((i) => i.exempt);
      if (!m || !item?.report) throw new Error('The next meeting has no Part II report');
      const input = { item, report: item.report, councilName: 'Northbrook', boardName: 'Board', meetingDate: m.date, reportDate: m.reportDate, data, today };
      return (await sampleReportPdf(input)).bytes;
    };
    const [a, b, c] = [await make(TODAY), await make(TODAY), await make(shiftDate(TODAY, 7))];
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(Buffer.from(a).equals(Buffer.from(c))).toBe(false);
  });
});
