/**
 * The evidence pack's pdfmake documents: the front (cover and contents, whose page numbers point
 * into the whole pack) and the body (every section in order, each from a new page). Headings carry
 * ids, which pdfmake writes as named destinations, so the one layout of the body says where each
 * section and entry starts (../binder.ts startPages); ./evidencePack.ts lays the front out in two
 * passes (../binder.ts settleContents).
 */
import { longDate } from '../../../../shared/logic/dates';
import { bodyArea, fontMeasure, GRID, paper, type PdfContent, type PdfDefinition } from '../paper';
import type { EvidenceData } from './evidenceData';
import type { SectionContent, EvidenceSection } from './sections';
import type { Typography } from './typography';

export interface BuiltSection extends SectionContent {
  section: EvidenceSection;
}

/** "Evidence pack (members')", "Evidence pack (public, large print)"; "Annual report (members')" for the annual report. */
export function evidenceName(d: Pick<EvidenceData, 'version' | 'largePrint'> & { annualYear?: string | null }): string {
  const what = [d.version === 'public' ? 'public' : "members'", ...(d.largePrint ? ['large print'] : [])].join(', ');
  return `${d.annualYear ? 'Annual report' : 'Evidence pack'} (${what})`;
}

function onPaper(d: EvidenceData, t: Typography, content: PdfContent[]): PdfDefinition {
  const def = paper(
    {
      councilName: d.councilName,
      boardName: d.boardName,
      title: evidenceName(d),
      documentTitle: `${evidenceName(d)}: ${d.scope.title}`,
      subject: `Evidence for ${d.scope.title}`,
      orientation: 'portrait',
      createdAt: d.createdAt,
      footerLeft: d.largePrint ? d.scope.title : `${d.scope.title} · made ${longDate(d.today)}`,
      pageNumbers: false,
      styles: t.styles,
    },
    content,
  );
  return { ...def, defaultStyle: t.defaultStyle };
}

/** The ids the front refers to: each section's key and each entry's id. */
export type ContentsRefs = ReadonlyMap<string, number>;

export function buildFrontDoc(d: EvidenceData, t: Typography, sections: BuiltSection[], refs: ContentsRefs): PdfDefinition {
  const cover: PdfContent[] = [
    { text: d.councilName, style: 'coverLine', bold: true },
    { text: d.boardName, style: 'coverLine' },
    // The annual report goes to Cabinet and full council under its own name.
    ...(d.annualYear !== null
      ? [{ text: `Annual report ${d.annualYear}`, style: 'coverTitle' }, { text: `The board's year: ${d.scope.from ? longDate(d.scope.from) : ''} to ${d.scope.to ? longDate(d.scope.to) : ''}`, style: 'h2' }]
      : [{ text: 'Evidence pack', style: 'coverTitle' }, { text: d.scope.title, style: 'h2' }]),
    { text: d.version === 'public' ? 'Public version' : "Members' version", style: 'coverLine', bold: true },
  ];
  if (d.version === 'members' && (d.minutes.some((m) => m.part2 !== null) || d.visits.some((v) => v.report !== null))) {
    cover.push({ text: 'This version includes exempt information (Part II). It is not for publication: do not share it, and keep it secure.', style: 'exempt' });
  }
  if (d.largePrint) cover.push({ text: 'Large print', style: 'coverLine' });
  if (d.strategyTitle) cover.push({ text: `Strategy: ${d.strategyTitle}`, style: 'coverLine' });
  cover.push({ text: `Made on ${longDate(d.today)}`, style: 'coverLine' }, { text: 'What this pack covers', style: 'h3' }, { text: d.scope.rule, style: 'body' });

  const page = (id: string): PdfContent => ({ text: refs.has(id) ? String(refs.get(id)) : '', style: 'contentsEntry', alignment: 'right' });
  const rows: PdfContent[][] = [];
  for (const s of sections) {
    rows.push([{ text: s.section.title, style: 'contentsSection' }, { ...(page(s.section.key) as object), bold: true }]);
    for (const e of s.entries) rows.push([{ text: e.title, style: 'contentsEntry', margin: [12, 0, 0, 0] }, page(e.id)]);
  }
  const contents: PdfContent = {
    stack: [
      { text: 'Contents', style: 'h1', id: 'contents' },
      { text: 'Page numbers are the pages of this pack where each part starts.', style: 'body', margin: [0, 0, 0, 6] },
      { table: { headerRows: 0, dontBreakRows: true, widths: ['*', pageColumn(d)], body: rows }, layout: 'grid' },
    ],
    pageBreak: 'before',
  };
  return onPaper(d, t, [...cover, contents]);
}

const pageColumn = (d: Pick<EvidenceData, 'largePrint'>): number => (d.largePrint ? 50 : 34);

/**
 * How many pages the front will take, measured with the fonts' own metrics (../paper.ts
 * fontMeasure), so its contents can usually be laid out once with the real page numbers
 * (../binder.ts settleContents checks it, and lays it out again when it is wrong).
 */
export function frontPagesGuess(d: EvidenceData, t: Typography, sections: BuiltSection[]): number {
  const m = fontMeasure();
  const spacing = t.defaultStyle.lineHeight ?? 1.15;
  const size = t.bodySize;
  const { width, height } = bodyArea('portrait');
  const row = (text: string, indent: number): number => m.lines(text, width - pageColumn(d) - 4 * GRID.padX - indent, size) * m.lineHeight(size, spacing) + 2 * GRID.padY + GRID.hRule;
  const h1 = t.styles.h1?.fontSize ?? 18;
  let y = m.lineHeight(h1, spacing) + 8 + m.lines('Page numbers are the pages of this pack where each part starts.', width, size) * m.lineHeight(size, spacing) + 6;
  let pages = 2;
  const add = (h: number): void => {
    if (y + h > height) {
      pages++;
      y = 0;
    }
    y += h;
  };
  for (const s of sections) {
    add(row(s.section.title, 0));
    for (const e of s.entries) add(row(e.title, 12));
  }
  return pages;
}

/** Every section in order, each from a new page. */
export function buildBodyDoc(d: EvidenceData, t: Typography, sections: BuiltSection[]): PdfDefinition {
  return onPaper(d, t, sections.map((s, i) => ({ stack: s.content, ...(i > 0 ? { pageBreak: 'before' } : {}) })));
}
