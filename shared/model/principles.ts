/**
 * The seven corporate parenting principles: Children and Social Work Act 2017, section 1(1).
 * Fixed reference data; the same rows are seeded into every workspace by migration 0001.
 */
export const PRINCIPLE_CODES = ['a', 'b', 'c', 'd', 'e', 'f', 'g'] as const;
export type PrincipleCode = (typeof PRINCIPLE_CODES)[number];

export interface Principle {
  code: PrincipleCode;
  /** A short label for tables and chips. */
  short: string;
  /** The statutory wording, completing "a council must have regard to the need…". */
  text: string;
}

export const PRINCIPLES: readonly Principle[] = [
  {
    code: 'a',
    short: 'Best interests and well-being',
    text: 'to act in the best interests, and promote the physical and mental health and well-being, of those children and young people',
  },
  {
    code: 'b',
    short: 'Express their views',
    text: 'to encourage those children and young people to express their views, wishes and feelings',
  },
  {
    code: 'c',
    short: 'Take their views into account',
    text: 'to take into account the views, wishes and feelings of those children and young people',
  },
  {
    code: 'd',
    short: 'Access to services',
    text: 'to help those children and young people gain access to, and make the best use of, services provided by the local authority and its relevant partners',
  },
  {
    code: 'e',
    short: 'High aspirations',
    text: 'to promote high aspirations, and seek to secure the best outcomes, for those children and young people',
  },
  {
    code: 'f',
    short: 'Safety and stability',
    text: 'for those children and young people to be safe, and for stability in their home lives, relationships and education or work',
  },
  {
    code: 'g',
    short: 'Preparing for adulthood',
    text: 'to prepare those children and young people for adulthood and independent living',
  },
];

export function principleLabel(code: PrincipleCode): string {
  const p = PRINCIPLES.find((x) => x.code === code);
  return p ? `(${p.code}) ${p.short}` : `(${code})`;
}
