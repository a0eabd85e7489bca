/**
 * An indicator's trend chart as SVG, for the screen (`indicators:chart`) and every PDF alike: the
 * same points (a value hidden in the public version left out), the same chart definition
 * (shared/charts/trend.ts) and the same drawing (shared/charts/render.ts), so both show the same
 * chart, byte for byte (tests/core/indicators/charts.test.ts).
 */
import type { IndicatorSettings, ScorecardLine } from '../../../shared/model/indicators';
import { periodShort, requirePeriod } from '../../../shared/logic/periods';
import { showFigures, type Audience } from '../../../shared/logic/suppression';
import { chartSvg } from '../../../shared/charts/render';
import { trendSpec, type TrendPoint } from '../../../shared/charts/trend';
import type { Workspace } from '../workspace';
import { getIndicator, getIndicatorSettings, scorecard } from './queries';

/** The chart's plot size in points: the PDF draws the SVG at its own size (vector, never scaled from a bitmap). */
export const CHART_SIZE = { width: 300, height: 150 } as const;
/** A sparkline's size, for the scorecard screen. */
export const SPARK_SIZE = { width: 120, height: 32 } as const;

/** The chart's points for this version: a hidden value is left out. */
export function trendPoints(line: ScorecardLine, audience: Audience, settings: IndicatorSettings): TrendPoint[] {
  return line.values.map((v) => ({
    period: periodShort(requirePeriod(v.period)),
    value: showFigures(v, line.indicator.unit, audience, settings).valueHidden ? null : v.value,
    target: v.target,
    england: v.england,
    statisticalNeighbours: v.statisticalNeighbours,
    region: v.region,
  }));
}

export function lineChartSvg(line: ScorecardLine, audience: Audience, settings: IndicatorSettings, size: { width: number; height: number }, spark = false): Promise<string> {
  return chartSvg(trendSpec(trendPoints(line, audience, settings), { unit: line.indicator.unit, comparator: line.indicator.comparator, ...size, spark }));
}

/** One indicator's chart (or sparkline), as the screen asks for it. */
export function indicatorChart(ws: Workspace, id: string, audience: Audience, spark: boolean): Promise<string> {
  const indicator = getIndicator(ws, id);
  const line = scorecard(ws).find((l) => l.indicator.id === indicator.id);
  if (!line) throw new Error(`No scorecard line for ${indicator.code}`);
  return lineChartSvg(line, audience, getIndicatorSettings(ws), spark ? SPARK_SIZE : CHART_SIZE, spark);
}
