import { describe, expect, it } from 'vitest';
import type { IndicatorSettings } from '../../../shared/model/indicators';
import { CONFIDENTIAL, footnotesOf, footnoteText, isSmallCount, showFigures, smallCountText } from '../../../shared/logic/suppression';

const FIVE: IndicatorSettings = { smallNumberThreshold: 5, suppressionSymbol: '' };
const SYMBOL: IndicatorSettings = { smallNumberThreshold: 10, suppressionSymbol: '<10' };
const fig = (value: number | null, numerator: number | null = null, denominator: number | null = null) => ({ value, numerator, denominator });

describe('small-number suppression', () => {
  it('members see every figure', () => {
    expect(showFigures(fig(75, 3, 4), 'percent', 'members', FIVE)).toEqual({ value: '75%', numerator: '3', denominator: '4', valueHidden: false, footnotes: [] });
    expect(showFigures(fig(2), 'count', 'members', FIVE).value).toBe('2');
  });

  it('a count below the threshold shows "fewer than 5" in public, at the boundary', () => {
    expect(showFigures(fig(4), 'count', 'public', FIVE)).toEqual({ value: 'fewer than 5', numerator: '', denominator: '', valueHidden: true, footnotes: ['small_count'] });
    expect(showFigures(fig(0), 'count', 'public', FIVE).value).toBe('fewer than 5');
    expect(showFigures(fig(5), 'count', 'public', FIVE)).toEqual({ value: '5', numerator: '', denominator: '', valueHidden: false, footnotes: [] });
    expect(isSmallCount(4.9, FIVE)).toBe(true);
    expect(isSmallCount(null, FIVE)).toBe(false);
  });

  it("the council's own threshold and symbol", () => {
    expect(smallCountText(SYMBOL)).toBe('<10');
    expect(showFigures(fig(9), 'count', 'public', SYMBOL).value).toBe('<10');
    expect(showFigures(fig(10), 'count', 'public', SYMBOL).value).toBe('10');
    expect(footnoteText('small_count', SYMBOL)).toBe('"<10": fewer than 10; the count is not shown, to protect children\'s identity.');
    expect(footnoteText('small_count', FIVE)).toBe('"fewer than 5": the count is not shown, to protect children\'s identity.');
  });

  it('a percentage whose numerator is suppressed shows "c" (the denominator would give the numerator back)', () => {
    expect(showFigures(fig(12.5, 4, 32), 'percent', 'public', FIVE)).toEqual({
      value: CONFIDENTIAL,
      numerator: 'fewer than 5',
      denominator: '32',
      valueHidden: true,
      footnotes: ['small_count', 'confidential'],
    });
    expect(showFigures(fig(15.6, 5, 32), 'percent', 'public', FIVE)).toMatchObject({ value: '15.6%', numerator: '5', valueHidden: false, footnotes: [] });
  });

  it('secondary suppression: a suppressed denominator leaves no computable ratio, and hides the numerator too', () => {
    const shown = showFigures(fig(100, 4, 4), 'percent', 'public', FIVE);
    expect(shown).toEqual({ value: CONFIDENTIAL, numerator: 'fewer than 5', denominator: 'fewer than 5', valueHidden: true, footnotes: ['small_count', 'confidential'] });
    // A false 100% is the known failure: nothing of 4 of 4 is left to read.
    expect(JSON.stringify(shown)).not.toMatch(/100|\b4\b/);
    // A denominator below the threshold hides a numerator that is not small itself (a threshold above the numerator's count).
    expect(showFigures(fig(80, 8, 9), 'percent', 'public', SYMBOL)).toMatchObject({ value: CONFIDENTIAL, numerator: '<10', denominator: '<10' });
    expect(showFigures(fig(99, 6, 4.9), 'rate_per_10k', 'public', FIVE)).toMatchObject({ value: CONFIDENTIAL, numerator: CONFIDENTIAL, denominator: 'fewer than 5' });
  });

  it('rates and averages follow the same rule; a ratio with no counts given is shown', () => {
    expect(showFigures(fig(1.2, 3, 25000), 'rate_per_10k', 'public', FIVE)).toMatchObject({ value: 'c', numerator: 'fewer than 5', denominator: '25,000' });
    expect(showFigures(fig(14.2, 40, 3), 'average_score', 'public', FIVE)).toMatchObject({ value: 'c', denominator: 'fewer than 5' });
    expect(showFigures(fig(67), 'rate_per_10k', 'public', FIVE)).toMatchObject({ value: '67.0', valueHidden: false, footnotes: [] });
  });

  it('collects each footnote once, in order', () => {
    const a = showFigures(fig(4), 'count', 'public', FIVE);
    const b = showFigures(fig(50, 2, 4), 'percent', 'public', FIVE);
    expect(footnotesOf([a, b, a])).toEqual(['small_count', 'confidential']);
    expect(footnoteText('confidential', FIVE)).toMatch(/^c: not shown/);
  });

  it('the complement: a percentage that would give back fewer than 5 children not counted is "c", at the boundaries', () => {
    // 98 of 100: the 2 who did not meet the measure would be a small number.
    expect(showFigures(fig(98, 98, 100), 'percent', 'public', FIVE)).toEqual({ value: CONFIDENTIAL, numerator: CONFIDENTIAL, denominator: '100', valueHidden: true, footnotes: ['confidential'] });
    // threshold - 1 left out: hidden; threshold left out: shown.
    expect(showFigures(fig(96, 96, 100), 'percent', 'public', FIVE)).toMatchObject({ value: CONFIDENTIAL, numerator: CONFIDENTIAL, valueHidden: true });
    expect(showFigures(fig(95, 95, 100), 'percent', 'public', FIVE)).toEqual({ value: '95%', numerator: '95', denominator: '100', valueHidden: false, footnotes: [] });
    // None left out (100%) is a complement of zero, which is small too.
    expect(showFigures(fig(100, 40, 40), 'percent', 'public', FIVE)).toMatchObject({ value: CONFIDENTIAL, numerator: CONFIDENTIAL, denominator: '40' });
    // The council's threshold: 10 left out of 100 is shown at threshold 10; 9 is not.
    expect(showFigures(fig(90, 90, 100), 'percent', 'public', SYMBOL)).toMatchObject({ value: '90%', valueHidden: false });
    expect(showFigures(fig(91, 91, 100), 'percent', 'public', SYMBOL)).toMatchObject({ value: CONFIDENTIAL, numerator: CONFIDENTIAL });
    // Members see it all; rates and averages have no complement; no counts given, nothing to give back.
    expect(showFigures(fig(98, 98, 100), 'percent', 'members', FIVE).value).toBe('98%');
    expect(showFigures(fig(9999, 24990, 25000), 'rate_per_10k', 'public', FIVE)).toMatchObject({ valueHidden: false });
    expect(showFigures(fig(98), 'percent', 'public', FIVE)).toMatchObject({ value: '98%', valueHidden: false });
    expect(footnoteText('confidential', FIVE)).toContain('or fewer than 5 are left out of it');
  });

  it('zero is a small number: a zero count, numerator or complement is never shown as 0 in public', () => {
    expect(showFigures(fig(0), 'count', 'public', FIVE)).toEqual({ value: 'fewer than 5', numerator: '', denominator: '', valueHidden: true, footnotes: ['small_count'] });
    expect(showFigures(fig(0), 'count', 'public', SYMBOL).value).toBe('<10');
    expect(showFigures(fig(0, 0, 30), 'percent', 'public', FIVE)).toMatchObject({ value: CONFIDENTIAL, numerator: 'fewer than 5', denominator: '30' });
    expect(showFigures(fig(0), 'count', 'members', FIVE).value).toBe('0');
  });
});
