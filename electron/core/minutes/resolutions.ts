/**
 * Each item's resolutions ("RESOLVED: That …", numbered within the minute), their votes and the
 * votes members asked to have recorded, and the actions arising, which go straight into the
 * action log through its own writes (so its references, search and change log stay right).
 */
import type { z } from 'zod';
import type { ActionRow } from '../../../shared/model/entities';
import type { Resolution } from '../../../shared/model/minuteRecords';
import {
  actionArisingAddInput,
  actionArisingUpdateInput,
  recordedVoteInput,
  resolutionAddInput,
  resolutionReorderInput,
  resolutionUpdateInput,
} from '../../../shared/model/minutes';
import { createAction, deleteAction, updateAction } from '../actions/mutations';
import { getAction } from '../actions/queries';
import { deleteRow, insertRow, logLinkChange, updateRow } from '../db/audit';
import { newId } from '../db/ids';
import { AppError } from '../errors';
import type { Workspace } from '../workspace';
import { resolutionOf, resolutionsOfItem } from './queries';
import { writableItem, writableMinutes } from './rows';

function resolutionItem(ws: Workspace, id: string): string {
  const itemId = ws.stmt('SELECT item_id FROM resolutions WHERE id = ?').pluck().get(id) as string | undefined;
  if (itemId === undefined) throw new AppError('not_found', 'That resolution no longer exists. It may have been deleted.');
  return itemId;
}

const idsOfItem = (ws: Workspace, itemId: string): string[] => ws.stmt('SELECT id FROM resolutions WHERE item_id = ? ORDER BY position, id').pluck().all(itemId) as string[];

export function addResolution(ws: Workspace, input: z.input<typeof resolutionAddInput>): Resolution {
  const r = resolutionAddInput.parse(input);
  writableItem(ws, r.itemId);
  const id = newId();
  ws.tx(() => {
    const position = ws.stmt('SELECT coalesce(max(position), 0) + 1 FROM resolutions WHERE item_id = ?').pluck().get(r.itemId) as number;
    insertRow(ws, 'resolutions', 'resolution', { id, item_id: r.itemId, position, text: r.text });
  });
  return resolutionOf(ws, id);
}

/** Its text, or its vote: all three counts, or none. */
export function updateResolution(ws: Workspace, input: z.input<typeof resolutionUpdateInput>): Resolution {
  const { id, patch } = resolutionUpdateInput.parse(input);
  writableItem(ws, resolutionItem(ws, id));
  const columns: Record<string, unknown> = {};
  if (patch.text !== undefined) columns.text = patch.text;
  if (patch.vote !== undefined) {
    columns.votes_for = patch.vote?.for ?? null;
    columns.votes_against = patch.vote?.against ?? null;
    columns.votes_abstained = patch.vote?.abstained ?? null;
  }
  ws.tx(() => updateRow(ws, 'resolutions', 'resolution', id, columns));
  return resolutionOf(ws, id);
}

/** Deletes a resolution (and its recorded votes); the ones after it close up. */
export function deleteResolution(ws: Workspace, id: string): void {
  const itemId = resolutionItem(ws, id);
  writableItem(ws, itemId);
  ws.tx(() => {
    for (const v of ws.stmt('SELECT person_id, vote FROM recorded_votes WHERE resolution_id = ?').all(id) as { person_id: string; vote: string }[]) {
      logLinkChange(ws, 'resolution', id, `recorded_vote:${v.person_id}`, v.vote, null);
    }
    ws.stmt('DELETE FROM recorded_votes WHERE resolution_id = ?').run(id);
    deleteRow(ws, 'resolutions', 'resolution', id);
    idsOfItem(ws, itemId).forEach((r, i) => updateRow(ws, 'resolutions', 'resolution', r, { position: i + 1 }));
  });
}

export function reorderResolutions(ws: Workspace, input: z.input<typeof resolutionReorderInput>): Resolution[] {
  const { itemId, ids } = resolutionReorderInput.parse(input);
  writableItem(ws, itemId);
  const current = idsOfItem(ws, itemId);
  if ([...current].sort().join() !== [...ids].sort().join() || new Set(ids).size !== ids.length) {
    throw new AppError('conflict', 'The resolutions changed while you were reordering them. Reload and try again.');
  }
  ws.tx(() => ids.forEach((r, i) => updateRow(ws, 'resolutions', 'resolution', r, { position: i + 1 })));
  return resolutionsOfItem(ws, itemId);
}

/** A member's own vote, recorded at their request (they must be recorded as present); null removes it. */
export function recordVote(ws: Workspace, input: z.input<typeof recordedVoteInput>): Resolution {
  const v = recordedVoteInput.parse(input);
  const { meetingId } = writableItem(ws, resolutionItem(ws, v.resolutionId));
  const before = (ws.stmt('SELECT vote FROM recorded_votes WHERE resolution_id = ? AND person_id = ?').pluck().get(v.resolutionId, v.personId) as string | undefined) ?? null;
  if (v.vote !== null) {
    const present = ws.stmt("SELECT 1 FROM minute_attendance WHERE meeting_id = ? AND person_id = ? AND status = 'present'").get(meetingId, v.personId);
    if (!present) {
      const name = (ws.stmt('SELECT name FROM people WHERE id = ?').pluck().get(v.personId) as string | undefined) ?? 'That person';
      throw new AppError('invalid_input', `${name} is not recorded as present, so their vote cannot be recorded. Mark them present first.`, { personId: 'Choose a member who is present.' });
    }
  }
  if (before === v.vote) return resolutionOf(ws, v.resolutionId);
  ws.tx(() => {
    if (v.vote === null) ws.stmt('DELETE FROM recorded_votes WHERE resolution_id = ? AND person_id = ?').run(v.resolutionId, v.personId);
    else ws.stmt('INSERT INTO recorded_votes (resolution_id, person_id, vote) VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET vote = excluded.vote').run(v.resolutionId, v.personId, v.vote);
    logLinkChange(ws, 'resolution', v.resolutionId, `recorded_vote:${v.personId}`, before, v.vote);
  });
  return resolutionOf(ws, v.resolutionId);
}

/** An action arising from an item: into the action log, its source this meeting and item. */
export function addActionArising(ws: Workspace, input: z.input<typeof actionArisingAddInput>, today: string): ActionRow {
  const { itemId, action } = actionArisingAddInput.parse(input);
  const { meetingId } = writableItem(ws, itemId);
  const created = createAction(ws, { ...action, source: 'meeting', sourceMeetingId: meetingId, sourceItemId: itemId });
  return getAction(ws, created.id, today);
}

/** The action arising, if its minutes may still change. */
function arising(ws: Workspace, id: string, today: string): ActionRow {
  const a = getAction(ws, id, today);
  if (a.source !== 'meeting' || a.sourceMeetingId === null || a.sourceItemId === null) {
    throw new AppError('conflict', `Action ${a.reference} did not arise in the minutes of a meeting: change it in the action log.`);
  }
  writableMinutes(ws, a.sourceMeetingId);
  return a;
}

export function updateActionArising(ws: Workspace, input: z.input<typeof actionArisingUpdateInput>, today: string): ActionRow {
  const { id, action } = actionArisingUpdateInput.parse(input);
  const a = arising(ws, id, today);
  updateAction(ws, id, { ...action, source: 'meeting', sourceMeetingId: a.sourceMeetingId, sourceItemId: a.sourceItemId });
  return getAction(ws, id, today);
}

export function removeActionArising(ws: Workspace, id: string, today: string): void {
  arising(ws, id, today);
  deleteAction(ws, id);
}
