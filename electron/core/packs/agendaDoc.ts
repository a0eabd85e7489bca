/**
 * The pdfmake parts of a meeting's papers: the front sheet with the agenda (which is the pack's
 * contents list: every item with the page its papers start on), and the short cover that goes
 * before each item's reports. pack.ts merges these with the reports and numbers every page.
 *
 * Everything printed comes from PackData, which is already the version being made: the public
 * version never carries a Part II item's real title or papers (packData.ts).
 */
import { longDate } from '../../../shared/logic/dates';
import { ITEM_PURPOSE_LABELS, MEETING_KIND_LABELS } from '../../../shared/model/enums';
import { paragraphWords } from '../meetings/agenda';
import { MEMBERSHIP_HEADINGS } from './membership';
import type { PackData, PackEntry, PackItem } from './packData';
import { COLOURS, paper, type PdfContent, type PdfDefinition, type PdfStyle } from './paper';

/** The page each item's papers start on, by PackItem.key. */
export type PageRefs = ReadonlyMap<string, number>;

const STYLES: Record<string, PdfStyle> = {
  council: { fontSize: 13, bold: true, color: COLOURS.muted, margin: [0, 0, 0, 4] },
  board: { fontSize: 22, bold: true, color: COLOURS.groupText, margin: [0, 0, 0, 4] },
  docName: { fontSize: 15, color: COLOURS.groupText, margin: [0, 0, 0, 14] },
  label: { bold: true, fontSize: 10, color: COLOURS.groupText },
  value: { fontSize: 10 },
  notice: { fontSize: 9, color: COLOURS.text, margin: [0, 4, 0, 0] },
  partHeading: { fontSize: 12, bold: true, color: COLOURS.groupText, margin: [0, 12, 0, 4] },
  itemTitle: { bold: true, fontSize: 10 },
  itemMeta: { fontSize: 9, color: COLOURS.muted },
  late: { fontSize: 9, color: COLOURS.warning, bold: true },
  exempt: { fontSize: 9, color: COLOURS.warning, bold: true },
  coverNumber: { fontSize: 14, bold: true, color: COLOURS.muted, margin: [0, 40, 0, 6] },
  coverTitle: { fontSize: 20, bold: true, color: COLOURS.groupText, margin: [0, 0, 0, 14] },
  boxHeading: { bold: true, fontSize: 10, color: COLOURS.groupText, margin: [0, 0, 0, 3] },
};

/** "Corporate Parenting Board, Thursday 17 December 2026". */
export function meetingName(d: PackData): string {
  return `${d.bodyName}, ${longDate(d.meeting.date)}`;
}

/** The document's name as printed in the running header and metadata. */
export function documentName(d: PackData, what: 'agenda' | 'pack'): string {
  if (d.supplementNumber !== null) return `Supplementary agenda No. ${d.supplementNumber}${d.version === 'public' ? ' (public)' : ''}`;
  if (what === 'agenda') return d.version === 'public' ? 'Agenda' : "Agenda (members' version)";
  return d.version === 'public' ? 'Agenda pack (public)' : "Agenda pack (members')";
}

const labelled = (label: string, value: PdfContent): PdfContent[] => [
  { text: label, style: 'label' },
  typeof value === 'object' && !Array.isArray(value) && value.stack ? { ...value, style: 'value' } : { text: value, style: 'value' },
];

