/** The action log's rows as SQLite returns them, and their contract types. */
import type { ActionRow, ActionUpdate } from '../../../shared/model/entities';
import type { ActionSource, ActionStatus, Rag } from '../../../shared/model/enums';
import type { PrincipleCode } from '../../../shared/model/principles';

export interface ActionDbRow {
  id: string;
  priority_id: string | null;
  priority_number: number | null;
  priority_title: string | null;
  position: number;
  reference: string;
  title: string;
  description: string;
  owner_id: string | null;
  owner_name: string | null;
  lead_body_id: string | null;
  lead_body_name: string | null;
  due_date: string | null;
  status: ActionStatus;
  source: ActionSource;
  source_meeting_id: string | null;
  source_meeting_date: string | null;
  source_item_id: string | null;
  source_item_number: string | null;
  principles: string | null;
  rag: Rag | null;
  latest_update_date: string | null;
  latest_update_text: string | null;
  overdue: number;
  stale: number;
  created_at: string;
  updated_at: string;
  updated_by: string;
}

export function toAction(r: ActionDbRow): ActionRow {
  return {
    id: r.id,
    priorityId: r.priority_id,
    priorityNumber: r.priority_number,
    priorityTitle: r.priority_title,
    reference: r.reference,
    title: r.title,
    description: r.description,
    ownerId: r.owner_id,
    ownerName: r.owner_name,
    leadBodyId: r.lead_body_id,
    leadBodyName: r.lead_body_name,
    dueDate: r.due_date,
    status: r.status,
    principles: (r.principles ?? '').split('').sort() as PrincipleCode[],
    source: r.source,
    sourceMeetingId: r.source_meeting_id,
    sourceMeetingDate: r.source_meeting_date,
    sourceItemId: r.source_item_id,
    sourceItemNumber: r.source_item_number,
    position: r.position,
    rag: r.rag,
    latestUpdateDate: r.latest_update_date,
    latestUpdateText: r.latest_update_text,
    overdue: r.overdue === 1,
    stale: r.stale === 1,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
  };
}

export interface UpdateDbRow {
  id: string;
  action_id: string;
  update_date: string;
  text: string;
  author_id: string | null;
  author_name: string | null;
  rag: Rag;
  status: ActionStatus;
  created_at: string;
  updated_by: string;
}

export function toUpdate(r: UpdateDbRow): ActionUpdate {
  return {
    id: r.id,
    actionId: r.action_id,
    date: r.update_date,
    text: r.text,
    authorId: r.author_id,
    authorName: r.author_name,
    rag: r.rag,
    status: r.status,
    createdAt: r.created_at,
    createdBy: r.updated_by,
  };
}

export interface ChangeDbRow {
  seq: number;
  entity: string;
  entity_id: string;
  operation: 'insert' | 'update' | 'delete';
  changes: string;
  at: string;
  actor: string;
}
