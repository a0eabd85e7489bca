/**
 * Visits to children's homes (issue 11): the vocabularies (mirrored by CHECK constraints in
 * migration 0009, kept in step by tests/core/schema.test.ts), the entities and the input schemas
 * shared by core, the CLI and the visit report form. Browser-safe.
 */
import { z } from 'zod';
import type { DismissedFlag } from './identity';
import { id, isoDate } from './schemas';

export const HOME_OWNERSHIPS = ['in_house', 'external'] as const;
export type HomeOwnership = (typeof HOME_OWNERSHIPS)[number];
export const HOME_OWNERSHIP_LABELS: Record<HomeOwnership, string> = { in_house: 'In-house (the council’s own)', external: 'External provider' };

export const VISIT_KINDS = ['member', 'reg44', 'reg45'] as const;
export type VisitKind = (typeof VISIT_KINDS)[number];
export const VISIT_KIND_LABELS: Record<VisitKind, string> = {
  member: 'Member rota visit',
  reg44: 'Regulation 44 independent visitor',
  reg45: 'Regulation 45 review received',
};

export const OPINIONS = ['yes', 'no', 'concerns'] as const;
export type Opinion = (typeof OPINIONS)[number];
export const OPINION_LABELS: Record<Opinion, string> = { yes: 'Yes', no: 'No', concerns: 'Yes, with concerns' };

export const VISIT_STATUSES = ['draft', 'ready', 'returned', 'reviewed'] as const;
export type VisitStatus = (typeof VISIT_STATUSES)[number];
export const VISIT_STATUS_LABELS: Record<VisitStatus, string> = {
  draft: 'Draft',
  ready: 'Ready',
  returned: 'Received',
  reviewed: 'Reviewed by the clerk',
};

/** Why a report's home can no longer be changed, by its status (null while it is a draft: it can). */
export const HOME_FIXED_BECAUSE: Record<VisitStatus, string | null> = {
  draft: null,
  ready: 'The home cannot be changed: the report is marked ready. Only a draft report can move to another home.',
  returned: 'The home cannot be changed: the member sent this report back finished. Only a draft report can move to another home.',
  reviewed: 'The home cannot be changed: the clerk has reviewed the report. Only a draft report can move to another home.',
};

export const VISIT_ORIGINS = ['local', 'kit', 'bundle', 'file'] as const;
export type VisitOrigin = (typeof VISIT_ORIGINS)[number];

export const EXCHANGE_ROLES = ['clerk', 'member'] as const;
export type ExchangeRole = (typeof EXCHANGE_ROLES)[number];

/** Who was spoken to, counted by group (children by initials or "Child A" only, in the text). */
export const SPOKE_WITH_GROUPS = ['children', 'staff', 'parents', 'professionals'] as const;
export type SpokeWithGroup = (typeof SPOKE_WITH_GROUPS)[number];
export const SPOKE_WITH_LABELS: Record<SpokeWithGroup, string> = {
  children: 'Children',
  staff: 'Staff',
  parents: 'Parents or relatives',
  professionals: 'Professionals',
};

export const RECORD_CHECKS = [
  'daily_log', 'restraint', 'sanctions', 'incidents', 'missing', 'complaints', 'fire_safety', 'accidents', 'medication', 'menus', 'visitors_book',
] as const;
export type RecordCheck = (typeof RECORD_CHECKS)[number];
export const RECORD_CHECK_LABELS: Record<RecordCheck, string> = {
  daily_log: 'Daily log',
  restraint: 'Restraint',
  sanctions: 'Sanctions',
  incidents: 'Incidents',
  missing: 'Missing or absent',
  complaints: 'Complaints',
  fire_safety: 'Fire safety',
  accidents: 'Accidents',
  medication: 'Medication',
  menus: 'Menus',
  visitors_book: "Visitors' book",
};

/** The nine quality standards (Children's Homes (England) Regulations 2015, regulations 6 to 14). */
export const QUALITY_STANDARDS = [
  'quality_purpose', 'views_wishes', 'education', 'enjoyment', 'health', 'relationships', 'protection', 'leadership', 'care_planning',
] as const;
export type QualityStandard = (typeof QUALITY_STANDARDS)[number];
export const QUALITY_STANDARD_LABELS: Record<QualityStandard, string> = {
  quality_purpose: 'Quality and purpose of care',
  views_wishes: "Children's views, wishes and feelings",
  education: 'Education',
  enjoyment: 'Enjoyment and achievement',
  health: 'Health and well-being',
  relationships: 'Positive relationships',
  protection: 'Protection of children',
  leadership: 'Leadership and management',
  care_planning: 'Care planning',
};

