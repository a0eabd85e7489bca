/** Children's voice records and the Pledge tracker (issue 10): core/voices and core/pledge. */
import { pledgeJudgementInput, pledgeLinksInput, voiceInput, voiceListInput, voiceUpdateInput, type PledgeEntry, type SavedVoice, type Voice } from '../../model/voices';
import { dismissVoiceFlagInput, type VoiceIdentity } from '../../model/identity';
import { byId, none, op, type AreaOps, type SavedFile } from '../operation';

export const voicesOps = {
  /** Voice records, newest first, optionally by source, Pledge promise or answer. */
  'voices:list': op(voiceListInput).returns<Voice[]>(),
  'voices:get': op(byId).returns<Voice>(),
  /** Saves a voice record; nameWarnings name any person of the workspace its words mention. */
  'voices:create': op(voiceInput).returns<SavedVoice>(),
  'voices:update': op(voiceUpdateInput).returns<SavedVoice>(),
  'voices:delete': op(byId).returns<null>(),
  /** The identity checks of a record's words, field by field; `open` > 0 keeps it out of public outputs. */
  'voices:identity': op(byId).returns<VoiceIdentity>(),
  /** Records the clerk's decision that a flag is not identifying (who, when, the words). */
  'voices:dismissFlag': op(dismissVoiceFlagInput).returns<VoiceIdentity>(),
} satisfies AreaOps<'voices'>;

export const pledgeOps = {
  /** Every Pledge promise with its status, suggested status, evidence and last evidenced date. */
  'pledge:tracker': op(none).returns<PledgeEntry[]>(),
  /** Records the clerk's judgement of a promise's status. */
  'pledge:judge': op(pledgeJudgementInput).returns<PledgeEntry>(),
  /** Replaces a promise's linked actions and indicator codes. */
  'pledge:link': op(pledgeLinksInput).returns<PledgeEntry>(),
  /** Prints the Pledge report for the Children in Care Council (child-friendly, no names) to a file the clerk chooses; null when cancelled. */
  'pledge:printReport': op(none).returns<SavedFile | null>(),
} satisfies AreaOps<'pledge'>;
