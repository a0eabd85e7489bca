/** Records as they cross the contract (camelCase, dates as YYYY-MM-DD, stamps as ISO 8601). */
import type {
  ActionSource,
  ActionStatus,
  AgendaPart,
  BodyKind,
  BodyRole,
  ItemPurpose,
  MeetingKind,
  MeetingStatus,
  MinuteNumbering,
  MinutesStatus,
  PersonKind,
  PledgeAudience,
  Rag,
  StandingKey,
  StrategyStatus,
} from './enums';
import type { PrincipleCode } from './principles';

export interface Stamped {
  createdAt: string;
  updatedAt: string;
  updatedBy: string;
}

export interface Settings extends Stamped {
  councilName: string;
  boardName: string;
  clerkName: string;
  clerkPhone: string;
  clerkEmail: string;
  reviewIntervalDays: number;
  /** How minutes are numbered: as on the agenda, or running through the municipal year. */
  minuteNumbering: MinuteNumbering;
}

export interface Person extends Stamped {
  id: string;
  name: string;
  kind: PersonKind;
  roleTitle: string;
  organisation: string;
  email: string;
  active: boolean;
}

export interface BodyMember {
  personId: string;
  name: string;
  role: BodyRole;
}

export interface Body extends Stamped {
  id: string;
  name: string;
  kind: BodyKind;
  chairRole: string;
  members: BodyMember[];
}

export interface Strategy extends Stamped {
  id: string;
  title: string;
  periodStart: string;
  periodEnd: string;
  status: StrategyStatus;
  vision: string;
}

export interface Priority extends Stamped {
  id: string;
  strategyId: string;
  number: number;
  title: string;
  description: string;
  why: string;
  what: string;
  how: string;
  leadBodyId: string | null;
  leadBodyName: string | null;
}

export interface Action extends Stamped {
  id: string;
  priorityId: string | null;
  priorityNumber: number | null;
  priorityTitle: string | null;
  reference: string;
  title: string;
  description: string;
  ownerId: string | null;
  ownerName: string | null;
  leadBodyId: string | null;
  leadBodyName: string | null;
  dueDate: string | null;
  status: ActionStatus;
  principles: PrincipleCode[];
  source: ActionSource;
  /** The board meeting it came from (source "meeting"), and that meeting's date. */
  sourceMeetingId: string | null;
  sourceMeetingDate: string | null;
  /** The agenda item of that meeting it arose from (an action arising in the minutes), and its number on the agenda. */
  sourceItemId: string | null;
  sourceItemNumber: string | null;
  position: number;
}

/** An action with the values derived from its updates and today's date. */
export interface ActionRow extends Action {
  /** The latest update's RAG, or null when there is no update yet. */
  rag: Rag | null;
  latestUpdateDate: string | null;
  latestUpdateText: string | null;
  overdue: boolean;
  stale: boolean;
}

export interface ActionUpdate {
  id: string;
  actionId: string;
  date: string;
  text: string;
  authorId: string | null;
  authorName: string | null;
  rag: Rag;
  status: ActionStatus;
  createdAt: string;
  createdBy: string;
}

export interface Pledge extends Stamped {
  id: string;
  heading: string;
  promise: string;
  audience: PledgeAudience;
  position: number;
}

export type ChangeOperation = 'insert' | 'update' | 'delete';

/** One entry of the append-only audit trail. */
export interface ChangeLogEntry {
  seq: number;
  entity: string;
  entityId: string;
  operation: ChangeOperation;
  /** field name -> [old, new] (old is null on insert, new is null on delete). */
  changes: Record<string, [unknown, unknown]>;
  at: string;
  actor: string;
}

export interface WorkspaceSummary {
  path: string;
  schemaVersion: number;
  councilName: string;
  boardName: string;
  /**
   * Set only in a member's workspace (opened from a kit): the member's name. The board's records
   * are read-only there; the app offers the member's visits, homes and papers only.
   */
  memberName?: string;
  /** Set only on the answer to opening: what PanelPack did beside the file (a -wal set aside), in sentences. */
  notices?: string[];
  /** Something the clerk should know about this opening, e.g. that the automatic backup failed or what a restore did. */
  notice?: string;
}

export interface EntityCounts {
  people: number;
  bodies: number;
  strategies: number;
  priorities: number;
  actions: number;
  actionUpdates: number;
  pledges: number;
  meetings: number;
  agendaItems: number;
  attachments: number;
  changeLog: number;
}

export interface ActionListResult {
  rows: ActionRow[];
  /** How many actions match; with `totalCapped`, more than this many do (text filters). */
  total: number;
  totalCapped: boolean;
  today: string;
}

export interface HomeSummary {
  today: string;
  reviewIntervalDays: number;
  totals: { actions: number; open: number; overdue: number; stale: number };
  byRag: { red: number; amber: number; green: number; none: number };
  overdue: ActionRow[];
  stale: ActionRow[];
  coverage: PrincipleCoverage[];
}

export interface PrincipleCoverage {
  principle: PrincipleCode;
  /** Open and complete actions tagged with this principle (dropped ones do not count). */
  actions: number;
  /** Of those, actions with at least one update in the last 12 months. */
  evidenced: number;
}

