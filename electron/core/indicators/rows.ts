import type { Comparator, Indicator, IndicatorFigures, IndicatorSettings, IndicatorUnit, IndicatorValue, Frequency, Polarity, indicatorInput } from '../../../shared/model/indicators';
import type { PrincipleCode } from '../../../shared/model/principles';
import type { z } from 'zod';

export interface IndicatorRow {
  id: string;
  code: string;
  name: string;
  definition: string;
  numerator_label: string;
  denominator_label: string;
  cohort: string;
  unit: IndicatorUnit;
  polarity: Polarity;
  frequency: Frequency;
  comparator: Comparator;
  preloaded: number;
  position: number;
  /** "acf": from INDICATOR_SELECT. */
  principle_codes: string | null;
  /** Comma-separated priority ids: from INDICATOR_SELECT. */
  priority_ids: string | null;
  created_at: string;
  updated_at: string;
  updated_by: string;
}

/** Every indicator column, with its principles and priorities gathered. */
export const INDICATOR_SELECT = `SELECT i.*,
  (SELECT group_concat(principle, '') FROM (SELECT principle FROM indicator_principles WHERE indicator_id = i.id ORDER BY principle)) AS principle_codes,
  (SELECT group_concat(priority_id, ',') FROM (SELECT ip.priority_id FROM indicator_priorities ip JOIN priorities p ON p.id = ip.priority_id WHERE ip.indicator_id = i.id ORDER BY p.position, p.id)) AS priority_ids
  FROM indicators i`;

export function toIndicator(r: IndicatorRow): Indicator {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    definition: r.definition,
    numeratorLabel: r.numerator_label,
    denominatorLabel: r.denominator_label,
    cohort: r.cohort,
    unit: r.unit,
    polarity: r.polarity,
    frequency: r.frequency,
    comparator: r.comparator,
    preloaded: r.preloaded === 1,
    position: r.position,
    principles: [...(r.principle_codes ?? '')] as PrincipleCode[],
    priorityIds: r.priority_ids ? r.priority_ids.split(',') : [],
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
  };
}

/** The columns an indicator's save writes (links are written separately). */
export function indicatorColumns(i: z.output<typeof indicatorInput>) {
  return {
    code: i.code,
    name: i.name,
    definition: i.definition,
    numerator_label: i.numeratorLabel,
    denominator_label: i.denominatorLabel,
    cohort: i.cohort,
    unit: i.unit,
    polarity: i.polarity,
    frequency: i.frequency,
    comparator: i.comparator,
  };
}

export interface ValueRow {
  id: string;
  indicator_id: string;
  period: string;
  period_start: string;
  period_end: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  target: number | null;
  england: number | null;
  statistical_neighbours: number | null;
  region: number | null;
  commentary: string;
  created_at: string;
  updated_at: string;
  updated_by: string;
}

export function toValue(r: ValueRow): IndicatorValue {
  return {
    id: r.id,
    indicatorId: r.indicator_id,
    period: r.period,
    periodStart: r.period_start,
    periodEnd: r.period_end,
    value: r.value,
    numerator: r.numerator,
    denominator: r.denominator,
    target: r.target,
    england: r.england,
    statisticalNeighbours: r.statistical_neighbours,
    region: r.region,
    commentary: r.commentary,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
  };
}

/** A value's figures and commentary (the period's columns are added by the caller). */
export type ValueFields = IndicatorFigures & { commentary: string };

export function valueColumns(v: ValueFields) {
  return {
    value: v.value,
    numerator: v.numerator,
    denominator: v.denominator,
    target: v.target,
    england: v.england,
    statistical_neighbours: v.statisticalNeighbours,
    region: v.region,
    commentary: v.commentary,
  };
}

/** Values in period order (by end, then shorter first). */
export const VALUE_ORDER = `ORDER BY period_end, (julianday(period_end) - julianday(period_start)), period_start, id`;

export interface IndicatorSettingsRow {
  small_number_threshold: number;
  suppression_symbol: string;
}

export const toIndicatorSettings = (r: IndicatorSettingsRow): IndicatorSettings => ({ smallNumberThreshold: r.small_number_threshold, suppressionSymbol: r.suppression_symbol });
