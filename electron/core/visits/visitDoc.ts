/**
 * The visit report as PDF definitions, on PanelPack paper (packs/paper.ts):
 * - the report itself, confidential: "NOT FOR PUBLICATION" with paragraphs 1 and 2 of Schedule 12A
 *   (information about individuals, and likely to identify them) in the header and footer of every page;
 * - the anonymised summary for the board (Part I): the summary when it is marked ready, else only
 *   the structured parts (home, date, kind, counts, records checked, the two opinions in words,
 *   recommendations after the identity checks), never the free-text findings or reasons.
 */
import { longDate } from '../../../shared/logic/dates';
import { identityFlags, redactFlags } from '../../../shared/logic/identity';
import {
  OPINION_LABELS, QUALITY_STANDARD_LABELS, QUALITY_STANDARDS, RECORD_CHECK_LABELS, RECORD_CHECKS, SPOKE_WITH_GROUPS, SPOKE_WITH_LABELS, VISIT_KIND_LABELS,
  type Opinion, type Visit,
} from '../../../shared/model/visits';
import { paragraphWords } from '../meetings/agenda';
import { paper, type PdfContent, type PdfDefinition } from '../packs/paper';

export const CONFIDENTIAL_LINE = `NOT FOR PUBLICATION by virtue of ${paragraphWords([1, 2])} of Part 1 of Schedule 12A to the Local Government Act 1972`;

export interface VisitDocData {
  councilName: string;
  boardName: string;
  today: string;
  createdAt: string;
  visit: Visit;
  /** Names of people in the workspace, for the identity checks of the anonymised version. */
  people: readonly string[];
}

const h2 = (text: string): PdfContent => ({ text, style: 'h2' });
const para = (text: string): PdfContent => ({ text, margin: [0, 0, 0, 6] });
const STYLES = { h2: { fontSize: 12, bold: true, color: '#13263D', margin: [0, 10, 0, 4] }, label: { bold: true } };

function opinionWords(o: Opinion | null): string {
  return o ? OPINION_LABELS[o] : 'Not given';
}

function facts(v: Visit): PdfContent[] {
  const rows: [string, string][] = [
    ['Home', v.homeName],
    ['Date of visit', longDate(v.date)],
    ['Kind of visit', VISIT_KIND_LABELS[v.kind]],
    ['Announced', v.announced ? 'Announced' : 'Unannounced'],
  ];
  return [{ table: { widths: [120, '*'], body: rows.map(([k, val]) => [{ text: k, style: 'label' }, val]) }, layout: 'grid' }];
}

function spokeAndRecords(v: Visit): PdfContent[] {
  return [
    h2('Who was spoken to'),
    { table: { widths: [160, 60], body: SPOKE_WITH_GROUPS.map((g) => [SPOKE_WITH_LABELS[g], String(v.spokeWith[g])]) }, layout: 'grid' },
    h2('Records checked'),
    {
      table: { widths: [160, 80], body: RECORD_CHECKS.map((r) => [RECORD_CHECK_LABELS[r], v.recordsChecked.includes(r) ? 'Checked' : 'Not checked']) },
      layout: 'grid',
    },
  ];
}

function opinions(v: Visit, withReasons: boolean): PdfContent[] {
  const out: PdfContent[] = [
    h2('The Regulation 44 opinions'),
    para(`Are children effectively safeguarded? ${opinionWords(v.safeguarded)}.`),
    para(`Does the conduct of the home promote children's well-being? ${opinionWords(v.wellbeing)}.`),
  ];
  if (withReasons && v.opinionText) out.push({ text: 'Reasons', style: 'label' }, para(v.opinionText));
  return out;
}

function recommendations(v: Visit, clean: (s: string) => string): PdfContent[] {
  if (v.recommendations.length === 0) return [h2('Recommendations'), para('None.')];
  return [
    h2('Recommendations'),
    {
      table: {
        widths: [16, '*', 128, 72],
        headerRows: 1,
        body: [
          ['', 'Recommendation', 'Timescale', 'Action log'].map((t) => ({ text: t, style: 'tableHeader' })),
          ...v.recommendations.map((r, i) => [String(i + 1), clean(r.text), r.due ? longDate(r.due) : 'None given', r.actionReference ? `Action ${r.actionReference}` : 'Not yet accepted']),
        ],
      },
      layout: 'grid',
    },
  ];
}

/** The confidential report, every part of it. */
export function buildVisitReport(d: VisitDocData): PdfDefinition {
  const v = d.visit;
  const content: PdfContent[] = [
    { text: CONFIDENTIAL_LINE, bold: true, color: '#A4161A', margin: [0, 0, 0, 8] },
    { text: `Visit report: ${v.homeName}`, style: 'title' },
    { text: `${VISIT_KIND_LABELS[v.kind]}, ${longDate(v.date)}`, style: 'subtitle' },
    ...facts(v),
    { text: `Visitors: ${v.visitors || 'not recorded'}${v.authorName ? `. Written by ${v.authorName}` : ''}.`, margin: [0, 6, 0, 0] },
    ...spokeAndRecords(v),
    h2('Findings under the quality standards'),
    ...QUALITY_STANDARDS.filter((s) => v.findings[s]).flatMap((s) => [{ text: QUALITY_STANDARD_LABELS[s], style: 'label' }, para(v.findings[s] ?? '')]),
    ...(QUALITY_STANDARDS.some((s) => v.findings[s]) ? [] : [para('No findings recorded.')]),
    ...opinions(v, true),
    ...recommendations(v, (s) => s),
    h2('Progress on previous recommendations'),
    ...(v.previousRecommendations.length === 0
      ? [para('None.')]
      : v.previousRecommendations.map((p) => para(`${p.text} (from ${longDate(p.visitDate)}): ${p.progress || 'no progress recorded'}.`))),
    h2("The manager's response"),
    para(v.managerResponse || 'Not yet received.'),
  ];
  return paper(
    {
      councilName: d.councilName,
      boardName: d.boardName,
      title: 'NOT FOR PUBLICATION · Visit report',
      documentTitle: `Visit report: ${v.homeName}, ${longDate(v.date)} (not for publication)`,
      orientation: 'portrait',
      createdAt: d.createdAt,
      footerLeft: CONFIDENTIAL_LINE,
      styles: STYLES,
      // A report the member has not finished says so on every page.
      draft: v.status === 'draft',
    },
    content,
  );
}

/** The anonymised summary for the board: never the free-text findings or reasons. */
export function buildVisitSummary(d: VisitDocData): PdfDefinition {
  const v = d.visit;
  const clean = (s: string): string => redactFlags(s, identityFlags(s, { people: d.people, today: d.today }));
  const body: PdfContent[] = v.summaryReady
    ? [h2('Summary'), ...v.summary.split(/\n{2,}/).map(para), ...opinions(v, false), ...recommendations(v, clean)]
    : [...spokeAndRecords(v), ...opinions(v, false), ...recommendations(v, clean)];
  return paper(
    {
      councilName: d.councilName,
      boardName: d.boardName,
      title: 'Visit summary',
      documentTitle: `Visit summary: ${v.homeName}, ${longDate(v.date)}`,
      orientation: 'portrait',
      createdAt: d.createdAt,
      footerLeft: `Anonymised summary · generated ${longDate(d.today)}`,
      styles: STYLES,
    },
    [{ text: `Visit summary: ${v.homeName}`, style: 'title' }, { text: `${VISIT_KIND_LABELS[v.kind]}, ${longDate(v.date)}`, style: 'subtitle' }, ...facts(v), ...body],
  );
}
