/**
 * Characters Roboto lacks (emoji, flags, other scripts) in every PDF text path: the action log
 * (title, priority heading, running header), the agenda's front sheet and items, and a pack's
 * cover. Each PDF is read back with pdfjs: no glyph is .notdef (character code 0 in pdfkit's
 * Identity-H subsets), the text comes back as typed, and on the line with the title each piece of
 * text starts after the previous one's advance and after its glyphs' ink.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, describe, expect, it } from 'vitest';
import { attachPdf } from '../../../electron/core/attachments/mutations';
import { fileBytes } from '../../../electron/core/attachments/files';
import { addAgendaItem } from '../../../electron/core/meetings/agendaWrites';
import { createMeeting } from '../../../electron/core/meetings/mutations';
import { buildActionLogDoc } from '../../../electron/core/packs/actionLog';
import { buildFrontDoc } from '../../../electron/core/packs/agendaDoc';
import { buildPack } from '../../../electron/core/packs/pack';
import { packData } from '../../../electron/core/packs/packData';
import { renderInProcess } from '../../../electron/core/packs/render';
import { resourcePath } from '../../../electron/core/resources';
import { updateSettings } from '../../../electron/core/settings/mutations';
import { EMOJI_RANGES, ROBOTO_RANGES } from '../../../shared/data/fontCoverage';
import { printableRuns, printWarning, UNPRINTABLE_MARKER, unprintableCharacters } from '../../../shared/logic/printable';
import { coverageSource, EMOJI_FILE, EMOJI_SOURCE, ROBOTO_FILES } from '../../../scripts/font-coverage.mjs';
import { tempDir } from '../../helpers/tempWorkspace';
import { board, TODAY } from '../../helpers/board';
import { reportPdf } from './packBoard';

const TITLE = 'Fostering 🦊 update 🇬🇧 and café';
const t = tempDir('panelpack-fonts-');
afterAll(() => t.cleanup());

interface Font {
  unitsPerEm: number;
  characterSet: number[];
  hasGlyphForCodePoint(cp: number): boolean;
  layout(s: string): { glyphs: { bbox: { minX: number; maxX: number } }[]; positions: { xAdvance: number }[]; advanceWidth: number };
}
const fontkit = (() => {
  const fromPdfmake = createRequire(createRequire(import.meta.url).resolve('pdfmake'));
  return createRequire(fromPdfmake.resolve('pdfkit'))('fontkit') as { openSync(p: string): Font };
})();
const emojiFont = fontkit.openSync(join(resourcePath('fonts'), EMOJI_FILE));

interface Item {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}
interface Page {
  text: string;
  items: Item[];
  /** Glyphs drawn with character code 0 (.notdef), with the font they were drawn in. */
  notdef: string[];
}

async function readPdf(bytes: Uint8Array): Promise<Page[]> {
  const task = getDocument({ data: new Uint8Array(bytes), useSystemFonts: false });
  const pdf = await task.promise;
  const pages: Page[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const items: Item[] = [];
    for (const it of (await page.getTextContent()).items) {
      if (!('str' in it) || it.str === '') continue;
      const [a = 0, , , , x = 0, y = 0] = it.transform as number[];
      items.push({ str: it.str, x, y, width: it.width, size: a });
    }
    const ops = await page.getOperatorList();
    const notdef: string[] = [];
    let font = '';
    ops.fnArray.forEach((fn, i) => {
      const args = ops.argsArray[i] as unknown[];
      if (fn === OPS.setFont) font = String(args[0]);
      if (fn !== OPS.showText) return;
      for (const g of args[0] as unknown[]) {
        if (g && typeof g === 'object' && (g as { originalCharCode?: number }).originalCharCode === 0) notdef.push(font);
      }
    });
    pages.push({ text: items.map((i) => i.str).join(''), items, notdef });
  }
  await task.destroy();
  return pages;
}

/** The right edge of an emoji item's ink, from the emoji font's own glyph boxes, in page units. */
function inkRight(item: Item): number | null {
  if (printableRuns(item.str).some((r) => r.font === 'text')) return null;
  const run = emojiFont.layout(item.str);
  const last = run.glyphs.at(-1);
  const lastAdvance = run.positions.at(-1)?.xAdvance;
  if (!last || lastAdvance === undefined) return null;
  return item.x + ((run.advanceWidth - lastAdvance + last.bbox.maxX) * item.size) / emojiFont.unitsPerEm;
}

