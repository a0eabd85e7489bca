/**
 * The annual report's narrative sections (issue 10): the clerk's own words around the evidence of
 * the board's year (the annual report preset of the evidence pack), which boards send to Cabinet
 * and full council. The vocabulary is mirrored by a CHECK constraint in migration 0013 (kept in
 * step by tests/core/schema.test.ts); the inputs are parsed by the form, IPC and core alike.
 */
import { z } from 'zod';
import type { IdentityFlag } from '../logic/identity';
import { id } from './schemas';

/** Printed before the evidence (after the cover and contents) or after it. */
export const SECTION_PLACEMENTS = ['before', 'after'] as const;
export type SectionPlacement = (typeof SECTION_PLACEMENTS)[number];
export const SECTION_PLACEMENT_LABELS: Record<SectionPlacement, string> = {
  before: 'Before the evidence',
  after: 'After the evidence',
};

/**
 * The sections offered for a new year, in the order councils' annual reports put them (the
 * Chair's foreword first; what the board will do next at the end, after the evidence).
 */
export const DEFAULT_SECTIONS: readonly { heading: string; placement: SectionPlacement }[] = [
  { heading: "Chair's foreword", placement: 'before' },
  { heading: 'The Corporate Parenting Board and how it works', placement: 'before' },
  { heading: "The board's year", placement: 'before' },
  { heading: 'What children and young people told us', placement: 'before' },
  { heading: 'Priorities for next year', placement: 'after' },
];

export interface ReportSection {
  id: string;
  /** The board's year, "2025-26". */
  year: string;
  position: number;
  heading: string;
  body: string;
  placement: SectionPlacement;
  /** Printed in the public version too; false: members' version only. */
  public: boolean;
  /**
   * What in the body may identify a child or a person (shared/logic/identity.ts), less what the
   * clerk kept as written: while any remains, the public version leaves the section out.
   */
  flags: IdentityFlag[];
  /** The flags the clerk kept as written, who and when (the check's result, recorded). */
  kept: { key: string; text: string; by: string; at: string }[];
  updatedAt: string;
}

/** The last board year (April to March) wholly before `today` (YYYY-MM-DD): on 6 December 2026, "2025-26". */
export function lastCompleteBoardYear(today: string): string {
  const y = Number(today.slice(0, 4));
  const start = Number(today.slice(5, 7)) >= 4 ? y - 1 : y - 2;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

/** "2025-26": two years in a row, as councils write the board's (financial) year. */
export const boardYearInput = z
  .string({ error: "Enter the board's year, for example 2025-26." })
  .trim()
  .refine((y) => {
    const m = /^(\d{4})-(\d{2})$/.exec(y);
    return m !== null && (Number(m[1]) + 1) % 100 === Number(m[2]);
  }, { error: "Enter the board's year as councils write it, for example 2025-26 (1 April 2025 to 31 March 2026)." });

const heading = z
  .string({ error: "Enter the section's heading." })
  .trim()
  .min(1, { error: "Enter the section's heading." })
  .max(200, { error: "The section's heading must be 200 characters or fewer." });
const body = z.string({ error: "Enter the section's text." }).max(50_000, { error: "The section's text must be 50,000 characters or fewer." });
const placement = z.enum(SECTION_PLACEMENTS, { error: 'Choose before or after the evidence.' });

/** A section's fields, for the editor to check one field before saving it. */
export const reportSectionFields = z.object({ heading, body, placement, public: z.boolean() }).strict();

export const reportYearInput = z.object({ year: boardYearInput }).strict();

export const reportSectionAddInput = z
  .object({ year: boardYearInput, heading, body: body.default(''), placement: placement.default('before'), public: z.boolean().default(true) })
  .strict();
export type ReportSectionAddInput = z.input<typeof reportSectionAddInput>;

/** One field of a section, saved as it is typed. */
export const reportSectionFieldInput = z.discriminatedUnion(
  'field',
  [
    z.object({ id, field: z.literal('heading'), value: heading }).strict(),
    z.object({ id, field: z.literal('body'), value: body }).strict(),
    z.object({ id, field: z.literal('placement'), value: placement }).strict(),
    z.object({ id, field: z.literal('public'), value: z.boolean({ error: 'Say whether the section is in the public version.' }) }).strict(),
  ],
  { error: 'Say which field of the section to save: heading, body, placement or public.' },
);
export type ReportSectionFieldInput = z.input<typeof reportSectionFieldInput>;

/** The clerk keeps a flagged word as written (a councillor's name in the foreword, say). */
export const reportFlagKeepInput = z.object({ id, key: z.string().min(1).max(600), text: z.string().max(600) }).strict();

export const reportSectionReorderInput = z
  .object({ year: boardYearInput, ids: z.array(id).min(1, { error: 'Give the sections in their new order.' }) })
  .strict();
