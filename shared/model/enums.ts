/**
 * Fixed vocabularies. Each list is mirrored by a CHECK constraint in the schema
 * (electron/core/db/migrations), and tests/core/schema.test.ts keeps the two in step.
 */

export const ACTION_STATUSES = ['not_started', 'in_progress', 'complete', 'blocked', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  complete: 'Complete',
  blocked: 'Blocked',
  dropped: 'Dropped',
};
/** Statuses that end an action: it can no longer be overdue or stale. */
export const CLOSED_STATUSES: readonly ActionStatus[] = ['complete', 'dropped'];

export const RAGS = ['red', 'amber', 'green'] as const;
export type Rag = (typeof RAGS)[number];
export const RAG_LABELS: Record<Rag, string> = { red: 'Red', amber: 'Amber', green: 'Green' };

export const ACTION_SOURCES = ['strategy', 'meeting', 'visit', 'voice'] as const;
export type ActionSource = (typeof ACTION_SOURCES)[number];
export const ACTION_SOURCE_LABELS: Record<ActionSource, string> = {
  strategy: 'Strategy',
  meeting: 'Board meeting',
  visit: 'Visit',
  voice: "Children's voice",
};

export const STRATEGY_STATUSES = ['draft', 'adopted', 'archived'] as const;
export type StrategyStatus = (typeof STRATEGY_STATUSES)[number];
export const STRATEGY_STATUS_LABELS: Record<StrategyStatus, string> = {
  draft: 'Draft',
  adopted: 'Adopted',
  archived: 'Archived',
};

export const PERSON_KINDS = ['member', 'officer', 'young_person', 'partner'] as const;
export type PersonKind = (typeof PERSON_KINDS)[number];
export const PERSON_KIND_LABELS: Record<PersonKind, string> = {
  member: 'Councillor',
  officer: 'Officer',
  young_person: "Young people's representative",
  partner: 'Partner',
};

export const BODY_KINDS = ['board', 'working_group'] as const;
export type BodyKind = (typeof BODY_KINDS)[number];
export const BODY_KIND_LABELS: Record<BodyKind, string> = {
  board: 'Board',
  working_group: 'Working group',
};

export const BODY_ROLES = ['chair', 'vice_chair', 'member'] as const;
export type BodyRole = (typeof BODY_ROLES)[number];
export const BODY_ROLE_LABELS: Record<BodyRole, string> = {
  chair: 'Chair',
  vice_chair: 'Vice-chair',
  member: 'Member',
};

export const PLEDGE_AUDIENCES = ['children_in_care', 'care_leavers'] as const;
export type PledgeAudience = (typeof PLEDGE_AUDIENCES)[number];
export const PLEDGE_AUDIENCE_LABELS: Record<PledgeAudience, string> = {
  children_in_care: 'Children in care',
  care_leavers: 'Care leavers',
};

export const MEETING_KINDS = ['ordinary', 'special'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];
export const MEETING_KIND_LABELS: Record<MeetingKind, string> = {
  ordinary: 'Ordinary meeting',
  special: 'Special meeting',
};

/** A meeting's life: agenda drafted, agenda published, meeting held, minutes approved. */
export const MEETING_STATUSES = ['draft', 'published', 'held', 'minutes_approved'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];
export const MEETING_STATUS_LABELS: Record<MeetingStatus, string> = {
  draft: 'Draft',
  published: 'Agenda published',
  held: 'Held',
  minutes_approved: 'Minutes approved',
};

export const ITEM_PURPOSES = ['decision', 'discussion', 'information'] as const;
export type ItemPurpose = (typeof ITEM_PURPOSES)[number];
export const ITEM_PURPOSE_LABELS: Record<ItemPurpose, string> = {
  decision: 'For decision',
  discussion: 'For discussion',
  information: 'For information',
};

/**
 * Standing items a body's agenda template can hold. 'substantive' marks where each meeting's own
 * items go; 'custom' is a standing item the clerk added to the template.
 */
export const STANDING_KEYS = ['apologies', 'declarations', 'minutes', 'action_log', 'substantive', 'aob', 'next_meeting', 'custom'] as const;
export type StandingKey = (typeof STANDING_KEYS)[number];

/** Part I is public; Part II is exempt (the press and public are excluded). */
export const AGENDA_PARTS = [1, 2] as const;
export type AgendaPart = (typeof AGENDA_PARTS)[number];

