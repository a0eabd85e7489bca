import type { EntityCounts } from '../../shared/model/entities';
import type { Workspace } from './workspace';

const TABLES: Record<keyof EntityCounts, string> = {
  people: 'people',
  bodies: 'bodies',
  strategies: 'strategies',
  priorities: 'priorities',
  actions: 'actions',
  actionUpdates: 'action_updates',
  pledges: 'pledges',
  meetings: 'meetings',
  agendaItems: 'agenda_items',
  attachments: 'attachments',
  changeLog: 'change_log',
};

/** How many of each kind of record the workspace holds. */
export function countEntities(ws: Workspace): EntityCounts {
  const out = {} as EntityCounts;
  for (const [key, table] of Object.entries(TABLES) as [keyof EntityCounts, string][]) {
    out[key] = (ws.stmt(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  }
  return out;
}
