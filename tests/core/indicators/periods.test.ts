import { describe, expect, it } from 'vitest';
import { comparePeriods, financialYearOf, parsePeriod, periodLabel, periodShort, requirePeriod, sortPeriodCodes } from '../../../shared/logic/periods';

describe('periods as councils write them', () => {
  it('reads a financial year, April to March', () => {
    expect(parsePeriod('2025-26')).toEqual({ code: '2025-26', kind: 'year', start: '2025-04-01', end: '2026-03-31' });
    expect(parsePeriod('2099-00')).toBeNull();
    expect(parsePeriod('2098-99')).toEqual({ code: '2098-99', kind: 'year', start: '2098-04-01', end: '2099-03-31' });
  });

  it('reads each quarter of a financial year (Q2 is July to September)', () => {
    expect(parsePeriod('2026-27 Q1')).toMatchObject({ kind: 'quarter', start: '2026-04-01', end: '2026-06-30' });
    expect(parsePeriod('2026-27 Q2')).toMatchObject({ kind: 'quarter', start: '2026-07-01', end: '2026-09-30' });
    expect(parsePeriod('2026-27 Q3')).toMatchObject({ kind: 'quarter', start: '2026-10-01', end: '2026-12-31' });
    expect(parsePeriod('2026-27 Q4')).toMatchObject({ kind: 'quarter', start: '2027-01-01', end: '2027-03-31' });
  });

  it('reads a month, with its last day (February in a leap year)', () => {
    expect(parsePeriod('2026-09')).toEqual({ code: '2026-09', kind: 'month', start: '2026-09-01', end: '2026-09-30' });
    expect(parsePeriod('2028-02')).toMatchObject({ end: '2028-02-29' });
    expect(parsePeriod('2027-02')).toMatchObject({ end: '2027-02-28' });
  });

  it('forgives spacing and case, and gives the canonical code', () => {
    expect(parsePeriod(' 2026-27  q2 ')?.code).toBe('2026-27 Q2');
    expect(parsePeriod('2026-27Q2')?.code).toBe('2026-27 Q2');
  });

  it('refuses what names no period', () => {
    for (const bad of ['', '2025', '2025-27', '2026-13', '2026-00', '2026-09 Q2', '2026-27 Q5', '26-27', '2025/26', '1999-00', 'Q2 2026-27', '2026-9']) {
      expect(parsePeriod(bad), bad).toBeNull();
    }
    expect(() => requirePeriod('2026-13')).toThrow('"2026-13" is not a period. Write a financial year as 2025-26');
  });

  it('reads 2011-12 (a year or a month) as the financial year', () => {
    expect(parsePeriod('2011-12')?.kind).toBe('year');
  });

  it('orders by the period end, a month before its quarter before its year', () => {
    expect(sortPeriodCodes(['2026-27', '2026-27 Q4', '2027-03', '2026-27 Q1', '2026-05', 'junk', '2025-26'])).toEqual([
      '2025-26', '2026-05', '2026-27 Q1', '2027-03', '2026-27 Q4', '2026-27', 'junk',
    ]);
    expect(comparePeriods(requirePeriod('2026-27 Q2'), requirePeriod('2026-27 Q3'))).toBeLessThan(0);
  });

  it('labels periods in words', () => {
    expect(periodLabel(requirePeriod('2026-27 Q2'))).toBe('2026-27 Q2 (July to September 2026)');
    expect(periodLabel(requirePeriod('2026-27 Q4'))).toBe('2026-27 Q4 (January to March 2027)');
    expect(periodLabel(requirePeriod('2025-26'))).toBe('2025-26 (April 2025 to March 2026)');
    expect(periodLabel(requirePeriod('2026-09'))).toBe('September 2026');
    expect(periodShort(requirePeriod('2026-09'))).toBe('Sep 2026');
    expect(periodShort(requirePeriod('2026-27 Q2'))).toBe('2026-27 Q2');
  });

  it('finds the financial year of a date', () => {
    expect(financialYearOf('2026-03-31')).toBe('2025-26');
    expect(financialYearOf('2026-04-01')).toBe('2026-27');
    expect(financialYearOf('2099-12-01')).toBe('2099-00');
  });
});
