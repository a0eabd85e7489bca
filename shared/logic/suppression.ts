/**
 * Small-number suppression: what an indicator's figures show in each version of a document.
 *
 * Members' versions show every figure. Public and child-friendly versions protect children:
 * - a count below the council's threshold (default 5) shows "fewer than 5", or the council's own
 *   symbol (such as "<5");
 * - a percentage, rate or average whose numerator or denominator is suppressed shows "c" (DfE's
 *   "confidential"), with a footnote;
 * - secondary suppression: once the denominator is hidden, nothing is left from which it (or the
 *   numerator) could be worked out: the ratio is "c", and the numerator is hidden too, even when it
 *   is not itself small. A ratio whose numerator is hidden is "c", since ratio x denominator would
 *   give the numerator back;
 * - the complement: a percentage whose numerator and denominator are both shown would give back
 *   the children NOT counted (98 of 100: 2 did not). When that difference is below the threshold
 *   (zero included), the percentage is "c" and the numerator "c" (the denominator, not small,
 *   stays). Only percentages: a rate per 10,000's numerator is not a part of a cohort of children
 *   whose rest could be small, and an average has no numerator;
 * - comparators (England, statistical neighbours, region) and targets are never suppressed: they
 *   are not about this council's children.
 * A suppressed figure is also left out of a public chart (charts/trend.ts), which would otherwise
 * draw it. Browser-safe: the screen and every PDF use the same rules.
 */
import type { IndicatorFigures, IndicatorSettings, IndicatorUnit } from '../model/indicators';
import { formatFigure } from './indicatorRules';

export type Audience = 'members' | 'public';

/** DfE's symbol for a figure withheld to protect confidentiality. */
export const CONFIDENTIAL = 'c';

export type Footnote = 'small_count' | 'confidential';

export interface ShownFigures {
  value: string;
  numerator: string;
  denominator: string;
  /** The value is not shown (a chart leaves the point out). */
  valueHidden: boolean;
  /** Which footnotes the shown figures need. */
  footnotes: Footnote[];
}

export const DEFAULT_THRESHOLD = 5;

/** What a suppressed count shows: the council's symbol, or "fewer than 5". */
export function smallCountText(s: IndicatorSettings): string {
  return s.suppressionSymbol.trim() || `fewer than ${s.smallNumberThreshold}`;
}

/** Whether a count is small enough to hide (every count below the threshold, zero included). */
export function isSmallCount(n: number | null, s: IndicatorSettings): boolean {
  return n !== null && n < s.smallNumberThreshold;
}

/** The footnote's text. */
export function footnoteText(f: Footnote, s: IndicatorSettings): string {
  const small = smallCountText(s);
  const below = `fewer than ${s.smallNumberThreshold}`;
  return f === 'small_count'
    ? `"${small}": ${small === below ? 'the count' : `${below}; the count`} is not shown, to protect children's identity.`
    : `${CONFIDENTIAL}: not shown, because it is based on ${below} children (or ${below} are left out of it) and would let a hidden count be worked out.`;
}

/** The footnotes a set of shown figures needs, each once, in a fixed order. */
export function footnotesOf(shown: readonly ShownFigures[]): Footnote[] {
  const all = new Set(shown.flatMap((s) => s.footnotes));
  return (['small_count', 'confidential'] as const).filter((f) => all.has(f));
}

/** What the value, numerator and denominator show in this version. */
export function showFigures(f: Pick<IndicatorFigures, 'value' | 'numerator' | 'denominator'>, unit: IndicatorUnit, audience: Audience, s: IndicatorSettings): ShownFigures {
  const count = (n: number | null): string => formatFigure(n, 'count');
  const open: ShownFigures = { value: formatFigure(f.value, unit), numerator: count(f.numerator), denominator: count(f.denominator), valueHidden: false, footnotes: [] };
  if (audience === 'members') return open;

  const small = smallCountText(s);
  const footnotes = new Set<Footnote>();
  const numSmall = isSmallCount(f.numerator, s);
  const denSmall = isSmallCount(f.denominator, s);
  const shown = { ...open };
  if (numSmall) shown.numerator = small;
  if (denSmall) {
    shown.denominator = small;
    // Secondary: with the denominator hidden, the numerator must not be shown either.
    if (!numSmall && f.numerator !== null) {
      shown.numerator = CONFIDENTIAL;
      footnotes.add('confidential');
    }
  }
  if (numSmall || denSmall) footnotes.add('small_count');
  const complementSmall = unit === 'percent' && !numSmall && !denSmall && f.numerator !== null && f.denominator !== null && isSmallCount(Math.max(0, f.denominator - f.numerator), s);
  if (complementSmall) {
    shown.numerator = CONFIDENTIAL;
    footnotes.add('confidential');
  }

  if (unit === 'count') {
    if (isSmallCount(f.value, s)) {
      shown.value = small;
      shown.valueHidden = true;
      footnotes.add('small_count');
    }
  } else if ((numSmall || denSmall || complementSmall) && f.value !== null) {
    shown.value = CONFIDENTIAL;
    shown.valueHidden = true;
    footnotes.add('confidential');
  }
  shown.footnotes = (['small_count', 'confidential'] as const).filter((x) => footnotes.has(x));
  return shown;
}
