/**
 * The evidence pack's sections for indicators, voice records and visit findings (./sections.ts has
 * the rest and the order). Their data is already the version being made (./evidenceExtras.ts).
 *  - Indicators: each indicator of the scope as the scorecard prints it (core/indicators/
 *    scorecardPdf.ts indicatorBlock: the same Vega chart as vector SVG, its table, commentary, and
 *    in the public version the same small-number suppression); large print leaves the chart out
 *    (its labels are small type) and keeps its table, four periods to a table so it fits the page.
 *  - Voice records: You said / We will / We did (or Not yet, because …).
 *  - Visits: members' version, the findings (every page bannered NOT FOR PUBLICATION, paragraphs 1
 *    and 2); public version, the anonymised summaries marked ready and nothing else.
 */
import { longDate } from '../../../../shared/logic/dates';
import { AGE_GROUP_LABELS, VOICE_SOURCE_LABELS } from '../../../../shared/model/voices';
import { OPINION_LABELS, QUALITY_STANDARD_LABELS, QUALITY_STANDARDS, VISIT_KIND_LABELS } from '../../../../shared/model/visits';
import { footnotesOf, footnoteText, showFigures } from '../../../../shared/logic/suppression';
import { leftOutSentence } from '../../identity/outputCheck';
import { indicatorBlock, summaryTable, type ScorecardData } from '../../indicators/scorecardPdf';
import { CONFIDENTIAL_LINE } from '../../visits/visitDoc';
import type { PdfContent } from '../paper';
import { atLeast, facts, heading } from './blocks';
import type { EvidenceData } from './evidenceData';
import type { EvidenceVoice } from './evidenceExtras';
import type { EvidenceSection } from './sections';
import type { Typography } from './typography';

/** The scope's indicators as scorecard data, for the scorecard's own blocks. */
function scorecardOf(d: EvidenceData): ScorecardData {
  return { councilName: d.councilName, boardName: d.boardName, today: d.today, createdAt: d.createdAt, audience: d.version, settings: d.indicators.settings, lines: d.indicators.lines, charts: d.indicators.charts };
}

/** The summary's short table of the scope's indicators (null when it has none). */
export function indicatorSummary(d: EvidenceData, t: Typography): PdfContent[] {
  const { lines, empty, settings } = d.indicators;
  if (lines.length === 0 && empty.length === 0) return [];
  const out: PdfContent[] = [{ text: 'Indicators', style: 'h2' }];
  if (lines.length > 0) {
    const sc = scorecardOf(d);
    out.push(t.largePrint ? atLeast(summaryTable(sc), t.bodySize) : summaryTable(sc));
    const notes = footnotesOf(lines.flatMap((l) => l.values.map((v) => showFigures(v, l.indicator.unit, d.version, settings))));
    for (const f of notes) out.push({ text: footnoteText(f, settings), style: 'body', italics: true });
  }
  if (empty.length > 0) out.push({ text: `No values yet: ${empty.join('; ')}.`, style: 'body', margin: [0, 4, 0, 0] });
  return out;
}

export const indicatorsSection: EvidenceSection = {
  key: 'indicators',
  title: 'Indicators',
  build(d, t) {
    const { lines, settings } = d.indicators;
    if (lines.length === 0) return null;
    const sc = scorecardOf(d);
    const intro =
      d.version === 'public'
        ? `Public version: counts below ${settings.smallNumberThreshold} are not shown, to protect children's identity, and a hidden figure is left out of its chart.${d.indicators.commentaryLeftOut ? ` ${leftOutSentence(d.indicators.commentaryLeftOut, 'commentary', 'commentaries')}` : ''}`
        : "Members' version: every figure is shown.";
    // Large print: a block is most of a page, so it may break (else each would leave a page nearly empty before it).
    const blocks = lines.map((l, i) => ({ ...(indicatorBlock(l, i + 1, sc, { id: `indicator-${l.indicator.id}`, chart: !t.largePrint, ...(t.largePrint ? { periodsPerTable: 4 } : {}) }) as object), ...(t.largePrint ? { unbreakable: false } : {}) }));
    return {
      content: [heading(this.key, this.title), { text: `The indicators linked to this scope, each with its trend, figures by period and commentary. ${intro}`, style: 'body', margin: [0, 0, 0, 8] }, ...(t.largePrint ? atLeast(blocks, t.bodySize) : blocks)],
      entries: lines.map((l, i) => ({ id: `indicator-${l.indicator.id}`, title: `${i + 1}. ${l.indicator.name}` })),
    };
  },
};

