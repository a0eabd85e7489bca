/**
 * The one chart definition for an indicator's trend: its values over the periods, with the target
 * and the comparators (England, statistical neighbours, region), as a Vega spec. The scorecard
 * screen and every PDF draw it through chartSvg (./render.ts), so both show the same chart.
 *
 * Never colour alone: each series has its own line style (solid, dashed, dotted, dash-dot, long
 * dash) and marker shape (circle, square, triangle, diamond, cross), named in the legend; the
 * council's own values are labelled with their figures. A suppressed value (public versions) is
 * left out, so the chart cannot show what the table hides. Browser-safe: data in, JSON out.
 */
import { COMPARATOR_LABELS, type Comparator, type IndicatorUnit } from '../model/indicators';
import { formatFigure } from '../logic/indicatorRules';

export const SERIES = ['value', 'target', 'england', 'statisticalNeighbours', 'region'] as const;
export type Series = (typeof SERIES)[number];

export const SERIES_LABELS: Record<Series, string> = {
  value: 'Our value',
  target: 'Target',
  england: 'England',
  statisticalNeighbours: 'Statistical neighbours',
  region: 'Region',
};

/** The series' names for an indicator: its `england` comparator named by what it holds ("General population" for Bright Spots). */
export function seriesLabels(comparator: Comparator = 'england'): Record<Series, string> {
  return { ...SERIES_LABELS, england: COMPARATOR_LABELS[comparator] };
}

/** How each series is drawn: colour (AA against white), dash pattern and marker, so no series depends on colour. */
export const SERIES_STYLE: Record<Series, { colour: string; dash: number[]; shape: string }> = {
  value: { colour: '#1F3A5F', dash: [], shape: 'circle' },
  target: { colour: '#A4161A', dash: [6, 3], shape: 'square' },
  england: { colour: '#4A4A4A', dash: [2, 2], shape: 'triangle-up' },
  statisticalNeighbours: { colour: '#6B4E16', dash: [8, 3, 2, 3], shape: 'diamond' },
  region: { colour: '#1E6B37', dash: [12, 4], shape: 'cross' },
};

/** One period's figures as the chart takes them; null: not given (or hidden). */
export interface TrendPoint {
  /** The axis label (periodShort). */
  period: string;
  value: number | null;
  target: number | null;
  england: number | null;
  statisticalNeighbours: number | null;
  region: number | null;
}

export interface TrendOptions {
  unit: IndicatorUnit;
  width: number;
  height: number;
  /** A sparkline: the council's values only, no axes, legend or labels. */
  spark?: boolean;
  /** What the `england` series holds (its legend name); England when not given. */
  comparator?: Comparator;
}

/** A Vega spec (kept as plain JSON; vega's own types are loaded only where it renders). */
export type VegaSpec = Record<string, unknown>;

/**
 * The long-form rows the chart draws: one per period and series with a figure. The council's own
 * series keeps a row (y null) where its value is missing or hidden, so its line breaks there
 * instead of joining the neighbours across the gap.
 */
export function trendRows(points: readonly TrendPoint[], spark = false, names: Record<Series, string> = SERIES_LABELS): { period: string; series: Series; label: string; order: number; y: number | null }[] {
  const series = spark ? (['value'] as const) : SERIES;
  const any = (s: Series) => points.some((p) => p[s] !== null);
  return points.flatMap((p, order) =>
    series.filter(any).flatMap((s) => {
      const y = p[s];
      return y === null && s !== 'value' ? [] : [{ period: p.period, series: s, label: names[s], order, y }];
    }),
  );
}

