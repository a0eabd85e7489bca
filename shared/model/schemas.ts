/**
 * Input schemas: the single source of validation for forms (renderer), IPC (main), the CLI and
 * core. Messages are written for clerks, not developers.
 */
import { z } from 'zod';
import {
  ACTION_SOURCES,
  ACTION_STATUSES,
  BODY_KINDS,
  BODY_ROLES,
  ITEM_PURPOSES,
  MEETING_KINDS,
  MEETING_STATUSES,
  MINUTE_NUMBERINGS,
  PERSON_KINDS,
  PLEDGE_AUDIENCES,
  RAGS,
  STANDING_KEYS,
  STRATEGY_STATUSES,
} from './enums';
import { PRINCIPLE_CODES } from './principles';

export const id = z.uuid({ error: 'That record could not be found (bad reference).' });

const requiredText = (what: string, max = 200) =>
  z
    .string({ error: `Enter ${what}.` })
    .trim()
    .min(1, { error: `Enter ${what}.` })
    .max(max, { error: `${capitalise(what)} must be ${max} characters or fewer.` });

const optionalText = (what: string, max = 5000) =>
  z
    .string()
    .trim()
    .max(max, { error: `${capitalise(what)} must be ${max} characters or fewer.` })
    .default('');

/** A calendar date as YYYY-MM-DD (no time, no zone). */
export const isoDate = (what: string) =>
  z.iso.date({ error: `Enter ${what} as a real date, for example 17/12/2026.` });

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const optionalEmail = z
  .union([z.literal(''), z.email({ error: 'Enter an email address in the right format, like name@council.gov.uk.' })])
  .default('');

const optionalPhone = z
  .string()
  .trim()
  .regex(/^[0-9+() -]*$/, { error: 'Enter a phone number using only numbers, spaces and + ( ) -.' })
  .max(40, { error: 'Phone number must be 40 characters or fewer.' })
  .default('');

export const settingsInput = z.object({
  councilName: requiredText('the council name'),
  boardName: requiredText('the board name'),
  clerkName: optionalText('clerk name', 200),
  clerkPhone: optionalPhone,
  clerkEmail: optionalEmail,
  reviewIntervalDays: z
    .number({ error: 'Enter the review interval as a number of days.' })
    .int({ error: 'Enter the review interval as a whole number of days.' })
    .min(7, { error: 'The review interval must be at least 7 days.' })
    .max(366, { error: 'The review interval must be 366 days or fewer.' }),
  /** How minutes are numbered; left out, it stays as it is. */
  minuteNumbering: z.enum(MINUTE_NUMBERINGS, { error: 'Choose how minutes are numbered.' }).optional(),
});
export type SettingsInput = z.input<typeof settingsInput>;

export const personInput = z.object({
  name: requiredText('a name'),
  kind: z.enum(PERSON_KINDS, { error: 'Choose what kind of member this is.' }),
  roleTitle: optionalText('role', 200),
  organisation: optionalText('organisation', 200),
  email: optionalEmail,
  active: z.boolean().default(true),
});
export type PersonInput = z.input<typeof personInput>;

export const bodyMemberInput = z.object({
  personId: id,
  role: z.enum(BODY_ROLES, { error: 'Choose chair, vice-chair or member.' }),
});

export const bodyInput = z.object({
  name: requiredText('a name'),
  kind: z.enum(BODY_KINDS, { error: 'Choose board or working group.' }),
  chairRole: optionalText('chair role', 200),
  members: z
    .array(bodyMemberInput)
    .default([])
    .refine((ms) => new Set(ms.map((m) => m.personId)).size === ms.length, {
      error: 'Each person can be listed only once.',
    })
    .refine((ms) => ms.filter((m) => m.role === 'chair').length <= 1, { error: 'Choose only one chair.' }),
});
export type BodyInput = z.input<typeof bodyInput>;

export const strategyInput = z
  .object({
    title: requiredText('a title'),
    periodStart: isoDate('the start date'),
    periodEnd: isoDate('the end date'),
    status: z.enum(STRATEGY_STATUSES, { error: 'Choose draft, adopted or archived.' }),
    vision: optionalText('vision', 5000),
  })
  .refine((s) => s.periodEnd >= s.periodStart, {
    error: 'The end date must be on or after the start date.',
    path: ['periodEnd'],
  });
export type StrategyInput = z.input<typeof strategyInput>;

export const priorityInput = z.object({
  title: requiredText('a title'),
  description: optionalText('description'),
  why: optionalText('why'),
  what: optionalText('what'),
  how: optionalText('how'),
  leadBodyId: id.nullable().default(null),
});
export type PriorityInput = z.input<typeof priorityInput>;

