/** Writes to the action log; each runs in one transaction with its change-log entries. */
import type { ActionRow, ActionUpdate } from '../../../shared/model/entities';
import { actionInput, actionUpdateInput, type ActionInput, type ActionUpdateInput } from '../../../shared/model/schemas';
import { localToday } from '../../../shared/logic/dates';
import { deleteRow, insertRow, logLinkChange, updateRow } from '../db/audit';
import { newId } from '../db/ids';
import { reorderRows } from '../db/reorder';
import { AppError } from '../errors';
import type { Workspace } from '../workspace';
import { getAction, getUpdate } from './queries';

type ParsedAction = ReturnType<typeof actionInput.parse>;

function checkRefs(ws: Workspace, a: ParsedAction): void {
  if (a.priorityId && !ws.stmt('SELECT 1 FROM priorities WHERE id = ?').get(a.priorityId)) {
    throw new AppError('not_found', 'The priority chosen no longer exists.');
  }
  if (a.ownerId && !ws.stmt('SELECT 1 FROM people WHERE id = ?').get(a.ownerId)) {
    throw new AppError('not_found', 'The owner chosen no longer exists.');
  }
  if (a.leadBodyId && !ws.stmt('SELECT 1 FROM bodies WHERE id = ?').get(a.leadBodyId)) {
    throw new AppError('not_found', 'The lead board or group chosen no longer exists.');
  }
}

function principlesOf(ws: Workspace, actionId: string): string {
  return (ws.stmt('SELECT principle FROM action_principles WHERE action_id = ? ORDER BY principle').all(actionId) as { principle: string }[])
    .map((r) => r.principle)
    .join('');
}

function writePrinciples(ws: Workspace, actionId: string, next: string[]): void {
  const before = principlesOf(ws, actionId);
  const after = [...next].sort().join('');
  if (before === after) return;
  ws.stmt('DELETE FROM action_principles WHERE action_id = ?').run(actionId);
  const ins = ws.stmt('INSERT INTO action_principles (action_id, principle) VALUES (?, ?)');
  for (const p of after) ins.run(actionId, p);
  logLinkChange(ws, 'action', actionId, 'principles', before, after);
}

function nextPosition(ws: Workspace, priorityId: string | null): number {
  const r = ws.stmt('SELECT coalesce(max(position), 0) + 1 AS n FROM actions WHERE priority_id IS ?').get(priorityId) as { n: number };
  return r.n;
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
    const position = nextPosition(ws, a.priorityId);
    insertRow(ws, 'actions', 'action', {
      id,
      priority_id: a.priorityId,
      position,
      reference: a.reference || defaultReference(ws, a.priorityId, position),
      title: a.title,
      description: a.description,
      owner_id: a.ownerId,
      lead_body_id: a.leadBodyId,
      due_date: a.dueDate,
      status: a.status,
      source: a.source,
    });
    writePrinciples(ws, id, a.principles);
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
      position: moved ? nextPosition(ws, a.priorityId) : before.position,
      reference: a.reference || before.reference,
      title: a.title,
      description: a.description,
      owner_id: a.ownerId,
      lead_body_id: a.leadBodyId,
      due_date: a.dueDate,
      status: a.status,
      source: a.source,
    });
    writePrinciples(ws, id, a.principles);
  });
  return getAction(ws, id);
}

/** Deletes an action with its updates; every deleted row is recorded in the change log. */
export function deleteAction(ws: Workspace, id: string): void {
  getAction(ws, id);
  ws.tx(() => {
    const updates = ws.stmt('SELECT id FROM action_updates WHERE action_id = ?').all(id) as { id: string }[];
    for (const u of updates) deleteRow(ws, 'action_updates', 'action_update', u.id);
    writePrinciples(ws, id, []);
    deleteRow(ws, 'actions', 'action', id);
  });
}

export function reorderActions(ws: Workspace, priorityId: string | null, ids: string[]): void {
  const current = (ws.stmt('SELECT id FROM actions WHERE priority_id IS ? ORDER BY position').all(priorityId) as { id: string }[]).map((r) => r.id);
  reorderRows(ws, 'actions', 'action', current, ids);
}

/**
 * Adds a dated update with the author's RAG. The status given becomes the action's status, in the
 * same transaction, so the log shows both.
 */
export function addUpdate(ws: Workspace, input: ActionUpdateInput, today: string = localToday()): ActionUpdate {
  const u = actionUpdateInput.parse(input);
  const action = getAction(ws, u.actionId, today);
  if (u.date > today) throw new AppError('invalid_input', 'The date of the update cannot be in the future.', { date: 'The date of the update cannot be in the future.' });
  if (u.authorId && !ws.stmt('SELECT 1 FROM people WHERE id = ?').get(u.authorId)) {
    throw new AppError('not_found', 'The author chosen no longer exists.');
  }
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
