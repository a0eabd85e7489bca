/**
 * The evidence pack's indicators, voice records and visits for one scope and version, read beside
 * the actions and minutes (./evidenceData.ts). As there, **the public version is redacted here,
 * before any layout**:
 *  - indicators: every figure goes through the public scorecard's own suppression
 *    (shared/logic/suppression.ts, via core/indicators/scorecardPdf.ts when laid out); nothing is
 *    dropped here, the figures are hidden as the public scorecard hides them;
 *  - voice records: each record's words are run through the identity checks
 *    (shared/logic/identity.ts, with the names of everyone in the workspace), less the flags the
 *    clerk dismissed on the record (core/voices/identity.ts). A record with any flag still open is
 *    LEFT OUT of the public version, whole (not redacted: a half-hidden sentence about a named
 *    child still points at them); the public pack says how many were left out and why, never
 *    which. The members' version prints it with a line saying what is still flagged;
 *  - visits: the members' version has each visit's findings (Part II: paragraphs 1 and 2 of
 *    Schedule 12A, bannered); the public version only the anonymised summaries marked ready that
 *    still pass the identity checks (less the flags a member dismissed), never findings text;
 *  - the public version's check is one run of core/identity/outputCheck.ts over every piece of
 *    free text about children it would print (voice records, visit summaries, the indicators'
 *    latest commentary), recorded in identity_checks; what has an open flag is left out.
 */
import type { IndicatorSettings, ScorecardLine } from '../../../../shared/model/indicators';
import type { Voice } from '../../../../shared/model/voices';
import type { Visit } from '../../../../shared/model/visits';
import { getIndicatorSettings, scorecard } from '../../indicators/queries';
import { pledgeTracker } from '../../pledge/queries';
import { listVisits, getVisit } from '../../visits/queries';
import { peopleNames } from '../../identity/dismissals';
import { checkOutput, type CheckedText } from '../../identity/outputCheck';
import { voiceIdentityOf, voicePieces } from '../../voices/identity';
import { listVoices } from '../../voices/queries';
import type { Workspace } from '../../workspace';
import type { ResolvedScope, ScopePledge } from './scope';

export interface EvidenceIndicators {
  settings: IndicatorSettings;
  /** The scope's indicators with values, in the library's order. */
  lines: ScorecardLine[];
  /** The scope's indicators with no values yet (named in the summary). */
  empty: string[];
  /** Each line's chart as SVG (drawn when the pack is built: ./evidencePack.ts). */
  charts: Record<string, string>;
  /** Public version: how many latest commentaries the identity checks left out. */
  commentaryLeftOut?: number;
}

export interface EvidenceVoice extends Pick<Voice, 'id' | 'source' | 'heardOn' | 'ageGroup' | 'theme' | 'youSaid' | 'weWill' | 'ownerName' | 'dueDate' | 'outcome' | 'outcomeText' | 'outcomeOn' | 'dismissedFlags'> {
  /** Members' version only: what the identity checks still flag (empty when nothing is open). */
  flagged: string[];
}

export interface EvidenceVoices {
  records: EvidenceVoice[];
  /** Public version: how many records in scope were left out for a flag still open. */
  withheld: number;
}

export interface EvidenceVisit {
  id: string;
  home: string;
  date: string;
  kind: Visit['kind'];
  /** Members' version: the report's findings, opinions and recommendations; null in the public version. */
  report: Pick<Visit, 'findings' | 'safeguarded' | 'wellbeing' | 'opinionText' | 'recommendations'> | null;
  /** The anonymised summary, when marked ready (and, in the public version, still clear of the identity checks). */
  summary: string | null;
  /** The flags a member dismissed on the summary. */
  dismissedKeys: string[];
}

/** The Pledge's promises as the scopes need them, with the agenda items their actions arose from. */
export function scopePledges(ws: Workspace, today: string): ScopePledge[] {
  const source = ws.stmt('SELECT source_item_id FROM actions WHERE id = ? AND source_item_id IS NOT NULL').pluck();
  return pledgeTracker(ws, today).map((p) => ({
    id: p.id,
    position: p.position,
    heading: p.heading,
    audience: p.audience,
    actionIds: p.actions.map((a) => a.id),
    indicatorCodes: p.indicatorCodes,
    sourceItemIds: p.actions.map((a) => source.get(a.id) as string | undefined).filter((x): x is string => x !== undefined),
  }));
}

export function indicatorsInScope(ws: Workspace, scope: ResolvedScope): EvidenceIndicators {
  const lines = scorecard(ws).filter((l) => scope.linked({ principles: l.indicator.principles, priorityIds: l.indicator.priorityIds, code: l.indicator.code }));
  return { settings: getIndicatorSettings(ws), lines: lines.filter((l) => l.values.length > 0), empty: lines.filter((l) => l.values.length === 0).map((l) => l.indicator.name), charts: {} };
}

const inWindow = (s: ResolvedScope, from: string, to: string | null): boolean => (s.to === null || from <= s.to) && (s.from === null || (to ?? from) >= s.from);

