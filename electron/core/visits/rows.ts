import { createHash } from 'node:crypto';
import type {
  DismissedFlag, Opinion, QualityStandard, RecordCheck, SpokeWith, Visit, VisitKind, VisitListRow, VisitOrigin, VisitRecommendation, VisitStatus,
} from '../../../shared/model/visits';
import type { Workspace } from '../workspace';

export interface VisitRow {
  id: string;
  home_id: string;
  home_name: string;
  visit_date: string;
  announced: number;
  kind: VisitKind;
  visitors: string;
  author_id: string | null;
  author_name: string | null;
  spoke_with: string;
  records_checked: string;
  findings: string;
  safeguarded: Opinion | null;
  wellbeing: Opinion | null;
  opinion_text: string;
  previous_progress: string;
  manager_response: string;
  summary: string;
  summary_ready: number;
  identity_dismissed: string;
  status: VisitStatus;
  origin: VisitOrigin;
  revision: number;
  imported_revision: number | null;
  imported_hash: string | null;
  file_sha256: string | null;
  updated_at: string;
  updated_by: string;
}

export const VISIT_SELECT = `SELECT v.*, h.name AS home_name, p.name AS author_name FROM visits v JOIN homes h ON h.id = v.home_id LEFT JOIN people p ON p.id = v.author_id`;

export interface RecommendationRow {
  id: string;
  visit_id: string;
  position: number;
  text: string;
  due_date: string | null;
  action_id: string | null;
  action_status: string | null;
  action_reference: string | null;
}

export const RECOMMENDATION_SELECT = `SELECT r.id, r.visit_id, r.position, r.text, r.due_date, r.action_id, a.status AS action_status, a.reference AS action_reference
  FROM visit_recommendations r LEFT JOIN actions a ON a.id = r.action_id`;

export function toRecommendation(r: RecommendationRow): VisitRecommendation {
  return { id: r.id, visitId: r.visit_id, position: r.position, text: r.text, due: r.due_date, actionId: r.action_id, actionStatus: r.action_status, actionReference: r.action_reference };
}

export function recommendationsOf(ws: Workspace, visitId: string): VisitRecommendation[] {
  return (ws.stmt(`${RECOMMENDATION_SELECT} WHERE r.visit_id = ? ORDER BY r.position`).all(visitId) as RecommendationRow[]).map(toRecommendation);
}

const json = <T>(s: string): T => JSON.parse(s) as T;

/** The SHA-256 of what the member wrote (not the clerk's manager's response nor the status), recommendations included. */
export function memberContentHash(ws: Workspace, r: VisitRow): string {
  const recs = (ws.stmt('SELECT id, text, due_date FROM visit_recommendations WHERE visit_id = ? ORDER BY position').all(r.id));
  const content = [r.home_id, r.visit_date, r.announced, r.kind, r.visitors, r.author_id, r.spoke_with, r.records_checked, r.findings, r.safeguarded, r.wellbeing,
    r.opinion_text, r.previous_progress, r.summary, r.summary_ready, r.identity_dismissed, recs];
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}

export function toVisit(ws: Workspace, r: VisitRow): Omit<Visit, 'previousRecommendations'> {
  return {
    id: r.id,
    homeId: r.home_id,
    homeName: r.home_name,
    date: r.visit_date,
    kind: r.kind,
    announced: r.announced === 1,
    visitors: r.visitors,
    authorId: r.author_id,
    authorName: r.author_name,
    spokeWith: { children: 0, staff: 0, parents: 0, professionals: 0, ...json<Partial<SpokeWith>>(r.spoke_with) },
    recordsChecked: json<RecordCheck[]>(r.records_checked),
    findings: json<Partial<Record<QualityStandard, string>>>(r.findings),
    safeguarded: r.safeguarded,
    wellbeing: r.wellbeing,
    opinionText: r.opinion_text,
    recommendations: recommendationsOf(ws, r.id),
    managerResponse: r.manager_response,
    summary: r.summary,
    summaryReady: r.summary_ready === 1,
    dismissedFlags: json<DismissedFlag[]>(r.identity_dismissed),
    status: r.status,
    origin: r.origin,
    revision: r.revision,
    editedSinceImport: r.origin === 'bundle' && r.imported_hash !== null && r.imported_hash !== memberContentHash(ws, r),
    fileSha256: r.file_sha256,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
  };
}

export interface VisitListDbRow {
  id: string;
  home_id: string;
  home: string;
  visit_date: string;
  kind: VisitKind;
  status: VisitStatus;
  author: string | null;
  safeguarded: Opinion | null;
  wellbeing: Opinion | null;
  recommendations: number;
  accepted: number;
  summary_ready: number;
}

export const VISIT_LIST_SELECT = `SELECT v.id, v.home_id, h.name AS home, v.visit_date, v.kind, v.status, p.name AS author, v.safeguarded, v.wellbeing, v.summary_ready,
    (SELECT count(*) FROM visit_recommendations r WHERE r.visit_id = v.id) AS recommendations,
    (SELECT count(*) FROM visit_recommendations r WHERE r.visit_id = v.id AND r.action_id IS NOT NULL) AS accepted
  FROM visits v JOIN homes h ON h.id = v.home_id LEFT JOIN people p ON p.id = v.author_id`;

export function toListRow(r: VisitListDbRow): VisitListRow {
  return {
    id: r.id,
    homeId: r.home_id,
    home: r.home,
    date: r.visit_date,
    kind: r.kind,
    status: r.status,
    author: r.author,
    safeguarded: r.safeguarded,
    wellbeing: r.wellbeing,
    recommendations: r.recommendations,
    accepted: r.accepted,
    summaryReady: r.summary_ready === 1,
  };
}
