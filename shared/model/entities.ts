/** Records as they cross the contract (camelCase, dates as YYYY-MM-DD, stamps as ISO 8601). */
import type {
  ActionSource,
  ActionStatus,
  BodyKind,
  BodyRole,
  PersonKind,
  PledgeAudience,
  Rag,
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
}

export interface EntityCounts {
  people: number;
  bodies: number;
  strategies: number;
  priorities: number;
  actions: number;
  actionUpdates: number;
  pledges: number;
  changeLog: number;
}

export interface ActionListResult {
  rows: ActionRow[];
  total: number;
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
