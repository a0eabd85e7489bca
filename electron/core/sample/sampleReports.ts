/**
 * The sample board's officers' reports as small A4 PDFs, made with pdf-lib's standard fonts (no
 * font files to embed, so each report is a few kilobytes and quick to make). A report reads like
 * a council committee report: its title, author, meeting and date, then headed sections, and an
 * appendix of progress on the strategy's actions for the item's priority as it stood on the
 * report's date, taken from the sample's own action log.
 *
 * The bytes depend only on the content and the dates passed in (never the clock), so the same
 * today gives byte-identical reports and the sample stays deterministic.
 */
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { longDate, shiftDate } from '../../../shared/logic/dates';
import { PRINCIPLES } from '../../../shared/model/principles';
import type { SampleData } from './sampleData';
import { SAMPLE_PART_II_SENTINEL, type SampleItem, type SampleReportText } from './sampleMeetings';

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 64;
const BODY_SIZE = 10.5;
const LEADING = 14.5;
const TEXT_COLOUR = rgb(0.1, 0.1, 0.1);
const MUTED = rgb(0.35, 0.35, 0.35);

export interface SampleReportInput {
  item: SampleItem;
  report: SampleReportText;
  councilName: string;
  boardName: string;
  meetingDate: string;
  /** The date the report carries (also its PDF creation and modification date). */
  reportDate: string;
  data: SampleData;
  today: string;
}

export interface SampleReport {
  filename: string;
  title: string;
  bytes: Uint8Array;
}

const personOf = (d: SampleData, key: string): { name: string; roleTitle: string } => {
  const p = d.people.find((x) => x.key === key);
  if (!p) throw new Error(`Sample board: no person "${key}" for a report.`);
  return p;
};

/** "deep-dive-placement-sufficiency-and-stability.pdf" */
export function reportFilename(title: string): string {
  const slug = title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return `${slug}.pdf`;
}

/**
 * Text widths from each character's width, measured once per font. pdf-lib's widthOfTextAtSize
 * encodes the whole string on every call, and wrapping measures the growing line after every word:
 * that was most of the sample build's time. Kerning is left out, so lines are given a little slack.
 */
class Widths {
  private readonly perChar = new Map<string, number>();
  constructor(private readonly font: PDFFont) {}
  of(text: string, size: number): number {
    let units = 0;
    for (const ch of text) {
      let w = this.perChar.get(ch);
      if (w === undefined) {
        w = this.font.widthOfTextAtSize(ch, 1000);
        this.perChar.set(ch, w);
      }
      units += w;
    }
    return (units * size) / 1000;
  }
}

/** Lays out text top to bottom, starting a new page when the current one is full. */
class Writer {
  private readonly widths: Map<PDFFont, Widths>;
  private page: PDFPage;
  private y: number;
  constructor(
    private readonly doc: PDFDocument,
    private readonly fonts: { regular: PDFFont; bold: PDFFont },
  ) {
    this.page = doc.addPage(A4);
    this.y = A4[1] - MARGIN;
    this.widths = new Map([fonts.regular, fonts.bold].map((f) => [f, new Widths(f)]));
  }

  newPage(): void {
    this.page = this.doc.addPage(A4);
    this.y = A4[1] - MARGIN;
  }

  private ensure(height: number): void {
    if (this.y - height < MARGIN + 20) this.newPage();
  }

  /** Breaks `text` into lines that fit the text width, at spaces. */
  private lines(text: string, font: PDFFont, size: number, width: number): string[] {
    const measure = this.widths.get(font) ?? new Widths(font);
    const limit = width * 0.98;
    const space = measure.of(' ', size);
    const out: string[] = [];
    let line = '';
    let lineWidth = 0;
    for (const word of text.split(/\s+/).filter(Boolean)) {
      const w = measure.of(word, size);
      if (line && lineWidth + space + w > limit) {
        out.push(line);
        line = word;
        lineWidth = w;
      } else {
        line = line ? `${line} ${word}` : word;
        lineWidth += (line === word ? 0 : space) + w;
      }
    }
    if (line) out.push(line);
    return out;
  }

  text(text: string, opts: { bold?: boolean; size?: number; indent?: number; colour?: ReturnType<typeof rgb>; after?: number } = {}): void {
    const font = opts.bold ? this.fonts.bold : this.fonts.regular;
    const size = opts.size ?? BODY_SIZE;
    const leading = size * (LEADING / BODY_SIZE);
    const indent = opts.indent ?? 0;
    let lines = this.lines(text, font, size, A4[0] - 2 * MARGIN - indent);
    // One drawText per paragraph and page, not per line: far fewer operators to build and write.
    while (lines.length > 0) {
      this.ensure(leading);
      const fit = Math.max(1, Math.floor((this.y - MARGIN - 20) / leading));
      const chunk = lines.slice(0, fit);
      lines = lines.slice(fit);
      this.page.drawText(chunk.join('\n'), { x: MARGIN + indent, y: this.y - leading, size, font, lineHeight: leading, color: opts.colour ?? TEXT_COLOUR });
      this.y -= chunk.length * leading;
      if (lines.length > 0) this.newPage();
    }
    this.y -= opts.after ?? 6;
  }

  heading(text: string): void {
    // Keep a heading with at least two lines of what follows it.
    this.ensure(3 * LEADING + 10);
    this.y -= 8;
    this.text(text, { bold: true, size: 12.5, after: 4 });
  }

