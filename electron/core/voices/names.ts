/**
 * A simple check for names of people in the workspace in free text (a voice record's words, the
 * Pledge report): a person's whole name, or any part of it of three or more letters written as a
 * capitalised whole word ("Pennycuick", "Marigold"). Titles (Councillor, Cllr, Mr, …) are not
 * names. The fuller identity checks (names lists, dates of birth, schools) are issue 10's
 * separate work; this one needs nothing but the people table.
 */
import type { Workspace } from '../workspace';

const TITLES = new Set(['councillor', 'cllr', 'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'rev']);
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const LETTER = String.raw`\p{L}`;

interface NamePattern {
  name: string;
  whole: RegExp;
  parts: RegExp[];
}

/** Every person's name in the workspace (active or not), longest first. */
export function workspaceNames(ws: Workspace): string[] {
  return (ws.stmt('SELECT name FROM people ORDER BY length(name) DESC, name').pluck().all() as string[]).filter((n) => n.trim() !== '');
}

function pattern(name: string): NamePattern {
  const word = (w: string, flags: string) => new RegExp(`(?<!${LETTER})${escape(w)}(?!${LETTER})`, flags);
  const parts = name
    .split(/[\s-]+/)
    .map((p) => p.replace(/[.,]/g, ''))
    .filter((p) => [...p].length >= 3 && !TITLES.has(p.toLowerCase()))
    .map((p) => word(p.charAt(0).toUpperCase() + p.slice(1), 'u'));
  return { name, whole: word(name.trim().replace(/\s+/g, ' '), 'iu'), parts };
}

export interface NameFinder {
  /** The people whose names (or a part of one) `text` holds, in the order of the list. */
  namesIn(text: string): string[];
}

export function nameFinder(names: readonly string[]): NameFinder {
  const patterns = names.map(pattern);
  return {
    namesIn(text: string): string[] {
      const flat = text.replace(/\s+/g, ' ');
      return patterns.filter((p) => p.whole.test(flat) || p.parts.some((r) => r.test(flat))).map((p) => p.name);
    },
  };
}

/** One sentence per field naming the people found there, for the clerk to replace with initials or a role. */
export function nameWarnings(finder: NameFinder, fields: Record<string, string>): string[] {
  const out: string[] = [];
  for (const [what, text] of Object.entries(fields)) {
    const found = finder.namesIn(text);
    if (found.length > 0) out.push(`${what} names ${found.join(', ')}, ${found.length === 1 ? 'a person' : 'people'} in this workspace. Replace ${found.length === 1 ? 'the name' : 'each name'} with initials or a role before it leaves the workspace.`);
  }
  return out;
}
