/**
 * Odd but real reports (tests/helpers/oddPdfs.ts): the attach check accepts every one a reader
 * opens without a password, refuses the one that needs a password with the words, names
 * pages with images that cannot be decoded; and every page, put into a pack as publishing does
 * (copied, framed, stamped), passes `qpdf --check`, keeps every word (poppler's pdftotext), shows
 * its "Page N of M" on the page and over no report word (word boxes from `pdftotext -bbox`).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { fileBytes } from '../../../electron/core/attachments/files';
import { attachPdf } from '../../../electron/core/attachments/mutations';
import { buildPack } from '../../../electron/core/packs/pack';
import { publishMeeting } from '../../../electron/core/packs/publish';
import { packData } from '../../../electron/core/packs/packData';
import { renderInProcess } from '../../../electron/core/packs/render';
import { damagedPdf } from '../../helpers/pdfFixtures';
import { tempDir } from '../../helpers/tempWorkspace';
import { packBoard, TODAY } from './packBoard';
import { checkReport } from '../../../electron/core/packs/reportCheck';
import { DAMAGED_MESSAGE, openReport, PASSWORD_MESSAGE, ReportError } from '../../../electron/core/packs/reportPdf';
import { stampPageNumber, stampTopCentre } from '../../../electron/core/packs/stamps';
import { describeDamage } from '../../../electron/core/packs/streamDamage';
import { oddCorpus, simplePdf, type OddPdf } from '../../helpers/oddPdfs';
import { overlap, pdfWords, phraseAndRest, stampAndRest } from '../../helpers/pdfWords';

const corpus = oddCorpus();
const accepted = corpus.filter((o) => o.expect === 'accept');

function qpdfCheck(bytes: Uint8Array): { status: number | null; out: string } {
  const dir = mkdtempSync(join(tmpdir(), 'panelpack-odd-check-'));
  try {
    writeFileSync(join(dir, 'p.pdf'), bytes);
    const r = spawnSync('qpdf', ['--check', join(dir, 'p.pdf')], { encoding: 'utf8' });
    return { status: r.status, out: r.stdout + r.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The report's pages as a pack of their own, stamped as publishing stamps them. */
async function packOf(o: OddPdf, fitToA4 = false, heading?: string): Promise<{ bytes: Uint8Array; done: string[] }> {
  const { doc } = await openReport(o.bytes);
  const out = await PDFDocument.create();
  const font = await out.embedFont(StandardFonts.Helvetica);
  const bold = await out.embedFont(StandardFonts.HelveticaBold);
  const pages = await out.copyPages(doc, doc.getPageIndices());
  const done = pages.map((p, i) => {
    out.addPage(p);
    const result = stampPageNumber(p, `Page ${i + 1} of ${pages.length}`, font, { fitToA4, top: heading ? { text: heading, font: bold } : undefined });
    if (heading) stampTopCentre(p, heading, bold);
    return result;
  });
  return { bytes: await out.save(), done };
}

