/**
 * The minutes on PanelPack paper (pdfmake definitions), in council style: the heading, who was
 * present, each minute numbered with its RESOLVED set out, the actions arising, any recorded
 * corrections, and the signature block; the members' version's Part II minutes are a separate
 * definition (the confidential annex), merged after it by minutesPdf.ts, which numbers every page
 * and adds the Chair's initials box. Everything printed comes from MinutesData, already the version
 * being made.
 */
import { longDate } from '../../../../shared/logic/dates';
import { paragraphWords } from '../../meetings/agenda';
import { COLOURS, paper, type PdfContent, type PdfDefinition, type PdfStyle } from '../paper';
import type { MinuteActionLine, MinuteBlock, MinuteCorrectionLine, MinutesData } from './minutesData';

const STYLES: Record<string, PdfStyle> = {
  council: { fontSize: 12, bold: true, color: COLOURS.muted, margin: [0, 0, 0, 4] },
  heading: { fontSize: 15, bold: true, color: COLOURS.groupText, margin: [0, 0, 0, 6] },
  status: { fontSize: 10, bold: true, color: COLOURS.warning, margin: [0, 0, 0, 10] },
  approved: { fontSize: 10, bold: true, color: COLOURS.groupText, margin: [0, 0, 0, 10] },
  section: { fontSize: 12, bold: true, color: COLOURS.groupText, margin: [0, 12, 0, 4] },
  label: { bold: true, fontSize: 10, color: COLOURS.groupText },
  minuteNumber: { bold: true, fontSize: 10.5 },
  minuteTitle: { bold: true, fontSize: 10.5, margin: [0, 0, 0, 3] },
  para: { fontSize: 10, margin: [0, 0, 0, 4] },
  note: { fontSize: 9.5, italics: true, color: COLOURS.muted, margin: [0, 0, 0, 4] },
  marker: { fontSize: 10, bold: true, color: COLOURS.warning, margin: [0, 0, 0, 4] },
  resolved: { fontSize: 10, margin: [0, 0, 0, 4] },
  exempt: { fontSize: 11, bold: true, color: COLOURS.warning, margin: [0, 0, 0, 8] },
};

/** The document's name: running header and metadata. */
export function minutesTitle(d: Pick<MinutesData, 'version'>, annex = false): string {
  if (annex) return 'Minutes: confidential annex';
  return d.version === 'public' ? 'Minutes (public)' : "Minutes (members' version)";
}

const meetingWords = (d: MinutesData): string => `${d.bodyName}, ${longDate(d.meetingDate)}`;

/** The minute's number beside what follows it (`number` empty for a minute's continuation). */
const numbered = (b: MinuteBlock, number: string, stack: PdfContent[]): PdfContent => ({
  columns: [
    { text: number, style: 'minuteNumber', width: 54, margin: b.sub ? [10, 0, 0, 0] : [0, 0, 0, 0] },
    { stack, width: '*' },
  ],
  columnGap: 6,
});

/**
 * One minute. Its number, title and first paragraph are one unbreakable row, so a title never
 * stands alone at the foot of a page (tests/core/packs/minutesKeep.test.ts); the rest may run on.
 */
function block(b: MinuteBlock): PdfContent {
  const paras: PdfContent[] = b.paras.map((p) =>
    p.kind === 'resolved' ? { text: [{ text: 'RESOLVED: ', bold: true }, p.text], style: 'resolved' } : { text: p.text, style: p.kind === 'text' ? 'para' : p.kind },
  );
  const [first, ...rest] = paras;
  return {
    stack: [
      { ...(numbered(b, b.number, [{ text: b.title, style: 'minuteTitle' }, ...(first ? [first] : [])]) as object), unbreakable: true },
      ...(rest.length > 0 ? [numbered(b, '', rest)] : []),
    ],
    margin: [0, 4, 0, 6],
  };
}

function minuteList(blocks: MinuteBlock[], withPartHeading: boolean): PdfContent[] {
  const out: PdfContent[] = [];
  let inPart2 = false;
  for (const b of blocks) {
    if (withPartHeading && b.part2 && !inPart2) {
      out.push({ text: 'Part II: items considered in private', style: 'section' });
      inPart2 = true;
    }
    out.push(block(b));
  }
  return out;
}

function actionsTable(rows: MinuteActionLine[], heading: string): PdfContent[] {
  const head = ['Ref.', 'Action', 'Owner', 'Due', 'Minute'].map((t) => ({ text: t, style: 'tableHeader' }));
  if (rows.length === 0) return [{ text: heading, style: 'section' }, { text: 'No actions arose from this meeting.', style: 'note' }];
  return [
    { text: heading, style: 'section' },
    {
      table: { headerRows: 1, dontBreakRows: true, widths: [46, '*', 110, 90, 40], body: [head, ...rows.map((a) => [a.reference, a.title, a.owner, a.due, a.minute])] },
      layout: 'grid',
      fontSize: 9,
    },
  ];
}

