/**
 * The action log as a PDF definition: A4 landscape, one table per strategy priority (actions with
 * no priority last), each table's heading and column headings repeated on every page it runs onto.
 *
 * Why a table per priority (headerRows: 2) rather than one table with heading rows: a heading row
 * in one long table can be stranded at the foot of a page with its actions overleaf, and pdfmake
 * has no "keep with next" for rows. A table's header rows are kept with its first action
 * (keepWithHeaderRows) and repeated on every page, so a reader on page 7 still sees which priority
 * the rows belong to and what each column is.
 *
 * Rows never split across pages (dontBreakRows). pdfmake cannot draw an unbreakable row taller
 * than a page (the rest would be lost), so an update too long for one page is measured and carried
 * on in continuation rows; no text is ever cut.
 *
 * A dropped action has no RAG: its last update's colour no longer says anything about progress, so
 * the RAG cell says "None (dropped)" with no colour. An action with no update within the review
 * interval (the app's "No recent update", shared/logic/actionRules isStale) says so in words under
 * its status. An action raised at a board meeting says so under its title.
 */
import type { ActionRow } from '../../../shared/model/entities';
import { ACTION_STATUS_LABELS, RAG_LABELS, RAGS, type ActionStatus, type Rag } from '../../../shared/model/enums';
import { PRINCIPLES } from '../../../shared/model/principles';
import type { ActionFilter } from '../../../shared/model/schemas';
import { longDate, shortDate } from '../../../shared/logic/dates';
import { sourceWords } from '../../../shared/logic/actionRules';
import { BASE_STYLES, bodyArea, GRID, COLOURS, fontMeasure, paper, type PdfContent, type PdfDefinition, type PdfNode, type TextMeasure } from './paper';

export type ActionLogRow = Pick<
  ActionRow,
  | 'priorityId'
  | 'priorityNumber'
  | 'priorityTitle'
  | 'reference'
  | 'title'
  | 'ownerName'
  | 'dueDate'
  | 'status'
  | 'rag'
  | 'latestUpdateDate'
  | 'latestUpdateText'
  | 'overdue'
  | 'stale'
  | 'source'
  | 'sourceMeetingDate'
> &
  /** The item number of an action arising in the minutes ("From the minutes of …, item 5"). */
  Partial<Pick<ActionRow, 'sourceItemNumber'>>;

/** The flag under a stale action's status: the app's words (StatusBadge). */
export const STALE_WORDS = 'No recent update';

/** The RAG an action is printed with: none for a dropped action, whatever its last update said. */
export function printedRag(a: { rag: Rag | null; status: ActionStatus }): Rag | null {
  return a.status === 'dropped' ? null : a.rag;
}

export interface ActionLogData {
  councilName: string;
  boardName: string;
  /** The date the log is printed for (YYYY-MM-DD): "Generated …" and overdue. */
  today: string;
  /** The moment it was made (ISO timestamp): PDF metadata only. */
  createdAt: string;
  /** The filters in words (describeFilter); empty for the whole log. */
  filterWords: string[];
  /** In print order: by priority, then action position (listActions' reference order). */
  rows: ActionLogRow[];
  /** What the log holds, in words, instead of the filter sentence (the agenda pack's paper). */
  scope?: string;
  /** False when the pages are numbered later (the paper inside an agenda pack). */
  pageNumbers?: boolean;
  /** DRAFT on every page (the paper inside an unpublished agenda pack). */
  draft?: boolean;
}

/** RAG cell colours: the word is written too, and each text/fill pair meets WCAG AA (4.5:1). */
export const RAG_COLOURS: Record<Rag, { fill: string; text: string }> = {
  red: { fill: '#B3261E', text: '#FFFFFF' },
  amber: { fill: '#F2B01E', text: '#1A1A1A' },
  green: { fill: '#1E6B37', text: '#FFFFFF' },
};

/** Names that a filter refers to by id, looked up by the caller. */
export interface FilterNames {
  ownerName?: string;
  priority?: { number: number; title: string };
  reviewIntervalDays: number;
}

