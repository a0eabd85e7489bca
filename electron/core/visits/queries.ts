import { daysBetween } from '../../../shared/logic/dates';
import type { PreviousRecommendation, Visit, VisitListRow, VisitsOverview, visitListInput } from '../../../shared/model/visits';
import type { z } from 'zod';
import { requireRow, type Workspace } from '../workspace';
import { RECOMMENDATION_SELECT, toListRow, toRecommendation, toVisit, VISIT_LIST_SELECT, VISIT_SELECT, type RecommendationRow, type VisitListDbRow, type VisitRow } from './rows';

/** Visit reports, newest first; those a kit carried only for their recommendations are left out. */
export function listVisits(ws: Workspace, filter: z.output<typeof visitListInput> = {}): VisitListRow[] {
  const rows = ws
    .stmt(
      `${VISIT_LIST_SELECT} WHERE v.origin <> 'kit' AND (@home IS NULL OR v.home_id = @home) AND (@from IS NULL OR v.visit_date >= @from)
        AND (@to IS NULL OR v.visit_date <= @to) AND (@kind IS NULL OR v.kind = @kind)
       ORDER BY v.visit_date DESC, h.name COLLATE NOCASE, v.id`,
    )
    .all({ home: filter.homeId ?? null, from: filter.from ?? null, to: filter.to ?? null, kind: filter.kind ?? null }) as VisitListDbRow[];
  return rows.map(toListRow);
}

export function visitRow(ws: Workspace, id: string): VisitRow {
  return requireRow(ws.stmt(`${VISIT_SELECT} WHERE v.id = ?`).get(id) as VisitRow | undefined, 'visit report');
}

/** The recommendations of the home's earlier visits, with the progress `visit` records on each. */
function previousRecommendations(ws: Workspace, r: VisitRow): PreviousRecommendation[] {
  const progress = JSON.parse(r.previous_progress) as Record<string, string>;
  const rows = ws
    .stmt(
      `${RECOMMENDATION_SELECT} JOIN visits pv ON pv.id = r.visit_id WHERE pv.home_id = ? AND (pv.visit_date < ? OR (pv.visit_date = ? AND pv.id < ?))
       ORDER BY pv.visit_date DESC, r.position LIMIT 50`,
    )
    .all(r.home_id, r.visit_date, r.visit_date, r.id) as RecommendationRow[];
  const dates = new Map((ws.stmt('SELECT id, visit_date FROM visits WHERE home_id = ?').all(r.home_id) as { id: string; visit_date: string }[]).map((d) => [d.id, d.visit_date]));
  return rows.map((row) => ({ ...toRecommendation(row), visitDate: dates.get(row.visit_id) ?? '', progress: progress[row.id] ?? '' }));
}

export function getVisit(ws: Workspace, id: string): Visit {
  const r = visitRow(ws, id);
  return { ...toVisit(ws, r), previousRecommendations: previousRecommendations(ws, r) };
}

const monthWords = (month: string): string => new Date(`${month}-01T12:00:00Z`).toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** What needs attention: rota visits not reported, drafts whose day has passed, homes short of their visits. */
export function visitsOverview(ws: Workspace, today: string): VisitsOverview {
  const thisMonth = today.slice(0, 7);
  const yearAgo = `${Number(today.slice(0, 4)) - 1}${today.slice(4, 7)}`;
  const overdue = (
    ws
      .stmt(
        `SELECT r.id AS rotaId, r.home_id AS homeId, h.name AS home, r.person_id AS personId, p.name AS member, r.month FROM visit_rota r
         JOIN homes h ON h.id = r.home_id JOIN people p ON p.id = r.person_id
         WHERE r.month < @thisMonth AND r.month >= @yearAgo AND NOT EXISTS (SELECT 1 FROM visits v WHERE v.home_id = r.home_id
           AND v.author_id = r.person_id AND v.kind = 'member' AND substr(v.visit_date, 1, 7) = r.month)
         ORDER BY r.month, h.name COLLATE NOCASE`,
      )
      .all({ thisMonth, yearAgo }) as VisitsOverview['overdue']
  );
  const drafts = ws
    .stmt(
      `SELECT v.id AS visitId, v.home_id AS homeId, h.name AS home, p.name AS member, v.visit_date AS date FROM visits v JOIN homes h ON h.id = v.home_id
       LEFT JOIN people p ON p.id = v.author_id WHERE v.status = 'draft' AND v.origin = 'local' AND v.visit_date < ? ORDER BY v.visit_date`,
    )
    .all(today) as Omit<VisitsOverview['unreported'][number], 'daysSince'>[];
  const unreported = drafts.map((d) => ({ ...d, daysSince: daysBetween(d.date, today) }));

  const lastMonthDate = new Date(`${thisMonth}-01T12:00:00Z`);
  lastMonthDate.setUTCMonth(lastMonthDate.getUTCMonth() - 1);
  const lastMonth = lastMonthDate.toISOString().slice(0, 7);
  const homes = ws
    .stmt(
      `SELECT h.id, h.name, h.reg44_per_month AS reg44, h.member_visits_per_year AS perYear,
        (SELECT count(*) FROM visits v WHERE v.home_id = h.id AND v.kind = 'reg44' AND substr(v.visit_date, 1, 7) = @lastMonth) AS reg44Done,
        (SELECT count(*) FROM visits v WHERE v.home_id = h.id AND v.kind = 'member' AND v.origin <> 'kit' AND v.visit_date > date(@today, '-12 months') AND v.visit_date <= @today) AS memberDone
       FROM homes h WHERE h.active = 1 ORDER BY h.name COLLATE NOCASE`,
    )
    .all({ lastMonth, today }) as { id: string; name: string; reg44: number; perYear: number; reg44Done: number; memberDone: number }[];
  const behind: VisitsOverview['behind'] = [];
  for (const h of homes) {
    if (h.reg44Done < h.reg44) behind.push({ homeId: h.id, home: h.name, reason: `${h.reg44Done} of ${h.reg44} Regulation 44 ${h.reg44 === 1 ? 'visit' : 'visits'} recorded for ${monthWords(lastMonth)}` });
    if (h.memberDone < h.perYear) behind.push({ homeId: h.id, home: h.name, reason: `${h.memberDone} of ${h.perYear} member visits in the last twelve months` });
  }
  return { overdue, unreported, behind };
}
