/**
 * The forward plan: upcoming meetings with their theme and the substantive items planned so far
 * (the meeting's own items, not the standing ones), numbered as on the agenda.
 */
import type { AgendaItem, ForwardPlanEntry } from '../../../shared/model/entities';
import type { Workspace } from '../workspace';
import { meetingAgenda } from './agenda';
import { listMeetings } from './queries';

export function forwardPlan(ws: Workspace, input: { bodyId?: string }, today: string): ForwardPlanEntry[] {
  return listMeetings(ws, { bodyId: input.bodyId, from: today }, today).map((meeting) => {
    const items = meetingAgenda(ws, meeting.id, today)
      .entries.filter((e): e is AgendaItem => e.kind === 'item' && e.parentId === null && e.standingKey === null)
      .map((e) => ({
        id: e.id,
        number: e.number,
        title: e.title,
        publicTitle: e.publicTitle,
        part: e.part,
        purpose: e.purpose,
        presenter: e.presenter,
        priorityTitle: e.priorityTitle,
      }));
    return { meeting, items };
  });
}
