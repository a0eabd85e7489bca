import type { Strategy } from '../../../shared/model/entities';
import type { StrategyStatus } from '../../../shared/model/enums';
import { strategyInput, type StrategyInput } from '../../../shared/model/schemas';
import { insertRow, updateRow } from '../db/audit';
import { newId } from '../db/ids';
import { requireRow, type Workspace } from '../workspace';

interface StrategyRow {
  id: string;
  title: string;
  period_start: string;
  period_end: string;
  status: StrategyStatus;
  vision: string;
  created_at: string;
  updated_at: string;
  updated_by: string;
}

function toStrategy(r: StrategyRow): Strategy {
  return {
    id: r.id,
    title: r.title,
    periodStart: r.period_start,
    periodEnd: r.period_end,
    status: r.status,
    vision: r.vision,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
  };
}

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