function voiceBlock(v: EvidenceVoice, t: Typography, members: boolean): PdfContent {
  const answer =
    v.outcome === 'we_did' ? `We did (${longDate(v.outcomeOn ?? '')}): ${v.outcomeText}` : v.outcome === 'not_yet' ? `Not yet, because (${longDate(v.outcomeOn ?? '')}): ${v.outcomeText}` : 'No answer yet.';
  const will = v.weWill.trim() ? `${v.weWill}${v.ownerName ? ` (${v.ownerName}` : ''}${v.ownerName && v.dueDate ? `, by ${longDate(v.dueDate)})` : v.ownerName ? ')' : v.dueDate ? ` (by ${longDate(v.dueDate)})` : ''}` : 'Not yet decided.';
  const rows: [string, PdfContent][] = [
    ['Heard', `${longDate(v.heardOn)}, ${VOICE_SOURCE_LABELS[v.source]} (${AGE_GROUP_LABELS[v.ageGroup].toLowerCase()})`],
    ['You said', v.youSaid],
    ['We will', will],
    [v.outcome === 'not_yet' ? 'Not yet' : 'We did', answer],
  ];
  const flag: PdfContent[] =
    members && v.flagged.length > 0
      ? [{ text: `Identity check: this record may name someone (${v.flagged.join(', ')}). It is left out of the public version until each flag is replaced or dismissed on the Voices screen.`, style: 'exempt' }]
      : [];
  return { stack: [{ text: v.theme, id: `voice-${v.id}`, style: 'h2' }, ...flag, facts(t, rows)], unbreakable: !t.singleColumn, margin: [0, 0, 0, 10] };
}

export const voicesSection: EvidenceSection = {
  key: 'voices',
  title: 'Voice records: You said, We will, We did',
  build(d, t) {
    const { records, withheld } = d.voices;
    if (records.length === 0 && withheld === 0) return null;
    const content: PdfContent[] = [heading(this.key, this.title), { text: 'What children and young people told the board, what the board said it would do, and what it did (or why not yet).', style: 'body', margin: [0, 0, 0, 6] }];
    if (withheld > 0) {
      content.push({ text: `${withheld} ${withheld === 1 ? 'record' : 'records'} in scope ${withheld === 1 ? 'is' : 'are'} left out of this public version: the identity checks found words that may name someone, which the clerk has not yet replaced or dismissed. The members' version has ${withheld === 1 ? 'it' : 'them'}.`, style: 'body', italics: true, margin: [0, 0, 0, 6] });
    }
    content.push(...records.map((v) => voiceBlock(v, t, d.version === 'members')));
    return { content, entries: records.map((v) => ({ id: `voice-${v.id}`, title: `${longDate(v.heardOn)}: ${v.theme}` })) };
  },
};

export const visitsSection: EvidenceSection = {
  key: 'visits',
  // One title for both versions: the contents and outline use it.
  title: 'Visits',
  build(d, t) {
    if (d.visits.length === 0) return null;
    const members = d.version === 'members';
    const content: PdfContent[] = [
      heading(this.key, this.title),
      { text: members ? 'Visit findings' : 'Anonymised summaries', style: 'h2', margin: [0, 0, 0, 4] },
      {
        text: members
          ? 'The findings of the visits in scope. Visit reports are confidential: this section is not for publication.'
          : 'The anonymised summaries of the visits in scope that are marked ready. Visit reports are confidential and are not in this version.',
        style: 'body',
        margin: [0, 0, 0, 6],
      },
    ];
    for (const v of d.visits) {
      content.push({ text: `${v.home}, ${longDate(v.date)}`, id: `visit-${v.id}`, style: 'h2' }, { text: VISIT_KIND_LABELS[v.kind], style: 'label' });
      if (v.report) {
        const r = v.report;
        const rows: [string, PdfContent][] = QUALITY_STANDARDS.filter((s) => r.findings[s]?.trim()).map((s) => [QUALITY_STANDARD_LABELS[s], r.findings[s] ?? '']);
        rows.push(['Safeguarded', r.safeguarded ? OPINION_LABELS[r.safeguarded] : 'No opinion given'], ['Well-being promoted', r.wellbeing ? OPINION_LABELS[r.wellbeing] : 'No opinion given']);
        if (r.opinionText.trim()) rows.push(['Reasons', r.opinionText]);
        for (const rec of r.recommendations) rows.push([`Recommendation ${rec.position}`, `${rec.text}${rec.actionReference ? ` (action ${rec.actionReference})` : ''}`]);
        content.push(facts(t, rows));
      }
      if (v.summary) content.push({ text: 'Anonymised summary', style: 'h3' }, { text: v.summary, style: 'body' });
    }
    return { content, entries: d.visits.map((v) => ({ id: `visit-${v.id}`, title: `${v.home}, ${longDate(v.date)}` })), ...(members ? { banner: CONFIDENTIAL_LINE } : {}) };
  },
};
