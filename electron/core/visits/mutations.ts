/**
 * Writes to visit reports: a whole report (CLI `visit add`, imports), one field at a time as the
 * member types (the form's autosave: one small transaction each, acknowledged once committed),
 * recommendations, identity-flag dismissals, the summary's readiness and the report's status.
 * Every write is audited (db/audit.ts) and bumps the report's revision (return bundles carry it).
 */
import type { IdentityFlag } from '../../../shared/logic/identity';
import { longDate } from '../../../shared/logic/dates';
import {
  dismissFlagInput, HOME_FIXED_BECAUSE, recommendationInput, VISIT_KIND_LABELS, visitFieldInput, visitInput, VISIT_STATUSES,
  type VisitFieldInput, type VisitInput, type VisitStatus,
} from '../../../shared/model/visits';
import type { z } from 'zod';
import { createAction } from '../actions/mutations';
import { deleteRow, insertRow, updateRow } from '../db/audit';
import { newId } from '../db/ids';
import { requireId } from '../db/rows';
import { AppError } from '../errors';
import { homeByName } from '../homes/queries';
import { flagsOf, peopleNames, withDismissal } from '../identity/dismissals';
import type { Workspace } from '../workspace';
import { visitRow } from './queries';
import type { VisitRow } from './rows';

/** Writes `patch` to the visit and bumps its revision, when anything changed. */
function writeVisit(ws: Workspace, row: VisitRow, patch: Record<string, unknown>): void {
  const changed = Object.entries(patch).some(([k, v]) => (row as unknown as Record<string, unknown>)[k] !== v);
  if (changed) updateRow(ws, 'visits', 'visit', row.id, { ...patch, revision: row.revision + 1 });
}

function editable(ws: Workspace, id: string): VisitRow {
  const row = visitRow(ws, id);
  if (row.origin === 'kit') throw new AppError('conflict', 'That report came with the kit for its recommendations; it cannot be changed here.');
  return row;
}

/** Creates a whole visit report (status draft); returns its id. */
export function createVisit(ws: Workspace, input: VisitInput, opts: { origin?: 'local' | 'file' } = {}): string {
  const v = visitInput.parse(input);
  const homeId = v.homeId ?? homeByName(ws, v.home ?? '');
  // In a member's workspace, the member writes every report.
  const authorId = v.authorId ?? ((ws.stmt("SELECT member_person_id FROM exchange_identity WHERE role = 'member'").pluck().get() as string | undefined) ?? null);
  requireId(ws, 'homes', homeId, 'The home chosen no longer exists.', { home: 'Choose a home.' });
  requireId(ws, 'people', authorId, 'The member chosen no longer exists.', { authorId: 'Choose who wrote the report.' });
  const id = newId();
  ws.tx(() => {
    insertRow(ws, 'visits', 'visit', {
      id,
      home_id: homeId,
      visit_date: v.date,
      announced: v.announced ? 1 : 0,
      kind: v.kind,
      visitors: v.visitors,
      author_id: authorId,
      spoke_with: JSON.stringify(v.spokeWith),
      records_checked: JSON.stringify(v.recordsChecked),
      findings: JSON.stringify(Object.fromEntries(v.findings.filter((f) => f.text).map((f) => [f.standard, f.text]))),
      safeguarded: v.safeguarded,
      wellbeing: v.wellbeing,
      opinion_text: v.opinionText,
      previous_progress: JSON.stringify(Object.fromEntries(v.previousProgress.map((p) => [p.recommendationId, p.text]))),
      manager_response: v.managerResponse,
      summary: v.summary,
      status: 'draft',
      origin: opts.origin ?? 'local',
    });
    v.recommendations.forEach((r, i) => insertRow(ws, 'visit_recommendations', 'visit recommendation', { id: newId(), visit_id: id, position: i + 1, text: r.text, due_date: r.due }));
  });
  return id;
}

