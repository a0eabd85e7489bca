/**
 * The visit report form's draft (renderer/src/components/visits/VisitReportForm.vue) and how a
 * save sends it: only the fields that differ from what core holds, one `visits:saveField` input
 * each, checked with the shared schema first; a field the schema refuses is not sent, keeps its
 * message, and stays different from what is saved so the next change tries it again.
 */
import {
  QUALITY_STANDARDS, RECORD_CHECKS, SPOKE_WITH_GROUPS, visitFieldInput, type Opinion, type QualityStandard, type SpokeWithGroup, type Visit, type VisitFieldInput,
  type VisitKind,
} from '@shared/model/visits';
import { toIsoDate, toUkText } from '@shared/logic/typedDates';

export interface ReportDraft {
  date: string;
  kind: VisitKind;
  announced: 'yes' | 'no';
  visitors: string;
  spoke: Record<SpokeWithGroup, string>;
  records: string[];
  findings: Record<QualityStandard, string>;
  safeguarded: Opinion | '';
  wellbeing: Opinion | '';
  opinionText: string;
  /** Progress on the home's earlier recommendations, by recommendation id. */
  progress: Record<string, string>;
  managerResponse: string;
}

/** The form's draft of a report as core holds it (dates and counts as typed text). */
export const draftOf = (v: Visit): ReportDraft => ({
  date: toUkText(v.date),
  kind: v.kind,
  announced: v.announced ? 'yes' : 'no',
  visitors: v.visitors,
  spoke: Object.fromEntries(SPOKE_WITH_GROUPS.map((g) => [g, String(v.spokeWith[g])])) as Record<SpokeWithGroup, string>,
  records: [...v.recordsChecked],
  findings: Object.fromEntries(QUALITY_STANDARDS.map((s) => [s, v.findings[s] ?? ''])) as Record<QualityStandard, string>,
  safeguarded: v.safeguarded ?? '',
  wellbeing: v.wellbeing ?? '',
  opinionText: v.opinionText,
  progress: Object.fromEntries(v.previousRecommendations.map((r) => [r.id, r.progress])),
  managerResponse: v.managerResponse,
});

/** A count as typed: blank is none; anything not a whole number is left for the schema's message. */
const count = (t: string): number => (t.trim() === '' ? 0 : /^\d+$/.test(t.trim()) ? Number(t.trim()) : Number.NaN);

/** Each changed field as its `visits:saveField` input, named as the form's field is. */
export function changes(id: string, d: ReportDraft, was: ReportDraft): [string, VisitFieldInput][] {
  const out: [string, VisitFieldInput][] = [];
  if (d.date !== was.date) out.push(['date', { id, field: 'date', value: toIsoDate(d.date) }]);
  if (d.kind !== was.kind) out.push(['kind', { id, field: 'kind', value: d.kind }]);
  if (d.announced !== was.announced) out.push(['announced', { id, field: 'announced', value: d.announced === 'yes' }]);
  if (d.visitors !== was.visitors) out.push(['visitors', { id, field: 'visitors', value: d.visitors }]);
  for (const g of SPOKE_WITH_GROUPS) if (d.spoke[g] !== was.spoke[g]) out.push([`spoke-${g}`, { id, field: 'spokeWith', group: g, value: count(d.spoke[g]) }]);
  for (const r of RECORD_CHECKS) if (d.records.includes(r) !== was.records.includes(r)) out.push(['records', { id, field: 'recordChecked', record: r, value: d.records.includes(r) }]);
  for (const s of QUALITY_STANDARDS) if (d.findings[s] !== was.findings[s]) out.push([`finding-${s}`, { id, field: 'finding', standard: s, value: d.findings[s] }]);
  if (d.safeguarded !== was.safeguarded) out.push(['safeguarded', { id, field: 'safeguarded', value: d.safeguarded || null }]);
  if (d.wellbeing !== was.wellbeing) out.push(['wellbeing', { id, field: 'wellbeing', value: d.wellbeing || null }]);
  if (d.opinionText !== was.opinionText) out.push(['opinionText', { id, field: 'opinionText', value: d.opinionText }]);
  for (const [rid, text] of Object.entries(d.progress)) if (text !== was.progress[rid]) out.push([`progress-${rid}`, { id, field: 'previousProgress', recommendationId: rid, value: text }]);
  if (d.managerResponse !== was.managerResponse) out.push(['managerResponse', { id, field: 'managerResponse', value: d.managerResponse }]);
  return out;
}

/** Puts back one field (named as in `changes`) of `to` from `from`. */
export function restore(to: ReportDraft, from: ReportDraft, name: string): void {
  const [group, key = ''] = name.split(/-(.*)/s);
  if (group === 'spoke') to.spoke[key as SpokeWithGroup] = from.spoke[key as SpokeWithGroup];
  else if (group === 'finding') to.findings[key as QualityStandard] = from.findings[key as QualityStandard];
  else if (group === 'progress') to.progress[key] = from.progress[key] ?? '';
  else if (name === 'records') to.records = [...from.records];
  else Object.assign(to, { [name]: from[name as keyof ReportDraft] });
}

export const copy = (d: ReportDraft): ReportDraft => JSON.parse(JSON.stringify(d)) as ReportDraft;

/**
 * Sends what changed from `was` to `sent` through `send`, in the form's order. Answers what core
 * now holds and the messages of the fields not sent (by the form's field names).
 */
export async function saveChanges(
  id: string,
  sent: ReportDraft,
  was: ReportDraft,
  send: (input: VisitFieldInput) => Promise<unknown>,
): Promise<{ saved: ReportDraft; refused: Record<string, string> }> {
  const refused: Record<string, string> = {};
  for (const [name, input] of changes(id, sent, was)) {
    const parsed = visitFieldInput.safeParse(input);
    if (!parsed.success) {
      refused[name] = parsed.error.issues[0]?.message ?? 'Check this field.';
      continue;
    }
    await send(parsed.data);
  }
  const saved = copy(sent);
  for (const name of Object.keys(refused)) restore(saved, was, name);
  return { saved, refused };
}
