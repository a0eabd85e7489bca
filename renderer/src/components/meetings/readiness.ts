/**
 * What a meeting still lacks before its papers go out:
 *   - blocking: what core's `meetings:readiness` reports (the venue unset, the papers late with no
 *     reason recorded, a late item with no reason for urgency); `meetings:publish` refuses while any
 *     remain, so the page and Home show the same list core enforces.
 *   - not blocking: an item other than a standing item with no report attached (it may be a verbal
 *     update, so this is only a reminder), worked out from the agenda here.
 */
import type { InjectionKey, Ref } from 'vue';
import type { Agenda, AgendaItem } from '@shared/model/entities';
import type { ReadinessProblem } from '@shared/model/publishing';

export interface Missing {
  field: ReadinessProblem['field'] | 'papers';
  message: string;
  itemId?: string;
  blocking: boolean;
}

export function missingForPublishing(agenda: Agenda, problems: readonly ReadinessProblem[]): Missing[] {
  const out: Missing[] = problems.map((p) => ({ ...p, blocking: true }));
  for (const i of agenda.entries) {
    if (i.kind === 'item' && i.standingKey === null && i.attachments.length === 0) {
      out.push({ field: 'papers', itemId: i.id, blocking: false, message: `${itemName(i)}, has no report attached.` });
    }
  }
  return out;
}

function itemName(i: AgendaItem): string {
  return `Item ${i.number}, ${i.title}`;
}

/** Where a problem is put right: the id of the field (or of the item's attach button) on the meeting page. */
export function targetId(meetingId: string, m: Missing): string {
  if (m.field === 'venue' || m.field === 'lateReason') return `mf-${meetingId}-${m.field}`;
  if (m.field === 'urgencyReason') return `if-${m.itemId ?? ''}-urgency`;
  return `att-${m.itemId ?? ''}-add`;
}

/** The meeting page's way to put a problem right: open the form it lives in and focus the field. */
export const FIX: InjectionKey<(m: Pick<Missing, 'field' | 'itemId'>) => void> = Symbol('fix');

/** Asks the agenda item `itemId` to open its form with focus on `focusId` (seq makes a repeat ask new). */
export const EDIT_ITEM: InjectionKey<Ref<{ itemId: string; focusId: string; seq: number } | null>> = Symbol('edit-item');
