/**
 * The Pledge report for the Children in Care Council, in the child-friendly style: A4 portrait,
 * every piece of text 14 pt or more (running header and footer included), short sentences, no
 * jargon, and no names. It prints the promises, how each is going in words (the clerk's
 * judgement), what the board is doing (action titles and how far along they are, never owners),
 * and "You said / We did" from the linked voice records. Nothing else is read: no agenda, no Part
 * II, no people. printReport.ts still checks the finished text for names of the workspace's people.
 *
 * Pure: data in, a JSON-serialisable definition out (packs/paper.ts, as every PanelPack PDF).
 */
import { longDate } from '../../../shared/logic/dates';
import type { PledgeAudience } from '../../../shared/model/enums';
import { PLEDGE_STATUS_LABELS, type PledgeAction, type PledgeEntry, type PledgeStatus, type PledgeVoice } from '../../../shared/model/voices';
import { COLOURS, paper, type PdfContent, type PdfDefinition } from '../packs/paper';

export interface PledgeReportData {
  councilName: string;
  boardName: string;
  /** The day it is printed for (YYYY-MM-DD). */
  today: string;
  /** The moment it was made (ISO timestamp): PDF metadata only. */
  createdAt: string;
  entries: PledgeEntry[];
  /** How many voice records the identity checks left out (printReport.ts). */
  voicesLeftOut?: number;
}

/** The smallest text anywhere in the report: the child-friendly style's floor. */
export const CHILD_FRIENDLY_MIN_PT = 14;

/** What each status means, in a child's words. Shown in the key and under each promise. */
export const STATUS_MEANING: Record<PledgeStatus, string> = {
  kept: 'We did what we promised.',
  in_progress: 'We are working on it.',
  at_risk: 'This is hard. We need to do better.',
  not_started: 'We have not started yet.',
};

/** Status box colours: the word is always written too, and each pair meets WCAG AA (4.5:1). */
export const STATUS_COLOURS: Record<PledgeStatus, { fill: string; text: string }> = {
  kept: { fill: '#1E6B37', text: '#FFFFFF' },
  in_progress: { fill: '#1F3A5F', text: '#FFFFFF' },
  at_risk: { fill: '#B3261E', text: '#FFFFFF' },
  not_started: { fill: '#E3EAF2', text: '#13263D' },
};

const AUDIENCE_TITLES: Record<PledgeAudience, string> = {
  children_in_care: 'Our promises to children in care',
  care_leavers: 'Our promises to care leavers',
};

/** How far along an action is, in a child's words. */
function actionWords(a: PledgeAction): string {
  if (a.status === 'complete') return 'done';
  if (a.status === 'not_started') return 'not started yet';
  if (a.status === 'blocked' || a.rag === 'red' || a.overdue) return 'running late';
  return 'we are working on it';
}

/** One voice record: You said, then We did, Not yet because, or We will. */
function voiceBlock(v: PledgeVoice): PdfContent {
  const answer =
    v.outcome === 'we_did'
      ? { label: 'We did: ', text: v.outcomeText }
      : v.outcome === 'not_yet'
        ? { label: 'Not yet, because: ', text: v.outcomeText }
        : v.weWill
          ? { label: 'We will: ', text: v.weWill }
          : { label: 'We will: ', text: 'We are still working out what to do. We will tell you.' };
  return {
    margin: [0, 4, 0, 8],
    stack: [
      { text: [{ text: 'You said: ', bold: true }, v.youSaid], margin: [0, 0, 0, 2] },
      { text: [{ text: answer.label, bold: true }, answer.text] },
    ],
  };
}

/**
 * A promise as blocks that never split across pages (pdfmake's `unbreakable`): the heading with
 * its promise, status and actions; then each voice record (the first under "What you told us");
 * "We last checked" stays with the last of them.
 */
function promiseBlocks(e: PledgeEntry): PdfContent[] {
  const colour = STATUS_COLOURS[e.status];
  const live = e.actions.filter((a) => a.status !== 'dropped');
  const head: PdfContent[] = [
    { text: e.heading, style: 'promiseHeading' },
    { text: [{ text: 'We promised: ', bold: true }, e.promise], margin: [0, 0, 0, 6] },
    {
      table: {
        widths: [112, '*'],
        body: [[{ text: PLEDGE_STATUS_LABELS[e.status], bold: true, color: colour.text, fillColor: colour.fill, margin: [6, 3, 6, 3] }, { text: STATUS_MEANING[e.status], margin: [6, 3, 0, 3] }]],
      },
      layout: 'noBorders',
      margin: [0, 0, 0, 8],
    },
  ];
  if (live.length > 0) {
    head.push({ text: 'What we are doing', style: 'subheading' });
    head.push({ ul: live.map((a) => ({ text: `${a.title} (${actionWords(a)})` })), margin: [0, 0, 0, 6] });
  }
  const parts: PdfContent[][] = [head, ...e.voices.map((v, i) => [...(i === 0 ? [{ text: 'What you told us', style: 'subheading' }] : []), voiceBlock(v)])];
  if (e.lastEvidenced) parts.at(-1)?.push({ text: `We last checked this on ${longDate(e.lastEvidenced)}.`, style: 'note' });
  return parts.map((stack, i) => ({ stack, unbreakable: true, margin: [0, 0, 0, i === parts.length - 1 ? 18 : 0] }));
}

