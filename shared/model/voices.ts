/**
 * Children's voice records ("You said, we will, we did") and the Pledge tracker: vocabularies
 * (each mirrored by a CHECK constraint in migration 0009, kept in step by
 * tests/core/schema.test.ts), the records as they cross the contract, and the input schemas the
 * forms, IPC, the CLI and core all parse with.
 */
import { z } from 'zod';
import type { ActionStatus, PledgeAudience, Rag } from './enums';
import type { DismissedFlag } from './identity';
import { PRINCIPLE_CODES, type PrincipleCode } from './principles';
import { id, isoDate } from './schemas';

export const VOICE_SOURCES = ['children_in_care_council', 'care_leavers_forum', 'bright_spots', 'visit', 'complaint', 'advocacy', 'other'] as const;
export type VoiceSource = (typeof VOICE_SOURCES)[number];
export const VOICE_SOURCE_LABELS: Record<VoiceSource, string> = {
  children_in_care_council: 'Children in Care Council',
  care_leavers_forum: "Care leavers' forum",
  bright_spots: 'Bright Spots survey',
  visit: 'Visit',
  complaint: 'Complaint',
  advocacy: 'Advocacy',
  other: 'Other',
};

export const AGE_GROUPS = ['under_8', '8_to_12', '13_to_15', '16_to_17', '18_to_25', 'mixed', 'not_recorded'] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];
export const AGE_GROUP_LABELS: Record<AgeGroup, string> = {
  under_8: 'Under 8',
  '8_to_12': '8 to 12',
  '13_to_15': '13 to 15',
  '16_to_17': '16 and 17',
  '18_to_25': '18 to 25 (care leavers)',
  mixed: 'Mixed ages',
  not_recorded: 'Not recorded',
};

/** The board's answer: none yet, "We did …", or "Not yet, because …". */
export const VOICE_OUTCOMES = ['pending', 'we_did', 'not_yet'] as const;
export type VoiceOutcome = (typeof VOICE_OUTCOMES)[number];
export const VOICE_OUTCOME_LABELS: Record<VoiceOutcome, string> = {
  pending: 'No answer yet',
  we_did: 'We did',
  not_yet: 'Not yet, because',
};

/** A Pledge promise's status: the clerk's judgement, always shown in words. */
export const PLEDGE_STATUSES = ['kept', 'in_progress', 'at_risk', 'not_started'] as const;
export type PledgeStatus = (typeof PLEDGE_STATUSES)[number];
export const PLEDGE_STATUS_LABELS: Record<PledgeStatus, string> = {
  kept: 'Kept',
  in_progress: 'In progress',
  at_risk: 'At risk',
  not_started: 'Not started',
};

/** An indicator's stable code (cla_count, care_leavers_eet, …); linked as text, see migration 0009. */
export const INDICATOR_CODE = /^[a-z][a-z0-9_]{0,63}$/;
const CODE_MESSAGE = 'An indicator code is lower-case letters, numbers and _ (for example care_leavers_eet).';

const text = (what: string, max: number) =>
  z.string({ error: `Enter ${what}.` }).trim().max(max, { error: `${what.charAt(0).toUpperCase()}${what.slice(1)} must be ${max} characters or fewer.` });
const requiredText = (what: string, max: number) => text(what, max).min(1, { error: `Enter ${what}.` });
const optionalText = (what: string, max: number) => text(what, max).default('');

/** A list of ids or codes, each once, sorted (so a save that only reorders changes nothing). */
const idSet = <T extends z.ZodType<string>>(item: T) =>
  z
    .array(item)
    .default([])
    .transform((xs) => [...new Set(xs)].sort());

/** Indicator codes, checked as one list so the message lands on the field, not on "indicatorCodes.2". */
const codeSet = z
  .array(z.string().trim())
  .default([])
  .refine((xs) => xs.every((x) => INDICATOR_CODE.test(x)), { error: CODE_MESSAGE })
  .transform((xs) => [...new Set(xs)].sort());

export const voiceFields = z.object({
  source: z.enum(VOICE_SOURCES, { error: 'Choose where this was heard.' }),
  heardOn: isoDate('the date it was heard'),
  ageGroup: z.enum(AGE_GROUPS, { error: 'Choose an age group (or "Not recorded").' }),
  theme: requiredText('a theme', 200),
  youSaid: requiredText('what children and young people said', 5000),
  weWill: optionalText('what the board will do', 5000),
  ownerId: id.nullable().default(null),
  dueDate: isoDate('the date it will be done by').nullable().default(null),
  outcome: z.enum(VOICE_OUTCOMES, { error: 'Choose "No answer yet", "We did" or "Not yet".' }).default('pending'),
  outcomeText: optionalText('what was done, or why not yet', 5000),
  outcomeOn: isoDate('the date of the answer').nullable().default(null),
  priorityIds: idSet(id),
  actionIds: idSet(id),
  principles: idSet(z.enum(PRINCIPLE_CODES, { error: 'Choose principles from (a) to (g).' })),
  pledgeIds: idSet(id),
  indicatorCodes: codeSet,
});

