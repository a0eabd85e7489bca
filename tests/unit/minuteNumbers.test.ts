/** Minute numbers: per meeting (as on the agenda) and running through the municipal year from 1 April. */
import { describe, expect, it } from 'vitest';
import { minuteCount, minuteNumbers, municipalYear, municipalYearSpan } from '../../shared/logic/minuteNumbers';

const agenda = [
  { key: 'a', number: '1' },
  { key: 'b', number: '2' },
  { key: 'c', number: '5' },
  { key: 'd', number: '5.1' },
  { key: 'e', number: '5.2' },
  { key: 'f', number: '6' },
];

describe('minute numbers', () => {
  it('the municipal year turns on 1 April, not 1 January', () => {
    expect(municipalYear('2027-03-31')).toBe(2026);
    expect(municipalYear('2027-04-01')).toBe(2027);
    expect(municipalYear('2026-12-17')).toBe(2026);
    expect(municipalYear('2027-01-01')).toBe(2026);
    expect(municipalYearSpan('2027-03-31')).toEqual({ from: '2026-04-01', to: '2027-03-31' });
    expect(municipalYearSpan('2027-04-01')).toEqual({ from: '2027-04-01', to: '2028-03-31' });
  });

  it("per meeting: each minute takes the agenda's own number, sub-items included", () => {
    const n = minuteNumbers('per_meeting', '2026-12-17', agenda, 40);
    expect([...n.values()]).toEqual(['1', '2', '5', '5.1', '5.2', '6']);
  });

  it('running through the year: carries on from the earlier meetings, sub-items under their minute', () => {
    const n = minuteNumbers('running_year', '2026-12-17', agenda, 22);
    expect(Object.fromEntries(n)).toEqual({ a: '23/26', b: '24/26', c: '25/26', d: '25.1/26', e: '25.2/26', f: '26/26' });
    // Sub-items are not minutes of their own: a meeting's count is its top-level entries.
    expect(minuteCount(agenda)).toBe(4);
  });

  it('at the year boundary: 31 March is the old year, 1 April starts again at 1', () => {
    expect(minuteNumbers('running_year', '2027-03-31', agenda.slice(0, 1), 57).get('a')).toBe('58/26');
    expect(minuteNumbers('running_year', '2027-04-01', agenda.slice(0, 2), 0).get('b')).toBe('2/27');
    // A year's suffix keeps two digits.
    expect(minuteNumbers('running_year', '2009-05-01', agenda.slice(0, 1)).get('a')).toBe('1/09');
  });
});