/** The trend chart's spec. */
export function trendSpec(points: readonly TrendPoint[], opts: TrendOptions): VegaSpec {
  const names = seriesLabels(opts.comparator);
  const rows = trendRows(points, opts.spark, names);
  const present = SERIES.filter((s) => rows.some((r) => r.series === s));
  const labels = present.map((s) => names[s]);
  const font = 'Roboto, sans-serif';
  const valueRows = rows.filter((r) => r.series === 'value' && r.y !== null).map((r) => ({ ...r, text: formatFigure(r.y, opts.unit) }));
  const scales = [
    { name: 'x', type: 'point', domain: points.map((p) => p.period), range: 'width', padding: 0.4 },
    { name: 'y', type: 'linear', domain: { data: 'rows', field: 'y' }, range: 'height', nice: true, zero: opts.unit === 'count', padding: 6 },
    { name: 'colour', type: 'ordinal', domain: labels, range: present.map((s) => SERIES_STYLE[s].colour) },
    { name: 'dash', type: 'ordinal', domain: labels, range: present.map((s) => SERIES_STYLE[s].dash) },
    { name: 'shape', type: 'ordinal', domain: labels, range: present.map((s) => SERIES_STYLE[s].shape) },
  ];
  /** Where a point is drawn: its period across, its figure up. */
  const at = { x: { scale: 'x', field: 'period' }, y: { scale: 'y', field: 'y' } };
  const line = {
    type: 'group',
    from: { facet: { name: 'one', data: 'rows', groupby: 'label' } },
    data: [{ name: 'drawn', source: 'one', transform: [{ type: 'filter', expr: 'isValid(datum.y)' }] }],
    marks: [
      {
        type: 'line',
        from: { data: 'one' },
        sort: { field: 'datum.order' },
        encode: {
          enter: {
            ...at,
            stroke: { scale: 'colour', field: 'label' },
            strokeDash: { scale: 'dash', field: 'label' },
            strokeWidth: { signal: "datum.series === 'value' ? 2.2 : 1.3" },
            defined: { signal: 'isValid(datum.y)' },
          },
        },
      },
      {
        type: 'symbol',
        from: { data: 'drawn' },
        encode: {
          enter: {
            ...at,
            shape: { scale: 'shape', field: 'label' },
            stroke: { scale: 'colour', field: 'label' },
            fill: { value: '#FFFFFF' },
            strokeWidth: { value: 1.2 },
            size: { value: opts.spark ? 12 : 30 },
          },
        },
      },
    ],
  };
  const base: VegaSpec = {
    $schema: 'https://vega.github.io/schema/vega/v6.json',
    width: opts.width,
    height: opts.height,
    padding: opts.spark ? 2 : 4,
    autosize: { type: opts.spark ? 'fit' : 'pad', contains: 'padding' },
    background: '#FFFFFF',
    config: { text: { font }, axis: { labelFont: font, titleFont: font }, legend: { labelFont: font } },
    data: [
      { name: 'rows', values: rows },
      { name: 'ours', values: valueRows },
    ],
    scales,
    marks: [line],
  };
  if (opts.spark) return base;
  return {
    ...base,
    axes: [
      { orient: 'bottom', scale: 'x', labelFontSize: 8, labelColor: '#1A1A1A', labelAngle: points.length > 6 ? -35 : 0, labelAlign: points.length > 6 ? 'right' : 'center', domainColor: '#8A96A3', tickColor: '#8A96A3' },
      { orient: 'left', scale: 'y', labelFontSize: 8, labelColor: '#1A1A1A', tickCount: 4, grid: true, gridColor: '#E3EAF2', domainColor: '#8A96A3', tickColor: '#8A96A3' },
    ],
    legends: [
      { stroke: 'colour', strokeDash: 'dash', shape: 'shape', orient: 'bottom', direction: 'horizontal', columns: 3, columnPadding: 10, labelFontSize: 8, labelColor: '#1A1A1A', labelLimit: 200, symbolFillColor: '#FFFFFF', symbolSize: 60, symbolStrokeWidth: 1.4, rowPadding: 4, offset: 6 },
    ],
    marks: [
      line,
      {
        type: 'text',
        from: { data: 'ours' },
        encode: {
          enter: {
            x: { scale: 'x', field: 'period' },
            y: { scale: 'y', field: 'y', offset: -7 },
            text: { field: 'text' },
            align: { value: 'center' },
            fontSize: { value: 7.5 },
            fill: { value: '#1A1A1A' },
          },
        },
      },
    ],
  };
}
