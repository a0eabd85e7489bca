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
