/**
 * The annual report preset with the clerk's narrative sections, read back with pdfjs: the foreword
 * straight after the cover and contents, the "before" sections in their order before the evidence
 * and the "after" ones after it; their headings in the contents at the pages they start on and in
 * the outline; their text in the PDF (paragraphs and bullets); a section with no text left out; a
 * section not marked public in the members' version only, its sentinel nowhere in the public PDF
 * (text, bookmarks, metadata, raw bytes); large print at 16 pt and over.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addSection, keepFlag } from '../../../electron/core/annualReport/mutations';
import { listSections } from '../../../electron/core/annualReport/queries';
import { makeEvidencePack } from '../../../electron/core/packs/evidence/printEvidence';
import { LARGE_PRINT_MIN } from '../../../electron/core/packs/evidence/typography';
import { everything, outlineTitles, readPack, textSizes, type OutlineNode, type ReadPack } from '../../helpers/readPack';
import { minutesBoard } from '../../helpers/minutesRows';
import { tempDir } from '../../helpers/tempWorkspace';

const TODAY = '2026-12-20';
const AT = '2026-12-20T10:00:00.000Z';
const YEAR = '2026-27';
const SECRET = 'SENTINEL-NARRATIVE-MEMBERS-ONLY';
let t: ReturnType<typeof tempDir>;
let f: Awaited<ReturnType<typeof minutesBoard>>;

beforeEach(async () => {
  t = tempDir();
  f = await minutesBoard(t.dir, { approved: true });
  const add = (heading: string, body: string, placement: 'before' | 'after' = 'before', pub = true): void => {
    addSection(f.ws, { year: YEAR, heading, body, placement, public: pub }, TODAY);
  };
  add("Chair's foreword", 'FOREWORD-TEXT This has been a year of listening.\n\nOur second paragraph thanks every corporate parent.');
  add('Not written yet', '   ');
  add("The board's year", 'The board met six times.\n- BULLET-ONE Refreshed the Pledge\n- BULLET-TWO Agreed the sufficiency strategy');
  add('Briefing for members', `${SECRET} The budget pressures in residential placements.`, 'before', false);
  add('Priorities for next year', 'NEXT-YEAR-TEXT Stable homes close to school.', 'after');
  // Marked public, but names a child: the identity checks keep it out of the public version.
  add('A story from the year', 'FLAGGED-TEXT Jayden joined Voices Unlocked this year.', 'after');
  // Another year's words stay out.
  addSection(f.ws, { year: '2025-26', heading: 'Last year', body: 'OTHER-YEAR-TEXT' }, TODAY);
});
afterEach(() => t.cleanup());

const make = async (version: 'members' | 'public', largePrint = false) => makeEvidencePack(f.ws, { scope: { kind: 'annual', year: YEAR }, version, largePrint, today: TODAY, createdAt: AT });

/** The contents rows: the title left, the page number right (as the evidence pack tests read them). */
function contents(p: ReadPack): { title: string; page: number }[] {
  const rows: { title: string; page: number }[] = [];
  for (const page of p.pages.filter((x) => /Page numbers are the pages of this pack/.test(x.text))) {
    for (const ref of page.items.filter((i) => i.x > 480 && /^\d+$/.test(i.str.trim()))) {
      rows.push({ title: page.items.filter((i) => i.x < 480 && Math.abs(i.y - ref.y) < 1).map((i) => i.str).join('').trim(), page: Number(ref.str) });
    }
  }
  return rows;
}
const flat = (nodes: OutlineNode[]): OutlineNode[] => nodes.flatMap((n) => [n, ...flat(n.children)]);
const isContents = (p: ReadPack, i: number): boolean => i < 1 || /Page numbers are the pages of this pack/.test(p.pages[i]?.text ?? '');
/** The first page (1-based) after the front with `heading` as a text of its own. */
const startOf = (p: ReadPack, heading: string): number => p.pages.findIndex((pg, i) => !isContents(p, i) && pg.items.some((it) => it.str.trim() === heading)) + 1;