/**
 * Every line of the page that carries TITLE: its pieces come back in order, spelling TITLE, and
 * none starts before the previous one ends (advance and ink).
 */
function expectTitleLines(page: Page, min: number): void {
  const ys = [...new Set(page.items.filter((i) => i.str.includes('Fostering')).map((i) => Math.round(i.y * 10) / 10))];
  expect(ys.length, `lines with the title on: ${page.text.slice(0, 200)}`).toBeGreaterThanOrEqual(min);
  for (const y of ys) {
    const line = page.items.filter((i) => Math.abs(i.y - y) < 0.5).sort((a, b) => a.x - b.x);
    expect(line.map((i) => i.str).join('')).toContain(TITLE);
    for (let k = 1; k < line.length; k++) {
      const prev = line[k - 1] as Item;
      const next = line[k] as Item;
      expect(next.x, `"${next.str}" overlaps "${prev.str}"`).toBeGreaterThanOrEqual(prev.x + prev.width - 0.3);
      const ink = inkRight(prev);
      if (ink !== null) expect(next.x, `"${next.str}" overlaps the ink of "${prev.str}"`).toBeGreaterThanOrEqual(ink);
    }
  }
}

const rangeSet = (ranges: readonly number[]): Set<number> => {
  const set = new Set<number>();
  for (let i = 0; i < ranges.length; i += 2) for (let cp = ranges[i] ?? 0; cp <= (ranges[i + 1] ?? -1); cp++) set.add(cp);
  return set;
};

describe('the fonts and their coverage table', () => {
  it('ships the emoji font from its package and a coverage table generated from the fonts as they are', () => {
    expect(readFileSync(join(resourcePath('fonts'), EMOJI_FILE)).equals(readFileSync(EMOJI_SOURCE))).toBe(true);
    expect(readFileSync(resolve(import.meta.dirname, '../../../shared/data/fontCoverage.ts'), 'utf8')).toBe(coverageSource());
  });

  it("agrees with every font's own cmap for every printable code point up to U+1FFFF", () => {
    const roboto = ROBOTO_FILES.map((f) => fontkit.openSync(join(resourcePath('fonts'), f)));
    const inRoboto = rangeSet(ROBOTO_RANGES);
    const inEmoji = rangeSet(EMOJI_RANGES);
    const wrong: string[] = [];
    for (let cp = 0x20; cp <= 0x1ffff; cp++) {
      // C1 controls, and the noncharacters U+FFFE and U+FFFF (fontkit answers for the cmap's end marker).
      if ((cp >= 0x7f && cp <= 0x9f) || cp === 0xfffe || cp === 0xffff) continue;
      if (inRoboto.has(cp) !== roboto.every((f) => f.hasGlyphForCodePoint(cp))) wrong.push(`Roboto U+${cp.toString(16)}`);
      if (inEmoji.has(cp) !== emojiFont.hasGlyphForCodePoint(cp)) wrong.push(`Noto Emoji U+${cp.toString(16)}`);
    }
    expect(wrong).toEqual([]);
    expect(inRoboto.has(0x1f98a)).toBe(false);
    expect(inEmoji.has(0x1f98a)).toBe(true);
  });
});

describe('font runs (shared/logic/printable.ts)', () => {
  it('gives each emoji cluster to the emoji font whole, and everything Roboto has to Roboto', () => {
    expect(printableRuns(TITLE)).toEqual([
      { text: 'Fostering ', font: 'text' },
      { text: '🦊', font: 'emoji' },
      { text: ' update ', font: 'text' },
      { text: '🇬🇧', font: 'emoji' },
      { text: ' and café', font: 'text' },
    ]);
    // ZWJ family, Scotland's tag sequence, a variation selector, a skin tone, a keycap: one unit each.
    for (const e of ['👩‍👩‍👧', '🏴󠁧󠁢󠁳󠁣󠁴󠁿', '❤️', '👍🏽', '1️⃣']) expect(printableRuns(`a ${e} b`)).toEqual([{ text: 'a ', font: 'text' }, { text: e, font: 'emoji' }, { text: ' b', font: 'text' }]);
    expect(printableRuns('Plain text, £5 – “quoted”')).toEqual([{ text: 'Plain text, £5 – “quoted”', font: 'text' }]);
  });

  it('prints the marker for what neither font has, composes accents, and drops invisible format characters', () => {
    expect(printableRuns('Zoë 李 → done')).toEqual([{ text: `Zoë ${UNPRINTABLE_MARKER} ${UNPRINTABLE_MARKER} done`, font: 'text' }]);
    expect(printableRuns('Cafe\u0301 a\u200bb ©\ufe0f')).toEqual([{ text: 'Café ab ©', font: 'text' }]);
    expect(unprintableCharacters('李 and 李 and ✓, 🦊')).toEqual(['李', '✓']);
  });

  it('warns in words about what will not print, and only then', () => {
    expect(printWarning('the title', TITLE)).toBeNull();
    expect(printWarning('the title', 'Visit to 李')).toBe(`In the title, 李 cannot be printed in PDFs; it will show as ${UNPRINTABLE_MARKER}.`);
    expect(printWarning('the title', '✓ → 李')).toBe(`In the title, ✓ → and 李 cannot be printed in PDFs; they will show as ${UNPRINTABLE_MARKER}.`);
  });
});

