/** The plain-words check of the child-friendly summary (shared/logic/plainWords.ts). */
import { describe, expect, it } from 'vitest';
import { checkPlainWords, isAcronym } from '../../shared/logic/plainWords';

const LIST = [
  { term: 'LAC', suggestion: 'children in care' },
  { term: 'CiCC', suggestion: 'Children in Care Council' },
  { term: 'PEP', suggestion: 'your school plan' },
  { term: 'RAG', suggestion: 'how well it is going' },
  { term: 'placement stability', suggestion: 'staying in the same home' },
  { term: 'placement', suggestion: 'home' },
  { term: 'multi-agency', suggestion: 'people from different services working together' },
];

describe('the plain-words check', () => {
  it('finds acronyms only as written, and whole words only', () => {
    const text = 'The LAC review and the CiCC met. A pep talk, a rag doll, BLACK cats, LACE, and cicc are fine.';
    const found = checkPlainWords(text, LIST);
    expect(found.map((f) => [f.term, f.found])).toEqual([
      ['LAC', 'LAC'],
      ['CiCC', 'CiCC'],
    ]);
    expect(found[0]).toEqual({ term: 'LAC', suggestion: 'children in care', found: 'LAC', index: 4, length: 3 });
    expect(text.slice(found[1]!.index, found[1]!.index + found[1]!.length)).toBe('CiCC');
  });

  it('finds other terms in any case, the longer term first, with plurals', () => {
    const text = 'Placement Stability matters. New placements and one placement. PEPs were done; multi-agency work too.';
    const found = checkPlainWords(text, LIST);
    expect(found.map((f) => f.found)).toEqual(['Placement Stability', 'placements', 'placement', 'PEPs', 'multi-agency']);
    expect(found[0]?.suggestion).toBe('staying in the same home');
    expect(found.find((f) => f.found === 'PEPs')?.term).toBe('PEP');
  });

  it('matches a term across a line break, and nothing in an empty text or with an empty list', () => {
    expect(checkPlainWords('placement\nstability', LIST).map((f) => f.term)).toEqual(['placement stability']);
    expect(checkPlainWords('', LIST)).toEqual([]);
    expect(checkPlainWords('LAC', [])).toEqual([]);
    expect(checkPlainWords('a (PEP) and [RAG].', LIST).map((f) => f.term)).toEqual(['PEP', 'RAG']);
  });

  it('tells acronyms from words', () => {
    expect(isAcronym('LAC')).toBe(true);
    expect(isAcronym('CiCC')).toBe(true);
    expect(isAcronym('Ofsted')).toBe(false);
    expect(isAcronym('placement stability')).toBe(false);
  });
});
