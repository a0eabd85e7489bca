/**
 * The plain-words check of the child-friendly summary: finds the council's listed jargon and
 * acronyms in a text, as whole words, with the plainer words suggested for each. Pure (the
 * renderer runs it as the clerk types; the minutes PDF can run it before printing as final).
 *
 * Case: an acronym (a term with two or more capitals and no spaces, such as LAC, CiCC, IRO) is
 * found only as written, so "pep talk" or "rag doll" are not flagged; any other term ("placement
 * stability") is found in any case. A plural "s" is allowed ("PEPs", "placements"). Longer terms
 * win where two overlap: "placement stability" is one finding, not two.
 */

export interface PlainWordTerm {
  term: string;
  suggestion: string;
}

export interface PlainWordFinding {
  /** The listed term. */
  term: string;
  suggestion: string;
  /** What the text says there, as written ("PEPs"). */
  found: string;
  /** Where: the offset in the text (UTF-16 units, as String.slice counts) and its length. */
  index: number;
  length: number;
}

/** Two or more capitals and no spaces: an acronym, matched as written. */
export function isAcronym(term: string): boolean {
  return !/\s/.test(term) && (term.match(/\p{Lu}/gu) ?? []).length >= 2;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every listed term found in `text`, in order of position. */
export function checkPlainWords(text: string, words: readonly PlainWordTerm[]): PlainWordFinding[] {
  const terms = words.map((w) => ({ ...w, term: w.term.trim() })).filter((w) => w.term !== '');
  terms.sort((a, b) => b.term.length - a.term.length);
  const taken: boolean[] = new Array<boolean>(text.length).fill(false);
  const out: PlainWordFinding[] = [];
  for (const w of terms) {
    // Whole words: no letter, digit or apostrophe-joined letter either side. Spaces inside a term match any run of white space.
    const body = w.term.split(/\s+/).map(escape).join('\\s+');
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${body}(?:s|'s)?(?![\\p{L}\\p{N}])`, isAcronym(w.term) ? 'gu' : 'giu');
    for (const m of text.matchAll(re)) {
      const index = m.index;
      const length = m[0].length;
      if (taken.slice(index, index + length).some(Boolean)) continue;
      taken.fill(true, index, index + length);
      out.push({ term: w.term, suggestion: w.suggestion, found: m[0], index, length });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}
