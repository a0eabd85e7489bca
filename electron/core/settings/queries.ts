import type { EntityCounts, Settings, WorkspaceSummary } from '../../../shared/model/entities';
import { requireRow, type Workspace } from '../workspace';
import { toSettings, type SettingsRow } from './rows';

export function getSettings(ws: Workspace): Settings {
  return toSettings(requireRow(ws.stmt('SELECT * FROM workspace_settings WHERE id = 1').get() as SettingsRow | undefined, 'settings record'));
}

/** Which file is open, at which schema version, for which council and board. */
export function workspaceSummary(ws: Workspace): WorkspaceSummary {
  const s = getSettings(ws);
  const summary: WorkspaceSummary = { path: ws.path, schemaVersion: ws.schemaVersion, councilName: s.councilName, boardName: s.boardName };
  const member = ws.stmt("SELECT p.name FROM exchange_identity e LEFT JOIN people p ON p.id = e.member_person_id WHERE e.role = 'member'").get() as { name: string | null } | undefined;
  if (member) summary.memberName = member.name ?? 'a member';
  return summary;
}

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