/** Voice records linked to the scope (or to an action in it), heard in its window or answered in it; oldest first. */
/** Voice records in scope; the public version's are checked afterwards, with everything else it prints (publicCheck). */
export function voicesInScope(ws: Workspace, scope: ResolvedScope, actionIds: ReadonlySet<string>, today: string): EvidenceVoices {
  const people = peopleNames(ws);
  const records: EvidenceVoice[] = [];
  for (const v of listVoices(ws).reverse()) {
    const linked = scope.linked({ principles: v.principles, priorityIds: v.priorityIds, pledgeIds: v.pledgeIds }) || v.actionIds.some((id) => actionIds.has(id));
    if (!linked || !inWindow(scope, v.heardOn, v.outcome === 'pending' ? today : v.outcomeOn)) continue;
    const open = voiceIdentityOf(v, people, today).fields.flatMap((f) => f.flags.filter((x) => !x.dismissed).map((x) => x.text));
    const { id, source, heardOn, ageGroup, theme, youSaid, weWill, ownerName, dueDate, outcome, outcomeText, outcomeOn, dismissedFlags } = v;
    records.push({ id, source, heardOn, ageGroup, theme, youSaid, weWill, ownerName, dueDate, outcome, outcomeText, outcomeOn, dismissedFlags, flagged: [...new Set(open)] });
  }
  return { records, withheld: 0 };
}

/**
 * The public version's identity check: one run over every piece of free text about children it
 * would print, recorded; a voice record with an open flag is left out whole, a visit summary left
 * out, an indicator's latest commentary left out (its figures stay).
 */
export function publicCheck(ws: Workspace, d: { voices: EvidenceVoices; visits: EvidenceVisit[]; indicators: EvidenceIndicators }, today: string): void {
  const pieces: { piece: CheckedText; owner: string }[] = [];
  for (const v of d.voices.records) for (const piece of voicePieces(v)) pieces.push({ piece, owner: `voice:${v.id}` });
  for (const v of d.visits) if (v.summary) pieces.push({ piece: { where: `the summary of the visit to ${v.home} on ${v.date}`, text: v.summary, dismissedKeys: v.dismissedKeys }, owner: `visit:${v.id}` });
  for (const l of d.indicators.lines) {
    const c = l.latest?.commentary.trim();
    if (c) pieces.push({ piece: { where: `the commentary on ${l.indicator.name}, ${l.latest?.period ?? ''}`, text: c }, owner: `indicator:${l.indicator.id}` });
  }
  const check = checkOutput(ws, 'evidence_pack', pieces.map((p) => p.piece), today);
  const out = new Set(pieces.filter((_, i) => !check.clear[i]).map((p) => p.owner));
  const before = d.voices.records.length;
  d.voices.records = d.voices.records.filter((v) => !out.has(`voice:${v.id}`)).map((v) => ({ ...v, flagged: [] }));
  d.voices.withheld = before - d.voices.records.length;
  const visits = d.visits.filter((v) => !out.has(`visit:${v.id}`));
  d.visits.splice(0, d.visits.length, ...visits);
  d.indicators.lines = d.indicators.lines.map((l) => (out.has(`indicator:${l.indicator.id}`) && l.latest ? { ...l, latest: { ...l.latest, commentary: '' } } : l));
  d.indicators.commentaryLeftOut = d.indicators.lines.filter((l) => out.has(`indicator:${l.indicator.id}`)).length;
}

/**
 * Visits in scope: those whose recommendations became actions in scope; in a period or the annual
 * report, every visit in the window; for children in care, every visit (children's homes).
 */
export function visitsInScope(ws: Workspace, scope: ResolvedScope, actionIds: ReadonlySet<string>, members: boolean): EvidenceVisit[] {
  const out: EvidenceVisit[] = [];
  for (const row of listVisits(ws).sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))) {
    const v = getVisit(ws, row.id);
    const byWindow = scope.from !== null && scope.to !== null && v.date >= scope.from && v.date <= scope.to;
    const byAction = v.recommendations.some((r) => r.actionId !== null && actionIds.has(r.actionId));
    if (!(byWindow || byAction || scope.audience === 'children_in_care')) continue;
    const dismissedKeys = v.dismissedFlags.map((f) => f.key);
    const ready = v.summaryReady && v.summary.trim() !== '' ? v.summary.trim() : null;
    if (members) {
      out.push({ id: v.id, home: v.homeName, date: v.date, kind: v.kind, report: { findings: v.findings, safeguarded: v.safeguarded, wellbeing: v.wellbeing, opinionText: v.opinionText, recommendations: v.recommendations }, summary: ready, dismissedKeys });
      continue;
    }
    // Public: only a ready summary, which publicCheck then checks (less the flags a member dismissed).
    if (ready === null) continue;
    out.push({ id: v.id, home: v.homeName, date: v.date, kind: v.kind, report: null, summary: ready, dismissedKeys });
  }
  return out;
}