const fold = (s: string): string => s.toLowerCase().replace(/[’']/g, "'").replace(/-/g, ' ').replace(/\s+/g, ' ').trim();

/** A key or its words ("protection of children", any case) as the key; undefined when neither. */
function keyOf<K extends string>(labels: Record<K, string>, value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const v = fold(value);
  for (const [k, label] of Object.entries(labels) as [K, string][]) if (k === value || fold(label) === v || fold(k.replace(/_/g, ' ')) === v) return k;
  return value;
}

const text = (what: string, max = 20000) =>
  z.string({ error: `Enter ${what} as text.` }).trim().max(max, { error: `${what[0]?.toUpperCase()}${what.slice(1)} must be ${max} characters or fewer.` });
const required = (what: string, max = 200) => text(what, max).min(1, { error: `Enter ${what}.` });

export const opinion = z.preprocess((v) => keyOf(OPINION_LABELS, v), z.enum(OPINIONS, { error: 'Choose yes, no or concerns.' }));
export const visitKind = z.preprocess((v) => keyOf(VISIT_KIND_LABELS, v), z.enum(VISIT_KINDS, { error: 'Choose the kind of visit: member, reg44 or reg45.' }));
export const qualityStandard = z.preprocess(
  (v) => keyOf(QUALITY_STANDARD_LABELS, v),
  z.enum(QUALITY_STANDARDS, { error: `Choose one of the nine quality standards (${Object.values(QUALITY_STANDARD_LABELS).join('; ').toLowerCase()}).` }),
);
export const recordCheck = z.preprocess((v) => keyOf(RECORD_CHECK_LABELS, v), z.enum(RECORD_CHECKS, { error: 'Choose records from the checklist.' }));
const count = z.number({ error: 'Enter a number of people.' }).int({ error: 'Enter a whole number of people.' }).min(0, { error: 'A count cannot be negative.' }).max(999, { error: 'That count is too large.' });

export const spokeWith = z.object(Object.fromEntries(SPOKE_WITH_GROUPS.map((g) => [g, count.default(0)])) as Record<SpokeWithGroup, z.ZodDefault<typeof count>>).strict();
export type SpokeWith = Record<SpokeWithGroup, number>;

// ---------- Homes and the rota ----------

export const homeInput = z.object({
  name: required('the home’s name'),
  provider: text('the provider', 200).default(''),
  ofstedUrn: z.string().trim().regex(/^(|[A-Z]{0,2}\d{5,8})$/i, { error: 'Enter the Ofsted URN as it appears on the Ofsted report, for example SC123456.' }).default(''),
  homeType: text('the type of home', 200).default(''),
  ownership: z.enum(HOME_OWNERSHIPS, { error: 'Choose in-house or external.' }),
  managerRole: text('the registered manager’s role', 200).default(''),
  linkOfficerId: id.nullable().default(null),
  reg44PerMonth: z.number({ error: 'Enter how many Regulation 44 visits a month, 0 to 31.' }).int({ error: 'Enter how many Regulation 44 visits a month, 0 to 31.' }).min(0, { error: 'Enter how many Regulation 44 visits a month, 0 to 31.' }).max(31, { error: 'Enter how many Regulation 44 visits a month, 0 to 31.' }).default(1),
  memberVisitsPerYear: z.number({ error: 'Enter how many member visits a year, 0 to 52.' }).int({ error: 'Enter how many member visits a year, 0 to 52.' }).min(0, { error: 'Enter how many member visits a year, 0 to 52.' }).max(52, { error: 'Enter how many member visits a year, 0 to 52.' }).default(2),
  active: z.boolean().default(true),
});
export type HomeInput = z.input<typeof homeInput>;

export const rotaInput = z.object({
  homeId: id,
  personId: id,
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'Enter the month as YYYY-MM, for example 2027-01.' }),
});

