/**
 * Changing a meeting's agenda: add, edit, remove and reorder items and sub-items, each change
 * and its change-log entries in one transaction. Rules kept here:
 * - An item added while the agenda is published is a late item: it needs the reason it is urgent
 *   (the chair's ruling is recorded in the minutes), and it is marked as added after publication.
 * - Nothing changes once the meeting has been held.
 * - Sub-items are one level deep and take their item's part and Schedule 12A paragraph (kept in
 *   step when the item changes): exempt material that differs belongs in its own Part II item.
 * - A new top-level item goes before the closing standing items (any other business, date of
 *   next meeting), so the agenda keeps its usual shape; reorder moves it anywhere.
 */
import type { AgendaItem } from '../../../shared/model/entities';
import {
  agendaItemInput,
  agendaItemUpdateInput,
  agendaReorderInput,
  type AgendaItemInput,
  type AgendaItemUpdateInput,
} from '../../../shared/model/schemas';
import type { z } from 'zod';
import { deleteRow, insertRow, updateRow } from '../db/audit';
import { newId } from '../db/ids';
import { group, groupIds, nextPosition, renumber, reorderRows, requireId, writePrinciples, type PrincipleLinks } from '../db/rows';
import { AppError } from '../errors';
import type { Workspace } from '../workspace';
import { deleteItemAttachments } from '../attachments/mutations';
import { agendaItem, itemRow, meetingAgenda } from './agenda';
import { requireEditableMeeting } from './rows';
import type { Agenda } from '../../../shared/model/entities';

const LATE_MESSAGE =
  'The agenda has been published, so this is a late item: say why it is urgent (the chair must agree, and the reason is recorded in the minutes).';

const PRINCIPLES: PrincipleLinks = { table: 'agenda_item_principles', key: 'item_id', entity: 'agenda_item' };

/** One level of a meeting's agenda: its top-level items (parent null), or one item's sub-items. */
const level = (meetingId: string, parentId: string | null) => group('agenda_items', 'meeting_id = ? AND parent_id IS ?', meetingId, parentId);

function checkPriority(ws: Workspace, priorityId: string | null): void {
  requireId(ws, 'priorities', priorityId, 'The priority chosen no longer exists.', { priorityId: 'Choose a priority, or none.' });
}

type Fields = Pick<z.output<typeof agendaItemInput>, 'title' | 'purpose' | 'presenter' | 'reportAuthor' | 'minutes' | 'priorityId' | 'publicTitle' | 'recommendation'>;

const columns = (i: Fields) => ({
  title: i.title,
  purpose: i.purpose,
  presenter: i.presenter,
  report_author: i.reportAuthor,
  minutes: i.minutes,
  priority_id: i.priorityId,
  public_title: i.publicTitle,
  recommendation: i.recommendation,
});

export function addAgendaItem(ws: Workspace, input: AgendaItemInput, today: string): AgendaItem {
  const i = agendaItemInput.parse(input);
  const meeting = requireEditableMeeting(ws, i.meetingId);
  checkPriority(ws, i.priorityId);
  const late = meeting.status === 'published';
  if (late && i.urgencyReason === '') throw new AppError('invalid_input', LATE_MESSAGE, { urgencyReason: 'Say why the item is urgent.' });
  let part: 1 | 2 = i.part;
  let paragraph = i.exemptParagraph;
  if (i.parentId) {
    const parent = itemRow(ws, i.parentId);
    if (parent.meeting_id !== i.meetingId) throw new AppError('conflict', 'That item belongs to another meeting.');
    if (parent.parent_id !== null) throw new AppError('invalid_input', 'Sub-items go one level deep: add this under the main item instead.', { parentId: 'Choose a main item.' });
    if (i.part === 2 && parent.part === 1) {
      throw new AppError('invalid_input', 'A sub-item is in the same part as its item: make the exempt business its own Part II item.', { part: 'A sub-item takes its item’s part.' });
    }
    part = parent.part;
    paragraph = parent.exempt_paragraph;
  }
  const id = newId();
  ws.tx(() => {
    let position: number;
    if (i.parentId) {
      position = nextPosition(ws, level(i.meetingId, i.parentId));
    } else {
      // A Part I item goes before the first closing standing item (any other business, date of next
      // meeting) and before Part II; a Part II item goes last, after the closing items, where the
      // press and public are excluded. Whatever follows the new place shifts down one.
      const firstClosing =
        part === 2
          ? { p: null }
          : (ws.stmt('SELECT min(position) AS p FROM agenda_items WHERE meeting_id = ? AND parent_id IS NULL AND (closing = 1 OR part = 2)').get(i.meetingId) as { p: number | null });
      if (firstClosing.p === null) {
        position = nextPosition(ws, level(i.meetingId, null));
      } else {
        position = firstClosing.p;
        const after = ws.stmt('SELECT id, position FROM agenda_items WHERE meeting_id = ? AND parent_id IS NULL AND position >= ? ORDER BY position DESC').all(i.meetingId, position) as { id: string; position: number }[];
        for (const r of after) updateRow(ws, 'agenda_items', 'agenda_item', r.id, { position: r.position + 1 });
      }
    }
    insertRow(ws, 'agenda_items', 'agenda_item', {
      id,
      meeting_id: i.meetingId,
      parent_id: i.parentId,
      position,
      standing_key: null,
      closing: 0,
      ...columns(i),
      part,
      exempt_paragraph: paragraph,
      added_after_publication: late ? 1 : 0,
      urgency_reason: i.urgencyReason,
    });
    writePrinciples(ws, PRINCIPLES, id, i.principles);
  });
  return agendaItem(ws, id, today);
}

