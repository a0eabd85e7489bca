/**
 * What a meeting still lacks before its papers go out, worked out in the renderer from the agenda
 * it already has (the same shape as core's coming `meetings:readiness`: field, message, item).
 *   - blocking: the venue unset (the front sheet would say "To be confirmed"), or a late item with
 *     no reason for urgency (the agenda prints it). Publishing waits until they are put right.
 *   - not blocking: an item other than a standing item with no report attached (it may be a verbal
 *     update, so this is only a reminder).
 */
import type { InjectionKey, Ref } from 'vue';
import type { Agenda, AgendaItem } from '../../../../shared/model/entities';

export interface Missing {
  field: 'venue' | 'urgencyReason' | 'papers';
  message: string;
  itemId?: string;
  blocking: boolean;
}

function itemName(i: AgendaItem): string {
  return `Item ${i.number}, ${i.title}`;
}

export function missingForPublishing(agenda: Agenda): Missing[] {
  const out: Missing[] = [];
  const items = agenda.entries.filter((e): e is AgendaItem => e.kind === 'item');
  if (!agenda.meeting.venue.trim()) {
    out.push({ field: 'venue', blocking: true, message: 'Set the venue: without it the front sheet says "To be confirmed".' });
  }
  for (const i of items) {
    if (i.addedAfterPublication && !i.urgencyReason.trim()) {
      out.push({ field: 'urgencyReason', itemId: i.id, blocking: true, message: `${itemName(i)}, is a late item: record the chair's reason for urgency.` });
    }
  }
  for (const i of items) {
    if (i.standingKey === null && i.attachments.length === 0) {
      out.push({ field: 'papers', itemId: i.id, blocking: false, message: `${itemName(i)}, has no report attached.` });
    }
  }
  return out;
}

/** Where a problem is put right: the id of the field (or of the item's attach button) on the meeting page. */
export function targetId(meetingId: string, m: Missing): string {
  if (m.field === 'venue') return `mf-${meetingId}-venue`;
  if (m.field === 'urgencyReason') return `if-${m.itemId ?? ''}-urgency`;
  return `att-${m.itemId ?? ''}-add`;
}

/** The meeting page's way to put a problem right: open the form it lives in and focus the field. */
export const FIX: InjectionKey<(m: Pick<Missing, 'field' | 'itemId'>) => void> = Symbol('fix');

/** Asks the agenda item `itemId` to open its form with focus on `focusId` (seq makes a repeat ask new). */
export const EDIT_ITEM: InjectionKey<Ref<{ itemId: string; focusId: string; seq: number } | null>> = Symbol('edit-item');