/** Local Government Act 1972, Schedule 12A, Part 1: the descriptions of exempt information. */
export const EXEMPT_PARAGRAPHS = [1, 2, 3, 4, 5, 6, 7] as const;
export type ExemptParagraph = (typeof EXEMPT_PARAGRAPHS)[number];
export const EXEMPT_PARAGRAPH_LABELS: Record<ExemptParagraph, string> = {
  1: 'Information relating to any individual',
  2: 'Information which is likely to reveal the identity of an individual',
  3: 'Information relating to the financial or business affairs of any particular person',
  4: 'Information relating to labour relations',
  5: 'Information in respect of which a claim to legal professional privilege could be maintained',
  6: 'Information about notices, orders or directions under any enactment',
  7: 'Information relating to the prevention, investigation or prosecution of crime',
};

export const MEDIA_TYPES = ['application/pdf'] as const;
export type MediaType = (typeof MEDIA_TYPES)[number];

export const PUBLICATION_KINDS = ['agenda', 'members_pack', 'public_pack', 'supplement', 'public_supplement'] as const;
export type PublicationKind = (typeof PUBLICATION_KINDS)[number];
export const PUBLICATION_KIND_LABELS: Record<PublicationKind, string> = {
  agenda: 'Agenda',
  members_pack: "Members' pack",
  public_pack: 'Public pack',
  supplement: "Supplementary pack (members')",
  public_supplement: 'Supplementary pack (public)',
};

// Minutes (schema v8).

/** How minutes are numbered: as on the agenda, or running through the municipal year ("23/26"). */
export const MINUTE_NUMBERINGS = ['per_meeting', 'running_year'] as const;
export type MinuteNumbering = (typeof MINUTE_NUMBERINGS)[number];
export const MINUTE_NUMBERING_LABELS: Record<MinuteNumbering, string> = {
  per_meeting: 'Per meeting (1, 2, 3 as on the agenda)',
  running_year: 'Running through the municipal year (for example 23/26)',
};

/** Draft, circulated to members, then approved at a later meeting and signed by the chair (locked). */
export const MINUTES_STATUSES = ['draft', 'circulated', 'approved'] as const;
export type MinutesStatus = (typeof MINUTES_STATUSES)[number];
export const MINUTES_STATUS_LABELS: Record<MinutesStatus, string> = {
  draft: 'Draft',
  circulated: 'Circulated',
  approved: 'Approved and signed',
};

export const ATTENDANCE_CATEGORIES = ['member', 'officer', 'partner', 'young_person', 'guest'] as const;
export type AttendanceCategory = (typeof ATTENDANCE_CATEGORIES)[number];
export const ATTENDANCE_CATEGORY_LABELS: Record<AttendanceCategory, string> = {
  member: 'Councillor',
  officer: 'Officer',
  partner: 'Partner',
  young_person: "Young people's representative",
  guest: 'Guest',
};

export const ATTENDANCE_STATUSES = ['present', 'apologies', 'absent'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];
export const ATTENDANCE_STATUS_LABELS: Record<AttendanceStatus, string> = {
  present: 'Present',
  apologies: 'Apologies',
  absent: 'Absent',
};

/** Localism Act 2011 and the LGA Model Code of Conduct 2020. */
export const INTEREST_CATEGORIES = ['disclosable_pecuniary', 'other_registrable', 'non_registrable'] as const;
export type InterestCategory = (typeof INTEREST_CATEGORIES)[number];
export const INTEREST_CATEGORY_LABELS: Record<InterestCategory, string> = {
  disclosable_pecuniary: 'Disclosable pecuniary interest',
  other_registrable: 'Other registrable interest',
  non_registrable: 'Non-registrable interest',
};

export const DECLARATION_ACTIONS = ['left_room', 'took_no_part', 'spoke_then_left', 'stayed'] as const;
export type DeclarationAction = (typeof DECLARATION_ACTIONS)[number];
export const DECLARATION_ACTION_LABELS: Record<DeclarationAction, string> = {
  left_room: 'Left the room',
  took_no_part: 'Took no part in the discussion or vote',
  spoke_then_left: 'Spoke as a member of the public, then left',
  stayed: 'Stayed and took part',
};

export const ITEM_OUTCOMES = ['considered', 'deferred', 'withdrawn', 'urgent'] as const;
export type ItemOutcome = (typeof ITEM_OUTCOMES)[number];
export const ITEM_OUTCOME_LABELS: Record<ItemOutcome, string> = {
  considered: 'Considered',
  deferred: 'Deferred',
  withdrawn: 'Withdrawn',
  urgent: 'Taken as urgent',
};

export const VOTES = ['for', 'against', 'abstained'] as const;
export type Vote = (typeof VOTES)[number];
export const VOTE_LABELS: Record<Vote, string> = { for: 'For', against: 'Against', abstained: 'Abstained' };
