/**
 * Input schemas for the minutes (issue 9): one field or one small record per call, so the live
 * minute-taking screen saves as the clerk types. Messages are written for clerks.
 */
import { z } from 'zod';
import { ATTENDANCE_STATUSES, DECLARATION_ACTIONS, INTEREST_CATEGORIES, ITEM_OUTCOMES, VOTES } from './enums';
import { actionInput, id, isoDate } from './schemas';

const text = (what: string, max: number) =>
  z
    .string({ error: `Enter ${what}.` })
    .trim()
    .max(max, { error: `${what.charAt(0).toUpperCase()}${what.slice(1)} must be ${max.toLocaleString('en-GB')} characters or fewer.` });

const required = (what: string, max: number) => text(what, max).min(1, { error: `Enter ${what}.` });

const meetingOnly = z.object({ meetingId: id }).strict();

/** Starting the minutes of a meeting (a meeting not yet marked held is marked held, once its date has come). */
export const minutesStartInput = meetingOnly;

/** The fields of an item's minute; a save sends one or more of them. */
export const itemMinuteFields = z.object({
  text: text('the minute', 50_000),
  publicSummary: text('the public summary', 10_000),
  outcome: z.enum(ITEM_OUTCOMES, { error: 'Choose considered, deferred, withdrawn or taken as urgent.' }),
  urgentReason: text("the chair's reason for taking the item as urgent", 2000),
  forChildren: z.boolean({ error: 'Say whether the item is of interest to children.' }),
  childTalked: text('what we talked about', 2000),
  childDecided: text('what we decided', 2000),
  childWho: text('who will do it and by when', 2000),
});
export type ItemMinuteField = keyof z.infer<typeof itemMinuteFields>;
/** Of these, the fields of the child-friendly summary: changing one clears the participation officer's check. */
export const CHILD_FIELDS: readonly ItemMinuteField[] = ['forChildren', 'childTalked', 'childDecided', 'childWho'];

export const itemMinuteSaveInput = z
  .object({
    itemId: id,
    patch: itemMinuteFields.partial().strict().refine((p) => Object.keys(p).length > 0, { error: 'Nothing to save: give at least one field.' }),
  })
  .strict();
export type ItemMinuteSaveInput = z.input<typeof itemMinuteSaveInput>;

const attendanceFields = z.object({
  status: z.enum(ATTENDANCE_STATUSES, { error: 'Choose present, apologies or absent.' }),
  /** The member this person stands in for (a substitute). */
  substituteForId: id.nullable(),
  /** The agenda item under discussion when they arrived (late) or left (early). */
  arrivedItemId: id.nullable(),
  leftItemId: id.nullable(),
});

export const attendanceUpdateInput = z
  .object({
    id,
    patch: attendanceFields.partial().strict().refine((p) => Object.keys(p).length > 0, { error: 'Nothing to save: give at least one field.' }),
  })
  .strict();
export type AttendanceUpdateInput = z.input<typeof attendanceUpdateInput>;

/** Someone in the workspace (an officer, a partner…), or a guest by name and role only (no personal detail). */
export const attendeeAddInput = z.union([
  z.object({ meetingId: id, personId: id, status: z.enum(ATTENDANCE_STATUSES, { error: 'Choose present, apologies or absent.' }).default('present') }).strict(),
  z
    .object({
      meetingId: id,
      guestName: required("the guest's name", 200),
      guestRole: text("the guest's role", 200).default(''),
      status: z.enum(ATTENDANCE_STATUSES, { error: 'Choose present, apologies or absent.' }).default('present'),
    })
    .strict(),
], { error: 'Choose a person, or enter a guest\'s name.' });
export type AttendeeAddInput = z.input<typeof attendeeAddInput>;

export const declarationFields = z
  .object({
    personId: id,
    /** The item the interest is in; null for the meeting as a whole. */
    itemId: id.nullable().default(null),
    category: z.enum(INTEREST_CATEGORIES, { error: 'Choose the kind of interest: disclosable pecuniary, other registrable or non-registrable.' }),
    /** A sensitive interest (Localism Act 2011 s32): its nature is not recorded. */
    sensitive: z.boolean({ error: 'Say whether the interest is a sensitive interest.' }).default(false),
    nature: text('the nature of the interest', 2000).default(''),
    memberAction: z.enum(DECLARATION_ACTIONS, { error: 'Choose what the member did: left the room, took no part, spoke then left, or stayed.' }),
    dispensation: text('the dispensation reference', 200).default(''),
  })
  .strict();

const declarationRule = (d: { sensitive: boolean; nature: string }, ctx: z.RefinementCtx): void => {
  if (d.sensitive && d.nature !== '') {
    ctx.addIssue({ code: 'custom', path: ['nature'], message: 'A sensitive interest is recorded without its nature: clear the nature, or untick "sensitive".' });
  }
  if (!d.sensitive && d.nature === '') {
    ctx.addIssue({ code: 'custom', path: ['nature'], message: 'Enter the nature of the interest, or mark it as a sensitive interest.' });
  }
};

