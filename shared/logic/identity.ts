/**
 * Identity checks for text written for the board (a visit's anonymised summary; later the
 * scorecard's voices): flags what may identify a child, each with a suggestion. Pure and
 * browser-safe: the form runs it as the member types, core runs it before a summary may be marked
 * ready, and the anonymised PDF runs it over recommendations.
 *
 * It flags, in the text:
 * - the names of people in the workspace (whole name, or a first or last name of 3+ letters);
 * - capitalised words that are common first names (FIRST_NAMES below, or the caller's own list);
 * - dates of birth ("born on…", "DOB", "date of birth") and dates in children's birth years;
 * - addresses (a house number and a street) and UK postcodes;
 * - school names ("… Primary School", "… Academy").
 * It is a prompt for a person, not a guarantee: the member may dismiss a flag (the decision is
 * recorded), and anything it misses is theirs to catch.
 *
 * FIRST_NAMES is a small built-in list of common first names of children in England, without
 * names that are also everyday words ("Grace", "Will", "May"). A maintained list (an npm package of
 * first names, or an NLP library such as `compromise` tagging #Person) can replace it: pass its
 * names as `firstNames` (any iterable of strings); nothing else changes.
 */

export const IDENTITY_KINDS = ['person', 'name', 'date_of_birth', 'address', 'postcode', 'school'] as const;
export type IdentityKind = (typeof IDENTITY_KINDS)[number];

export interface IdentityFlag {
  /** Stable for the same kind and text, wherever it occurs: a dismissal is recorded against it. */
  key: string;
  kind: IdentityKind;
  /** The words flagged, as written. */
  text: string;
  /** Offsets into the checked text (start inclusive, end exclusive), for highlighting. */
  start: number;
  end: number;
  /** What to write instead, in plain words. */
  suggestion: string;
}

export interface IdentityOptions {
  /** Names of people in the workspace (members, officers, young people). */
  people?: readonly string[];
  /** First names to look for; defaults to FIRST_NAMES. */
  firstNames?: Iterable<string>;
  /** Today (YYYY-MM-DD), to tell children's birth years from recent dates; defaults to the clock. */
  today?: string;
}

export const FIRST_NAMES: readonly string[] = [
  'Aaliyah', 'Aaron', 'Abigail', 'Adam', 'Aiden', 'Alex', 'Alfie', 'Alice', 'Amber', 'Amelia', 'Amir', 'Amy', 'Archie', 'Arthur', 'Ava', 'Bella',
  'Ben', 'Bethany', 'Billy', 'Bobby', 'Brandon', 'Caleb', 'Callum', 'Charlie', 'Charlotte', 'Chloe', 'Connor', 'Courtney', 'Daisy', 'Daniel',
  'Darcey', 'Declan', 'Demi', 'Dylan', 'Eleanor', 'Elijah', 'Ella', 'Ellie', 'Emily', 'Emma', 'Erin', 'Ethan', 'Evie', 'Finley', 'Freddie', 'Freya',
  'Gabriel', 'George', 'Georgia', 'Hannah', 'Harley', 'Harry', 'Harvey', 'Hayden', 'Holly', 'Isaac', 'Isabella', 'Isla', 'Jack', 'Jacob', 'Jade',
  'Jake', 'James', 'Jamie', 'Jasmine', 'Jayden', 'Jessica', 'Joe', 'Joshua', 'Kai', 'Kayden', 'Kayla', 'Keira', 'Kian', 'Kieran', 'Lacey',
  'Layla', 'Leah', 'Leo', 'Lewis', 'Liam', 'Lily', 'Logan', 'Lola', 'Louie', 'Lucas', 'Lucy', 'Luke', 'Maisie', 'Mason', 'Matilda', 'Megan',
  'Mia', 'Millie', 'Mohammed', 'Muhammad', 'Nathan', 'Noah', 'Oliver', 'Ollie', 'Olivia', 'Oscar', 'Owen', 'Paige', 'Phoebe', 'Poppy', 'Reece',
  'Riley', 'Rosie', 'Ruby', 'Ryan', 'Sam', 'Samuel', 'Scarlett', 'Sienna', 'Sophia', 'Sophie', 'Tia', 'Tommy', 'Tyler', 'Zac', 'Zara', 'Zoe',
];