  rule(): void {
    this.y -= 4;
    this.page.drawLine({ start: { x: MARGIN, y: this.y }, end: { x: A4[0] - MARGIN, y: this.y }, thickness: 0.75, color: MUTED });
    this.y -= 10;
  }
}

/** Progress on the priority's actions as it stood on `asOf`: each action's latest update by then. */
function actionProgress(d: SampleData, priority: number, today: string, asOf: string): { heading: string; lines: string[] }[] {
  return d.actions
    .filter((a) => a.priority === priority)
    .map((a) => {
      const latest = a.updates.filter((u) => shiftDate(today, -u.daysAgo) <= asOf).at(-1);
      const owner = a.owner === null ? 'No owner yet' : personOf(d, a.owner).name;
      const due = a.dueInDays === null ? 'no due date' : `due ${longDate(shiftDate(today, a.dueInDays))}`;
      const lines = [`Owner: ${owner}; ${due}.`];
      if (latest) lines.push(`${latest.rag.charAt(0).toUpperCase()}${latest.rag.slice(1)} at ${longDate(shiftDate(today, -latest.daysAgo))}: ${latest.text}`);
      else lines.push('No update recorded yet.');
      return { heading: `${a.reference ?? ''} ${a.title}`.trim(), lines };
    });
}

/** One officer's report as PDF bytes. */
export async function sampleReportPdf(r: SampleReportInput): Promise<SampleReport> {
  const { item, report, data: d } = r;
  const author = personOf(d, r.item.author);
  const priority = d.priorities.find((p) => p.number === item.priority);
  if (!priority) throw new Error(`Sample board: no priority ${item.priority} for "${item.title}".`);
  const stamp = new Date(`${r.reportDate}T09:00:00Z`);

  const doc = await PDFDocument.create({ updateMetadata: false });
  const fonts = { regular: await doc.embedFont(StandardFonts.Helvetica), bold: await doc.embedFont(StandardFonts.HelveticaBold) };
  doc.setTitle(item.title);
  doc.setAuthor(author.name);
  doc.setSubject(`${r.boardName}, ${longDate(r.meetingDate)}`);
  doc.setCreator(r.councilName);
  doc.setProducer('PanelPack sample board');
  doc.setLanguage('en-GB');
  doc.setCreationDate(stamp);
  doc.setModificationDate(stamp);

  const w = new Writer(doc, fonts);
  if (item.exempt) {
    w.text(`NOT FOR PUBLICATION: exempt information under paragraph ${item.exempt.paragraph} of Part 1 of Schedule 12A to the Local Government Act 1972.`, {
      bold: true,
      size: 9.5,
      after: 2,
    });
    w.text(`Protective marking: ${SAMPLE_PART_II_SENTINEL}`, { size: 9.5, colour: MUTED, after: 10 });
  }
  w.text(r.councilName, { size: 10, colour: MUTED, after: 2 });
  w.text(`Report to the ${r.boardName}, ${longDate(r.meetingDate)}`, { size: 10, colour: MUTED, after: 12 });
  w.text(item.title, { bold: true, size: 17, after: 10 });
  w.text(`Report of: ${author.name}, ${author.roleTitle}`, { size: 10 });
  w.text(`Date of report: ${longDate(r.reportDate)}`, { size: 10 });
  w.text(`Strategy priority ${priority.number}: ${priority.title}`, { size: 10, after: 4 });
  w.rule();

  w.heading('1. Purpose of the report');
  w.text(report.purpose);
  w.heading('2. Recommendations');
  w.text(item.recommendation ?? 'That the board notes the report and comments on it.');
  w.heading('3. Background');
  w.text(priority.why);
  w.text(priority.what);
  report.sections.forEach((s, i) => {
    w.heading(`${i + 4}. ${s.heading}`);
    for (const p of s.paragraphs) w.text(p);
  });
  w.heading(`${report.sections.length + 4}. The corporate parenting principles`);
  w.text('This report serves these principles of the Children and Social Work Act 2017, section 1(1): the council must have regard to the need');
  const served = PRINCIPLES.filter((x) => item.principles.includes(x.code));
  served.forEach((p, i) => w.text(`(${p.code}) ${p.text}${i === served.length - 1 ? '.' : ';'}`, { indent: 14, after: 3 }));
  w.heading(`${report.sections.length + 5}. Contact`);
  w.text(`${author.name}, ${author.roleTitle}. ${personEmail(d, item.author)}`);

  // An appendix starts on a page of its own, as in the council's report template.
  w.newPage();
  w.text(`Appendix A: progress on the actions for priority ${priority.number}, ${priority.title}`, { bold: true, size: 13, after: 4 });
  w.text(`As recorded in the board’s action log on ${longDate(r.reportDate)}.`, { size: 10, colour: MUTED, after: 8 });
  for (const a of actionProgress(d, item.priority, r.today, r.reportDate)) {
    w.text(a.heading, { bold: true, after: 2 });
    for (const line of a.lines) w.text(line, { indent: 14, after: 2 });
    w.text('', { after: 4 });
  }

  const bytes = await doc.save();
  return { filename: reportFilename(item.title), title: item.title, bytes };
}

function personEmail(d: SampleData, key: string): string {
  const p = d.people.find((x) => x.key === key);
  return p?.email ? `Email: ${p.email}` : '';
}
