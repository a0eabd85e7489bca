/**
 * The evidence pack's sections. Each is a section builder: given the pack's data (already the
 * version being made, ./evidenceData.ts) and its typography, it returns the section's content, or
 * null when the scope has nothing for it (the section is then left out of the pack, contents and
 * outline). A section's heading carries its `key` as a pdfmake `id`, and each entry's heading its
 * own id; pdfmake writes each as a named destination, which tells the contents and the outline
 * where each starts (../binder.ts startPages). A section with a `banner` has it printed at the top of each of its pages.
 *
 * Indicators (with charts, commentary and the chart's table), voice records (You said / We will /
 * We did) and visit findings are in ./recordSections.ts; the summary's short indicators table too.
 * The appendix of evidence files (PDFs kept against actions or updates) is ./appendix.ts: its
 * page listing the files is always the body's last section, and the files are bound after it as
 * the binder's `{ file }` parts.
 */
import { longDate } from '../../../../shared/logic/dates';
import { ACTION_STATUS_LABELS, RAG_LABELS, RAGS, type Rag } from '../../../../shared/model/enums';
import { PRINCIPLES } from '../../../../shared/model/principles';
import { countSentence, RAG_COLOURS } from '../actionLog';
import { notForPublication } from '../pack';
import type { PdfContent } from '../paper';
import type { EvidenceAction, EvidenceData, MinutesExtract } from './evidenceData';
import type { Typography } from './typography';
import { facts, heading } from './blocks';
import { indicatorsSection, indicatorSummary, visitsSection, voicesSection } from './recordSections';

export interface SectionContent {
  content: PdfContent[];
  /** Entries under the section in the contents and outline (each id is on a heading in `content`). */
  entries: { id: string; title: string }[];
  banner?: string;
}

export interface EvidenceSection {
  /** The anchor id of the section's heading; stable, for tests and the outline. */
  key: string;
  title: string;
  build(d: EvidenceData, t: Typography): SectionContent | null;
}


function ragCell(rag: Rag | null, dropped: boolean): PdfContent {
  if (rag === null) return { text: dropped ? 'None (dropped)' : 'No update yet', style: 'body' };
  return { text: RAG_LABELS[rag], style: 'body', bold: true, color: RAG_COLOURS[rag].text, fillColor: RAG_COLOURS[rag].fill };
}

export const summarySection: EvidenceSection = {
  key: 'summary',
  title: 'Summary',
  build(d, t) {
    const a = d.actions;
    const live = a.filter((x) => x.status !== 'dropped');
    const ragRows: [string, PdfContent][] = RAGS.map((r) => [RAG_LABELS[r], String(live.filter((x) => x.rag === r).length)]);
    ragRows.push(['No update yet', String(live.filter((x) => x.rag === null).length)], ['Dropped', String(a.length - live.length)]);
    const overdue = a.filter((x) => x.overdue);
    const content: PdfContent[] = [heading(this.key, this.title), { text: d.scope.rule, style: 'body', margin: [0, 0, 0, 8] }];
    content.push({ text: 'Actions by RAG', style: 'h2' }, { text: countSentence(a.map((x) => ({ rag: x.rag, status: x.status }))), style: 'body' }, facts(t, ragRows));
    content.push({ text: 'Overdue', style: 'h2' });
    content.push(overdue.length === 0 ? { text: 'No action in scope is overdue.', style: 'body' } : { ul: overdue.map((x) => `${x.reference} ${x.title}: due ${longDate(x.dueDate ?? '')}`), style: 'body' });
    content.push({ text: 'Principle coverage', style: 'h2' }, { text: 'How many actions in scope are linked to each corporate parenting principle (an action may serve several).', style: 'body', margin: [0, 0, 0, 4] });
    content.push(facts(t, PRINCIPLES.map((p) => [`(${p.code}) ${p.short}`, (() => {
      const n = a.filter((x) => x.principles.includes(p.code)).length;
      return n === 0 ? 'None: no action in scope' : `${n} ${n === 1 ? 'action' : 'actions'}`;
    })()])));
    if (d.pledges.length > 0) {
      content.push({ text: 'The Pledge: our promises', style: 'h2' });
      for (const p of d.pledges) content.push({ text: p.heading, style: 'label' }, { text: p.promise, style: 'body', margin: [0, 0, 0, 4] });
    }
    content.push(...indicatorSummary(d, t));
    return { content, entries: [] };
  },
};

