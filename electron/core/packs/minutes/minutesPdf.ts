/**
 * The minutes as one PDF: the minutes, then (members' version) the confidential annex, laid out
 * by pdfmake and merged with pdf-lib so one "Page N of M" runs through both, as the pack numbers
 * its pages (../stamps.ts). Every page of a standalone copy carries a box for the Chair's initials:
 * minutes kept loose-leaf are initialled on each page (Local Government Act 1972, Schedule 12,
 * paragraph 41). The annex's pages carry "NOT FOR PUBLICATION" with the paragraphs at the top.
 *
 * Inside an agenda pack (standalone false) the pages are left unnumbered and without the box: the
 * pack numbers them with its own pages, and the copy signed is the approved one.
 */
import { PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import { longDate } from '../../../../shared/logic/dates';
import { writeInfo, writeOutline, writePageLabels, type OutlineEntry } from '../pdfProps';
import { pageLabel } from '../paper';
import type { PdfRenderer } from '../render';
import { stampTopCentre, stampWithoutFraming } from '../stamps';
import { annexNotice, buildAnnexDoc, buildMinutesDoc, minutesTitle } from './minutesDoc';
import type { MinutesData } from './minutesData';

export interface MinutesPdfOptions {
  render: PdfRenderer;
  /** Numbered pages and the initials box (a copy to print and sign); false inside an agenda pack. */
  standalone: boolean;
  onProgress?: (done: number, label: string) => void;
}

export interface BuiltMinutes {
  bytes: Uint8Array;
  pages: number;
}

export const INITIALS_LABEL = "Chair's initials";

/** A box at the foot of the page, between the footer's words and the page number. */
function drawInitialsBox(page: PDFPage, font: PDFFont): void {
  const { width } = page.getSize();
  const w = 78;
  const h = 30;
  const x = width / 2 + 20;
  const y = 8;
  page.drawRectangle({ x, y, width: w, height: h, borderColor: rgb(0.29, 0.29, 0.29), borderWidth: 0.75 });
  page.drawText(INITIALS_LABEL, { x: x + 3, y: y + h - 8, size: 6.5, font, color: rgb(0.29, 0.29, 0.29) });
}

export async function buildMinutesPdf(d: MinutesData, opts: MinutesPdfOptions): Promise<BuiltMinutes> {
  const progress = (done: number, label: string): void => opts.onProgress?.(done, label);
  progress(0, 'Laying out the minutes…');
  const main = await opts.render(buildMinutesDoc(d, { pageNumbers: false }), (done, total) => progress(Math.floor((done / total) * 60), 'Laying out the minutes…'));
  const annex = d.version === 'members' && d.annex.length > 0 ? await opts.render(buildAnnexDoc(d, { pageNumbers: false })) : null;
  progress(75, 'Numbering the pages…');

  const out = await PDFDocument.create({ updateMetadata: false });
  const parts: { bytes: Uint8Array; annex: boolean }[] = [{ bytes: main.buffer, annex: false }];
  if (annex) parts.push({ bytes: annex.buffer, annex: true });
  const pages: { page: PDFPage; annex: boolean }[] = [];
  for (const part of parts) {
    const src = await PDFDocument.load(part.bytes, { updateMetadata: false });
    for (const p of await out.copyPages(src, src.getPageIndices())) pages.push({ page: out.addPage(p), annex: part.annex });
  }
  const font = await out.embedFont(StandardFonts.Helvetica);
  const bold = await out.embedFont(StandardFonts.HelveticaBold);
  const notice = annexNotice(d.annexParagraphs);
  for (const [i, { page, annex: inAnnex }] of pages.entries()) {
    if (opts.standalone) {
      stampWithoutFraming(page, pageLabel(i + 1, pages.length), font);
      drawInitialsBox(page, font);
    }
    if (inAnnex) stampTopCentre(page, notice, bold);
  }

  const outline: OutlineEntry[] = [{ title: 'Minutes', page: 1, children: [] }];
  if (annex) outline.push({ title: 'Confidential annex (Part II)', page: main.pages + 1, children: [] });
  writePageLabels(out);
  writeOutline(out, outline);
  writeInfo(out, {
    title: `${minutesTitle(d)}: ${d.bodyName}, ${longDate(d.meetingDate)}`,
    author: d.councilName,
    subject: d.heading,
    createdAt: d.createdAt,
  });
  const bytes = await out.save();
  progress(100, `Made ${pages.length} ${pages.length === 1 ? 'page' : 'pages'}.`);
  return { bytes, pages: pages.length };
}
