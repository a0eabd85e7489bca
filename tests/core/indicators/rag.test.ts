import { describe, expect, it } from 'vitest';
import { amberEdge, formatFigure, ragFor, ragRule, ragWords } from '../../../shared/logic/indicatorRules';

describe('RAG against the target by polarity', () => {
  it('higher is better: Green at the target, Amber down to 5% of the target below it, Red below that', () => {
    expect(amberEdge(90, 'higher_better')).toBe(85.5);
    expect(ragFor(90.0001, 90, 'higher_better')).toBe('green');
    expect(ragFor(90, 90, 'higher_better')).toBe('green');
    expect(ragFor(89.9999, 90, 'higher_better')).toBe('amber');
    expect(ragFor(85.5, 90, 'higher_better')).toBe('amber');
    expect(ragFor(85.4999, 90, 'higher_better')).toBe('red');
    expect(ragFor(0, 90, 'higher_better')).toBe('red');
  });

  it('lower is better: Green at the target, Amber up to 5% of the target above it, Red above that', () => {
    expect(amberEdge(10, 'lower_better')).toBe(10.5);
    expect(ragFor(9.9, 10, 'lower_better')).toBe('green');
    expect(ragFor(10, 10, 'lower_better')).toBe('green');
    expect(ragFor(10.0001, 10, 'lower_better')).toBe('amber');
    expect(ragFor(10.5, 10, 'lower_better')).toBe('amber');
    expect(ragFor(10.5001, 10, 'lower_better')).toBe('red');
  });

  it('a target of zero has no amber band', () => {
    expect(ragFor(0, 0, 'lower_better')).toBe('green');
    expect(ragFor(0.1, 0, 'lower_better')).toBe('red');
    expect(ragFor(0, 0, 'higher_better')).toBe('green');
  });

  it('binary fractions do not move a value across an edge (0.1 + 0.2 is at 0.3)', () => {
    expect(ragFor(0.1 + 0.2, 0.3, 'lower_better')).toBe('green');
    expect(ragFor(66.5, 70, 'higher_better')).toBe('amber');
  });

  it('context only, no target or no value: no RAG', () => {
    expect(ragFor(500, 400, 'context')).toBeNull();
    expect(ragFor(50, null, 'higher_better')).toBeNull();
    expect(ragFor(null, 50, 'higher_better')).toBeNull();
    expect(ragWords(null)).toBe('No RAG');
    expect(ragWords('amber')).toBe('Amber');
  });

  it('writes the rule beside the RAG', () => {
    expect(ragRule(90, 'higher_better', 'percent')).toBe('Higher is better: Green at 90% or more; Amber from 85.5% up to 90%; Red below 85.5% (Amber is within 5% of the target).');
    expect(ragRule(10, 'lower_better', 'percent')).toBe('Lower is better: Green at 10% or less; Amber above 10% up to 10.5%; Red above 10.5% (Amber is within 5% of the target).');
    expect(ragRule(null, 'higher_better', 'percent')).toBe('No target set: no RAG.');
    expect(ragRule(12, 'context', 'count')).toBe('Context only: no RAG.');
  });

  it('prints figures by unit', () => {
    expect(formatFigure(1234, 'count')).toBe('1,234');
    expect(formatFigure(87.25, 'percent')).toBe('87.3%');
    expect(formatFigure(87, 'percent')).toBe('87%');
    expect(formatFigure(67, 'rate_per_10k')).toBe('67.0');
    expect(formatFigure(13.24, 'average_score')).toBe('13.2');
    expect(formatFigure(null, 'count')).toBe('');
  });
});