/** Saves one field as typed; a changed summary is no longer marked ready (it is checked again). */
export function saveVisitField(ws: Workspace, input: VisitFieldInput): void {
  const f = visitFieldInput.parse(input);
  ws.tx(() => {
    const row = editable(ws, f.id);
    const obj = <T>(s: string) => JSON.parse(s) as T;
    switch (f.field) {
      case 'date': return writeVisit(ws, row, { visit_date: f.value });
      case 'kind': return writeVisit(ws, row, { kind: f.value });
      case 'announced': return writeVisit(ws, row, { announced: f.value ? 1 : 0 });
      case 'visitors': return writeVisit(ws, row, { visitors: f.value });
      case 'safeguarded': return writeVisit(ws, row, { safeguarded: f.value });
      case 'wellbeing': return writeVisit(ws, row, { wellbeing: f.value });
      case 'opinionText': return writeVisit(ws, row, { opinion_text: f.value });
      case 'managerResponse': return writeVisit(ws, row, { manager_response: f.value });
      case 'summary': return writeVisit(ws, row, { summary: f.value, summary_ready: f.value === row.summary ? row.summary_ready : 0 });
      case 'spokeWith': return writeVisit(ws, row, { spoke_with: JSON.stringify({ ...obj<object>(row.spoke_with), [f.group]: f.value }) });
      case 'recordChecked': {
        const set = new Set(obj<string[]>(row.records_checked));
        if (f.value) set.add(f.record);
        else set.delete(f.record);
        return writeVisit(ws, row, { records_checked: JSON.stringify([...set]) });
      }
      case 'finding': {
        const findings = obj<Record<string, string>>(row.findings);
        if (f.value) findings[f.standard] = f.value;
        else delete findings[f.standard];
        return writeVisit(ws, row, { findings: JSON.stringify(findings) });
      }
      case 'previousProgress': {
        const progress = obj<Record<string, string>>(row.previous_progress);
        if (f.value) progress[f.recommendationId] = f.value;
        else delete progress[f.recommendationId];
        return writeVisit(ws, row, { previous_progress: JSON.stringify(progress) });
      }
    }
  });
}

export function addRecommendation(ws: Workspace, visitId: string, input: z.input<typeof recommendationInput>): string {
  const r = recommendationInput.parse(input);
  const id = newId();
  ws.tx(() => {
    const row = editable(ws, visitId);
    const position = (ws.stmt('SELECT coalesce(max(position), 0) + 1 AS n FROM visit_recommendations WHERE visit_id = ?').get(visitId) as { n: number }).n;
    insertRow(ws, 'visit_recommendations', 'visit recommendation', { id, visit_id: visitId, position, text: r.text, due_date: r.due });
    updateRow(ws, 'visits', 'visit', row.id, { revision: row.revision + 1 });
  });
  return id;
}

export function recommendationOf(ws: Workspace, id: string): { visit_id: string; action_id: string | null } {
  const rec = ws.stmt('SELECT visit_id, action_id FROM visit_recommendations WHERE id = ?').get(id) as { visit_id: string; action_id: string | null } | undefined;
  if (!rec) throw new AppError('not_found', 'That recommendation no longer exists. It may have been deleted.');
  return rec;
}

export function updateRecommendation(ws: Workspace, id: string, input: z.input<typeof recommendationInput>): void {
  const r = recommendationInput.parse(input);
  ws.tx(() => {
    const rec = recommendationOf(ws, id);
    const row = editable(ws, rec.visit_id);
    if (updateRow(ws, 'visit_recommendations', 'visit recommendation', id, { text: r.text, due_date: r.due })) updateRow(ws, 'visits', 'visit', row.id, { revision: row.revision + 1 });
  });
}

export function removeRecommendation(ws: Workspace, id: string): void {
  ws.tx(() => {
    const rec = recommendationOf(ws, id);
    if (rec.action_id) throw new AppError('conflict', 'That recommendation is in the action log; change or drop the action there instead.');
    const row = editable(ws, rec.visit_id);
    deleteRow(ws, 'visit_recommendations', 'visit recommendation', id);
    updateRow(ws, 'visits', 'visit', row.id, { revision: row.revision + 1 });
  });
}

/** The identity flags of a report's anonymised summary, with those the member dismissed marked. */
export function summaryFlags(ws: Workspace, id: string, today: string): { flags: IdentityFlag[]; unresolved: IdentityFlag[] } {
  const row = visitRow(ws, id);
  return flagsOf(row.summary, row.identity_dismissed, peopleNames(ws), today);
}

/** Records that the member judged a flag not identifying (who, when, what). */
export function dismissFlag(ws: Workspace, input: z.input<typeof dismissFlagInput>): void {
  const d = dismissFlagInput.parse(input);
  ws.tx(() => {
    const row = editable(ws, d.visitId);
    const next = withDismissal(ws, row.identity_dismissed, d);
    if (next !== null) writeVisit(ws, row, { identity_dismissed: next });
  });
}

