/**
 * Evidence packs (issue 10) over a real workspace with minutes (tests/helpers/minutesRows.ts),
 * read back with pdfjs: contents page numbers equal the pages where each part starts, the outline
 * agrees, every page is stamped and labelled, the scope is respected (actions of another priority,
 * updates outside a period), the members' Part II extracts are bannered, the public version holds
 * no Part II sentinel anywhere (text, bookmarks, metadata, raw bytes), and large print is measured
 * from the PDF's own text sizes.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addUpdate, createAction } from '../../../electron/core/actions/mutations';
import { makeEvidencePack } from '../../../electron/core/packs/evidence/printEvidence';
import type { EvidenceScope } from '../../../electron/core/packs/evidence/scope';
import { LARGE_PRINT_MIN } from '../../../electron/core/packs/evidence/typography';
import { everything, outlineTitles, readPack, textSizes, type OutlineNode, type ReadPack } from '../../helpers/readPack';
import { MINUTE_SECRETS, minutesBoard } from '../../helpers/minutesRows';
import { tempDir } from '../../helpers/tempWorkspace';
import { PART_II_TITLE } from './packBoard';

const TODAY = '2026-12-20';
const AT = '2026-12-20T10:00:00.000Z';
let t: ReturnType<typeof tempDir>;
let f: Awaited<ReturnType<typeof minutesBoard>>;

beforeEach(async () => {
  t = tempDir();
  f = await minutesBoard(t.dir, { approved: true });
  const [p1, p2] = f.priorityIds;
  const mine = createAction(f.ws, { priorityId: p1, title: 'Refresh the Pledge with the Children in Care Council', dueDate: '2026-10-31', principles: ['b', 'c'] });
  addUpdate(f.ws, { actionId: mine.id, date: '2026-03-02', text: 'OUT-OF-PERIOD update from March.', rag: 'green', status: 'in_progress' }, TODAY);
  addUpdate(f.ws, { actionId: mine.id, date: '2026-12-01', text: 'Draft promises agreed with the council.', rag: 'amber', status: 'in_progress' }, TODAY);
  const other = createAction(f.ws, { priorityId: p2, title: 'OTHER-PRIORITY recruit foster carers', dueDate: '2027-03-31', principles: ['f'] });
  addUpdate(f.ws, { actionId: other.id, date: '2026-12-05', text: 'Campaign launched.', rag: 'green', status: 'in_progress' }, TODAY);
});
afterEach(() => t.cleanup());

const make = async (scope: EvidenceScope, version: 'members' | 'public', largePrint = false) =>
  makeEvidencePack(f.ws, { scope, version, largePrint, today: TODAY, createdAt: AT });

/** The contents rows: the title left, the page number right, by row. */
function contents(p: ReadPack): { title: string; page: number }[] {
  const rows: { title: string; page: number }[] = [];
  for (const page of p.pages.filter((x) => /Page numbers are the pages of this pack/.test(x.text))) {
    for (const ref of page.items.filter((i) => i.x > 480 && /^\d+$/.test(i.str.trim()))) {
      const title = page.items.filter((i) => i.x < 480 && Math.abs(i.y - ref.y) < 1).map((i) => i.str).join('').trim();
      rows.push({ title, page: Number(ref.str) });
    }
  }
  return rows;
}

const flat = (nodes: OutlineNode[]): OutlineNode[] => nodes.flatMap((n) => [n, ...flat(n.children)]);

function expectStamped(p: ReadPack): void {
  const n = p.pages.length;
  p.pages.forEach((page, i) => expect(page.text).toContain(`Page ${i + 1} of ${n}`));
  expect(p.labels).toEqual(p.pages.map((_, i) => String(i + 1)));
  expect(p.lang).toBe('en-GB');
}