describe('the attach check on odd reports', () => {
  it.each(accepted.map((o) => [o.filename, o] as const))('accepts %s', async (_name, o) => {
    const checked = await checkReport(o.bytes);
    expect(checked.pages).toBeGreaterThan(0);
  });

  it('refuses a report that needs a password, with what to do', async () => {
    const o = corpus.find((x) => x.expect === 'password')!;
    await expect(checkReport(o.bytes)).rejects.toThrow(new ReportError('password', PASSWORD_MESSAGE));
    expect(PASSWORD_MESSAGE).toBe('This PDF needs a password to open. Open it, then save or print it as a new PDF without a password.');
  });

  it('refuses a file that is not a PDF inside as damaged, saying what to try', async () => {
    const junk = new Uint8Array(Buffer.from('%PDF-1.7\nthis is not a PDF at all, just words\n%%EOF\n', 'latin1'));
    await expect(checkReport(junk)).rejects.toThrow(DAMAGED_MESSAGE);
    expect(DAMAGED_MESSAGE).toMatch(/save or print it as a new PDF/);
  });

  it('says which pages have images that may print blank', async () => {
    const o = corpus.find((x) => x.undecodablePages)!;
    const checked = await checkReport(o.bytes);
    expect(checked.damage.images).toEqual(o.undecodablePages);
    expect(checked.damageSummary).toBe('Page 2 has an image that may print blank. Check that page in the pack, or save or print the report as a new PDF and attach that.');
    for (const other of accepted.filter((x) => !x.undecodablePages)) expect((await checkReport(other.bytes)).damageSummary, other.filename).toBeNull();
    expect(describeDamage({ images: [3, 7], content: [] })).toBe('Pages 3 and 7 have images that may print blank. Check those pages in the pack, or save or print the report as a new PDF and attach that.');
    expect(describeDamage({ images: [1], content: [4, 5, 9] })).toBe(
      'Page 1 has an image that may print blank; pages 4, 5 and 9 have text or drawings that cannot be read and may print blank. Check those pages in the pack, or save or print the report as a new PDF and attach that.',
    );
  });

  it('repairs what it can and says so', async () => {
    const repairs = async (name: string): Promise<string[]> => (await checkReport(corpus.find((o) => o.filename === name)!.bytes)).repairs;
    expect(await repairs('No MediaBox.pdf')).toContain('a page without a usable MediaBox');
    expect(await repairs('Resources as a stream.pdf')).toContain('/Resources given as a stream');
    expect(await repairs('Parent not a page tree.pdf')).toContain('a page whose /Parent is not a page tree');
    expect(await repairs('Owner password only.pdf')).toContain('decrypted (no password needed)');
    expect(await repairs('No header.pdf')).toContain('no %PDF- header');
    expect(await repairs('Cut short after startxref.pdf')).toContain('a missing startxref or %%EOF');
    expect(await repairs('Header without a version.pdf')).toContain('a broken %PDF- header');
    expect(await repairs('Catalog without a type.pdf')).toContain('a catalog without /Type /Catalog');
    expect(await repairs('Crop box beyond the page.pdf')).toContain('a crop box outside the page');
    expect(await repairs('Empty MediaBox.pdf')).toContain('a page without a usable MediaBox');
  });
});

describe('odd reports in a pack', () => {
  it.each(accepted.map((o) => [o.filename, o] as const))('%s: passes qpdf --check, keeps its words, and shows every page number over no report word', async (_name, o) => {
    const { bytes } = await packOf(o);
    const check = qpdfCheck(bytes);
    expect(check.status, check.out).toBe(0);
    const pages = pdfWords(bytes);
    const words = pages.flatMap((p) => p.words.map((w) => w.text));
    for (const w of o.words) expect(words, `${o.filename}: "${w}"`).toContain(w);
    pages.forEach((page, i) => {
      const found = stampAndRest(page, i + 1, pages.length);
      expect(found, `${o.filename} page ${i + 1} shows its number`).not.toBeNull();
      const { stamp, rest } = found!;
      expect(stamp.x0).toBeGreaterThanOrEqual(0);
      expect(stamp.x1).toBeLessThanOrEqual(page.width);
      expect(stamp.y1).toBeLessThanOrEqual(page.height);
      // Where it belongs: in the bottom margin, 36 pt from the right edge, at full size (not inside a frame).
      expect(stamp.y0, o.filename).toBeGreaterThan(page.height - 36);
      expect(Math.abs(page.width - 36 - stamp.x1), o.filename).toBeLessThan(2);
      for (const w of rest) expect(overlap(stamp, w), `${o.filename}: the stamp covers "${w.text}"`).toBe(false);
    });
  });

  it.each(accepted.map((o) => [o.filename, o] as const))('%s: the Part II heading at the top covers no report word either', async (_name, o) => {
    const heading = 'NOT FOR PUBLICATION by virtue of paragraph 1';
    const { bytes } = await packOf(o, false, heading);
    for (const [i, page] of pdfWords(bytes).entries()) {
      const found = phraseAndRest(page, heading.split(' '));
      expect(found, `${o.filename} page ${i + 1} shows the heading`).not.toBeNull();
      for (const w of found!.rest) expect(overlap(found!.stamp, w), `${o.filename}: the heading covers "${w.text}"`).toBe(false);
    }
  });

  it('numbers a page in its clear margin, frames a page with text there, and puts a tiny page on A4', async () => {
    const by = (name: string): OddPdf => corpus.find((o) => o.filename === name)!;
    expect((await packOf(by('US Letter.pdf'))).done).toEqual(['clear']);
    expect((await packOf(by('Text in the bottom margin.pdf'))).done).toEqual(['framed']);
    expect((await packOf(by('Rotated with a footer.pdf'))).done).toEqual(['framed']);
    expect((await packOf(by('Text at the top.pdf'))).done).toEqual(['clear']);
    expect((await packOf(by('Text at the top.pdf'), false, 'NOT FOR PUBLICATION')).done).toEqual(['framed']);
    const tiny = await packOf(by('Tiny page.pdf'));
    expect(tiny.done).toEqual(['carrier']);
    const [page] = pdfWords(tiny.bytes);
    expect([Math.round(page!.width), Math.round(page!.height)]).toEqual([842, 595]);
  });

  it('draws a report’s own watermark into the page and frames it, so the number covers neither', async () => {
    const { bytes, done } = await packOf(corpus.find((o) => o.filename === 'Watermark in the corner.pdf')!);
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPage(0).node.Annots()?.size() ?? 0).toBe(0);
    expect(done).toEqual(['framed']);
    expect(pdfWords(bytes)[0]!.words.map((w) => w.text)).toContain('DRAFT');
  });

  it('fits every page to A4 when asked: US Letter and A3 plans scaled and centred', async () => {
    for (const name of ['US Letter.pdf', 'A3 landscape plan.pdf']) {
      const o = corpus.find((x) => x.filename === name)!;
      const { bytes, done } = await packOf(o, true);
      expect(done).toEqual(['fitted']);
      const [page] = pdfWords(bytes);
      const size = [Math.round(page!.width), Math.round(page!.height)].sort();
      expect(size, name).toEqual([595, 842]);
    }
    const a4 = await packOf({ filename: 'a4.pdf', words: ['a4'], expect: 'accept', bytes: simplePdf([{ words: ['a4'] }]) }, true);
    expect(a4.done).toEqual(['clear']);
  });
});

