/**
 * The scorecard paper: on PanelPack paper (packs/paper.ts: A4, fonts, running header, "Page N of
 * M"), a summary table (latest value, RAG in words, target, England), how RAG is worked out, then
 * one block per indicator: its definition, latest figures, RAG in words with the rule beside it,
 * comparators, the trend chart as vector SVG (shared/charts, the same chart the screen draws),
 * the chart's text alternative (a table of every period) and the commentary.
 *
 * The public version runs every figure through shared/logic/suppression.ts: small counts show as
 * "fewer than 5" (or the council's symbol), ratios on them as "c" with a footnote, and a hidden
 * value is left out of the chart too. buildScorecardDoc is pure once the charts are drawn.
 */
import type { IndicatorSettings, IndicatorValue, ScorecardLine } from '../../../shared/model/indicators';
import { COMPARATOR_DESCRIPTIONS, COMPARATOR_LABELS, INDICATOR_UNIT_LABELS, POLARITY_LABELS } from '../../../shared/model/indicators';
import { PRINCIPLES } from '../../../shared/model/principles';
import { longDate } from '../../../shared/logic/dates';
import { formatFigure, ragWords } from '../../../shared/logic/indicatorRules';
import { periodLabel, periodShort, requirePeriod } from '../../../shared/logic/periods';
import { footnotesOf, footnoteText, showFigures, type Audience, type ShownFigures } from '../../../shared/logic/suppression';
import { leftOutSentence } from '../identity/outputCheck';
import { RAG_COLOURS } from '../packs/actionLog';
import { COLOURS, paper, type PdfContent, type PdfDefinition } from '../packs/paper';
import { CHART_SIZE, lineChartSvg } from './charts';


export interface ScorecardData {
  councilName: string;
  boardName: string;
  today: string;
  createdAt: string;
  audience: Audience;
  settings: IndicatorSettings;
  lines: ScorecardLine[];
  /** Each line's chart as SVG text, by indicator id (drawScorecardCharts). */
  charts: Record<string, string>;
  /** Public version: how many commentaries the identity checks left out (printScorecard.ts). */
  commentaryLeftOut?: number;
}

/** The figures a version may show of one value. */
const shownOf = (v: IndicatorValue, line: ScorecardLine, d: Pick<ScorecardData, 'audience' | 'settings'>): ShownFigures => showFigures(v, line.indicator.unit, d.audience, d.settings);

/** Every indicator's trend chart as SVG, drawn with the one chart definition (charts.ts, as the screen's). */
export async function drawScorecardCharts(lines: readonly ScorecardLine[], audience: Audience, settings: IndicatorSettings): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const line of lines) {
    if (line.values.length > 0) out[line.indicator.id] = await lineChartSvg(line, audience, settings, CHART_SIZE);
  }
  return out;
}

const cell = (text: string, extra: Record<string, unknown> = {}): PdfContent => ({ text, ...extra });
const head = (labels: string[]): PdfContent[] => labels.map((l) => ({ text: l, style: 'tableHeader' }));
const ragCell = (rag: ScorecardLine['rag'], hidden = false): PdfContent =>
  hidden ? { text: 'Not shown', color: COLOURS.muted } : rag ? { text: ragWords(rag), bold: true, fillColor: RAG_COLOURS[rag].fill, color: RAG_COLOURS[rag].text } : { text: ragWords(rag), color: COLOURS.muted };

/** Marks a summary row whose England column holds another comparator (the note under the table says which). */
const OTHER_COMPARATOR = '†';

/** The short table of every line: latest value, target, RAG in words, England (also the evidence pack's summary). */
export function summaryTable(d: ScorecardData): PdfContent {
  const others = d.lines.filter((l) => l.indicator.comparator !== 'england');
  const rows = d.lines.map((l, i) => {
    const shown = l.latest ? shownOf(l.latest, l, d) : null;
    return [
      cell(String(i + 1)),
      cell(l.indicator.name),
      cell(l.latest ? l.latest.period : 'No values yet'),
      cell(shown?.value ?? '', { alignment: 'right' }),
      cell(formatFigure(l.latest?.target ?? null, l.indicator.unit), { alignment: 'right' }),
      ragCell(l.rag, shown?.valueHidden),
      cell(`${formatFigure(l.latest?.england ?? null, l.indicator.unit)}${l.indicator.comparator !== 'england' && l.latest?.england != null ? ` ${OTHER_COMPARATOR}` : ''}`, { alignment: 'right' }),
    ];
  });
  const table: PdfContent = {
    table: { headerRows: 1, widths: [14, '*', 62, 52, 46, 44, 46], body: [head(['', 'Indicator', 'Latest period', 'Value', 'Target', 'RAG', 'England']), ...rows] },
    layout: 'grid',
    fontSize: 8.5,
  };
  if (others.length === 0) return table;
  const kinds = [...new Set(others.map((l) => l.indicator.comparator))];
  return { stack: [table, ...kinds.map((k) => ({ text: `${OTHER_COMPARATOR} Not England: ${COMPARATOR_DESCRIPTIONS[k]}.`, fontSize: 7.5, italics: true, margin: [0, 2, 0, 0] }))] };
}