export interface Home {
  id: string;
  name: string;
  provider: string;
  ofstedUrn: string;
  homeType: string;
  ownership: HomeOwnership;
  managerRole: string;
  linkOfficerId: string | null;
  linkOfficerName: string | null;
  reg44PerMonth: number;
  memberVisitsPerYear: number;
  active: boolean;
  /** Member visits dated in the twelve months to today, against memberVisitsPerYear. */
  memberVisitsLast12Months: number;
  lastVisitDate: string | null;
  updatedAt: string;
}

export interface RotaEntry {
  id: string;
  homeId: string;
  homeName: string;
  personId: string;
  personName: string;
  month: string;
  /** The visit reported against this entry (same member, home and month), if any. */
  visitId: string | null;
}

// ---------- Visits ----------

export const findingInput = z.object({ standard: qualityStandard, text: text('the finding') });
export const recommendationInput = z.object({ text: required('the recommendation', 2000), due: isoDate('the timescale').nullable().default(null) });
/** The owner and due date the clerk chose for one recommendation's action as it is accepted. */
export const acceptChoice = z.object({ id, ownerId: id.nullable().default(null), due: isoDate('the due date').nullable().default(null) }).strict();
/** A report received as a file (an external provider's Regulation 44 report, a Regulation 45 review): what it is filed against. */
export const fileNewInput = z
  .object({
    homeId: id,
    date: isoDate('the date of the visit'),
    kind: z.enum(['reg44', 'reg45'], { error: 'Choose Regulation 44 visit or Regulation 45 review.' }),
  })
  .strict();
export const progressInput = z.object({ recommendationId: id, text: text('the progress') });

/** A whole visit report (the CLI's `visit add` and migrations; the form saves field by field). */
export const visitInput = z
  .object({
    home: z.string().trim().min(1).optional(),
    homeId: id.optional(),
    date: isoDate('the date of the visit'),
    kind: visitKind,
    announced: z.boolean({ error: 'Say whether the visit was announced (true or false).' }).default(true),
    visitors: text('the visitors', 500).default(''),
    authorId: id.nullable().default(null),
    spokeWith: spokeWith.default({ children: 0, staff: 0, parents: 0, professionals: 0 }),
    recordsChecked: z.array(recordCheck).default([]).transform((rs) => RECORD_CHECKS.filter((r) => rs.includes(r))),
    findings: z.array(findingInput).default([]),
    safeguarded: opinion.nullable().default(null),
    wellbeing: opinion.nullable().default(null),
    opinionText: text('the reasons for the opinions').default(''),
    recommendations: z.array(recommendationInput).default([]),
    previousProgress: z.array(progressInput).default([]),
    managerResponse: text('the manager’s response').default(''),
    summary: text('the anonymised summary').default(''),
  })
  .strict()
  .refine((v) => v.home !== undefined || v.homeId !== undefined, { error: 'Say which home was visited ("home": its name).', path: ['home'] });
export type VisitInput = z.input<typeof visitInput>;

/** One field of a visit report, saved as it is typed (the keyboard-only form's autosave). */
export const visitFieldInput = z.discriminatedUnion('field', [
  z.object({ id, field: z.literal('date'), value: isoDate('the date of the visit') }).strict(),
  z.object({ id, field: z.literal('kind'), value: visitKind }).strict(),
  z.object({ id, field: z.literal('announced'), value: z.boolean({ error: 'Say whether the visit was announced.' }) }).strict(),
  z.object({ id, field: z.literal('visitors'), value: text('the visitors', 500) }).strict(),
  z.object({ id, field: z.literal('spokeWith'), group: z.enum(SPOKE_WITH_GROUPS, { error: 'Choose children, staff, parents or professionals.' }), value: count }).strict(),
  z.object({ id, field: z.literal('recordChecked'), record: recordCheck, value: z.boolean({ error: 'Say whether the record was checked.' }) }).strict(),
  z.object({ id, field: z.literal('finding'), standard: qualityStandard, value: text('the finding') }).strict(),
  z.object({ id, field: z.literal('safeguarded'), value: opinion.nullable() }).strict(),
  z.object({ id, field: z.literal('wellbeing'), value: opinion.nullable() }).strict(),
  z.object({ id, field: z.literal('opinionText'), value: text('the reasons for the opinions') }).strict(),
  z.object({ id, field: z.literal('previousProgress'), recommendationId: id, value: text('the progress') }).strict(),
  z.object({ id, field: z.literal('managerResponse'), value: text('the manager’s response') }).strict(),
  z.object({ id, field: z.literal('summary'), value: text('the anonymised summary') }).strict(),
]);
export type VisitFieldInput = z.input<typeof visitFieldInput>;

