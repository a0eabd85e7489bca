/**
 * Home-page figures and principle coverage, derived from the action log (current RAG and last
 * activity are kept on each action by triggers, migration 0005).
 */
import type { CoverageMatrix, HomeSummary, PrincipleCoverage } from '../../../shared/model/entities';
import { PRINCIPLE_CODES } from '../../../shared/model/principles';
import { shiftDate, localToday } from '../../../shared/logic/dates';
import { staleCutoff } from '../../../shared/logic/actionRules';
import { getSettings } from '../settings/queries';
import { listPriorities } from '../strategy/queries';
import type { Workspace } from '../workspace';
import { listActions } from './list';

export function homeSummary(ws: Workspace, today: string = localToday()): HomeSummary {
  const interval = getSettings(ws).reviewIntervalDays;
  const cutoff = staleCutoff(today, interval);
  const t = ws
    .stmt(
      `SELECT count(*) AS actions,
         coalesce(sum(a.status NOT IN ('complete','dropped')), 0) AS open,
         coalesce(sum(a.status NOT IN ('complete','dropped') AND a.due_date < @today), 0) AS overdue,
         coalesce(sum(a.status NOT IN ('complete','dropped') AND a.last_activity < @cutoff), 0) AS stale,
         coalesce(sum(a.status NOT IN ('complete','dropped') AND a.current_rag = 'red'), 0) AS red,
         coalesce(sum(a.status NOT IN ('complete','dropped') AND a.current_rag = 'amber'), 0) AS amber,
         coalesce(sum(a.status NOT IN ('complete','dropped') AND a.current_rag = 'green'), 0) AS green,
         coalesce(sum(a.status NOT IN ('complete','dropped') AND a.current_rag IS NULL), 0) AS none
       FROM actions a`,
    )
    .get({ today, cutoff }) as Record<'actions' | 'open' | 'overdue' | 'stale' | 'red' | 'amber' | 'green' | 'none', number>;
  const overdue = listActions(ws, { filter: { overdue: true }, sort: 'due', limit: 10, today }).rows;
  const stale = listActions(ws, { filter: { stale: true }, sort: 'updated', limit: 10, today }).rows;
  return {
    today,
    reviewIntervalDays: interval,
    totals: { actions: t.actions, open: t.open, overdue: t.overdue, stale: t.stale },
    byRag: { red: t.red, amber: t.amber, green: t.green, none: t.none },
    overdue,
    stale,
    coverage: principleCoverage(ws, today),
  };
}

/** Per principle: actions tagged with it (not dropped), and those with an update in the last year. */
export function principleCoverage(ws: Workspace, today: string = localToday()): PrincipleCoverage[] {
  const since = shiftDate(today, -365);
  const rows = ws
    .stmt(
      `SELECT ap.principle AS principle, count(*) AS actions,
         sum(EXISTS (SELECT 1 FROM action_updates x WHERE x.action_id = a.id AND x.update_date >= @since)) AS evidenced
       FROM action_principles ap JOIN actions a ON a.id = ap.action_id
       WHERE a.status <> 'dropped' GROUP BY ap.principle`,
    )
    .all({ since }) as { principle: string; actions: number; evidenced: number }[];
  const byCode = new Map(rows.map((r) => [r.principle, r]));
  return PRINCIPLE_CODES.map((code) => ({
    principle: code,
    actions: byCode.get(code)?.actions ?? 0,
    evidenced: byCode.get(code)?.evidenced ?? 0,
  }));
}

/** Principles x priorities: how many (not dropped) actions of each priority serve each principle. */
export function coverageMatrix(ws: Workspace): CoverageMatrix {
  const priorities = listPriorities(ws);
  const rows = ws
    .stmt(
      `SELECT a.priority_id AS priority_id, ap.principle AS principle, count(*) AS n
       FROM action_principles ap JOIN actions a ON a.id = ap.action_id
       WHERE a.status <> 'dropped' GROUP BY a.priority_id, ap.principle`,
    )
    .all() as { priority_id: string | null; principle: string; n: number }[];
  const index = new Map(priorities.map((p, i) => [p.id, i]));
  const counts = priorities.map(() => PRINCIPLE_CODES.map(() => 0));
  const unassigned = PRINCIPLE_CODES.map(() => 0);
  for (const r of rows) {
    const col = PRINCIPLE_CODES.indexOf(r.principle as (typeof PRINCIPLE_CODES)[number]);
    const pi = r.priority_id === null ? undefined : index.get(r.priority_id);
    const target = pi === undefined ? unassigned : counts[pi];
    if (target && col >= 0) target[col] = (target[col] ?? 0) + r.n;
  }
  return { priorities: priorities.map((p) => ({ id: p.id, number: p.number, title: p.title })), counts, unassigned };
}
