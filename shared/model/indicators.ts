/**
 * Indicators (the scorecard, issue 10): the enums (mirrored by CHECK constraints in migration
 * 0009_indicators.sql), the entities and the input schemas, kept together so the scorecard's
 * screens, core and the CLI share one definition.
 */
import { z } from 'zod';
import { PRINCIPLE_CODES, type PrincipleCode } from './principles';
import { id } from './schemas';
import type { Rag } from './enums';
import { PERIOD_HELP, isPeriod } from '../logic/periods';

export const INDICATOR_UNITS = ['count', 'percent', 'rate_per_10k', 'average_score'] as const;
export type IndicatorUnit = (typeof INDICATOR_UNITS)[number];
export const INDICATOR_UNIT_LABELS: Record<IndicatorUnit, string> = {
  count: 'Count',
  percent: 'Percentage',
  rate_per_10k: 'Rate per 10,000',
  average_score: 'Average score',
};

export const POLARITIES = ['higher_better', 'lower_better', 'context'] as const;
export type Polarity = (typeof POLARITIES)[number];
export const POLARITY_LABELS: Record<Polarity, string> = {
  higher_better: 'Higher is better',
  lower_better: 'Lower is better',
  context: 'Context only',
};

export const FREQUENCIES = ['monthly', 'quarterly', 'annual'] as const;
export type Frequency = (typeof FREQUENCIES)[number];
export const FREQUENCY_LABELS: Record<Frequency, string> = { monthly: 'Monthly', quarterly: 'Quarterly', annual: 'Annual' };

/**
 * What an indicator's `england` comparator holds (migration 0014): the England figure, or children
 * in the general population (the Bright Spots survey's well-being measures). The CSV column stays
 * `england`; screens, chart legends and PDFs label it by this.
 */
export const COMPARATORS = ['england', 'general_population'] as const;
export type Comparator = (typeof COMPARATORS)[number];
export const COMPARATOR_LABELS: Record<Comparator, string> = { england: 'England', general_population: 'General population' };
/** The comparator in a sentence ("compared with children in the general population"). */
export const COMPARATOR_DESCRIPTIONS: Record<Comparator, string> = {
  england: 'England: all councils in England (DfE)',
  general_population: 'General population: children and young people in general, as the Bright Spots programme (Coram Voice and the University of Oxford) compares them',
};

/** The codes of the preloaded library (seeded by migrations 0011 and 0014), in scorecard order. */
export const PRELOADED_CODES = [
  'cla_count',
  'cla_rate_per_10k',
  'placement_stability_3plus',
  'long_term_stability',
  'placed_over_20_miles',
  'missing_children',
  'health_assessments',
  'dental_checks',
  'immunisations',
  'sdq_average',
  'pep_on_time',
  'care_leavers_in_touch',
  'care_leavers_suitable_accommodation',
  'care_leavers_eet',
  // Bright Spots survey measures (0014), compared with the general population.
  'bright_spots_trusted_adult',
  'bright_spots_good_friend',
  'bright_spots_feel_settled',
  'bright_spots_like_school',
  'bright_spots_low_life_satisfaction',
  'bright_spots_care_leavers_lonely',
] as const;

export interface Indicator {
  id: string;
  code: string;
  name: string;
  definition: string;
  numeratorLabel: string;
  denominatorLabel: string;
  cohort: string;
  unit: IndicatorUnit;
  polarity: Polarity;
  frequency: Frequency;
  /** What the `england` comparator column holds, and so how it is labelled. */
  comparator: Comparator;
  /** From the preloaded library (its code cannot change). */
  preloaded: boolean;
  position: number;
  principles: PrincipleCode[];
  priorityIds: string[];
  createdAt: string;
  updatedAt: string;
  updatedBy: string;
}

/** The figures of one period; null is "not given". */
export interface IndicatorFigures {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  target: number | null;
  england: number | null;
  statisticalNeighbours: number | null;
  region: number | null;
}

export interface IndicatorValue extends IndicatorFigures {
  id: string;
  indicatorId: string;
  /** Canonical period code (`2026-27 Q2`). */
  period: string;
  periodStart: string;
  periodEnd: string;
  commentary: string;
  updatedAt: string;
  updatedBy: string;
}

/** One line of the scorecard: the indicator, its values in period order, the latest and its RAG. */
export interface ScorecardLine {
  indicator: Indicator;
  values: IndicatorValue[];
  latest: IndicatorValue | null;
  rag: Rag | null;
  /** The RAG rule in words, printed beside it. */
  ragRule: string;
}

export interface IndicatorSettings {
  /** Counts below this are not shown in public outputs (default 5). */
  smallNumberThreshold: number;
  /** What a suppressed count shows; empty: "fewer than <threshold>". */
  suppressionSymbol: string;
}

