/** Building an evidence pack from the app (issue 10): core/evidence/, the pack itself core/packs/evidence/. */
import { z } from 'zod';
import { id, isoDate } from '../../model/schemas';
import { PRINCIPLE_CODES } from '../../model/principles';
import { none, op, type AreaOps, type SavedFile } from '../operation';

const position = (what: string) => z.number({ error: `Choose the ${what}.` }).int({ error: `Choose the ${what}.` }).min(1, { error: `Choose the ${what}.` });

/** What the pack is about: the scopes of `panelpack evidence` (core/packs/evidence/scope.ts). */
export const evidenceScopeInput = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('priority'), number: position('priority') }).strict(),
    z.object({ kind: z.literal('principle'), code: z.enum(PRINCIPLE_CODES, { error: 'Choose a principle from (a) to (g).' }) }).strict(),
    z.object({ kind: z.literal('pledge'), number: position('Pledge promise') }).strict(),
    z.object({ kind: z.literal('theme'), meetingId: id }).strict(),
    z.object({ kind: z.literal('preset'), preset: z.enum(['children-in-care', 'care-leavers'], { error: 'Choose children in care or care leavers.' }) }).strict(),
    z.object({ kind: z.literal('annual'), year: z.string().trim().regex(/^\d{4}-\d{2}$/, { error: "Enter the board's year as councils write it, for example 2025-26." }) }).strict(),
    z
      .object({ kind: z.literal('period'), from: isoDate('the first day of the period'), to: isoDate('the last day of the period') })
      .strict()
      .refine((p) => p.from <= p.to, { error: 'The period must end on or after the day it begins.', path: ['to'] }),
  ],
  { error: 'Choose what the pack is about: a priority, a principle, a Pledge promise, a meeting\'s theme, a period or a preset.' },
);
export type EvidenceScopeInput = z.infer<typeof evidenceScopeInput>;

export const evidencePrintInput = z
  .object({
    scope: evidenceScopeInput,
    version: z.enum(['members', 'public'], { error: "Choose the members' version or the public version." }).default('members'),
    largePrint: z.boolean().default(false),
  })
  .strict();

/** The task name of the progress events (core/packs/evidence/printEvidence.ts EVIDENCE_TASK). */
export const EVIDENCE_PRINT_TASK = 'evidence:print';

export const evidenceOps = {
  /**
   * Builds an evidence pack for one scope (members' or public, standard or large print) to a PDF
   * the clerk chooses (native dialog); progress as events with task "evidence:print"; null when
   * the dialog is cancelled. An unknown priority, promise or meeting, or a meeting with no theme,
   * is refused in plain words before the dialog opens. One build at a time; null too when it was
   * cancelled (nothing is saved then).
   */
  'evidence:print': op(evidencePrintInput).returns<SavedFile | null>(),
  /** Stops the evidence pack being built (between its steps); nothing is saved. */
  'evidence:cancel': op(none).returns<null>(),
} satisfies AreaOps<'evidence'>;