const SUGGEST = {
  person: 'Use their role instead (for example "the link officer", "a member of staff").',
  name: 'Replace with initials ("J.") or a role ("a young person", "Child A").',
  date_of_birth: 'Remove the date of birth; give an age range if it matters ("a teenager").',
  address: 'Remove the address; say "the home" or name only the area.',
  postcode: 'Remove the postcode.',
  school: 'Say "their school" or "a local secondary school" instead of its name.',
} as const satisfies Record<IdentityKind, string>;

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const STREETS = 'Road|Rd|Street|St|Avenue|Ave|Lane|Close|Drive|Crescent|Way|Court|Place|Gardens|Grove|Terrace|Hill|Walk|Row|Mews|Square|Rise|View|Park';
const DATE = `(?:\\d{1,2}[/.-]\\d{1,2}[/.-](\\d{4})|\\d{1,2}(?:st|nd|rd|th)? (?:${MONTHS}) (\\d{4}))`;

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every flag in `text`, in order of position; overlapping flags keep the longer one. */
export function identityFlags(text: string, opts: IdentityOptions = {}): IdentityFlag[] {
  const found: IdentityFlag[] = [];
  const add = (kind: IdentityKind, start: number, end: number): void => {
    const words = text.slice(start, end);
    found.push({ key: `${kind}:${words.toLowerCase().replace(/\s+/g, ' ')}`, kind, text: words, start, end, suggestion: SUGGEST[kind] });
  };
  const each = (re: RegExp, fn: (m: RegExpExecArray) => void): void => {
    for (const m of text.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g'))) fn(m);
  };

  // People in the workspace: the whole name, then any part of 3+ letters that starts with a capital.
  const parts = new Set<string>();
  for (const name of opts.people ?? []) {
    const whole = name.trim();
    if (whole.length < 3) continue;
    each(new RegExp(`(?<![\\p{L}])${escapeRe(whole)}(?![\\p{L}])`, 'giu'), (m) => add('person', m.index, m.index + m[0].length));
    for (const p of whole.split(/\s+/)) if (p.length >= 3 && /^\p{Lu}/u.test(p) && !/^(Cllr|Councillor|Mrs?|Ms|Dr)\.?$/i.test(p)) parts.add(p);
  }
  for (const p of parts) each(new RegExp(`(?<![\\p{L}])${escapeRe(p)}(?![\\p{L}])`, 'gu'), (m) => add('person', m.index, m.index + m[0].length));

  // Capitalised words that are common first names.
  const names = new Set([...(opts.firstNames ?? FIRST_NAMES)].map((n) => n.toLowerCase()));
  each(/(?<![\p{L}'’])\p{Lu}[\p{Ll}'’-]+(?![\p{L}])/gu, (m) => {
    if (names.has(m[0].toLowerCase().replace(/['’]s$/, ''))) add('name', m.index, m.index + m[0].replace(/['’]s$/, '').length);
  });

  // Dates of birth: after "born", "DOB", "date of birth"; and any date in a child's birth years.
  const year = Number((opts.today ?? new Date().toISOString()).slice(0, 4));
  each(new RegExp(`\\b(?:born(?: on)?|d\\.?o\\.?b\\.?:?|date of birth:?)\\s*${DATE}`, 'gi'), (m) => add('date_of_birth', m.index, m.index + m[0].length));
  each(new RegExp(`\\b${DATE}`, 'gi'), (m) => {
    const y = Number(m[1] ?? m[2]);
    if (y >= year - 19 && y <= year - 4) add('date_of_birth', m.index, m.index + m[0].length);
  });

  // Addresses and postcodes.
  each(new RegExp(`\\b\\d{1,4}[a-z]?,?\\s+(?:\\p{Lu}[\\p{L}'’-]+\\s+){1,3}(?:${STREETS})\\b`, 'gu'), (m) => add('address', m.index, m.index + m[0].length));
  each(/\b(?:GIR 0AA|[A-Z]{1,2}\d[A-Z\d]?\s*\d[ABD-HJLNP-UW-Z]{2})\b/g, (m) => add('postcode', m.index, m.index + m[0].length));

  // School names: capitalised words before School, Academy, College…
  // "The Virtual School" is every council's service for children in care, not a school a child attends.
  each(/(?:(?:St\.? |Saint )?\p{Lu}[\p{L}'’-]+\s+){1,4}(?:(?:Primary|Secondary|High|Junior|Infant|Grammar|Community|Church of England|C of E)\s+)?(?:School|Academy|College)\b/gu, (m) => {
    if (!/^(?:(?:The|Our|Their)\s+)?Virtual\s+School$/i.test(m[0])) add('school', m.index, m.index + m[0].length);
  });

  // Longest first at each place, then drop any flag inside one already kept.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: IdentityFlag[] = [];
  for (const f of found) if (!kept.some((k) => f.start >= k.start && f.end <= k.end)) kept.push(f);
  return kept;
}

/** The flags not dismissed (a dismissal names a flag's key). */
export function unresolvedFlags(flags: readonly IdentityFlag[], dismissedKeys: Iterable<string>): IdentityFlag[] {
  const dismissed = new Set(dismissedKeys);
  return flags.filter((f) => !dismissed.has(f.key));
}

/** Initials for a name ("Jayden Smith" -> "J.S."). */
export function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => `${w[0]?.toUpperCase() ?? ''}.`)
    .join('');
}

/** The text with every flag replaced: names by initials, the rest by a plain placeholder. */
export function redactFlags(text: string, flags: readonly IdentityFlag[]): string {
  let out = '';
  let at = 0;
  for (const f of [...flags].sort((a, b) => a.start - b.start)) {
    if (f.start < at) continue;
    out += text.slice(at, f.start);
    out += f.kind === 'name' || f.kind === 'person' ? initialsOf(f.text) : f.kind === 'school' ? 'their school' : '[removed]';
    at = f.end;
  }
  return out + text.slice(at);
}