export const actionInput = z.object({
  priorityId: id.nullable().default(null),
  reference: z
    .string()
    .trim()
    .max(20, { error: 'Reference must be 20 characters or fewer.' })
    .default(''),
  title: requiredText('what the action is', 300),
  description: optionalText('description'),
  ownerId: id.nullable().default(null),
  leadBodyId: id.nullable().default(null),
  dueDate: isoDate('the due date').nullable().default(null),
  status: z.enum(ACTION_STATUSES, { error: 'Choose a status.' }).default('not_started'),
  principles: z
    .array(z.enum(PRINCIPLE_CODES, { error: 'Choose principles from (a) to (g).' }))
    .default([])
    .transform((ps) => [...new Set(ps)].sort()),
  source: z.enum(ACTION_SOURCES, { error: 'Choose where the action came from.' }).default('strategy'),
  /** The board meeting it came from, when its source is a board meeting (kept only then). */
  sourceMeetingId: id.nullable().default(null),
  /**
   * The agenda item of that meeting it arose from (an action arising in the minutes). Left out, an
   * update keeps the item while the action keeps its meeting (the action log's form never sends it).
   */
  sourceItemId: id.nullable().optional(),
});
export type ActionInput = z.input<typeof actionInput>;

export const actionUpdateInput = z.object({
  actionId: id,
  date: isoDate('the date of the update'),
  text: requiredText('the update', 5000),
  authorId: id.nullable().default(null),
  rag: z.enum(RAGS, { error: 'Choose a RAG rating: Red, Amber or Green.' }),
  status: z.enum(ACTION_STATUSES, { error: 'Choose a status.' }),
});
export type ActionUpdateInput = z.input<typeof actionUpdateInput>;

export const pledgeInput = z.object({
  heading: requiredText('a heading'),
  promise: requiredText('the promise', 2000),
  audience: z.enum(PLEDGE_AUDIENCES, { error: 'Choose children in care or care leavers.' }),
});
export type PledgeInput = z.input<typeof pledgeInput>;

export const ACTION_SORTS = ['reference', 'due', 'status', 'rag', 'owner', 'updated'] as const;
export type ActionSort = (typeof ACTION_SORTS)[number];

/** Filters for the action log. Every field is optional; an empty object lists everything. */
export const actionFilter = z.object({
  statuses: z.array(z.enum(ACTION_STATUSES)).optional(),
  /** 'none' selects actions with no update yet. */
  rags: z.array(z.enum([...RAGS, 'none'])).optional(),
  ownerId: id.optional(),
  priorityId: id.optional(),
  principle: z.enum(PRINCIPLE_CODES).optional(),
  overdue: z.boolean().optional(),
  stale: z.boolean().optional(),
  text: z.string().trim().max(200).optional(),
});
export type ActionFilter = z.infer<typeof actionFilter>;

export const actionListInput = z.object({
  filter: actionFilter.default({}),
  sort: z.enum(ACTION_SORTS).default('reference'),
  direction: z.enum(['asc', 'desc']).default('asc'),
  limit: z.number().int().min(1).max(5000).default(1000),
  offset: z.number().int().min(0).default(0),
  /** Today's date as the user sees it; defaults to the machine's local date. */
  today: isoDate('today').optional(),
});
export type ActionListInput = z.input<typeof actionListInput>;
/** An action-log query with every default filled in (as parsed). */
export type ActionListQuery = z.output<typeof actionListInput>;

/** A time of day as HH:MM, 24-hour clock. */
export const timeOfDay = z
  .string({ error: 'Enter the start time, for example 14:00.' })
  .trim()
  .regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, { error: 'Enter the start time on the 24-hour clock, for example 14:00 or 09:30.' });

export const meetingInput = z.object({
  bodyId: id,
  meetingDate: isoDate('the date of the meeting'),
  startTime: timeOfDay,
  venue: optionalText('venue', 300),
  kind: z.enum(MEETING_KINDS, { error: 'Choose an ordinary or a special meeting.' }).default('ordinary'),
  themePriorityId: id.nullable().default(null),
  /** Why the papers go out after the deadline of five clear days: required before publishing late. */
  lateReason: optionalText('reason the papers are late', 2000),
});
export type MeetingInput = z.input<typeof meetingInput>;

/** What can change about a meeting once created (its board or group cannot). */
export const meetingUpdateInput = meetingInput.omit({ bodyId: true });
export type MeetingUpdateInput = z.input<typeof meetingUpdateInput>;

export const meetingStatusInput = z.object({
  id,
  status: z.enum(MEETING_STATUSES, { error: 'Choose a meeting status.' }),
  /** The day the agenda went out, when marking it published; defaults to today. */
  publishedOn: isoDate('the date the agenda was published').nullable().default(null),
});
export type MeetingStatusInput = z.input<typeof meetingStatusInput>;

export const meetingListInput = z.object({
  bodyId: id.optional(),
  /** Only meetings on or after this date. */
  from: isoDate('the first date').optional(),
});
export type MeetingListInput = z.input<typeof meetingListInput>;