export function updateAgendaItem(ws: Workspace, input: AgendaItemUpdateInput, today: string): AgendaItem {
  const i = agendaItemUpdateInput.parse(input);
  const row = itemRow(ws, i.id);
  requireEditableMeeting(ws, row.meeting_id);
  checkPriority(ws, i.priorityId);
  if (row.added_after_publication === 1 && i.urgencyReason === '') {
    throw new AppError('invalid_input', 'This item was added after the agenda was published: keep the reason it is urgent.', { urgencyReason: 'Say why the item is urgent.' });
  }
  const isSub = row.parent_id !== null;
  const parent = isSub ? itemRow(ws, row.parent_id as string) : null;
  const part = parent ? parent.part : i.part;
  const paragraph = parent ? parent.exempt_paragraph : i.exemptParagraph;
  ws.tx(() => {
    updateRow(ws, 'agenda_items', 'agenda_item', i.id, { ...columns(i), part, exempt_paragraph: paragraph, urgency_reason: i.urgencyReason });
    if (!isSub) {
      const kids = ws.stmt('SELECT id FROM agenda_items WHERE parent_id = ?').all(i.id) as { id: string }[];
      for (const k of kids) updateRow(ws, 'agenda_items', 'agenda_item', k.id, { part, exempt_paragraph: paragraph });
    }
    writePrinciples(ws, PRINCIPLES, i.id, i.principles);
  });
  return agendaItem(ws, i.id, today);
}

/** Deletes an item, its sub-items, their attachments and principle links, each logged. In a transaction. */
export function deleteItemTree(ws: Workspace, id: string): void {
  const kids = ws.stmt('SELECT id FROM agenda_items WHERE parent_id = ?').all(id) as { id: string }[];
  for (const k of kids) deleteItemTree(ws, k.id);
  deleteItemAttachments(ws, id);
  writePrinciples(ws, PRINCIPLES, id, []);
  // Actions that arose from it stay in the log, from its meeting still, no longer from the item.
  for (const actionId of ws.stmt('SELECT id FROM actions WHERE source_item_id = ?').pluck().all(id) as string[]) {
    updateRow(ws, 'actions', 'action', actionId, { source_item_id: null });
  }
  deleteRow(ws, 'agenda_items', 'agenda_item', id);
}

/** Removes an item (and its sub-items); the items after it close up. */
export function removeAgendaItem(ws: Workspace, id: string, today: string): Agenda {
  const row = itemRow(ws, id);
  requireEditableMeeting(ws, row.meeting_id);
  ws.tx(() => {
    deleteItemTree(ws, id);
    renumber(ws, level(row.meeting_id, row.parent_id), 'agenda_item');
  });
  return meetingAgenda(ws, row.meeting_id, today);
}

/** Puts the items of one level (top level, or one item's sub-items) in the order given. */
export function reorderAgenda(ws: Workspace, input: z.input<typeof agendaReorderInput>, today: string): Agenda {
  const r = agendaReorderInput.parse(input);
  requireEditableMeeting(ws, r.meetingId);
  if (r.parentId) {
    const parent = itemRow(ws, r.parentId);
    if (parent.meeting_id !== r.meetingId) throw new AppError('conflict', 'That item belongs to another meeting.');
  }
  reorderRows(ws, 'agenda_items', 'agenda_item', groupIds(ws, level(r.meetingId, r.parentId)), r.ids);
  return meetingAgenda(ws, r.meetingId, today);
}