describe('the annual report with narrative sections', () => {
  it("members' version: foreword first after the contents, before-sections in order, evidence, then after-sections; contents pages are start pages; outline agrees", async () => {
    const built = await make('members');
    const p = await readPack(built.bytes);
    expect(built.pages).toBe(p.pages.length);
    p.pages.forEach((page, i) => expect(page.text).toContain(`Page ${i + 1} of ${p.pages.length}`));
    expect(p.pages[0]?.text).toContain(`Annual report ${YEAR}`);
    expect(p.pages[0]?.text).toContain("The board's year: Wednesday 1 April 2026 to Wednesday 31 March 2027");

    const rows = contents(p);
    const top = rows.map((r) => r.title).filter((x) => ["Chair's foreword", "The board's year", 'Briefing for members', 'Summary', 'Actions', 'Priorities for next year'].includes(x));
    expect(top).toEqual(["Chair's foreword", "The board's year", 'Briefing for members', 'Summary', 'Actions', 'Priorities for next year']);
    expect(rows.map((r) => r.title)).not.toContain('Not written yet');
    expect(rows.at(-1)?.title).toBe('A story from the year');
    for (const r of rows.filter((x) => !/^(Monday|Tuesday|Wednesday|Thursday|Friday)/.test(x.title))) {
      expect(startOf(p, r.title), r.title).toBe(r.page);
    }
    // The foreword is the first page after the front.
    const foreword = rows.find((r) => r.title === "Chair's foreword")?.page ?? 0;
    expect(p.pages.slice(0, foreword - 1).every((_, i) => isContents(p, i))).toBe(true);

    expect(outlineTitles(p.outline).slice(0, 6)).toEqual(['Cover', 'Contents', "Chair's foreword", "The board's year", 'Briefing for members', 'Summary']);
    expect(outlineTitles(p.outline).slice(-2)).toEqual(['Priorities for next year', 'A story from the year']);
    const marks = flat(p.outline);
    for (const r of rows) expect(marks.find((m) => m.title === r.title)?.page, r.title).toBe(r.page);

    const all = everything(p);
    expect(all).toContain('Members\' version only: this section is left out of the public version: the identity checks flag "Jayden"');
    for (const s of ['FOREWORD-TEXT This has been a year of listening.', 'Our second paragraph thanks every corporate parent.', 'BULLET-ONE Refreshed the Pledge', 'BULLET-TWO Agreed', 'NEXT-YEAR-TEXT', SECRET, "Members' version only"]) expect(all, s).toContain(s);
    expect(all).not.toContain('OTHER-YEAR-TEXT');
    // The evidence of the year is still there.
    expect(all).toContain('That the refreshed sufficiency strategy be endorsed.');
    const page = (s: string): number => p.pages.findIndex((x) => x.text.includes(s)) + 1;
    expect(page('FOREWORD-TEXT')).toBeLessThan(page('BULLET-ONE'));
    expect(page('BULLET-ONE')).toBeLessThan(page(SECRET));
    expect(page(SECRET)).toBeLessThan(page('Actions by RAG'));
    expect(page('That the refreshed sufficiency strategy be endorsed.')).toBeLessThan(page('NEXT-YEAR-TEXT'));
  });

  it('public version: the section not marked public is nowhere (text, bookmarks, metadata, bytes); the others are in place', async () => {
    const built = await make('public');
    const p = await readPack(built.bytes);
    const all = everything(p);
    const raw = Buffer.from(built.bytes).toString('latin1');
    for (const s of [SECRET, 'Briefing for members', 'budget pressures', "Members' version only", 'FLAGGED-TEXT', 'Jayden', 'A story from the year']) {
      expect(all, s).not.toContain(s);
      expect(raw, s).not.toContain(s);
    }
    expect(outlineTitles(p.outline).slice(0, 5)).toEqual(['Cover', 'Contents', "Chair's foreword", "The board's year", 'Summary']);
    const rows = contents(p);
    for (const r of rows.filter((x) => !/^(Monday|Tuesday|Wednesday|Thursday|Friday)/.test(x.title))) expect(startOf(p, r.title), r.title).toBe(r.page);
    expect(all).toContain('FOREWORD-TEXT');
    expect(all).toContain('NEXT-YEAR-TEXT');

    // The clerk keeps the name as written (say it is a young person who asked to be named): then the public version prints it.
    const story = listSections(f.ws, YEAR, TODAY).find((s) => s.heading === 'A story from the year');
    const flag = story?.flags[0];
    expect(flag?.text).toBe('Jayden');
    keepFlag(f.ws, { id: story?.id ?? '', key: flag?.key ?? '', text: 'Jayden' }, TODAY);
    const again = everything(await readPack((await make('public')).bytes));
    expect(again).toContain('FLAGGED-TEXT Jayden joined Voices Unlocked this year.');
    expect(again).not.toContain(SECRET);
  });

  it('large print: the narrative at 16 pt and over, measured from the PDF', async () => {
    const built = await make('members', true);
    const sizes = await textSizes(built.bytes);
    const body = sizes.filter((s) => s.band === 'body');
    expect(body.filter((s) => s.str.includes('FOREWORD-TEXT') || s.str.includes('BULLET-ONE')).length).toBeGreaterThan(0);
    const small = body.filter((s) => s.size < LARGE_PRINT_MIN - 0.01);
    expect(small, JSON.stringify(small.slice(0, 5))).toEqual([]);
    const p = await readPack(built.bytes);
    expect(outlineTitles(p.outline).slice(2, 4)).toEqual(["Chair's foreword", "The board's year"]);
  });
});
