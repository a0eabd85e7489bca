/**
 * RAG against the target by polarity, with the rule in words (printed beside every RAG), and
 * indicator figures as printed. Browser-safe: the scorecard screen and the PDF use the same rules.
 *
 * The rule (AMBER_BAND = 5% of the target):
 * - Higher is better: Green at or above the target; Amber below it but no more than 5% of the
 *   target below; Red further below.
 * - Lower is better: Green at or below the target; Amber above it but no more than 5% of the
 *   target above; Red further above.
 * - Context only, or no target, or no value: no RAG.
 */
import { RAG_LABELS, type Rag } from '../model/enums';
import type { IndicatorUnit, Polarity } from '../model/indicators';

/** The amber band, as a share of the target. */
export const AMBER_BAND = 0.05;

/** Rounds away binary noise, so 90 * 0.95 is 85.5 and a value of exactly 85.5 is Amber. */
const tidy = (n: number): number => Math.round(n * 1e9) / 1e9;

/** The edge between Amber and Red. */
export function amberEdge(target: number, polarity: 'higher_better' | 'lower_better'): number {
  const band = Math.abs(target) * AMBER_BAND;
  return tidy(polarity === 'higher_better' ? target - band : target + band);
}

export function ragFor(value: number | null, target: number | null, polarity: Polarity): Rag | null {
  if (polarity === 'context' || value === null || target === null) return null;
  const v = tidy(value);
  const edge = amberEdge(target, polarity);
  if (polarity === 'higher_better') return v >= tidy(target) ? 'green' : v >= edge ? 'amber' : 'red';
  return v <= tidy(target) ? 'green' : v <= edge ? 'amber' : 'red';
}

/** A figure as printed: "1,234", "87.5%", "67.0", "13.2". */
export function formatFigure(n: number | null, unit: IndicatorUnit): string {
  if (n === null) return '';
  switch (unit) {
    case 'count':
      return Number.isInteger(n) ? n.toLocaleString('en-GB') : n.toLocaleString('en-GB', { maximumFractionDigits: 1 });
    case 'percent':
      return `${n.toLocaleString('en-GB', { minimumFractionDigits: 0, maximumFractionDigits: 1 })}%`;
    case 'rate_per_10k':
    case 'average_score':
      return n.toLocaleString('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  }
}

/** The rule in words for one indicator and target, e.g. "Higher is better: Green at 90% or more; Amber 85.5% to 90%; Red below 85.5%." */
export function ragRule(target: number | null, polarity: Polarity, unit: IndicatorUnit): string {
  if (polarity === 'context') return 'Context only: no RAG.';
  if (target === null) return 'No target set: no RAG.';
  const t = formatFigure(target, unit);
  const e = formatFigure(amberEdge(target, polarity), unit);
  return polarity === 'higher_better'
    ? `Higher is better: Green at ${t} or more; Amber from ${e} up to ${t}; Red below ${e} (Amber is within 5% of the target).`
    : `Lower is better: Green at ${t} or less; Amber above ${t} up to ${e}; Red above ${e} (Amber is within 5% of the target).`;
}

/** The RAG in words: "Green", "Amber", "Red", or "No RAG". */
export function ragWords(rag: Rag | null): string {
  return rag === null ? 'No RAG' : RAG_LABELS[rag];
}
