/**
 * An evidence pack's records, read from the workspace for one scope (./scope.ts) and one version.
 * As with agenda packs (../packData.ts), **the public version is redacted here, before any
 * layout**: no Part II minute, no action arising from a Part II item, so nothing of them can reach
 * the PDF's text, bookmarks or metadata.
 */
import type { ActionRow, AgendaItem, Meeting } from '../../../../shared/model/entities';
import type { ActionStatus, Rag } from '../../../../shared/model/enums';
import type { PrincipleCode } from '../../../../shared/model/principles';
import { allMatchingActions, listUpdates } from '../../actions/queries';
import { getMeeting } from '../../meetings/queries';
import { getSettings } from '../../settings/queries';
import { currentStrategy, listPledges, listPriorities } from '../../strategy/queries';
import type { Workspace } from '../../workspace';
import { printedRag } from '../actionLog';
import { minutesData, type MinuteActionLine } from '../minutes/minutesData';
import { readMinutes } from '../minutes/minutesRead';
import { appendixFiles, type AppendixFile } from './appendix';
import { indicatorsInScope, publicCheck, scopePledges, visitsInScope, voicesInScope, type EvidenceIndicators, type EvidenceVisit, type EvidenceVoices } from './evidenceExtras';
import { readNarrative, type NarrativeSection } from './narrative';
import { resolveScope, type EvidenceScope, type ResolvedScope } from './scope';

export type EvidenceVersion = 'members' | 'public';

export interface EvidenceUpdate {
  date: string;
  text: string;
  rag: Rag;
  status: ActionStatus;
  author: string | null;
}

export interface EvidenceAction {
  id: string;
  reference: string;
  title: string;
  description: string;
  owner: string | null;
  leadBody: string | null;
  dueDate: string | null;
  status: ActionStatus;
  /** None for a dropped action (../actionLog.ts printedRag). */
  rag: Rag | null;
  overdue: boolean;
  priority: string | null;
  principles: PrincipleCode[];
  raisedOn: string;
  /** The status it moved to, and when, oldest first (from the dated updates). */
  timeline: { date: string; status: ActionStatus }[];
  /** The dated updates in the scope's window, oldest first. */
  updates: EvidenceUpdate[];
}

export interface MinutesExtract {
  /** The item's agenda id: the anchor for contents and outline. */
  key: string;
  meetingDate: string;
  draft: boolean;
  minute: string;
  title: string;
  /** Members' version only: the paragraph of Schedule 12A. */
  part2: number | null;
  resolutions: string[];
  actions: MinuteActionLine[];
}

export interface EvidenceData {
  version: EvidenceVersion;
  largePrint: boolean;
  councilName: string;
  boardName: string;
  strategyTitle: string | null;
  scope: Pick<ResolvedScope, 'title' | 'rule' | 'from' | 'to'>;
  today: string;
  createdAt: string;
  actions: EvidenceAction[];
  minutes: MinutesExtract[];
  /** The Pledge's promises to the scope's audience (presets), or the one promise (a Pledge scope). */
  pledges: { heading: string; promise: string }[];
  /** The scope's indicators, voice records and visits (./evidenceExtras.ts, redacted there for the public version). */
  indicators: EvidenceIndicators;
  voices: EvidenceVoices;
  visits: EvidenceVisit[];
  /** The appendix: the evidence files of the actions in scope (./appendix.ts; public: files marked public only). */
  evidenceFiles: AppendixFile[];
  /** The annual report: the board's year ("2025-26") and the clerk's narrative sections with text, for this version (./narrative.ts); otherwise null and none. */
  annualYear: string | null;
  narrative: NarrativeSection[];
}

export interface EvidenceOptions {
  version: EvidenceVersion;
  largePrint?: boolean;
  today: string;
  createdAt?: string;
}

const inWindow = (date: string, s: ResolvedScope): boolean => (s.from === null || date >= s.from) && (s.to === null || date <= s.to);

/** The scope resolved against the workspace; an unknown priority, promise or meeting is refused in plain words. */
export function resolveEvidenceScope(ws: Workspace, scopeIn: EvidenceScope, today: string): ResolvedScope {
  return resolveScope(scopeIn, {
    priorities: listPriorities(ws),
    meeting: (id) => (ws.stmt('SELECT 1 FROM meetings WHERE id = ?').get(id) ? getMeeting(ws, id, today) : null),
    pledges: scopePledges(ws, today),
  });
}