describe('PDFs with characters Roboto lacks', () => {
  it('the action log: header, subtitle, priority heading, action title and update, with no .notdef and nothing overlapping', async () => {
    const doc = buildActionLogDoc({
      councilName: 'Testshire County Council',
      boardName: TITLE,
      today: TODAY,
      createdAt: '2026-11-22T10:00:00.000Z',
      filterWords: [],
      rows: [
        { priorityId: 'p1', priorityNumber: 1, priorityTitle: TITLE, reference: '1.1', title: TITLE, ownerName: 'Zoë 李', dueDate: '2026-12-01', status: 'in_progress', rag: 'red', latestUpdateDate: '2026-11-01', latestUpdateText: `${TITLE} 👩‍👩‍👧 🏴󠁧󠁢󠁷󠁬󠁳󠁿`, overdue: false, stale: false, source: 'strategy', sourceMeetingDate: null },
      ],
    });
    const [page] = await readPdf((await renderInProcess(doc)).buffer);
    if (!page) throw new Error('no page');
    expect(page.notdef).toEqual([]);
    // Header, subtitle, priority heading, the action's title, its update.
    expectTitleLines(page, 5);
    expect(page.text).toContain('👩‍👩‍👧');
    // Wales's flag (a tag sequence) is drawn too, and in the ToUnicode map, but pdfjs leaves tag sequences out of its text.
    expect(page.text).toContain(`Zoë ${UNPRINTABLE_MARKER}`);
  });

  it('the agenda, front sheet and a cover in a pack, with no .notdef anywhere and nothing overlapping', async () => {
    const b = board(t.dir, 'fonts.panelpack');
    updateSettings(b.ws, { councilName: 'Testshire 🦊 County Council', boardName: 'Corporate Parenting Board', clerkName: 'Sam Clerk', clerkPhone: '', clerkEmail: '', reviewIntervalDays: 90 });
    const meeting = createMeeting(b.ws, { bodyId: b.bodyId, meetingDate: '2026-12-17', startTime: '14:00', venue: `Room 🇬🇧 1` }, TODAY);
    const item = addAgendaItem(b.ws, { meetingId: meeting.id, title: TITLE, purpose: 'discussion', presenter: 'Head of 🦊 Service' }, TODAY);
    await attachPdf(b.ws, { itemId: item.id, filename: 'report.pdf', title: 'Report', bytes: await reportPdf('Report', 1) });
    const data = packData(b.ws, meeting.id, { version: 'members', today: TODAY });
    const pack = await readPdf((await buildPack(data, { render: renderInProcess, loadFile: (sha) => fileBytes(b.ws, sha) })).bytes);
    const agenda = await readPdf((await renderInProcess(buildFrontDoc(data, null, { standalone: true }))).buffer);
    b.ws.close();
    for (const page of [...pack, ...agenda]) expect(page.notdef).toEqual([]);
    const agendaPage = pack.find((p) => p.text.includes('Part I: items open'));
    const cover = pack.find((p) => p.text.includes(`Item `) && p.text.includes('Presented by'));
    if (!agendaPage || !cover) throw new Error('no agenda page or cover');
    expectTitleLines(agendaPage, 1);
    expectTitleLines(cover, 1);
    expectTitleLines(agenda.find((p) => p.text.includes('Part I: items open')) ?? agenda[0]!, 1);
    // The header carries the council with its emoji; the venue its flag.
    expect(pack[0]?.text).toContain('Testshire 🦊 County Council');
    expect(pack[0]?.text).toContain('Room 🇬🇧 1');
  });
});