export const declarationInput = declarationFields.extend({ meetingId: id }).superRefine(declarationRule);
export type DeclarationInput = z.input<typeof declarationInput>;
export const declarationUpdateInput = declarationFields.extend({ id }).superRefine(declarationRule);
export type DeclarationUpdateInput = z.input<typeof declarationUpdateInput>;

const count = (what: string) =>
  z
    .number({ error: `Enter the number ${what} as a whole number.` })
    .int({ error: `Enter the number ${what} as a whole number.` })
    .min(0, { error: `The number ${what} cannot be negative.` })
    .max(1000, { error: `The number ${what} must be 1,000 or fewer.` });

/** A vote's counts: all three, or (null) no vote recorded. */
export const voteCounts = z.object({ for: count('for'), against: count('against'), abstained: count('abstaining') }).strict();

export const resolutionAddInput = z.object({ itemId: id, text: text('the resolution', 10_000).default('') }).strict();
export const resolutionUpdateInput = z
  .object({
    id,
    patch: z
      .object({ text: text('the resolution', 10_000), vote: voteCounts.nullable() })
      .partial()
      .strict()
      .refine((p) => Object.keys(p).length > 0, { error: 'Nothing to save: give the text or the vote.' }),
  })
  .strict();
export type ResolutionUpdateInput = z.input<typeof resolutionUpdateInput>;
export const resolutionReorderInput = z.object({ itemId: id, ids: z.array(id).min(1, { error: 'Give the resolutions in their new order.' }) }).strict();

/** A member's own vote, recorded at their request; null removes it. */
export const recordedVoteInput = z
  .object({ resolutionId: id, personId: id, vote: z.enum(VOTES, { error: 'Choose for, against or abstained.' }).nullable() })
  .strict();

/** An action arising: the action log's fields, its source set by the minutes (this meeting, this item). */
export const actionArisingFields = actionInput.omit({ source: true, sourceMeetingId: true, sourceItemId: true });
export const actionArisingAddInput = z.object({ itemId: id, action: actionArisingFields }).strict();
export type ActionArisingAddInput = z.input<typeof actionArisingAddInput>;
export const actionArisingUpdateInput = z.object({ id, action: actionArisingFields }).strict();
export type ActionArisingUpdateInput = z.input<typeof actionArisingUpdateInput>;

export const minutesCirculateInput = z.object({ meetingId: id, circulatedOn: isoDate('the date the minutes were circulated').nullable().default(null) }).strict();

export const minutesApproveInput = z
  .object({
    meetingId: id,
    /** The later meeting of the same board whose "Minutes of the previous meeting" item approved them. */
    atMeetingId: id,
    /** Defaults to the date of that meeting. */
    approvedOn: isoDate('the date the minutes were approved').nullable().default(null),
    /** The chair who signed them; defaults to the board's chair. */
    signedById: id.nullable().default(null),
  })
  .strict();
export type MinutesApproveInput = z.input<typeof minutesApproveInput>;

/** What a correction changes: an item's minute text or public summary, or a resolution's text; null records it without changing a field. */
export const correctionTarget = z.union([
  z.object({ itemId: id, field: z.enum(['text', 'publicSummary'], { error: 'Choose the minute or its public summary.' }) }).strict(),
  z.object({ resolutionId: id }).strict(),
]);
export type CorrectionTarget = z.infer<typeof correctionTarget>;

export const minutesCorrectInput = z
  .object({
    meetingId: id,
    target: correctionTarget.nullable().default(null),
    /** The field's new wording (with a target). */
    after: text('the corrected wording', 50_000).default(''),
    what: required('what was corrected', 2000),
    why: required('why it was corrected', 2000),
    agreedAtMeetingId: id.nullable().default(null),
    agreedBy: required('who agreed the correction', 200),
    correctedOn: isoDate('the date of the correction').nullable().default(null),
  })
  .strict();
export type MinutesCorrectInput = z.input<typeof minutesCorrectInput>;

/** The participation officer's check of the child-friendly summary; checked false clears it. */
export const childCheckInput = z
  .object({
    meetingId: id,
    checked: z.boolean({ error: 'Say whether the summary has been checked.' }),
    checkedBy: text("the participation officer's name", 200).default(''),
    checkedOn: isoDate('the date it was checked').nullable().default(null),
  })
  .strict()
  .refine((c) => !c.checked || c.checkedBy !== '', { error: "Enter the participation officer's name.", path: ['checkedBy'] });

export const plainWordInput = z
  .object({
    term: required('the word or acronym', 100),
    suggestion: required('the plainer words', 500),
  })
  .strict();
export type PlainWordInput = z.input<typeof plainWordInput>;