function correctionsList(rows: MinuteCorrectionLine[]): PdfContent[] {
  if (rows.length === 0) return [];
  return [
    { text: 'Corrections recorded after approval', style: 'section' },
    ...rows.map((c) => ({
      stack: [
        { text: `Minute ${c.minute}: ${c.what}`, bold: true, fontSize: 10 },
        { text: `Why: ${c.why}`, style: 'para' },
        ...(c.before || c.after ? [{ text: `Before: “${c.before}”. After: “${c.after}”.`, style: 'para' }] : []),
        { text: `Agreed at ${c.agreedAt}, by ${c.agreedBy}, on ${c.on}.`, style: 'note' },
      ],
      margin: [0, 0, 0, 6],
      // A correction is read whole: never split across pages.
      unbreakable: true,
    })),
  ];
}

function signature(d: MinutesData): PdfContent {
  const line = '…………………………………………';
  return {
    unbreakable: true,
    margin: [0, 24, 0, 0],
    stack: [
      { columns: [{ text: `Signed ${line}`, fontSize: 11 }, { text: `Date ${line}`, fontSize: 11 }] },
      { text: 'Chair', fontSize: 11, bold: true, margin: [36, 4, 0, 0] },
      ...(d.signedBy ? [{ text: `Signed by ${d.signedBy}${d.signedOn ? ` on ${longDate(d.signedOn)}` : ''} as a correct record.`, style: 'note', margin: [0, 8, 0, 0] }] : []),
    ],
  };
}

const paperFor = (d: MinutesData, annex: boolean, pageNumbers: boolean) => ({
  councilName: d.councilName,
  boardName: d.bodyName,
  title: minutesTitle(d, annex),
  documentTitle: `${minutesTitle(d, annex)}: ${meetingWords(d)}`,
  subject: `${minutesTitle(d, annex)} of the meeting of the ${meetingWords(d)}`,
  orientation: 'portrait' as const,
  createdAt: d.createdAt,
  footerLeft: meetingWords(d),
  pageNumbers,
  draft: d.draft,
  styles: STYLES,
});

/** The minutes themselves. `pageNumbers` false when the pages are numbered after merging (minutesPdf.ts). */
export function buildMinutesDoc(d: MinutesData, opts: { pageNumbers: boolean }): PdfDefinition {
  const attendance: PdfContent[][] = d.attendance.map((g) => [{ text: g.heading, style: 'label' }, { text: g.lines.join('\n'), fontSize: 10 }]);
  const content: PdfContent[] = [
    { text: d.councilName, style: 'council' },
    { text: d.heading, style: 'heading' },
    { text: d.statusLine, style: d.draft ? 'status' : 'approved' },
  ];
  if (d.version === 'members' && d.annex.length > 0) {
    content.push({ text: 'This version includes a confidential annex (Part II). It is not for publication: do not share it, and keep it secure.', style: 'exempt' });
  }
  if (attendance.length > 0) content.push({ table: { widths: [120, '*'], body: attendance }, layout: 'grid' });
  else content.push({ text: 'No attendance was recorded.', style: 'note' });
  content.push({ text: 'Minutes', style: 'section' });
  content.push(...minuteList(d.minutes, true));
  content.push(...actionsTable(d.actions, 'Actions arising'));
  content.push(...correctionsList(d.corrections));
  content.push(signature(d));
  return paper(paperFor(d, false, opts.pageNumbers), content);
}

/** "NOT FOR PUBLICATION by virtue of paragraph 1 of Part 1 of Schedule 12A …", for the annex's pages. */
export function annexNotice(paragraphs: number[]): string {
  return paragraphs.length === 0
    ? 'NOT FOR PUBLICATION: exempt information (Part II)'
    : `NOT FOR PUBLICATION by virtue of ${paragraphWords(paragraphs)} of Part 1 of Schedule 12A to the Local Government Act 1972`;
}

/** The confidential annex (members' version only): the Part II minutes in full. */
export function buildAnnexDoc(d: MinutesData, opts: { pageNumbers: boolean }): PdfDefinition {
  const content: PdfContent[] = [
    { text: 'Confidential annex', style: 'heading' },
    { text: `To the ${d.heading.charAt(0).toLowerCase()}${d.heading.slice(1)}`, style: 'para' },
    { text: annexNotice(d.annexParagraphs), style: 'exempt' },
    ...minuteList(d.annex, false),
  ];
  if (d.annexActions.length > 0) content.push(...actionsTable(d.annexActions, 'Actions arising from these items'));
  content.push(...correctionsList(d.annexCorrections));
  return paper(paperFor(d, true, opts.pageNumbers), content);
}