function frontSheet(d: PackData, what: 'agenda' | 'pack'): PdfContent[] {
  const { councillors, coopted, officers } = d.membership;
  const group = (heading: string, lines: string[]): PdfContent[] => (lines.length === 0 ? [] : [{ text: heading, bold: true, margin: [0, 2, 0, 0] }, lines.join('\n')]);
  const members = [...group(MEMBERSHIP_HEADINGS.councillors, councillors), ...group(MEMBERSHIP_HEADINGS.coopted, coopted)];
  const contact = [d.clerk.name, d.clerk.phone && `Telephone: ${d.clerk.phone}`, d.clerk.email && `Email: ${d.clerk.email}`].filter(Boolean).join('\n') || 'The clerk to the board';
  const rows: PdfContent[][] = [
    labelled('Date', longDate(d.meeting.date)),
    labelled('Time', d.meeting.startTime ? timeOf(d.meeting.startTime) : 'To be confirmed'),
    labelled('Venue', d.meeting.venue || 'To be confirmed'),
    labelled('Meeting', MEETING_KIND_LABELS[d.meeting.kind]),
  ];
  if (d.meeting.themeTitle) rows.push(labelled('Theme', d.meeting.themeTitle));
  rows.push(labelled('Membership', members.length > 0 ? { stack: members } : 'To be confirmed'));
  if (officers.length > 0) rows.push(labelled(MEMBERSHIP_HEADINGS.officers, officers.join('\n')));
  rows.push(labelled('Quorum', d.quorum === null ? 'Not set' : `${d.quorum} ${d.quorum === 1 ? 'member' : 'members'}`));
  rows.push(labelled('Contact', contact));
  if (d.meeting.lateReason) rows.push(labelled('Why the papers are late', d.meeting.lateReason));
  rows.push(d.draft ? labelled('Status', { text: 'DRAFT: these papers have not been published', bold: true, color: COLOURS.warning }) : labelled('Published', longDate(d.publishedOn)));

  const content: PdfContent[] = [
    { text: d.councilName, style: 'council' },
    { text: d.bodyName, style: 'board' },
    { text: documentName(d, what), style: 'docName' },
  ];
  if (d.supplementNumber !== null) {
    content.push({ text: 'The items below were added to the agenda, or changed, after it was published. They keep their numbers from the agenda.', style: 'notice', margin: [0, 0, 0, 10] });
  }
  if (d.version === 'members' && d.entries.some((e) => e.kind === 'item' && e.part === 2)) {
    content.push({
      text: 'This version includes exempt information (Part II). It is not for publication: do not share it, and keep it secure.',
      style: 'exempt',
      margin: [0, 0, 0, 10],
    });
  }
  content.push({ table: { widths: [80, '*'], body: rows }, layout: 'grid' });
  content.push({ text: 'Public attendance and recording', style: 'partHeading' });
  content.push({
    text:
      'Members of the public and the press are welcome to attend this meeting, except while any items in Part II are considered, ' +
      'when the board may resolve to exclude them. Anyone present may film, photograph, record or report on the public parts of the meeting ' +
      '(Openness of Local Government Bodies Regulations 2014); please tell the clerk before the meeting starts, and respect anyone who asks not to be filmed. ' +
      'Children and young people who attend will not be filmed or named. If you need the papers in another format, or help to attend, please contact the clerk.',
    style: 'notice',
  });
  return content;
}

/** "2.00 pm" */
export function timeOf(hhmm: string): string {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  return `${h % 12 === 0 ? 12 : h % 12}.${String(m).padStart(2, '0')} ${h >= 12 ? 'pm' : 'am'}`;
}

/** The lines under an item's title in the agenda: purpose and presenter, lateness, exemption. */
function itemDetails(item: PackItem, version: PackData['version']): PdfContent[] {
  const lines: PdfContent[] = [];
  const meta = [ITEM_PURPOSE_LABELS[item.purpose], item.presenter && `Presented by ${item.presenter}`, item.minutes ? `${item.minutes} minutes` : ''].filter(Boolean).join(' · ');
  if (meta) lines.push({ text: meta, style: 'itemMeta' });
  if (item.part === 2 && item.exemptParagraph !== null) {
    lines.push({
      text: `Not for publication by virtue of ${paragraphWords([item.exemptParagraph])} of Part 1 of Schedule 12A to the Local Government Act 1972.`,
      style: 'exempt',
    });
  }
  if (item.late) {
    lines.push({ text: version === 'public' && item.part === 2 ? 'Late item.' : `Late item. Reason for urgency: ${item.urgencyReason || 'not given'}`, style: 'late' });
  }
  if (item.reports.length > 0) {
    lines.push({ text: `Papers: ${item.reports.map((r) => r.title).join('; ')}`, style: 'itemMeta' });
  }
  return lines;
}

function agendaRow(e: PackEntry, refs: PageRefs | null, version: PackData['version']): PdfContent[] {
  const page = refs?.get(e.key);
  const pageCell: PdfContent = { text: page === undefined ? '' : String(page), alignment: 'right' };
  if (e.kind === 'exclusion') {
    return [{ text: e.number, bold: true }, { stack: [{ text: e.title, style: 'itemTitle' }, { text: e.resolution, style: 'itemMeta' }] }, pageCell];
  }
  return [
    { text: e.number, bold: !e.sub, margin: e.sub ? [8, 0, 0, 0] : [0, 0, 0, 0] },
    { stack: [{ text: e.title, style: 'itemTitle' }, ...itemDetails(e, version)], margin: e.sub ? [8, 0, 0, 0] : [0, 0, 0, 0] },
    pageCell,
  ];
}

function agendaTable(entries: PackEntry[], refs: PageRefs | null, version: PackData['version']): PdfContent {
  const header: PdfContent[] = [
    { text: 'Item', style: 'tableHeader' },
    { text: 'Business', style: 'tableHeader' },
    { text: 'Page', style: 'tableHeader', alignment: 'right' },
  ];
  return {
    table: { headerRows: 1, dontBreakRows: true, widths: [32, '*', 34], body: [header, ...entries.map((e) => agendaRow(e, refs, version))] },
    layout: 'grid',
  };
}

/**
 * The agenda: Part I items, then the exclusion and the Part II items. `refs` gives the page each
 * item's papers start on; null while the pages are not yet known (the first layout pass).
 */
