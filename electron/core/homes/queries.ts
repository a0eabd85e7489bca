import type { Home, RotaEntry } from '../../../shared/model/visits';
import { AppError } from '../errors';
import { requireRow, type Workspace } from '../workspace';
import { HOME_SELECT, ROTA_SELECT, toHome, toRota, type HomeRow, type RotaRow } from './rows';

export function listHomes(ws: Workspace, today: string): Home[] {
  return (ws.stmt(`${HOME_SELECT} ORDER BY h.active DESC, h.name COLLATE NOCASE, h.id`).all({ today }) as HomeRow[]).map(toHome);
}

export function getHome(ws: Workspace, id: string, today: string): Home {
  return toHome(requireRow(ws.stmt(`${HOME_SELECT} WHERE h.id = @id`).get({ id, today }) as HomeRow | undefined, 'home'));
}

/** A home by its name (any case), for the CLI and imports; a plain error naming the homes there are. */
export function homeByName(ws: Workspace, name: string): string {
  const row = ws.stmt('SELECT id FROM homes WHERE name = ? COLLATE NOCASE').get(name.trim()) as { id: string } | undefined;
  if (row) return row.id;
  const names = (ws.stmt('SELECT name FROM homes ORDER BY name COLLATE NOCASE').pluck().all() as string[]).map((n) => `"${n}"`);
  throw new AppError('not_found', names.length ? `There is no home called "${name}". The homes are ${names.join(', ')}.` : `There is no home called "${name}": add the home first.`, { home: 'Choose a home.' });
}

export function listRota(ws: Workspace, filter: { homeId?: string; personId?: string; from?: string; to?: string } = {}): RotaEntry[] {
  const rows = ws
    .stmt(
      `${ROTA_SELECT} WHERE (@home IS NULL OR r.home_id = @home) AND (@person IS NULL OR r.person_id = @person)
        AND (@from IS NULL OR r.month >= @from) AND (@to IS NULL OR r.month <= @to)
       ORDER BY r.month, h.name COLLATE NOCASE, p.name COLLATE NOCASE`,
    )
    .all({ home: filter.homeId ?? null, person: filter.personId ?? null, from: filter.from ?? null, to: filter.to ?? null }) as RotaRow[];
  return rows.map(toRota);
}

export function getRota(ws: Workspace, id: string): RotaEntry {
  return toRota(requireRow(ws.stmt(`${ROTA_SELECT} WHERE r.id = ?`).get(id) as RotaRow | undefined, 'rota visit'));
}
