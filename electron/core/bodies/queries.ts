import type { Body } from '../../../shared/model/entities';
import { requireRow, type Workspace } from '../workspace';
import { toBody, type BodyRow } from './rows';

export function listBodies(ws: Workspace): Body[] {
  return (ws.stmt("SELECT * FROM bodies ORDER BY kind = 'working_group', name COLLATE NOCASE").all() as BodyRow[]).map((r) => toBody(ws, r));
}

export function getBody(ws: Workspace, id: string): Body {
  return toBody(ws, requireRow(ws.stmt('SELECT * FROM bodies WHERE id = ?').get(id) as BodyRow | undefined, 'board or group'));
}
