/**
 * Evidence files (issue 10): PDFs kept against an action or one of its dated updates, merged into
 * the evidence pack's appendix. The visibility vocabulary is mirrored by the CHECK constraint of
 * migration 0012 (tests/core/schema.test.ts); the input schemas are what the form, IPC and core
 * parse with.
 */
import { z } from 'zod';
import type { RemovedCounts, Stamped } from './entities';
import { id } from './schemas';

/** Members only (the default) or public: only public files go into the public evidence pack. */
export const EVIDENCE_VISIBILITIES = ['members', 'public'] as const;
export type EvidenceVisibility = (typeof EVIDENCE_VISIBILITIES)[number];
export const EVIDENCE_VISIBILITY_LABELS: Record<EvidenceVisibility, string> = {
  members: 'Members only',
  public: 'Public',
};

export interface EvidenceFile extends Stamped {
  id: string;
  actionId: string;
  /** The update it evidences, or null for the action as a whole. */
  updateId: string | null;
  /** The update's date, when it evidences one. */
  updateDate: string | null;
  fileSha256: string;
  filename: string;
  title: string;
  pages: number;
  size: number;
  visibility: EvidenceVisibility;
  position: number;
  /** Who added it, and when (createdAt). */
  addedBy: string;
}

/** An evidence file just added, with what the sanitiser keeps out of every pack. */
export interface AddedEvidenceFile extends EvidenceFile {
  removed: RemovedCounts;
  /** "Removed 1 script from this report."; null when nothing active was found. */
  removedSummary: string | null;
  damageSummary: string | null;
}

const title = z
  .string({ error: 'Enter a title for the file.' })
  .trim()
  .max(200, { error: 'The title must be 200 characters or fewer.' });

export const evidenceFileListInput = z.object({ actionId: id }).strict();

/** Adding asks the host's file dialog for the PDF; the title defaults to the file's name. */
export const evidenceFileAddInput = z
  .object({
    actionId: id,
    updateId: id.nullable().default(null),
    title: title.optional(),
    visibility: z.enum(EVIDENCE_VISIBILITIES, { error: 'Choose members only or public.' }).default('members'),
  })
  .strict();
export type EvidenceFileAddInput = z.input<typeof evidenceFileAddInput>;

export const evidenceFileUpdateInput = z
  .object({
    id,
    title: title.min(1, { error: 'Enter a title for the file.' }).optional(),
    visibility: z.enum(EVIDENCE_VISIBILITIES, { error: 'Choose members only or public.' }).optional(),
  })
  .strict();
export type EvidenceFileUpdateInput = z.input<typeof evidenceFileUpdateInput>;
