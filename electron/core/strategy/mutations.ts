import type { Pledge, Priority, Strategy } from '../../../shared/model/entities';
import { pledgeInput, priorityInput, strategyInput, type PledgeInput, type PriorityInput, type StrategyInput } from '../../../shared/model/schemas';
import { deleteRow, insertRow, updateRow } from '../db/audit';
import { newId } from '../db/ids';
import { group, nextPosition, renumber, reorderRows, requireId } from '../db/rows';
import { AppError } from '../errors';
import type { Workspace } from '../workspace';
import { currentStrategy, getPledge, getPriority, getStrategy, listPledges, listPriorities } from './queries';

/** Creates the strategy (id null) or updates it. */
export function saveStrategy(ws: Workspace, id: string | null, input: StrategyInput): Strategy {
  const s = strategyInput.parse(input);
  const cols = { title: s.title, period_start: s.periodStart, period_end: s.periodEnd, status: s.status, vision: s.vision };
  if (id === null) {
    const newRowId = newId();
    ws.tx(() => insertRow(ws, 'strategies', 'strategy', { id: newRowId, ...cols }));
    return getStrategy(ws, newRowId);
  }
  getStrategy(ws, id);
  ws.tx(() => updateRow(ws, 'strategies', 'strategy', id, cols));
  return getStrategy(ws, id);
}

function requireStrategyId(ws: Workspace): string {
  const s = currentStrategy(ws);
  if (!s) throw new AppError('conflict', 'Set up the strategy (its title and period) before adding priorities.');
  return s.id;
}

function checkBody(ws: Workspace, bodyId: string | null): void {
  requireId(ws, 'bodies', bodyId, 'The working group chosen no longer exists.');
}

/** A strategy's priorities, in order. */
const ofStrategy = (strategyId: string) => group('priorities', 'strategy_id = ?', strategyId);
const PLEDGES = group('pledges');

/** The columns a save of a priority writes. */
const priorityColumns = (p: ReturnType<typeof priorityInput.parse>) => ({
  title: p.title,
  description: p.description,
  why: p.why,
  what: p.what,
  how: p.how,
  lead_body_id: p.leadBodyId,
});

export function createPriority(ws: Workspace, input: PriorityInput): Priority {
  const p = priorityInput.parse(input);
  const strategyId = requireStrategyId(ws);
  checkBody(ws, p.leadBodyId);
  const id = newId();
  ws.tx(() => {
    insertRow(ws, 'priorities', 'priority', { id, strategy_id: strategyId, position: nextPosition(ws, ofStrategy(strategyId)), ...priorityColumns(p) });
  });
  return getPriority(ws, id);
}

export function updatePriority(ws: Workspace, id: string, input: PriorityInput): Priority {
  const p = priorityInput.parse(input);
  getPriority(ws, id);
  checkBody(ws, p.leadBodyId);
  ws.tx(() => updateRow(ws, 'priorities', 'priority', id, priorityColumns(p)));
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
    renumber(ws, ofStrategy(p.strategyId), 'priority');
  });
}

export function reorderPriorities(ws: Workspace, ids: string[]): Priority[] {
  const current = listPriorities(ws).map((p) => p.id);
  reorderRows(ws, 'priorities', 'priority', current, ids);
  return listPriorities(ws);
}

export function createPledge(ws: Workspace, input: PledgeInput): Pledge {
  const p = pledgeInput.parse(input);
  const id = newId();
  ws.tx(() => {
    insertRow(ws, 'pledges', 'pledge', { id, position: nextPosition(ws, PLEDGES), heading: p.heading, promise: p.promise, audience: p.audience });
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
    renumber(ws, PLEDGES, 'pledge');
  });
}

export function reorderPledges(ws: Workspace, ids: string[]): Pledge[] {
  reorderRows(ws, 'pledges', 'pledge', listPledges(ws).map((p) => p.id), ids);
  return listPledges(ws);
}