/**
 * The chart's text alternative: a row per series, a column per period (as the chart reads, left to
 * right); with `perTable`, one table per that many periods, one under another (large print: eight
 * columns of 16 pt figures do not fit the page's width).
 */
function dataTable(line: ScorecardLine, d: ScorecardData, perTable?: number): PdfContent {
  if (perTable !== undefined && line.values.length > perTable) {
    const chunks = Array.from({ length: Math.ceil(line.values.length / perTable) }, (_, i) => line.values.slice(i * perTable, (i + 1) * perTable));
    return { stack: chunks.map((values) => ({ stack: [dataTable({ ...line, values }, d)], margin: [0, 0, 0, 6] })) };
  }
  const u = line.indicator.unit;
  const shown = line.values.map((v) => shownOf(v, line, d));
  const num = (text: string, extra: Record<string, unknown> = {}) => cell(text, { alignment: 'right', ...extra });
  const series: [string, (v: IndicatorValue, i: number) => string][] = [
    ['Our value', (_v, i) => shown[i]?.value ?? ''],
    ['Numerator', (_v, i) => shown[i]?.numerator ?? ''],
    ['Denominator', (_v, i) => shown[i]?.denominator ?? ''],
    ['Target', (v) => formatFigure(v.target, u)],
    [COMPARATOR_LABELS[line.indicator.comparator], (v) => formatFigure(v.england, u)],
    ['Statistical neighbours', (v) => formatFigure(v.statisticalNeighbours, u)],
    ['Region', (v) => formatFigure(v.region, u)],
  ];
  const rows = series
    .filter(([, get]) => line.values.some((v, i) => get(v, i) !== ''))
    .map(([label, get], r) => [cell(label, { bold: r === 0 }), ...line.values.map((v, i) => num(get(v, i), r === 0 ? { bold: true } : {}))]);
  return {
    table: {
      headerRows: 1,
      widths: [82, ...line.values.map(() => '*')],
      body: [[{ text: 'Period', style: 'tableHeader' }, ...line.values.map((v) => ({ text: periodShort(requirePeriod(v.period)), style: 'tableHeader', alignment: 'right' }))], ...rows],
    },
    layout: 'grid',
    fontSize: 7.5,
  };
}

function latestBlock(line: ScorecardLine, d: ScorecardData): PdfContent[] {
  const { latest, indicator } = line;
  if (!latest) return [{ text: 'No values yet.', style: 'empty' }];
  const s = shownOf(latest, line, d);
  const u = indicator.unit;
  const comparators: [string, number | null][] = [
    ['Target', latest.target],
    [COMPARATOR_LABELS[indicator.comparator], latest.england],
    ['Statistical neighbours', latest.statisticalNeighbours],
    ['Region', latest.region],
  ];
  return [
    { text: `Latest: ${periodLabel(requirePeriod(latest.period))}`, style: 'meta' },
    { text: s.value, fontSize: 20, bold: true, color: COLOURS.groupText, margin: [0, 2, 0, 2] },
    ...(s.numerator || s.denominator ? [{ text: `${s.numerator || '–'} of ${s.denominator || '–'}`, style: 'meta' }] : []),
    // A hidden value's RAG is hidden too: with the target and a narrow amber band it could narrow the value down.
    { columns: [{ width: 'auto', table: { body: [[ragCell(line.rag, s.valueHidden)]] }, layout: 'noBorders' }, { width: '*', text: line.ragRule, fontSize: 7.5, margin: [6, 1, 0, 0] }], margin: [0, 4, 0, 4] },
    {
      table: { widths: ['*', 'auto'], body: comparators.map(([k, n]) => [cell(k), cell(n === null ? 'Not given' : formatFigure(n, u), { alignment: 'right' })]) },
      layout: 'grid',
      fontSize: 8,
    },
  ];
}