const or = (items: string[]): string => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1) ?? ''}`);

/** The filter in plain words, one phrase per filter: ["overdue", "owner Jane Smith"]. */
export function describeFilter(filter: ActionFilter, names: FilterNames): string[] {
  const words: string[] = [];
  if (filter.overdue) words.push('overdue');
  if (filter.stale) words.push(`not updated in the last ${names.reviewIntervalDays} days`);
  if (filter.statuses?.length) words.push(`status ${or(filter.statuses.map((s) => ACTION_STATUS_LABELS[s]))}`);
  if (filter.rags?.length) words.push(`RAG ${or(filter.rags.map((r) => (r === 'none' ? 'no update yet' : RAG_LABELS[r])))}`);
  if (filter.ownerId) words.push(`owner ${names.ownerName ?? 'no longer in the workspace'}`);
  if (filter.priorityId) words.push(names.priority ? `priority ${names.priority.number}: ${names.priority.title}` : 'a priority no longer in the strategy');
  if (filter.principle) {
    const p = PRINCIPLES.find((x) => x.code === filter.principle);
    words.push(`principle (${filter.principle})${p ? ` ${p.short}` : ''}`);
  }
  if (filter.text) words.push(`text contains “${filter.text}”`);
  return words;
}

/** "Filters: overdue; owner Jane Smith", or "All actions". */
export function filterSentence(words: string[]): string {
  return words.length === 0 ? 'All actions' : `Filters: ${words.join('; ')}`;
}

/** "12 actions: 3 Red, 4 Amber, 2 Green, 2 with no update yet, 1 dropped; 4 with no recent update" */
export function countSentence(rows: readonly (Pick<ActionRow, 'rag' | 'status'> & Partial<Pick<ActionRow, 'stale'>>)[]): string {
  const n = rows.length;
  const head = `${n} ${n === 1 ? 'action' : 'actions'}`;
  if (n === 0) return head;
  const live = rows.filter((x) => x.status !== 'dropped');
  const parts = RAGS.map((r) => [RAG_LABELS[r], live.filter((x) => x.rag === r).length] as const)
    .filter(([, c]) => c > 0)
    .map(([label, c]) => `${c} ${label}`);
  const none = live.filter((x) => x.rag === null).length;
  if (none > 0) parts.push(`${none} with no update yet`);
  const dropped = n - live.length;
  if (dropped > 0) parts.push(`${dropped} dropped`);
  const stale = rows.filter((x) => x.stale).length;
  return `${head}: ${parts.join(', ')}${stale > 0 ? `; ${stale} with no recent update` : ''}`;
}

const COLUMNS = ['Ref.', 'Action', 'Owner', 'Due', 'Status', 'RAG', 'Latest update'] as const;
const CELL_FONT = 8.5;
const HEADING_FONT = 10;
const SPACING = 1.15;
/** Fixed widths for all but the last column, which takes the rest of the page. */
const FIXED = [48, 172, 80, 52, 50, 44];

function columnWidths(): number[] {
  const chrome = COLUMNS.length * 2 * GRID.padX + (COLUMNS.length + 1) * GRID.vRule;
  const rest = bodyArea('landscape').width - FIXED.reduce((a, b) => a + b, 0) - chrome;
  return [...FIXED, Math.floor(rest * 100) / 100];
}

const STYLES = {
  groupHeading: { ...BASE_STYLES.groupHeading, fontSize: HEADING_FONT, lineHeight: SPACING },
  none: { italics: true, color: COLOURS.muted },
  overdue: { bold: true, color: COLOURS.warning },
  continued: { italics: true, color: COLOURS.muted },
  updateDate: { bold: true },
  ...Object.fromEntries(RAGS.map((r) => [`rag_${r}`, { bold: true, color: RAG_COLOURS[r].text, fillColor: RAG_COLOURS[r].fill, alignment: 'center' as const }])),
};

interface Layout {
  widths: number[];
  /** Lines of update text one row can hold and still fit on a page under the repeated headings. */
  maxUpdateLines: number;
}

/** Bold text is a little wider than the regular weight the measure knows. */
const BOLD_WIDTH = 1.08;

function layoutFor(measure: TextMeasure, headings: string[]): Layout {
  const widths = columnWidths();
  const rowChrome = 2 * GRID.padY + GRID.hRule;
  const headingWidth = (bodyArea('landscape').width - 2 * GRID.padX) / BOLD_WIDTH;
  const headingLines = Math.max(1, ...headings.map((h) => measure.lines(h, headingWidth, HEADING_FONT)));
  const heading = measure.lineHeight(HEADING_FONT, SPACING) * headingLines + rowChrome;
  const columns = measure.lineHeight(CELL_FONT, SPACING) + rowChrome;
  // 3% spare for rounding: a row a little short of the page only starts a page earlier; a row
  // taller than the page would lose its end.
  const room = (bodyArea('landscape').height - heading - columns - rowChrome) * 0.97;
  // Less one line for the update's date (or "continued") above its text.
  return { widths, maxUpdateLines: Math.max(4, Math.floor(room / measure.lineHeight(CELL_FONT, SPACING)) - 1) };
}

function cellText(text: string | null, empty: string): PdfContent {
  return text ? text : { text: empty, style: 'none' };
}

/**
 * Long text is broken into lines here, by the font metrics pdfkit uses, and each line is drawn
 * unwrapped: pdfmake then handles a line as one piece rather than word by word (a quarter less
 * time for a 1,000-action log), and a row's height is known, so a long update can be carried on.
 */
function lines(text: string, width: number, measure: TextMeasure): string[] {
  // A blank line keeps its height only with something in it.
  return measure.wrap(text, width, CELL_FONT).map((l) => l || ' ');
}

function actionRows(a: ActionLogRow, layout: Layout, measure: TextMeasure): PdfContent[][] {
  const [, titleWidth = 0, , , , , updateWidth = 0] = layout.widths;
  const due: PdfContent = a.dueDate
    ? a.overdue
      ? { text: [shortDate(a.dueDate), '\n', { text: 'Overdue', style: 'overdue' }] }
      : shortDate(a.dueDate)
    : { text: 'No date', style: 'none' };
  const shown = printedRag(a);
  const rag: PdfContent = shown ? { text: RAG_LABELS[shown], style: `rag_${shown}` } : { text: a.status === 'dropped' ? 'None (dropped)' : 'No update', style: 'none' };
  const title: PdfContent[] = lines(a.title, titleWidth, measure);
  const from = sourceWords(a);
  if (from) title.push({ text: from, style: 'none' });
  const status: PdfContent = a.stale ? { text: [ACTION_STATUS_LABELS[a.status], '\n', { text: STALE_WORDS, style: 'overdue' }] } : ACTION_STATUS_LABELS[a.status];
  const first = [a.reference, { stack: title, noWrap: true }, cellText(a.ownerName, 'Not assigned'), due, status, rag];
  if (!a.latestUpdateDate) return [[...first, { text: 'No update yet', style: 'none' }]];

  // Each row holds at most maxUpdateLines of the update under its label line; the rest carries on.
  const update = lines(a.latestUpdateText ?? '', updateWidth, measure);
  const rows: PdfContent[][] = [];
  for (let at = 0; at < update.length; at += layout.maxUpdateLines) {
    const part = update.slice(at, at + layout.maxUpdateLines);
    if (at === 0) {
      rows.push([...first, { stack: [{ text: shortDate(a.latestUpdateDate), style: 'updateDate' }, ...part], noWrap: true }]);
    } else {
      const label = { text: 'Latest update, continued', style: 'continued' };
      rows.push([{ text: a.reference, style: 'continued' }, { text: '(continued)', style: 'continued' }, '', '', '', '', { stack: [label, ...part], noWrap: true }]);
    }
  }
  return rows;
}

interface Group {
  heading: string;
  rows: ActionLogRow[];
}

/** Groups rows by priority in order of first appearance; actions with no priority last. */
function groupByPriority(rows: ActionLogRow[]): Group[] {
  const groups = new Map<string, Group>();
  const loose: ActionLogRow[] = [];
  for (const r of rows) {
    if (r.priorityId === null) {
      loose.push(r);
      continue;
    }
    let g = groups.get(r.priorityId);
    if (!g) {
      g = { heading: `Priority ${r.priorityNumber ?? ''}: ${r.priorityTitle ?? ''}`, rows: [] };
      groups.set(r.priorityId, g);
    }
    g.rows.push(r);
  }
  const list = [...groups.values()];
  if (loose.length > 0) list.push({ heading: 'Actions not under a priority', rows: loose });
  return list;
}

function groupTable(g: Group, first: boolean, layout: Layout, measure: TextMeasure): PdfNode {
  const span = COLUMNS.length;
  const heading: PdfContent[] = [{ text: g.heading, colSpan: span, style: 'groupHeading' }, ...Array.from({ length: span - 1 }, () => '')];
  const columns: PdfContent[] = COLUMNS.map((c) => ({ text: c, style: 'tableHeader' }));
  const body: PdfContent[][] = [heading, columns];
  for (const a of g.rows) body.push(...actionRows(a, layout, measure));
  return {
    table: { headerRows: 2, keepWithHeaderRows: 1, dontBreakRows: true, widths: layout.widths, body },
    layout: 'grid',
    // Inline, not a named style: pdfmake resolves ~20 properties per word by walking the style
    // stack, and a named style on the table would be looked up (with a fresh Set) for every word.
    fontSize: CELL_FONT,
    lineHeight: SPACING,
    // Space above every table but the first; a bottom margin on the last table would push an
    // empty page after it when it ends at the foot of a page.
    margin: [0, first ? 0 : 12, 0, 0],
  };
}

/** The action log's pdfmake definition. `measure` sizes long updates (defaults to the Roboto metrics). */
export function buildActionLogDoc(data: ActionLogData, measure: TextMeasure = fontMeasure()): PdfDefinition {
  const generated = `Generated ${longDate(data.today)}`;
  const intro: PdfContent[] = [
    { text: 'Action log', style: 'title' },
    { text: `${data.councilName}: ${data.boardName}`, style: 'subtitle' },
    { text: generated, style: 'meta' },
    { text: data.scope ?? filterSentence(data.filterWords), style: 'meta' },
    { text: countSentence(data.rows), style: 'meta', margin: [0, 0, 0, 10] },
  ];
  const groups = groupByPriority(data.rows);
  const layout = layoutFor(measure, groups.map((g) => g.heading));
  const body: PdfContent[] =
    data.rows.length === 0
      ? [{ text: data.filterWords.length > 0 ? 'No actions match these filters.' : 'There are no actions in the log yet.', style: 'empty' }]
      : groups.map((g, i) => groupTable(g, i === 0, layout, measure));
  return paper(
    {
      councilName: data.councilName,
      boardName: data.boardName,
      title: 'Action log',
      orientation: 'landscape',
      createdAt: data.createdAt,
      footerLeft: `Action log · ${generated}`,
      subject: data.scope ?? filterSentence(data.filterWords),
      pageNumbers: data.pageNumbers,
      draft: data.draft,
      styles: STYLES,
    },
    [...intro, ...body],
  );
}