const code = z
  .string({ error: 'Enter a code.' })
  .trim()
  .regex(/^[a-z][a-z0-9_]{1,59}$/, { error: 'Write the code in lower case letters, digits and underscores, starting with a letter (for example cla_count).' });

const text = (what: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `${what} must be ${max} characters or fewer.` })
    .default('');

export const indicatorInput = z.object({
  code,
  name: z.string({ error: 'Enter a name.' }).trim().min(1, { error: 'Enter a name.' }).max(200, { error: 'The name must be 200 characters or fewer.' }),
  definition: text('The definition', 2000),
  numeratorLabel: text('The numerator', 500),
  denominatorLabel: text('The denominator', 500),
  cohort: text('The cohort', 500),
  unit: z.enum(INDICATOR_UNITS, { error: 'Choose a count, percentage, rate per 10,000 or average score.' }),
  polarity: z.enum(POLARITIES, { error: 'Choose higher is better, lower is better, or context only.' }),
  frequency: z.enum(FREQUENCIES, { error: 'Choose monthly, quarterly or annual.' }),
  comparator: z.enum(COMPARATORS, { error: 'Choose England or the general population as the comparator.' }).default('england'),
  principles: z.array(z.enum(PRINCIPLE_CODES)).default([]),
  priorityIds: z.array(id).default([]),
});
export type IndicatorInput = z.input<typeof indicatorInput>;

const figure = (what: string) =>
  z
    .number({ error: `Enter ${what} as a number.` })
    .refine((n) => Number.isFinite(n), { error: `Enter ${what} as a number.` })
    .nullable()
    .default(null);

export const periodCode = z
  .string({ error: 'Enter the period.' })
  .trim()
  .refine(isPeriod, { error: `That is not a period. ${PERIOD_HELP}` });

const figuresShape = {
  value: figure('the value'),
  numerator: figure('the numerator').refine((n) => n === null || n >= 0, { error: 'The numerator cannot be below zero.' }),
  denominator: figure('the denominator').refine((n) => n === null || n >= 0, { error: 'The denominator cannot be below zero.' }),
  target: figure('the target'),
  england: figure('the England figure'),
  statisticalNeighbours: figure("the statistical neighbours' figure"),
  region: figure("the region's figure"),
};

export const indicatorValueInput = z
  .object({ indicatorId: id, period: periodCode, ...figuresShape, commentary: text('The commentary', 5000) })
  .refine((v) => v.numerator === null || v.denominator === null || v.numerator <= v.denominator, {
    error: 'The numerator cannot be more than the denominator.',
    path: ['numerator'],
  });
export type IndicatorValueInput = z.input<typeof indicatorValueInput>;

export const indicatorSettingsInput = z.object({
  smallNumberThreshold: z
    .number({ error: 'Enter the small-number threshold as a whole number.' })
    .int({ error: 'Enter the small-number threshold as a whole number.' })
    .min(1, { error: 'The small-number threshold must be at least 1.' })
    .max(100, { error: 'The small-number threshold must be 100 or fewer.' }),
  suppressionSymbol: z.string().trim().max(20, { error: 'The symbol must be 20 characters or fewer.' }).default(''),
});
export type IndicatorSettingsInput = z.input<typeof indicatorSettingsInput>;

/** The import and export columns, in order (the header row is exactly these). */
export const INDICATOR_COLUMNS = [
  'indicator',
  'period',
  'value',
  'numerator',
  'denominator',
  'target',
  'england',
  'statistical_neighbours',
  'region',
  'commentary',
] as const;
export type IndicatorColumn = (typeof INDICATOR_COLUMNS)[number];

/** The kinds of problem the import's validation report names, one per row at most per kind. */
export const IMPORT_PROBLEMS = ['bad_header', 'missing_indicator', 'unknown_code', 'missing_period', 'bad_period', 'not_a_number', 'numerator_above_denominator', 'duplicate_row'] as const;
export type ImportProblem = (typeof IMPORT_PROBLEMS)[number];

export interface ImportRowReport {
  /** The row's line in the file (the header is line 1). */
  line: number;
  indicator: string;
  period: string;
  problems: { kind: ImportProblem; message: string }[];
}

export interface ImportReport {
  /** The header row is not INDICATOR_COLUMNS: nothing was checked or written. */
  headerProblem: string | null;
  /** Rows read (not counting the header or blank lines). */
  rows: number;
  valid: number;
  invalid: ImportRowReport[];
  /** Whether anything was written. */
  imported: boolean;
  /** Values written (inserted or replaced). */
  written: number;
  /** Periods (indicator and period) whose earlier values were replaced by different ones. */
  replaced: number;
  /** Rows whose figures were already there, exactly: nothing written or logged. */
  unchanged: number;
}
