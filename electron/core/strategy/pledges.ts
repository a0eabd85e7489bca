import type { Pledge } from '../../../shared/model/entities';
import type { PledgeAudience } from '../../../shared/model/enums';
import { pledgeInput, type PledgeInput } from '../../../shared/model/schemas';
import { deleteRow, insertRow, updateRow } from '../db/audit';
import { newId } from '../db/ids';
import { reorderRows } from '../db/reorder';
import { requireRow, type Workspace } from '../workspace';

interface PledgeRow {
  id: string;
  position: number;
  heading: string;
  promise: string;
  audience: PledgeAudience;
  created_at: string;
  updated_at: string;
  updated_by: string;
}

function toPledge(r: PledgeRow): Pledge {
  return {
    id: r.id,
    position: r.position,
    heading: r.heading,
    promise: r.promise,
    audience: r.audience,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
  };
}

export function listPledges(ws: Workspace): Pledge[] {
  return (ws.stmt('SELECT * FROM pledges ORDER BY position, id').all() as PledgeRow[]).map(toPledge);
}

export function getPledge(ws: Workspace, id: string): Pledge {
  return toPledge(requireRow(ws.stmt('SELECT * FROM pledges WHERE id = ?').get(id) as PledgeRow | undefined, 'promise'));
}

export function createPledge(ws: Workspace, input: PledgeInput): Pledge {
  const p = pledgeInput.parse(input);
  const id = newId();
  ws.tx(() => {
    const next = (ws.stmt('SELECT coalesce(max(position), 0) + 1 AS n FROM pledges').get() as { n: number }).n;
    insertRow(ws, 'pledges', 'pledge', { id, position: next, heading: p.heading, promise: p.promise, audience: p.audience });
  });
  return getPledge(ws, id);
}

export function updatePledge(ws: Workspace, id: string, input: PledgeInput): Pledge {
  const p = pledgeInput.parse(input);
  getPledge(ws, id);
  ws.tx(() => updateRow(ws, 'pledges', 'pledge', id, { heading: p.heading, promise: p.promise, audience: p.audience }));
  return getPledge(ws, id);
}

export function deletePledge(ws: Workspace, id: string): void {
  getPledge(ws, id);
  ws.tx(() => {
    deleteRow(ws, 'pledges', 'pledge', id);
    const rest = ws.stmt('SELECT id FROM pledges ORDER BY position').all() as { id: string }[];
    rest.forEach((r, i) => updateRow(ws, 'pledges', 'pledge', r.id, { position: i + 1 }));
  });
}

export function reorderPledges(ws: Workspace, ids: string[]): Pledge[] {
  reorderRows(ws, 'pledges', 'pledge', listPledges(ws).map((p) => p.id), ids);
  return listPledges(ws);
}