describe('evidence packs', () => {
  it("members' pack for a period: contents pages equal the start pages, the outline agrees, Part II extracts bannered, updates out of the period left out", async () => {
    const built = await make({ kind: 'period', from: '2026-12-01', to: '2026-12-31' }, 'members');
    const p = await readPack(built.bytes);
    expect(built.pages).toBe(p.pages.length);
    expectStamped(p);
    const rows = contents(p);
    expect(rows.map((r) => r.title)).toEqual(expect.arrayContaining(['Summary', 'Actions', 'Extracts of the minutes', 'Extracts of the minutes: Part II (exempt)']));
    expect(rows.length).toBeGreaterThan(6);
    const isContents = (i: number): boolean => i < 2 || /Page numbers are the pages of this pack/.test(p.pages[i]?.text ?? '');
    for (const r of rows) {
      // The part starts on that page: the first page after the contents with its heading as a text of its own.
      const heading = r.title.startsWith('Thursday') ? `${r.title}:` : r.title;
      const has = (i: number): boolean => (p.pages[i]?.items ?? []).some((it) => (r.title.startsWith('Thursday') ? it.str.startsWith(heading) : it.str.trim() === heading));
      const first = p.pages.findIndex((_, i) => !isContents(i) && has(i)) + 1;
      expect(first, r.title).toBe(r.page);
    }
    // The outline: Cover, Contents, then each section with its entries, at the contents' pages.
    expect(outlineTitles(p.outline).slice(0, 4)).toEqual(['Cover', 'Contents', 'Summary', 'Actions']);
    const marks = flat(p.outline);
    for (const r of rows) expect(marks.find((m) => m.title === r.title)?.page, r.title).toBe(r.page);
    // Part II: present, and every page of its section carries the banner.
    const part2 = rows.find((r) => r.title === 'Extracts of the minutes: Part II (exempt)')?.page ?? 0;
    expect(p.pages[part2 - 1]?.text).toContain('SENTINEL-RESOLUTION-II');
    expect(p.pages[part2 - 1]?.text).toContain('NOT FOR PUBLICATION');
    expect(p.pages.filter((x) => x.text.includes('NOT FOR PUBLICATION')).length).toBe(p.pages.length - part2 + 1);
    // Scope: live actions of both priorities, with only the updates in the period.
    const all = everything(p);
    expect(all).toContain('Draft promises agreed with the council.');
    expect(all).not.toContain('OUT-OF-PERIOD');
    expect(all).toContain('OTHER-PRIORITY');
    expect(all).toContain('That the refreshed sufficiency strategy be endorsed.');
    expect(p.info.Title).toBe("Evidence pack (members'): Tuesday 1 December 2026 to Thursday 31 December 2026");
  });

  it('public version: no Part II minute, action or banner anywhere', async () => {
    const built = await make({ kind: 'period', from: '2026-12-01', to: '2026-12-31' }, 'public');
    const p = await readPack(built.bytes);
    expectStamped(p);
    const all = everything(p);
    const raw = Buffer.from(built.bytes).toString('latin1');
    for (const secret of [...MINUTE_SECRETS, PART_II_TITLE, 'Part II']) {
      expect(all, secret).not.toContain(secret);
      expect(raw, secret).not.toContain(secret);
    }
    expect(all).not.toContain('NOT FOR PUBLICATION');
    expect(all).toContain('That the annual report of the Virtual School be noted.');
  });

  it('a priority: only its actions and the items about it', async () => {
    const p = await readPack((await make({ kind: 'priority', number: 1 }, 'members')).bytes);
    const all = everything(p);
    expect(all).toContain('Refresh the Pledge with the Children in Care Council');
    expect(all).toContain('OUT-OF-PERIOD update from March.');
    expect(all).not.toContain('OTHER-PRIORITY');
    // The Virtual School item is about priority 1; the sufficiency item is not.
    expect(all).toContain('That the annual report of the Virtual School be noted.');
    expect(all).not.toContain('sufficiency strategy be endorsed');
    const principleF = await readPack((await make({ kind: 'principle', code: 'f' }, 'public')).bytes);
    expect(everything(principleF)).toContain('OTHER-PRIORITY');
    expect(everything(principleF)).not.toContain('Refresh the Pledge');
  });

  it('the inspection presets: care leavers by principle (g), children in care by (a) to (f), each with its Pledge promises', async () => {
    createAction(f.ws, { priorityId: f.priorityIds[1], title: 'LEAVERS-ONLY council tax exemption to 25', principles: ['g'] });
    f.ws.db.prepare("INSERT INTO pledges (id, position, heading, promise, audience, created_at, updated_at, updated_by) VALUES ('p1', 1, 'A home', 'PROMISE-CIC we will find you a home near school', 'children_in_care', ?, ?, 't'), ('p2', 2, 'Moving on', 'PROMISE-CL we will help you find a home', 'care_leavers', ?, ?, 't')").run(AT, AT, AT, AT);
    const leavers = everything(await readPack((await make({ kind: 'preset', preset: 'care-leavers' }, 'public')).bytes));
    expect(leavers).toContain('LEAVERS-ONLY');
    expect(leavers).toContain('PROMISE-CL');
    expect(leavers).not.toContain('OTHER-PRIORITY');
    expect(leavers).not.toContain('PROMISE-CIC');
    const inCare = everything(await readPack((await make({ kind: 'preset', preset: 'children-in-care' }, 'public')).bytes));
    expect(inCare).toContain('OTHER-PRIORITY');
    expect(inCare).toContain('Refresh the Pledge');
    expect(inCare).toContain('PROMISE-CIC');
    expect(inCare).not.toContain('LEAVERS-ONLY');
    expect(inCare).not.toContain('PROMISE-CL');
  });

  it('stops when cancelled and leaves the destination as it was', async () => {
    const { printEvidencePack } = await import('../../../electron/core/packs/evidence/printEvidence');
    const out = join(t.dir, 'cancelled.pdf');
    const ac = new AbortController();
    const labels: string[] = [];
    const run = printEvidencePack(f.ws, {
      scope: { kind: 'priority', number: 1 },
      version: 'members',
      today: TODAY,
      out,
      signal: ac.signal,
      onProgress: (e) => {
        labels.push(e.label);
        if (e.label.startsWith('Laying out the cover')) ac.abort();
      },
    });
    await expect(run).rejects.toThrow();
    expect(labels).toContain('Laying out the cover and contents…');
    expect(labels.some((l) => l.startsWith('Merging'))).toBe(false);
    expect(existsSync(out)).toBe(false);
  });

  it('large print: every text of the body is 16 pt or more, measured from the PDF', async () => {
    const built = await make({ kind: 'period', from: '2026-12-01', to: '2026-12-31' }, 'members', true);
    const sizes = await textSizes(built.bytes);
    const body = sizes.filter((s) => s.band === 'body');
    expect(body.length).toBeGreaterThan(50);
    const small = body.filter((s) => s.size < LARGE_PRINT_MIN - 0.01);
    expect(small, JSON.stringify(small.slice(0, 5))).toEqual([]);
    const standard = await textSizes((await make({ kind: 'period', from: '2026-12-01', to: '2026-12-31' }, 'members')).bytes);
    expect(Math.min(...standard.filter((s) => s.band === 'body').map((s) => s.size))).toBeLessThan(LARGE_PRINT_MIN);
  });
});
