import type { Pledge, Priority, Strategy } from '../../../shared/model/entities';
import { requireRow, type Workspace } from '../workspace';
import { PRIORITY_SELECT, toPledge, toPriority, toStrategy, type PledgeRow, type PriorityRow, type StrategyRow } from './rows';

/** The current strategy: the latest adopted one, else the latest draft, else the latest of any. */
export function currentStrategy(ws: Workspace): Strategy | null {
  const r = ws
    .stmt(
      `SELECT * FROM strategies ORDER BY CASE status WHEN 'adopted' THEN 0 WHEN 'draft' THEN 1 ELSE 2 END,
       period_start DESC, id DESC LIMIT 1`,
    )
    .get() as StrategyRow | undefined;
  return r ? toStrategy(r) : null;
}

export function getStrategy(ws: Workspace, id: string): Strategy {
  return toStrategy(requireRow(ws.stmt('SELECT * FROM strategies WHERE id = ?').get(id) as StrategyRow | undefined, 'strategy'));
}

/** Priorities of the current strategy, in order. */
export function listPriorities(ws: Workspace): Priority[] {
  const s = currentStrategy(ws);
  if (!s) return [];
  return (ws.stmt(`${PRIORITY_SELECT} WHERE p.strategy_id = ? ORDER BY p.position, p.id`).all(s.id) as PriorityRow[]).map(toPriority);
}

export function getPriority(ws: Workspace, id: string): Priority {
  return toPriority(requireRow(ws.stmt(`${PRIORITY_SELECT} WHERE p.id = ?`).get(id) as PriorityRow | undefined, 'priority'));
}

export function listPledges(ws: Workspace): Pledge[] {
  return (ws.stmt('SELECT * FROM pledges ORDER BY position, id').all() as PledgeRow[]).map(toPledge);
}

export function getPledge(ws: Workspace, id: string): Pledge {
  return toPledge(requireRow(ws.stmt('SELECT * FROM pledges WHERE id = ?').get(id) as PledgeRow | undefined, 'promise'));
}