/** Marks the anonymised summary ready for the board, refused while identity flags remain unresolved. */
export function markSummaryReady(ws: Workspace, id: string, ready: boolean, today: string): void {
  ws.tx(() => {
    const row = editable(ws, id);
    if (ready) {
      if (!row.summary.trim()) throw new AppError('invalid_input', 'Write the anonymised summary before marking it ready.', { summary: 'Write the summary.' });
      const { unresolved } = summaryFlags(ws, id, today);
      if (unresolved.length > 0) {
        const first = unresolved[0] as IdentityFlag;
        throw new AppError('invalid_input', `The summary may still identify someone: "${first.text}"${unresolved.length > 1 ? ` and ${unresolved.length - 1} more` : ''}. ${first.suggestion} Or dismiss the flag if it is not identifying.`, { summary: first.suggestion });
      }
    }
    writeVisit(ws, row, { summary_ready: ready ? 1 : 0 });
  });
}

/** Moves a report on: a member's draft becomes ready to return once both opinions are given. */
export function setVisitStatus(ws: Workspace, id: string, status: VisitStatus): void {
  if (!VISIT_STATUSES.includes(status)) throw new AppError('invalid_input', 'Choose a status.');
  ws.tx(() => {
    const row = editable(ws, id);
    if (status === 'ready' && row.kind !== 'reg45' && (!row.safeguarded || !row.wellbeing)) {
      throw new AppError('invalid_input', 'Give both opinions (are children safeguarded; is their well-being promoted) before marking the report ready.', { safeguarded: 'Choose yes, no or concerns.' });
    }
    writeVisit(ws, row, { status });
  });
}

export function deleteVisit(ws: Workspace, id: string): void {
  ws.tx(() => {
    const row = editable(ws, id);
    if (ws.stmt('SELECT 1 FROM visit_recommendations WHERE visit_id = ? AND action_id IS NOT NULL').get(id)) {
      throw new AppError('conflict', 'Some of this report’s recommendations are in the action log, so it cannot be deleted.');
    }
    for (const r of ws.stmt('SELECT id FROM visit_recommendations WHERE visit_id = ?').pluck().all(id) as string[]) deleteRow(ws, 'visit_recommendations', 'visit recommendation', r);
    deleteRow(ws, 'visits', 'visit', row.id);
  });
}

/** Moves a draft report to another home (chosen wrongly when it was started); refused once it is ready or reviewed. */
export function changeVisitHome(ws: Workspace, id: string, homeId: string): void {
  ws.tx(() => {
    const row = editable(ws, id);
    const fixed = HOME_FIXED_BECAUSE[row.status];
    if (fixed) throw new AppError('conflict', fixed);
    requireId(ws, 'homes', homeId, 'The home chosen no longer exists.', { homeId: 'Choose a home.' });
    writeVisit(ws, row, { home_id: homeId });
  });
}

/** What the clerk chose for one recommendation as it is accepted: the action's owner and due date. */
export interface AcceptChoice {
  id: string;
  ownerId: string | null;
  due: string | null;
}

/**
 * Accepts recommendations into the action log: one action each (source 'visit'), owned by the
 * home's link officer and due by the recommendation's timescale unless the clerk chose otherwise
 * (`choices`: only those are accepted), linked from the recommendation. Already accepted ones are
 * left; returns the ids of the actions made.
 */
export function acceptRecommendations(ws: Workspace, visitId: string, ids?: readonly string[], choices?: readonly AcceptChoice[]): string[] {
  return ws.tx(() => {
    const row = visitRow(ws, visitId);
    const home = ws.stmt('SELECT link_officer_id FROM homes WHERE id = ?').get(row.home_id) as { link_officer_id: string | null };
    const recs = ws.stmt('SELECT id, text, due_date, action_id FROM visit_recommendations WHERE visit_id = ? ORDER BY position').all(visitId) as { id: string; text: string; due_date: string | null; action_id: string | null }[];
    const chosen = choices ? new Map(choices.map((c) => [c.id, c])) : null;
    for (const c of choices ?? []) if (!recs.some((r) => r.id === c.id)) throw new AppError('not_found', 'That recommendation is not on this report any more. Open the report again.');
    const made: string[] = [];
    for (const r of recs) {
      if (r.action_id || (ids && !ids.includes(r.id)) || (chosen && !chosen.has(r.id))) continue;
      const choice = chosen?.get(r.id);
      const title = r.text.length > 300 ? `${r.text.slice(0, 297)}…` : r.text;
      const action = createAction(ws, {
        title,
        description: `Recommended after the ${VISIT_KIND_LABELS[row.kind].toLowerCase()} to ${row.home_name} on ${longDate(row.visit_date)}.`,
        dueDate: choice ? choice.due : r.due_date,
        ownerId: choice ? choice.ownerId : home.link_officer_id,
        source: 'visit',
      });
      updateRow(ws, 'visit_recommendations', 'visit recommendation', r.id, { action_id: action.id });
      made.push(action.id);
    }
    return made;
  });
}