export function evidenceData(ws: Workspace, scopeIn: EvidenceScope, opts: EvidenceOptions): EvidenceData {
  const settings = getSettings(ws);
  const scope = resolveEvidenceScope(ws, scopeIn, opts.today);
  const members = opts.version === 'members';
  const part2Items = new Set((ws.stmt('SELECT id FROM agenda_items WHERE part = 2').all() as { id: string }[]).map((r) => r.id));

  const actions: EvidenceAction[] = [];
  for (const a of allMatchingActions(ws, {}, opts.today)) {
    if (!members && a.sourceItemId && part2Items.has(a.sourceItemId)) continue;
    const all = listUpdates(ws, a.id).sort((x, y) => x.date.localeCompare(y.date) || x.createdAt.localeCompare(y.createdAt));
    if (!scope.action(a, all.at(-1)?.date ?? null)) continue;
    actions.push(toEvidenceAction(a, all, scope));
  }

  const minutes: MinutesExtract[] = [];
  const minuted = ws.stmt('SELECT n.meeting_id AS id, m.meeting_date AS date FROM minutes n JOIN meetings m ON m.id = n.meeting_id ORDER BY m.meeting_date, m.start_time').all() as { id: string; date: string }[];
  for (const { id } of minuted.filter((m) => inWindow(m.date, scope))) {
    const rec = readMinutes(ws, id, opts.today);
    const meeting: Meeting = rec.agenda.meeting;
    const items = rec.agenda.entries.filter((e): e is AgendaItem => e.kind === 'item' && scope.item(e, meeting));
    if (items.length === 0) continue;
    // Always the members' data, then Part II left out of the public version here.
    const d = minutesData(rec, { version: 'members', createdAt: opts.createdAt });
    for (const item of items) {
      if (item.part === 2 && !members) continue;
      const block = (item.part === 2 ? d.annex : d.minutes).find((b) => b.key === item.id);
      if (!block) continue;
      const resolutions = block.paras.filter((p) => p.kind === 'resolved').map((p) => p.text);
      const arising = (item.part === 2 ? d.annexActions : d.actions).filter((x) => x.minute === block.number);
      if (resolutions.length === 0 && arising.length === 0) continue;
      minutes.push({ key: item.id, meetingDate: meeting.meetingDate, draft: d.draft, minute: block.number, title: block.title, part2: item.part === 2 ? item.exemptParagraph : null, resolutions, actions: arising });
    }
  }

  const actionIds = new Set(actions.map((a) => a.id));
  const extras = { indicators: indicatorsInScope(ws, scope), voices: voicesInScope(ws, scope, actionIds, opts.today), visits: visitsInScope(ws, scope, actionIds, members) };
  if (!members) publicCheck(ws, extras, opts.today);
  return {
    version: opts.version,
    largePrint: opts.largePrint ?? false,
    councilName: settings.councilName,
    boardName: settings.boardName,
    strategyTitle: currentStrategy(ws)?.title ?? null,
    scope: { title: scope.title, rule: scope.rule, from: scope.from, to: scope.to },
    today: opts.today,
    createdAt: opts.createdAt ?? new Date().toISOString(),
    actions,
    minutes,
    pledges: listPledges(ws).filter((p) => scope.promise(p)).map((p) => ({ heading: p.heading, promise: p.promise })),
    ...extras,
    evidenceFiles: appendixFiles(ws, actions, members, scope),
    annualYear: scopeIn.kind === 'annual' ? scopeIn.year.trim() : null,
    narrative: readNarrative(ws, scopeIn, opts.version, opts.today),
  };
}

function toEvidenceAction(a: ActionRow, all: ReturnType<typeof listUpdates>, scope: ResolvedScope): EvidenceAction {
  const timeline: EvidenceAction['timeline'] = [];
  let status: ActionStatus = 'not_started';
  for (const u of all) {
    if (u.status === status) continue;
    status = u.status;
    timeline.push({ date: u.date, status: u.status });
  }
  return {
    id: a.id,
    reference: a.reference,
    title: a.title,
    description: a.description,
    owner: a.ownerName,
    leadBody: a.leadBodyName,
    dueDate: a.dueDate,
    status: a.status,
    rag: printedRag(a),
    overdue: a.overdue,
    priority: a.priorityNumber !== null ? `Priority ${a.priorityNumber}: ${a.priorityTitle ?? ''}` : null,
    principles: a.principles,
    // Records entered after the fact (an imported log) have updates older than the record itself.
    raisedOn: [a.createdAt.slice(0, 10), ...all.map((u) => u.date)].sort()[0] ?? a.createdAt.slice(0, 10),
    timeline,
    updates: all.filter((u) => inWindow(u.date, scope)).map((u) => ({ date: u.date, text: u.text, rag: u.rag, status: u.status, author: u.authorName })),
  };
}