export interface VisitRecommendation {
  id: string;
  visitId: string;
  position: number;
  text: string;
  due: string | null;
  actionId: string | null;
  /** The accepted action's status and reference, when accepted. */
  actionStatus: string | null;
  actionReference: string | null;
}

/** A recommendation of an earlier visit to the same home, with the progress this visit records. */
export interface PreviousRecommendation extends VisitRecommendation {
  visitDate: string;
  progress: string;
}

/** A flag the member dismissed: one record shape for visits and voice records (./identity.ts). */
export type { DismissedFlag } from './identity';

export interface Visit {
  id: string;
  homeId: string;
  homeName: string;
  date: string;
  kind: VisitKind;
  announced: boolean;
  visitors: string;
  authorId: string | null;
  authorName: string | null;
  spokeWith: SpokeWith;
  recordsChecked: RecordCheck[];
  findings: Partial<Record<QualityStandard, string>>;
  safeguarded: Opinion | null;
  wellbeing: Opinion | null;
  opinionText: string;
  recommendations: VisitRecommendation[];
  previousRecommendations: PreviousRecommendation[];
  managerResponse: string;
  summary: string;
  summaryReady: boolean;
  dismissedFlags: DismissedFlag[];
  status: VisitStatus;
  origin: VisitOrigin;
  revision: number;
  /** True when the clerk changed a report imported from a member since importing it. */
  editedSinceImport: boolean;
  fileSha256: string | null;
  updatedAt: string;
  updatedBy: string;
}

/** A row of the Visits screen and `panelpack visits --json`. */
export interface VisitListRow {
  id: string;
  homeId: string;
  home: string;
  date: string;
  kind: VisitKind;
  status: VisitStatus;
  author: string | null;
  safeguarded: Opinion | null;
  wellbeing: Opinion | null;
  recommendations: number;
  accepted: number;
  summaryReady: boolean;
}

/** What Home and the Visits screen show as needing attention. */
export interface VisitsOverview {
  /** Rota visits whose month has ended with no report from that member for that home. */
  overdue: { rotaId: string; homeId: string; home: string; personId: string; member: string; month: string }[];
  /** Visits whose day has passed and whose report is still a draft. */
  unreported: { visitId: string; homeId: string; home: string; member: string | null; date: string; daysSince: number }[];
  /** Homes short of their Regulation 44 visits last month or their member visits in the last year. */
  behind: { homeId: string; home: string; reason: string }[];
}

export const visitListInput = z
  .object({ homeId: id.optional(), from: isoDate('the first date').optional(), to: isoDate('the last date').optional(), kind: z.enum(VISIT_KINDS).optional() })
  .strict();

export const dismissFlagInput = z.object({ visitId: id, key: z.string().min(1).max(600), text: z.string().max(600) }).strict();

/** The workspace's place in the member exchange (`exchange:status`). */
/** What importing a member's return bundle did, in plain lines (the first is the summary). */
export interface ReturnImported {
  memberName: string;
  /** True when this very bundle was imported before: nothing changed. */
  already: boolean;
  added: number;
  replaced: number;
  unchanged: number;
  kept: number;
  accepted: number;
  /** The reports added or replaced, with their recommendations and how many are in the action log: for the clerk to review. */
  reports: { id: string; home: string; date: string; status: VisitStatus; recommendations: number; accepted: number }[];
  lines: string[];
}

/** A member's return bundle, saved: where, and what it holds. */
export interface ReturnMade {
  path: string;
  reports: number;
  /** Of those, reports still drafts (sent as drafts: the clerk sees them as unfinished). */
  drafts: number;
}

export interface ExchangeStatus {
  /** null: no kit made or opened yet (a clerk's workspace until its first kit). */
  role: ExchangeRole | null;
  workspaceId: string | null;
  /** In a member's workspace: the member it was made for. The board's records are read-only there. */
  memberName: string | null;
  kitsMade: number;
  bundlesImported: number;
  /** The latest import: when, and what it did. */
  lastImport: string | null;
}
