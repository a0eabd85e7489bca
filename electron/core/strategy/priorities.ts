import type { Priority } from '../../../shared/model/entities';
import { priorityInput, type PriorityInput } from '../../../shared/model/schemas';
import { deleteRow, insertRow, updateRow } from '../db/audit';
import { newId } from '../db/ids';
import { reorderRows } from '../db/reorder';
import { AppError } from '../errors';
import { requireRow, type Workspace } from '../workspace';
import { currentStrategy } from './strategies';

interface PriorityRow {
  id: string;
  strategy_id: string;
  position: number;
  title: string;
  description: string;
  why: string;
  what: string;
  how: string;
  lead_body_id: string | null;
  lead_body_name: string | null;
  created_at: string;
  updated_at: string;
  updated_by: string;
}

const SELECT = `SELECT p.*, b.name AS lead_body_name FROM priorities p LEFT JOIN bodies b ON b.id = p.lead_body_id`;

function toPriority(r: PriorityRow): Priority {
  return {
    id: r.id,
    strategyId: r.strategy_id,
    number: r.position,
    title: r.title,
    description: r.description,
    why: r.why,
    what: r.what,
    how: r.how,
    leadBodyId: r.lead_body_id,
    leadBodyName: r.lead_body_name,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
  };
}

function requireStrategyId(ws: Workspace): string {
  const s = currentStrategy(ws);
  if (!s) throw new AppError('conflict', 'Set up the strategy (its title and period) before adding priorities.');
  return s.id;
}

/** Priorities of the current strategy, in order. */
export function listPriorities(ws: Workspace): Priority[] {
  const s = currentStrategy(ws);
  if (!s) return [];
  return (ws.stmt(`${SELECT} WHERE p.strategy_id = ? ORDER BY p.position, p.id`).all(s.id) as PriorityRow[]).map(toPriority);
}

export function getPriority(ws: Workspace, id: string): Priority {
  return toPriority(requireRow(ws.stmt(`${SELECT} WHERE p.id = ?`).get(id) as PriorityRow | undefined, 'priority'));
}

function checkBody(ws: Workspace, bodyId: string | null): void {
  if (bodyId && !ws.stmt('SELECT 1 FROM bodies WHERE id = ?').get(bodyId)) {
    throw new AppError('not_found', 'The working group chosen no longer exists.');
  }
}

export function createPriority(ws: Workspace, input: PriorityInput): Priority {
  const p = priorityInput.parse(input);
  const strategyId = requireStrategyId(ws);
  checkBody(ws, p.leadBodyId);
  const id = newId();
  ws.tx(() => {
    const next = (ws.stmt('SELECT coalesce(max(position), 0) + 1 AS n FROM priorities WHERE strategy_id = ?').get(strategyId) as { n: number }).n;
    insertRow(ws, 'priorities', 'priority', {
      id,
      strategy_id: strategyId,
      position: next,
      title: p.title,
      description: p.description,
      why: p.why,
      what: p.what,
      how: p.how,
      lead_body_id: p.leadBodyId,
    });
  });
  return getPriority(ws, id);
}

export function updatePriority(ws: Workspace, id: string, input: PriorityInput): Priority {
  const p = priorityInput.parse(input);
  getPriority(ws, id);
  checkBody(ws, p.leadBodyId);
  ws.tx(() =>
    updateRow(ws, 'priorities', 'priority', id, {
      title: p.title,
      description: p.description,
      why: p.why,
      what: p.what,
      how: p.how,
      lead_body_id: p.leadBodyId,
    }),
  );
  return getPriority(ws, id);
}

/** A priority with actions is kept: its actions must be moved or deleted first. */
export function deletePriority(ws: Workspace, id: string): void {
  const p = getPriority(ws, id);
  const n = (ws.stmt('SELECT count(*) AS n FROM actions WHERE priority_id = ?').get(id) as { n: number }).n;
  if (n > 0) {
    const them = n === 1 ? 'it' : 'them';
    throw new AppError('conflict', `Priority ${p.number} has ${n} action${n === 1 ? '' : 's'}. Move or delete ${them} before deleting the priority.`);
  }
  ws.tx(() => {
    deleteRow(ws, 'priorities', 'priority', id);
    const rest = ws.stmt('SELECT id FROM priorities WHERE strategy_id = ? ORDER BY position').all(p.strategyId) as { id: string }[];
    rest.forEach((r, i) => updateRow(ws, 'priorities', 'priority', r.id, { position: i + 1 }));
  });
}

export function reorderPriorities(ws: Workspace, ids: string[]): Priority[] {
  const current = listPriorities(ws).map((p) => p.id);
  reorderRows(ws, 'priorities', 'priority', current, ids);
  return listPriorities(ws);
}