export function buildPledgeReportDoc(d: PledgeReportData): PdfDefinition {
  const key: PdfContent = {
    table: {
      widths: [112, '*'],
      body: (Object.keys(STATUS_MEANING) as PledgeStatus[]).map((s) => [
        { text: PLEDGE_STATUS_LABELS[s], bold: true, color: STATUS_COLOURS[s].text, fillColor: STATUS_COLOURS[s].fill, margin: [6, 3, 6, 3] },
        { text: STATUS_MEANING[s], margin: [6, 3, 0, 3] },
      ]),
    },
    layout: 'noBorders',
    margin: [0, 4, 0, 18],
  };
  const content: PdfContent[] = [
    { text: 'Our promises to you', style: 'title' },
    { text: `How we are doing, ${longDate(d.today)}`, style: 'subtitle' },
    { text: `From the ${d.boardName}: the people at the council who look after you.`, margin: [0, 0, 0, 6] },
    {
      text: 'This is our Pledge. It is what we promised you. Here is how we are doing. We also say what you told us, and what we did about it.',
      margin: [0, 0, 0, 10],
    },
    { text: 'What the words mean', style: 'subheading' },
    key,
  ];
  if (d.entries.length === 0) content.push({ text: 'We have not written our promises down here yet.', style: 'note' });
  if (d.voicesLeftOut) {
    const n = d.voicesLeftOut;
    content.push({ text: `We left out ${n === 1 ? 'one thing' : `${n} things`} you told us. ${n === 1 ? 'It' : 'They'} might say who someone is, so we are checking ${n === 1 ? 'it' : 'them'} first.`, style: 'note', margin: [0, 0, 0, 10] });
  }
  for (const audience of ['children_in_care', 'care_leavers'] as const) {
    const entries = d.entries.filter((e) => e.audience === audience);
    if (entries.length === 0) continue;
    const title: PdfContent = { text: AUDIENCE_TITLES[audience], style: 'section' };
    const breakBefore = audience === 'care_leavers' && d.entries.some((e) => e.audience === 'children_in_care');
    entries.forEach((e, i) => {
      const blocks = promiseBlocks(e);
      // The section's title goes inside its first promise's unbreakable block, so it is never left alone at a page's foot.
      const first = blocks[0] as { stack: PdfContent[] } | undefined;
      if (i === 0 && first) blocks[0] = { ...first, stack: [title, ...first.stack], ...(breakBefore ? { pageBreak: 'before' } : {}) };
      content.push(...blocks);
    });
  }
  const def = paper(
    {
      councilName: d.councilName,
      boardName: d.boardName,
      title: 'Our promises to you',
      documentTitle: `Our promises to you: the Pledge, ${longDate(d.today)}`,
      subject: 'The Pledge: how we are doing, for the Children in Care Council',
      orientation: 'portrait',
      createdAt: d.createdAt,
      footerLeft: `Made ${longDate(d.today)}`,
      styles: {
        title: { fontSize: 28, bold: true, color: COLOURS.groupText, margin: [0, 0, 0, 4] },
        subtitle: { fontSize: 16, color: COLOURS.text, margin: [0, 0, 0, 12] },
        section: { fontSize: 22, bold: true, color: COLOURS.groupText, margin: [0, 0, 0, 10] },
        promiseHeading: { fontSize: 20, bold: true, color: COLOURS.groupText, margin: [0, 0, 0, 4] },
        subheading: { fontSize: 16, bold: true, color: COLOURS.groupText, margin: [0, 4, 0, 2] },
        note: { fontSize: CHILD_FRIENDLY_MIN_PT, italics: true, color: COLOURS.muted },
        furniture: { fontSize: CHILD_FRIENDLY_MIN_PT, color: COLOURS.muted },
      },
    },
    content,
  );
  // At 14 pt the council and board do not fit one header line: the council alone, the board is on page 1.
  return {
    ...def,
    pageMargins: [48, 64, 48, 56],
    defaultStyle: { ...def.defaultStyle, fontSize: 15, lineHeight: 1.3 },
    furniture: { ...def.furniture, headerLeft: d.councilName },
  };
}

/** Every string the report prints, for the names check: the definition's text, header and footer. */
export function reportText(def: PdfDefinition): string {
  const out: string[] = [def.furniture.headerLeft, def.furniture.headerRight, def.furniture.footerLeft, def.info.title, def.info.subject];
  const walk = (c: unknown): void => {
    if (typeof c === 'string') out.push(c);
    else if (Array.isArray(c)) c.forEach(walk);
    else if (c && typeof c === 'object') for (const k of ['text', 'stack', 'ul', 'columns', 'table', 'body'] as const) if (k in c) walk((c as Record<string, unknown>)[k]);
  };
  walk(def.content);
  return out.join('\n');
}