/** The fields of an agenda item, before the Part II rule is checked (see agendaItemInput). */
export const agendaItemFields = z.object({
  meetingId: id,
  /** Set for a sub-item (5.1 under item 5). Sub-items take their item's part and paragraph. */
  parentId: id.nullable().default(null),
  title: requiredText('the title of the item', 300),
  purpose: z.enum(ITEM_PURPOSES, { error: 'Choose whether the item is for decision, discussion or information.' }).default('information'),
  presenter: optionalText('presenter', 200),
  reportAuthor: optionalText('report author', 200),
  minutes: z
    .number({ error: 'Enter the time allowed as a number of minutes.' })
    .int({ error: 'Enter the time allowed as a whole number of minutes.' })
    .min(1, { error: 'The time allowed must be at least 1 minute.' })
    .max(600, { error: 'The time allowed must be 600 minutes or fewer.' })
    .nullable()
    .default(null),
  priorityId: id.nullable().default(null),
  part: z.union([z.literal(1), z.literal(2)], { error: 'Choose Part I (public) or Part II (exempt).' }).default(1),
  exemptParagraph: z
    .number({ error: 'Choose the paragraph of Schedule 12A, from 1 to 7.' })
    .int({ error: 'Choose the paragraph of Schedule 12A, from 1 to 7.' })
    .min(1, { error: 'Choose the paragraph of Schedule 12A, from 1 to 7.' })
    .max(7, { error: 'Choose the paragraph of Schedule 12A, from 1 to 7.' })
    .nullable()
    .default(null),
  /** What the public version shows instead of a Part II item's title. */
  publicTitle: optionalText('public title', 300),
  recommendation: optionalText('recommendation', 5000),
  /** Why a late item (added after the agenda was published) cannot wait: required for one. */
  urgencyReason: optionalText('reason for urgency', 2000),
  principles: z
    .array(z.enum(PRINCIPLE_CODES, { error: 'Choose principles from (a) to (g).' }))
    .default([])
    .transform((ps) => [...new Set(ps)].sort()),
});

const partRule = (item: { part: 1 | 2; exemptParagraph: number | null; parentId?: string | null }, ctx: z.RefinementCtx): void => {
  if (item.parentId) return; // a sub-item takes its item's part and paragraph
  if (item.part === 2 && item.exemptParagraph === null) {
    ctx.addIssue({ code: 'custom', path: ['exemptParagraph'], message: 'A Part II item must name the paragraph of Schedule 12A that makes it exempt.' });
  }
  if (item.part === 1 && item.exemptParagraph !== null) {
    ctx.addIssue({ code: 'custom', path: ['exemptParagraph'], message: 'Only a Part II item names an exempt paragraph: choose Part II, or clear the paragraph.' });
  }
};

export const agendaItemInput = agendaItemFields.superRefine(partRule);
export type AgendaItemInput = z.input<typeof agendaItemInput>;

/** Editing an item: its meeting and parent stay as they are (move it with reorder). */
export const agendaItemUpdateInput = agendaItemFields.omit({ meetingId: true, parentId: true }).extend({ id }).superRefine(partRule);
export type AgendaItemUpdateInput = z.input<typeof agendaItemUpdateInput>;

export const agendaReorderInput = z.object({
  meetingId: id,
  /** The item whose sub-items are reordered; null for the top-level items. */
  parentId: id.nullable().default(null),
  ids: z.array(id).min(1),
});

export const agendaTemplateItemInput = z.object({
  /** The saved template row being kept; null for a new one. */
  id: id.nullable().default(null),
  standingKey: z.enum(STANDING_KEYS, { error: 'Choose a standing item.' }),
  title: requiredText('the title of the standing item', 300),
  purpose: z.enum(ITEM_PURPOSES, { error: 'Choose whether the item is for decision, discussion or information.' }).default('information'),
});

export const agendaTemplateInput = z.object({
  bodyId: id,
  /** The standing items in order, with exactly one marking where the meeting's own items go. */
  items: z
    .array(agendaTemplateItemInput)
    .refine((items) => items.filter((i) => i.standingKey === 'substantive').length === 1, {
      error: 'The template must have one place for the meeting\'s own items (its substantive items).',
    })
    .refine(
      (items) => {
        const keys = items.map((i) => i.standingKey).filter((k) => k !== 'custom');
        return new Set(keys).size === keys.length;
      },
      { error: 'Each standing item can appear only once (add your own as custom items).' },
    ),
});
export type AgendaTemplateInput = z.input<typeof agendaTemplateInput>;

export const quorumInput = z.object({
  bodyId: id,
  quorum: z
    .number({ error: 'Enter the quorum as a number of members.' })
    .int({ error: 'Enter the quorum as a whole number of members.' })
    .min(1, { error: 'The quorum must be at least 1.' })
    .max(100, { error: 'The quorum must be 100 or fewer.' })
    .nullable(),
});

export const holidayInput = z.object({
  date: isoDate('the date of the holiday'),
  name: requiredText('the name of the holiday', 100),
});
export type HolidayInput = z.input<typeof holidayInput>;