export interface CoverageMatrix {
  priorities: { id: string; number: number; title: string }[];
  /** counts[priorityIndex][principleIndex] */
  counts: number[][];
  /** Actions with no priority, per principle. */
  unassigned: number[];
}

export interface Meeting extends Stamped {
  id: string;
  bodyId: string;
  bodyName: string;
  meetingDate: string;
  /** HH:MM, 24-hour clock, UK local time. */
  startTime: string;
  venue: string;
  kind: MeetingKind;
  /** Why the papers went out after the deadline (empty when they were on time, or none was given). */
  lateReason: string;
  themePriorityId: string | null;
  themePriorityNumber: number | null;
  themePriorityTitle: string | null;
  status: MeetingStatus;
  publishedOn: string | null;
  /** The last day to publish the agenda: five clear days before the meeting (shared/logic/publication.ts). */
  publishBy: string;
  /** Today is after publishBy and the agenda is still a draft. */
  deadlinePassed: boolean;
  /** Agenda items, sub-items included. */
  itemCount: number;
  /** Items in Part II (exempt). */
  exemptItemCount: number;
  /** The meeting's minutes: "none" until they are started. */
  minutesStatus: MinutesStatus | 'none';
}

export interface Attachment extends Stamped {
  id: string;
  itemId: string;
  fileSha256: string;
  filename: string;
  title: string;
  pages: number;
  size: number;
  position: number;
}

/**
 * What the page sanitiser takes out of a report, counted by kind (electron/core/packs/sanitise.ts).
 * Every pack is built from sanitised pages; at attach time the same counts tell the clerk.
 */
export interface RemovedCounts {
  /** JavaScript: page-open and document-open scripts, form scripts, the document's script tree. */
  scripts: number;
  /** Launch actions (start a program or open a file on the reader's computer). */
  launches: number;
  /** SubmitForm, ResetForm and ImportData actions. */
  formActions: number;
  /** GoToR, GoToE and remote thread actions: jumps into other files. */
  remoteLinks: number;
  /** URI links that are not http:, https: or mailto: (javascript:, file: …). */
  unsafeLinks: number;
  /** RichMedia, Movie, Sound, Rendition, Screen and 3D annotations and actions. */
  media: number;
  /** Embedded files (the EmbeddedFiles tree, associated files) and file-attachment annotations. */
  embeddedFiles: number;
  /** Forms (fields flattened: their filled-in appearance is drawn into the page). */
  forms: number;
  /** Sticky notes, comments and other markup annotations (with their pop-ups). */
  comments: number;
  /** Actions and annotations of kinds PanelPack does not know. */
  other: number;
}

/** An attached report, with what the sanitiser removes from it in every pack. */
export interface AttachedReport extends Attachment {
  removed: RemovedCounts;
  /** "Removed 2 scripts and 1 form from this report."; null when nothing active was found. */
  removedSummary: string | null;
  /** "Pages 3 and 7 have images that may print blank. …"; null when every page decodes. */
  damageSummary: string | null;
}

export interface AgendaItem extends Stamped {
  kind: 'item';
  id: string;
  meetingId: string;
  parentId: string | null;
  /** Computed from the order: "5", or "5.1" for a sub-item. Never stored. */
  number: string;
  position: number;
  standingKey: StandingKey | null;
  title: string;
  purpose: ItemPurpose;
  presenter: string;
  reportAuthor: string;
  minutes: number | null;
  priorityId: string | null;
  priorityNumber: number | null;
  priorityTitle: string | null;
  part: AgendaPart;
  exemptParagraph: number | null;
  publicTitle: string;
  recommendation: string;
  addedAfterPublication: boolean;
  urgencyReason: string;
  /** The title as the agenda prints it: a standing item names the meeting it is about ("Minutes of the meeting held on …"). */
  printedTitle: string;
  principles: PrincipleCode[];
  attachments: Attachment[];
}

/**
 * "Exclusion of the press and public": derived, never stored. It stands before the first Part II
 * item, takes a number like any item, and cites every Schedule 12A paragraph the Part II items name.
 */
export interface ExclusionEntry {
  kind: 'exclusion';
  number: string;
  title: string;
  paragraphs: number[];
  /** The resolution the board is asked to pass, in the usual words. */
  resolution: string;
}

export type AgendaEntry = AgendaItem | ExclusionEntry;

export interface Agenda {
  meeting: Meeting;
  /** In agenda order: each item followed by its sub-items, the exclusion before Part II. */
  entries: AgendaEntry[];
  /** Minutes allocated across every item that has a time. */
  totalMinutes: number;
  /** Things a clerk should look at before publishing (a Part I item after Part II, say). */
  warnings: string[];
}

export interface AgendaTemplateItem {
  /** null for the built-in default, not yet saved for this body. */
  id: string | null;
  position: number;
  standingKey: StandingKey;
  title: string;
  purpose: ItemPurpose;
}

/** A body's meeting settings: its quorum and the standing items every agenda starts with. */
export interface BodyMeetingSettings {
  bodyId: string;
  bodyName: string;
  quorum: number | null;
  /** True while the body uses the built-in standing items (nothing saved yet). */
  templateIsDefault: boolean;
  template: AgendaTemplateItem[];
}

export type { ForwardPlanEntry, ForwardPlanItem, Holiday, Publication, PublishResult } from './meetingRecords';