/**
 * One indicator's block (also each indicator of an evidence pack): `id` marks its heading as a
 * named destination; `chart: false` leaves the chart out (large print: its labels are small type;
 * the table below it gives the same figures); `periodsPerTable` splits the chart's table.
 */
export function indicatorBlock(line: ScorecardLine, n: number, d: ScorecardData, o: { id?: string; chart?: boolean; periodsPerTable?: number } = {}): PdfContent {
  const { indicator } = line;
  const principles = indicator.principles.map((c) => `(${c}) ${PRINCIPLES.find((p) => p.code === c)?.short ?? ''}`).join('; ');
  const chart = o.chart === false ? undefined : d.charts[indicator.id];
  const commentary = line.latest?.commentary.trim();
  const notes = footnotesOf(line.values.map((v) => shownOf(v, line, d)));
  return {
    unbreakable: true,
    margin: [0, 0, 0, 14],
    stack: [
      { text: `${n}. ${indicator.name}`, style: 'indicatorHeading', ...(o.id ? { id: o.id } : {}) },
      { text: `${indicator.definition} ${INDICATOR_UNIT_LABELS[indicator.unit]}; ${POLARITY_LABELS[indicator.polarity].toLowerCase()}.${principles ? ` Evidences ${principles}.` : ''}`, style: 'meta', margin: [0, 0, 0, 4] },
      {
        columns: [
          chart ? { svg: chart, width: 'auto' } : { text: o.chart === false ? 'The chart is not in large print: the table below gives its figures.' : 'No chart: no values yet.', style: 'empty', width: 'auto' },
          { width: '*', stack: latestBlock(line, d), margin: [10, 0, 0, 0] },
        ],
      },
      ...(line.values.length > 0 ? [{ text: `Chart data (the chart as a table)`, bold: true, fontSize: 8, margin: [0, 6, 0, 2] }, dataTable(line, d, o.periodsPerTable)] : []),
      ...notes.map((f) => ({ text: footnoteText(f, d.settings), fontSize: 7.5, italics: true, margin: [0, 2, 0, 0] })),
      ...(commentary ? [{ text: [{ text: 'Commentary: ', bold: true }, commentary], margin: [0, 4, 0, 0] }] : []),
    ],
  };
}

export function buildScorecardDoc(d: ScorecardData): PdfDefinition {
  const isPublic = d.audience === 'public';
  const title = isPublic ? 'Scorecard (public)' : 'Scorecard';
  const notes = footnotesOf(d.lines.flatMap((l) => l.values.map((v) => shownOf(v, l, d))));
  const content: PdfContent[] = [
    { text: 'Scorecard', style: 'title' },
    { text: `${d.boardName}, ${d.councilName}`, style: 'subtitle' },
    { text: `${isPublic ? 'Public version: counts below ' + d.settings.smallNumberThreshold + ' are not shown, to protect children\'s identity.' : "Members' version: every figure is shown."} Printed ${longDate(d.today)}.`, style: 'meta', margin: [0, 0, 0, 8] },
    summaryTable(d),
    {
      text: 'How RAG is worked out: against the latest target, by whether higher or lower is better. Green meets the target; Amber misses it by no more than 5% of the target; Red misses it by more. Context measures have no RAG. Each indicator below gives its rule with the figures.',
      fontSize: 8.5,
      margin: [0, 6, 0, 4],
    },
    ...notes.map((f) => ({ text: footnoteText(f, d.settings), fontSize: 8, italics: true })),
    ...(d.commentaryLeftOut ? [{ text: leftOutSentence(d.commentaryLeftOut, 'commentary', 'commentaries'), fontSize: 8, italics: true }] : []),
    { text: '', pageBreak: 'after' },
    ...d.lines.map((l, i) => indicatorBlock(l, i + 1, d)),
  ];
  return paper(
    {
      councilName: d.councilName,
      boardName: d.boardName,
      title,
      orientation: 'portrait',
      createdAt: d.createdAt,
      footerLeft: `Printed ${longDate(d.today)}`,
      styles: { indicatorHeading: { fontSize: 12, bold: true, color: COLOURS.groupText, margin: [0, 0, 0, 2] } },
    },
    content,
  );
}
