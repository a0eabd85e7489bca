/** Writes to homes and the rota; each in one transaction with its change-log entries. */
import { homeInput, rotaInput, type HomeInput } from '../../../shared/model/visits';
import type { z } from 'zod';
import { deleteRow, insertRow, updateRow } from '../db/audit';
import { newId } from '../db/ids';
import { requireId } from '../db/rows';
import { AppError } from '../errors';
import type { Workspace } from '../workspace';
import { homeColumns } from './rows';

function checkHome(ws: Workspace, h: ReturnType<typeof homeInput.parse>, id: string | null): void {
  requireId(ws, 'people', h.linkOfficerId, 'The link officer chosen no longer exists.', { linkOfficerId: 'Choose a link officer, or none.' });
  const clash = ws.stmt('SELECT id FROM homes WHERE name = ? COLLATE NOCASE AND id IS NOT ?').get(h.name, id);
  if (clash) throw new AppError('conflict', `There is already a home called "${h.name}".`, { name: 'Give the home a name no other home has.' });
}

export function createHome(ws: Workspace, input: HomeInput): string {
  const h = homeInput.parse(input);
  checkHome(ws, h, null);
  const id = newId();
  ws.tx(() => insertRow(ws, 'homes', 'home', { id, ...homeColumns(h) }));
  return id;
}

export function updateHome(ws: Workspace, id: string, input: HomeInput): void {
  const h = homeInput.parse(input);
  if (!ws.stmt('SELECT 1 FROM homes WHERE id = ?').get(id)) throw new AppError('not_found', 'That home no longer exists. It may have been deleted.');
  checkHome(ws, h, id);
  ws.tx(() => updateRow(ws, 'homes', 'home', id, homeColumns(h)));
}

/** A home with visit reports is kept (mark it no longer active instead); its rota goes with it. */
export function deleteHome(ws: Workspace, id: string): void {
  const home = ws.stmt('SELECT name FROM homes WHERE id = ?').get(id) as { name: string } | undefined;
  if (!home) throw new AppError('not_found', 'That home no longer exists. It may have been deleted.');
  const visits = (ws.stmt('SELECT count(*) AS n FROM visits WHERE home_id = ?').get(id) as { n: number }).n;
  if (visits > 0) throw new AppError('conflict', `${home.name} has ${visits} visit report${visits === 1 ? '' : 's'}, so cannot be deleted. Mark it as no longer active instead.`);
  ws.tx(() => {
    for (const r of ws.stmt('SELECT id FROM visit_rota WHERE home_id = ?').pluck().all(id) as string[]) deleteRow(ws, 'visit_rota', 'rota', r);
    deleteRow(ws, 'homes', 'home', id);
  });
}

export function addRota(ws: Workspace, input: z.input<typeof rotaInput>): string {
  const r = rotaInput.parse(input);
  requireId(ws, 'homes', r.homeId, 'The home chosen no longer exists.', { homeId: 'Choose a home.' });
  requireId(ws, 'people', r.personId, 'The member chosen no longer exists.', { personId: 'Choose a member.' });
  const existing = ws.stmt('SELECT id FROM visit_rota WHERE home_id = ? AND person_id = ? AND month = ?').get(r.homeId, r.personId, r.month) as { id: string } | undefined;
  if (existing) return existing.id;
  const id = newId();
  ws.tx(() => insertRow(ws, 'visit_rota', 'rota', { id, home_id: r.homeId, person_id: r.personId, month: r.month }));
  return id;
}

export function removeRota(ws: Workspace, id: string): void {
  if (!ws.tx(() => deleteRow(ws, 'visit_rota', 'rota', id))) throw new AppError('not_found', 'That rota visit no longer exists. It may have been deleted.');
}