function agendaSection(d: PackData, refs: PageRefs | null, refersTo: string): PdfContent[] {
  // The exclusion is the last Part I item: the board resolves it in public, then Part II begins.
  const firstPart2 = d.entries.findIndex((e) => e.kind === 'item' && e.part === 2 && !e.sub);
  const part1 = firstPart2 === -1 ? d.entries : d.entries.slice(0, firstPart2);
  const part2 = firstPart2 === -1 ? [] : d.entries.slice(firstPart2);
  const out: PdfContent[] = [{ text: d.supplementNumber !== null ? 'Supplementary agenda' : 'Agenda', style: 'title', pageBreak: 'before' }];
  out.push({ text: `Page numbers are the pages of the ${refersTo} where each item's papers start.`, style: 'meta', margin: [0, 0, 0, 6] });
  if (part1.length > 0) {
    out.push({ text: 'Part I: items open to the press and public', style: 'partHeading' });
    out.push(agendaTable(part1, refs, d.version));
  }
  if (part2.length > 0) {
    out.push({ text: 'Part II: items not open to the press and public', style: 'partHeading' });
    out.push(agendaTable(part2, refs, d.version));
  }
  if (d.entries.length === 0) out.push({ text: 'There are no items on this agenda yet.', style: 'empty' });
  return out;
}

const footerFor = (d: PackData): string => `${meetingName(d)} · ${d.draft ? 'DRAFT, not published' : `published ${longDate(d.publishedOn)}`}`;

/**
 * The front sheet and agenda. As part of a pack (`standalone` false) its pages are numbered later
 * by the pack; as the printable agenda, it numbers its own pages and its page references point
 * into the pack named by `refersTo`.
 */
export function buildFrontDoc(d: PackData, refs: PageRefs | null, opts: { standalone: boolean; frontSheetOnly?: boolean }): PdfDefinition {
  const what = opts.standalone ? 'agenda' : 'pack';
  const refersTo = d.supplementNumber !== null ? 'supplementary pack' : d.version === 'public' ? 'public agenda pack' : "members' agenda pack";
  return paper(
    {
      councilName: d.councilName,
      boardName: d.bodyName,
      title: documentName(d, what),
      documentTitle: `${documentName(d, what)}: ${meetingName(d)}`,
      subject: `${documentName(d, what)} for the meeting of the ${meetingName(d)}`,
      orientation: 'portrait',
      createdAt: d.createdAt,
      footerLeft: footerFor(d),
      pageNumbers: opts.standalone,
      draft: d.draft,
      styles: STYLES,
    },
    [...frontSheet(d, what), ...(opts.frontSheetOnly ? [] : agendaSection(d, refs, refersTo))],
  );
}

/**
 * Every cover in one document, each starting a new page. One layout instead of one per item (each
 * layout has a fixed cost for the fonts); the caller checks that each cover took exactly one page.
 */
export function buildCoversDoc(d: PackData, items: PackItem[]): PdfDefinition {
  const docs = items.map((item) => buildCoverDoc(d, item));
  const first = docs[0];
  if (!first) throw new RangeError('buildCoversDoc needs at least one item');
  return { ...first, content: docs.map((doc, i) => ({ stack: doc.content, ...(i > 0 ? { pageBreak: 'before' } : {}) })) };
}

/** The page before an item's reports: what the item is, who presents it, what the board is asked to do. */
export function buildCoverDoc(d: PackData, item: PackItem): PdfDefinition {
  const facts: PdfContent[][] = [labelled('Purpose', ITEM_PURPOSE_LABELS[item.purpose])];
  if (item.presenter) facts.push(labelled('Presented by', item.presenter));
  if (item.reportAuthor) facts.push(labelled('Report author', item.reportAuthor));
  if (item.minutes) facts.push(labelled('Time allowed', `${item.minutes} minutes`));
  if (item.part === 2 && item.exemptParagraph !== null) {
    facts.push(labelled('Exempt', `Part II: ${paragraphWords([item.exemptParagraph])} of Part 1 of Schedule 12A to the Local Government Act 1972`));
  }
  if (item.late) facts.push(labelled('Late item', `Reason for urgency: ${item.urgencyReason || 'not given'}`));
  if (item.reports.length > 0) {
    facts.push(labelled('Papers', item.reports.map((r) => `${r.title} (${r.pages} ${r.pages === 1 ? 'page' : 'pages'})`).join('\n')));
  }
  const content: PdfContent[] = [
    { text: `Item ${item.number}`, style: 'coverNumber' },
    { text: item.title, style: 'coverTitle' },
    { table: { widths: [90, '*'], body: facts }, layout: 'grid' },
  ];
  if (item.recommendation.trim()) {
    content.push({
      margin: [0, 16, 0, 0],
      table: { widths: ['*'], body: [[{ stack: [{ text: 'Recommendation', style: 'boxHeading' }, { text: item.recommendation, fontSize: 10 }] }]] },
      layout: 'grid',
      fillColor: COLOURS.groupFill,
    });
  }
  return paper(
    {
      councilName: d.councilName,
      boardName: d.bodyName,
      title: documentName(d, 'pack'),
      orientation: 'portrait',
      createdAt: d.createdAt,
      footerLeft: footerFor(d),
      pageNumbers: false,
      draft: d.draft,
      styles: STYLES,
    },
    content,
  );
}