/** "We did" and "Not yet" need their words and date; "No answer yet" keeps neither. */
function checkOutcome(v: z.output<typeof voiceFields>, ctx: z.RefinementCtx): void {
  if (v.outcome === 'pending') return;
  const words = v.outcome === 'we_did' ? 'what the board did' : 'why it is not done yet';
  if (!v.outcomeText) ctx.addIssue({ code: 'custom', path: ['outcomeText'], message: `Enter ${words}.` });
  if (!v.outcomeOn) ctx.addIssue({ code: 'custom', path: ['outcomeOn'], message: 'Enter the date of the answer.' });
  if (v.outcomeOn && v.outcomeOn < v.heardOn) ctx.addIssue({ code: 'custom', path: ['outcomeOn'], message: 'The answer cannot be dated before the voice was heard.' });
}

const pendingClears = <T extends z.output<typeof voiceFields>>(v: T): T => (v.outcome === 'pending' ? { ...v, outcomeText: '', outcomeOn: null } : v);

export const voiceInput = voiceFields.superRefine(checkOutcome).transform(pendingClears);
export type VoiceInput = z.input<typeof voiceInput>;
export type VoiceValues = z.output<typeof voiceInput>;
export const voiceUpdateInput = voiceFields.extend({ id }).superRefine(checkOutcome).transform(pendingClears);

export const voiceListInput = z
  .object({
    source: z.enum(VOICE_SOURCES).optional(),
    pledgeId: id.optional(),
    outcome: z.enum(VOICE_OUTCOMES).optional(),
  })
  .strict();
export type VoiceListFilter = z.output<typeof voiceListInput>;

/** One voice record as it crosses the contract. */
export interface Voice {
  id: string;
  source: VoiceSource;
  heardOn: string;
  ageGroup: AgeGroup;
  theme: string;
  youSaid: string;
  weWill: string;
  ownerId: string | null;
  ownerName: string | null;
  dueDate: string | null;
  outcome: VoiceOutcome;
  outcomeText: string;
  outcomeOn: string | null;
  priorityIds: string[];
  actionIds: string[];
  principles: PrincipleCode[];
  pledgeIds: string[];
  indicatorCodes: string[];
  /** Identity flags of its words the clerk dismissed as not identifying (migration 0014). */
  dismissedFlags: DismissedFlag[];
  createdAt: string;
  updatedAt: string;
  updatedBy: string;
}

/** A saved voice record, with a sentence for each text field naming a person in the workspace. */
export type SavedVoice = Voice & { nameWarnings: string[] };

export const pledgeJudgementInput = z
  .object({
    pledgeId: id,
    status: z.enum(PLEDGE_STATUSES, { error: 'Choose kept, in progress, at risk or not started.' }),
    note: optionalText('why', 2000),
    on: isoDate('the date of the judgement'),
  })
  .strict();
export type PledgeJudgementInput = z.input<typeof pledgeJudgementInput>;

export const pledgeLinksInput = z
  .object({
    pledgeId: id,
    actionIds: idSet(id),
    indicatorCodes: codeSet,
  })
  .strict();
export type PledgeLinksInput = z.input<typeof pledgeLinksInput>;

/** An action linked to a promise, with its current RAG (null: no update yet, or dropped). */
export interface PledgeAction {
  id: string;
  reference: string;
  title: string;
  status: ActionStatus;
  rag: Rag | null;
  dueDate: string | null;
  latestUpdateDate: string | null;
  overdue: boolean;
}

/** A voice record linked to a promise, as the tracker and the report show it. */
export type PledgeVoice = Pick<Voice, 'id' | 'source' | 'heardOn' | 'ageGroup' | 'theme' | 'youSaid' | 'weWill' | 'outcome' | 'outcomeText' | 'outcomeOn'>;

/** One promise of the Pledge with everything that evidences it. */
export interface PledgeEntry {
  id: string;
  position: number;
  heading: string;
  promise: string;
  audience: PledgeAudience;
  /** The clerk's judgement, its reason and day (null: never judged). */
  status: PledgeStatus;
  statusNote: string;
  statusOn: string | null;
  /** What the linked actions suggest (shared/logic/pledgeStatus.ts), shown beside the judgement. */
  suggestedStatus: PledgeStatus;
  suggestionReason: string;
  /** The latest linked action update or voice record date (heard or answered); null: none. */
  lastEvidenced: string | null;
  actions: PledgeAction[];
  voices: PledgeVoice[];
  indicatorCodes: string[];
}
