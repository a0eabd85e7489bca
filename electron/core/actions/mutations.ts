/** Writes to the action log; each runs in one transaction with its change-log entries. */
import type { ActionRow, ActionUpdate } from '../../../shared/model/entities';
import { actionInput, actionUpdateInput, type ActionInput, type ActionUpdateInput } from '../../../shared/model/schemas';
import { localToday } from '../../../shared/logic/dates';
import { deleteRow, insertRow, updateRow } from '../db/audit';
import { deleteActionEvidence } from '../evidenceFiles/mutations';
import { newId } from '../db/ids';
import { group, groupIds, nextPosition, reorderRows, requireId, writePrinciples, type PrincipleLinks } from '../db/rows';
import { AppError } from '../errors';
import type { Workspace } from '../workspace';
import { getAction, getUpdate } from './queries';

type ParsedAction = ReturnType<typeof actionInput.parse>;

const PRINCIPLES: PrincipleLinks = { table: 'action_principles', key: 'action_id', entity: 'action' };

/** A priority's actions (or, with null, the actions under no priority). */
const inPriority = (priorityId: string | null) => group('actions', 'priority_id IS ?', priorityId);

function checkRefs(ws: Workspace, a: ParsedAction): void {
  requireId(ws, 'priorities', a.priorityId, 'The priority chosen no longer exists.');
  requireId(ws, 'people', a.ownerId, 'The owner chosen no longer exists.');
  requireId(ws, 'bodies', a.leadBodyId, 'The lead board or group chosen no longer exists.');
  requireId(ws, 'meetings', a.sourceMeetingId, 'The meeting chosen no longer exists.', { sourceMeetingId: 'Choose a meeting, or none.' });
}

/**
 * The agenda item an action arose from: kept only with its meeting. Left out (the action log's
 * form), an update keeps the item it had while the action keeps that meeting.
 */
function sourceItem(ws: Workspace, a: ParsedAction, before: string | null): string | null {
  const meetingId = a.source === 'meeting' ? a.sourceMeetingId : null;
  const itemId = a.sourceItemId === undefined ? before : a.sourceItemId;
  if (meetingId === null || itemId === null) return null;
  const item = ws.stmt('SELECT meeting_id FROM agenda_items WHERE id = ?').get(itemId) as { meeting_id: string } | undefined;
  if (!item) {
    if (a.sourceItemId === undefined) return null;
    throw new AppError('not_found', 'The agenda item the action arose from no longer exists.');
  }
  if (item.meeting_id !== meetingId) {
    if (a.sourceItemId === undefined) return null;
    throw new AppError('invalid_input', 'The agenda item the action arose from is not on the agenda of the meeting chosen.', { sourceMeetingId: 'Choose the meeting of that item.' });
  }
  return itemId;
}

/** The columns an action's form sets; a source meeting is kept only for an action from a board meeting. */
function formColumns(a: ParsedAction): Record<string, unknown> {
  return {
    title: a.title,
    description: a.description,
    owner_id: a.ownerId,
    lead_body_id: a.leadBodyId,
    due_date: a.dueDate,
    status: a.status,
    source: a.source,
    source_meeting_id: a.source === 'meeting' ? a.sourceMeetingId : null,
  };
}

/** "2.4" for the fourth action of priority 2, unless the clerk typed a reference. */
function defaultReference(ws: Workspace, priorityId: string | null, position: number): string {
  if (!priorityId) return `A${position}`;
  const p = ws.stmt('SELECT position FROM priorities WHERE id = ?').get(priorityId) as { position: number };
  return `${p.position}.${position}`;
}

export function createAction(ws: Workspace, input: ActionInput): ActionRow {
  const a = actionInput.parse(input);
  checkRefs(ws, a);
  const id = newId();
  ws.tx(() => {
    const position = nextPosition(ws, inPriority(a.priorityId));
    insertRow(ws, 'actions', 'action', {
      id,
      priority_id: a.priorityId,
      position,
      reference: a.reference || defaultReference(ws, a.priorityId, position),
      ...formColumns(a),
      source_item_id: sourceItem(ws, a, null),
    });
    writePrinciples(ws, PRINCIPLES, id, a.principles);
  });
  return getAction(ws, id);
}

export function updateAction(ws: Workspace, id: string, input: ActionInput): ActionRow {
  const a = actionInput.parse(input);
  const before = getAction(ws, id);
  checkRefs(ws, a);
  ws.tx(() => {
    const moved = before.priorityId !== a.priorityId;
    updateRow(ws, 'actions', 'action', id, {
      priority_id: a.priorityId,
      position: moved ? nextPosition(ws, inPriority(a.priorityId)) : before.position,
      reference: a.reference || before.reference,
      ...formColumns(a),
      source_item_id: sourceItem(ws, a, before.sourceItemId),
    });
    writePrinciples(ws, PRINCIPLES, id, a.principles);
  });
  return getAction(ws, id);
}

/** Deletes an action with its updates and evidence files; every deleted row is recorded in the change log. */
export function deleteAction(ws: Workspace, id: string): void {
  getAction(ws, id);
  ws.tx(() => {
    // First: the files on its updates would otherwise go with them by cascade, unlogged.
    deleteActionEvidence(ws, id);
    const updates = ws.stmt('SELECT id FROM action_updates WHERE action_id = ?').all(id) as { id: string }[];
    for (const u of updates) deleteRow(ws, 'action_updates', 'action_update', u.id);
    writePrinciples(ws, PRINCIPLES, id, []);
    deleteRow(ws, 'actions', 'action', id);
  });
}

export function reorderActions(ws: Workspace, priorityId: string | null, ids: string[]): void {
  reorderRows(ws, 'actions', 'action', groupIds(ws, inPriority(priorityId)), ids);
}

/**
 * Adds a dated update with the author's RAG. The status given becomes the action's status, in the
 * same transaction, so the log shows both.
 */
export function addUpdate(ws: Workspace, input: ActionUpdateInput, today: string = localToday()): ActionUpdate {
  const u = actionUpdateInput.parse(input);
  const action = getAction(ws, u.actionId, today);
  if (u.date > today) throw new AppError('invalid_input', 'The date of the update cannot be in the future.', { date: 'The date of the update cannot be in the future.' });
  requireId(ws, 'people', u.authorId, 'The author chosen no longer exists.');
  const id = newId();
  ws.tx(() => {
    insertRow(ws, 'action_updates', 'action_update', {
      id,
      action_id: u.actionId,
      update_date: u.date,
      text: u.text,
      author_id: u.authorId,
      rag: u.rag,
      status: u.status,
    });
    if (action.status !== u.status) updateRow(ws, 'actions', 'action', u.actionId, { status: u.status });
  });
  return getUpdate(ws, id);
}