function actionBlock(x: EvidenceAction, t: Typography, files: string[]): PdfContent {
  const rows: [string, PdfContent][] = [
    ['What', x.description.trim() || x.title],
    ['Who', [x.owner ?? 'No owner', x.leadBody].filter(Boolean).join(', ')],
    ['Due', x.dueDate ? `${longDate(x.dueDate)}${x.overdue ? ' (overdue)' : ''}` : 'No date'],
    ['Status', ACTION_STATUS_LABELS[x.status]],
    ['RAG', ragCell(x.rag, x.status === 'dropped')],
  ];
  if (x.priority) rows.push(['Priority', x.priority]);
  if (x.principles.length > 0) rows.push(['Principles', x.principles.map((c) => `(${c})`).join(', ')]);
  const timeline = [`Raised ${longDate(x.raisedOn)}`, ...x.timeline.map((s) => `${ACTION_STATUS_LABELS[s.status]} ${longDate(s.date)}`)].join(', then ');
  rows.push(['Status timeline', timeline]);
  if (files.length > 0) rows.push(['Evidence files', `${files.join('; ')} (in the appendix)`]);
  const updates: PdfContent =
    x.updates.length === 0
      ? { text: 'No updates in this period.', style: 'body', italics: true }
      : t.singleColumn
        ? { stack: x.updates.map((u) => ({ stack: [{ text: `${longDate(u.date)}: ${RAG_LABELS[u.rag]}, ${ACTION_STATUS_LABELS[u.status]}${u.author ? `, ${u.author}` : ''}`, style: 'label' }, { text: u.text, style: 'body' }], margin: [0, 0, 0, 6] })) }
        : {
            table: {
              headerRows: 1,
              widths: [110, 60, '*'],
              body: [
                [{ text: 'Date', style: 'tableHeader' }, { text: 'RAG', style: 'tableHeader' }, { text: 'Update', style: 'tableHeader' }],
                ...x.updates.map((u) => [{ text: longDate(u.date), style: 'body' }, ragCell(u.rag, false), { text: `${u.text}${u.author ? ` (${u.author})` : ''}`, style: 'body' }]),
              ],
            },
            layout: 'grid',
          };
  return {
    stack: [
      { stack: [{ text: `${x.reference} ${x.title}`, id: `action-${x.id}`, style: 'h2' }, facts(t, rows)], unbreakable: !t.singleColumn },
      { text: 'Dated updates', style: 'h3' },
      updates,
    ],
    margin: [0, 0, 0, 14],
  };
}

export const actionsSection: EvidenceSection = {
  key: 'actions',
  title: 'Actions',
  build(d, t) {
    if (d.actions.length === 0) return { content: [heading(this.key, this.title), { text: 'No action is in scope.', style: 'body' }], entries: [] };
    return {
      content: [heading(this.key, this.title), ...d.actions.map((x) => actionBlock(x, t, d.evidenceFiles.filter((f) => f.actionId === x.id).map((f) => f.title)))],
      entries: d.actions.map((x) => ({ id: `action-${x.id}`, title: `${x.reference} ${x.title}` })),
    };
  },
};

function extracts(list: MinutesExtract[], t: Typography): { content: PdfContent[]; entries: { id: string; title: string }[] } {
  const content: PdfContent[] = [];
  const entries: { id: string; title: string }[] = [];
  for (const m of list) {
    const id = `minute-${m.key}`;
    entries.push({ id, title: `${longDate(m.meetingDate)}, minute ${m.minute}` });
    content.push({ text: `${longDate(m.meetingDate)}, minute ${m.minute}: ${m.title}`, id, style: 'h2' });
    if (m.draft) content.push({ text: 'From draft minutes, not yet approved.', style: 'body', italics: true });
    for (const r of m.resolutions) content.push({ text: r, style: 'body', margin: [0, 2, 0, 2] });
    if (m.actions.length > 0) {
      content.push({ text: 'Actions arising', style: 'h3' });
      content.push(
        t.singleColumn
          ? { stack: m.actions.map((a) => ({ text: `${a.reference} ${a.title}. Owner: ${a.owner}. Due: ${a.due}.`, style: 'body', margin: [0, 0, 0, 4] })) }
          : { table: { headerRows: 1, widths: [40, '*', 110, 110], body: [['Ref.', 'Action', 'Owner', 'Due'].map((h) => ({ text: h, style: 'tableHeader' })), ...m.actions.map((a) => [a.reference, a.title, a.owner, a.due].map((s) => ({ text: s, style: 'body' })))] }, layout: 'grid' },
      );
    }
  }
  return { content, entries };
}

export const minutesSection: EvidenceSection = {
  key: 'minutes',
  title: 'Extracts of the minutes',
  build(d, t) {
    const part1 = d.minutes.filter((m) => m.part2 === null);
    if (part1.length === 0) return null;
    const { content, entries } = extracts(part1, t);
    return { content: [heading(this.key, this.title), { text: 'The resolutions and actions arising of the minuted items in scope.', style: 'body', margin: [0, 0, 0, 6] }, ...content], entries };
  },
};

/** Members' version only (the public version's data has no Part II minutes): every page bannered. */
export const exemptMinutesSection: EvidenceSection = {
  key: 'minutes-part-ii',
  title: 'Extracts of the minutes: Part II (exempt)',
  build(d, t) {
    const part2 = d.minutes.filter((m) => m.part2 !== null);
    if (part2.length === 0 || d.version === 'public') return null;
    const { content, entries } = extracts(part2, t);
    const paragraph = part2.length > 0 && part2.every((m) => m.part2 === part2[0]?.part2) ? (part2[0]?.part2 ?? null) : null;
    return { content: [heading(this.key, this.title), ...content], entries, banner: notForPublication(paragraph) };
  },
};

/** In order (./recordSections.ts has indicators, voice records and visits). */
export const SECTIONS: EvidenceSection[] = [summarySection, actionsSection, indicatorsSection, voicesSection, minutesSection, exemptMinutesSection, visitsSection];
