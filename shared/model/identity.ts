/**
 * Identity checks as records (issue 10): a flag the clerk dismissed (visits' summaries, voice
 * records), and the check each public output runs over the free text it prints, recorded in
 * `identity_checks` (migration 0014; IDENTITY_OUTPUTS mirrors its CHECK).
 */
import { z } from 'zod';
import type { IdentityFlag } from '../logic/identity';
import { id } from './schemas';

/** A flag the clerk (or a visiting member) decided is not identifying: who, when, and the words. */
export interface DismissedFlag {
  /** IdentityFlag.key: the kind and the text flagged. */
  key: string;
  text: string;
  by: string;
  at: string;
}

/** The outputs that leave the workspace in public, each checked and recorded when made. */
export const IDENTITY_OUTPUTS = ['evidence_pack', 'scorecard', 'pledge_report', 'visits_paper'] as const;
export type IdentityOutput = (typeof IDENTITY_OUTPUTS)[number];
export const IDENTITY_OUTPUT_LABELS: Record<IdentityOutput, string> = {
  evidence_pack: 'Evidence pack (public)',
  scorecard: 'Scorecard (public)',
  pledge_report: 'Pledge report',
  visits_paper: 'Visits paper (summary)',
};

/** A flag still open when an output was made, and where it was. */
export interface OpenFlag {
  where: string;
  kind: IdentityFlag['kind'];
  text: string;
}

/** One run of the checks over an output, as recorded. */
export interface IdentityCheckRecord {
  id: string;
  output: IdentityOutput;
  checkedAt: string;
  checkedBy: string;
  /** Pieces of free text checked. */
  texts: number;
  flags: number;
  /** Of the flags, those the clerk had dismissed. */
  dismissed: number;
  /** Pieces left out of the output for a flag still open. */
  leftOut: number;
  open: OpenFlag[];
}

/** The text fields of a voice record the checks run on. */
export const VOICE_TEXT_FIELDS = ['theme', 'youSaid', 'weWill', 'outcomeText'] as const;
export type VoiceTextField = (typeof VOICE_TEXT_FIELDS)[number];

/** A voice record's flags, field by field, each marked dismissed or not. */
export interface VoiceFieldFlags {
  field: VoiceTextField;
  flags: (IdentityFlag & { dismissed: boolean })[];
}

export interface VoiceIdentity {
  fields: VoiceFieldFlags[];
  /** How many flags are neither replaced nor dismissed: while above 0 the record stays out of public outputs. */
  open: number;
  dismissed: DismissedFlag[];
}

export const dismissVoiceFlagInput = z.object({ voiceId: id, key: z.string().min(1).max(600), text: z.string().max(600) }).strict();
export type DismissVoiceFlagInput = z.input<typeof dismissVoiceFlagInput>;