describe('a stored report that cannot go into a pack', () => {
  const t = tempDir('panelpack-odd-pack-');
  afterAll(() => t.cleanup());

  it('stops the pack with an error naming the report and its item, not an internal error', async () => {
    const f = await packBoard(t.dir, { reportPages: 1 });
    const data = packData(f.ws, f.meeting.id, { version: 'members', today: TODAY });
    // As if a report stored by an older PanelPack, which checked less at attach, were damaged.
    const run = buildPack(data, { render: renderInProcess, loadFile: () => damagedPdf() });
    const err = (await run.catch((e: unknown) => e)) as { code?: string; message?: string };
    expect(err.code).toBe('invalid_input');
    expect(err.message).toMatch(/^"Virtual School annual report" \(item 5\) cannot go into the pack, so the pack was not made\. This file is damaged/);
    f.ws.close();
  });
});

describe('publishing with "fit every page of the members\u2019 pack to A4"', () => {
  const t = tempDir('panelpack-odd-fit-');
  afterAll(() => t.cleanup());

  const sizes = async (fit: boolean | undefined): Promise<{ members: string[]; public: string[] }> => {
    const f = await packBoard(mkdtempSync(join(t.dir, 'fit-')), { reportPages: 1 });
    const letter = corpus.find((o) => o.filename === 'US Letter.pdf')!;
    await attachPdf(f.ws, { itemId: f.items.virtualSchool.id, filename: letter.filename, bytes: letter.bytes });
    const result = await publishMeeting(f.ws, f.meeting.id, { today: TODAY, render: renderInProcess, fitMembersToA4: fit });
    const size = (kind: string): string[] => {
      const p = result.publications.find((x) => x.kind === kind)!;
      return pdfWords(fileBytes(f.ws, p.fileSha256)).map((pg) => `${Math.round(pg.width)}x${Math.round(pg.height)}`);
    };
    const out = { members: size('members_pack'), public: size('public_pack') };
    f.ws.close();
    return out;
  };

  it('fits the members\u2019 pack by default and keeps the public pack\u2019s sizes; unticked, the members\u2019 pack keeps them too', async () => {
    const byDefault = await sizes(undefined);
    for (const size of byDefault.members) expect(['595x842', '842x595']).toContain(size);
    expect(byDefault.public).toContain('612x792');
    const unticked = await sizes(false);
    expect(unticked.members).toContain('612x792');
  });
});
