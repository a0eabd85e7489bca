/**
 * The Pledge tracker: every promise in order with its status (the clerk's judgement and what the
 * linked actions suggest), its linked actions with their current RAG, voice records and indicator
 * codes, and the day it was last evidenced. Four reads in all, whatever the number of promises.
 */
import { isOverdue } from '../../../shared/logic/actionRules';
import { suggestPledgeStatus } from '../../../shared/logic/pledgeStatus';
import type { ActionStatus, PledgeAudience, Rag } from '../../../shared/model/enums';
import type { PledgeAction, PledgeEntry, PledgeStatus, PledgeVoice } from '../../../shared/model/voices';
import { notFound } from '../errors';
import type { Workspace } from '../workspace';
import { toVoice, VOICE_SELECT, type VoiceRow } from '../voices/rows';

interface PledgeRow {
  id: string;
  position: number;
  heading: string;
  promise: string;
  audience: PledgeAudience;
  status: PledgeStatus;
  status_note: string;
  status_on: string | null;
}

interface LinkedActionRow {
  pledge_id: string;
  id: string;
  reference: string;
  title: string;
  status: ActionStatus;
  current_rag: Rag | null;
  due_date: string | null;
  latest_update_date: string | null;
}

/** Action references in reading order: 1.2 before 1.10. */
const byReference = (a: { reference: string }, b: { reference: string }): number => a.reference.localeCompare(b.reference, 'en-GB', { numeric: true });

function grouped<T extends { pledge_id: string }>(rows: T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) out.set(r.pledge_id, [...(out.get(r.pledge_id) ?? []), r]);
  return out;
}

const latest = (dates: (string | null)[]): string | null => dates.reduce<string | null>((m, d) => (d !== null && (m === null || d > m) ? d : m), null);

export function pledgeTracker(ws: Workspace, today: string): PledgeEntry[] {
  const pledges = ws.stmt('SELECT id, position, heading, promise, audience, status, status_note, status_on FROM pledges ORDER BY position, id').all() as PledgeRow[];
  const actions = grouped(
    ws
      .stmt(
        `SELECT pa.pledge_id, a.id, a.reference, a.title, a.status, a.current_rag, a.due_date, a.latest_update_date
         FROM pledge_actions pa JOIN actions a ON a.id = pa.action_id`,
      )
      .all() as LinkedActionRow[],
  );
  const voices = grouped(ws.stmt(`SELECT vp.pledge_id, x.* FROM voice_pledges vp JOIN (${VOICE_SELECT}) x ON x.id = vp.voice_id ORDER BY x.heard_on DESC, x.id DESC`).all() as (VoiceRow & { pledge_id: string })[]);
  const codes = grouped(ws.stmt('SELECT pledge_id, indicator_code FROM pledge_indicators ORDER BY indicator_code').all() as { pledge_id: string; indicator_code: string }[]);

  return pledges.map((p) => {
    const linkedActions: PledgeAction[] = (actions.get(p.id) ?? [])
      .map((a) => ({
        id: a.id,
        reference: a.reference,
        title: a.title,
        status: a.status,
        // A dropped action's last RAG says nothing about progress (as the action log prints it).
        rag: a.status === 'dropped' ? null : a.current_rag,
        dueDate: a.due_date,
        latestUpdateDate: a.latest_update_date,
        overdue: isOverdue({ dueDate: a.due_date, status: a.status }, today),
      }))
      .sort(byReference);
    const linkedVoices: PledgeVoice[] = (voices.get(p.id) ?? []).map((r) => {
      const v = toVoice(r);
      return { id: v.id, source: v.source, heardOn: v.heardOn, ageGroup: v.ageGroup, theme: v.theme, youSaid: v.youSaid, weWill: v.weWill, outcome: v.outcome, outcomeText: v.outcomeText, outcomeOn: v.outcomeOn };
    });
    const suggestion = suggestPledgeStatus(linkedActions);
    return {
      id: p.id,
      position: p.position,
      heading: p.heading,
      promise: p.promise,
      audience: p.audience,
      status: p.status,
      statusNote: p.status_note,
      statusOn: p.status_on,
      suggestedStatus: suggestion.status,
      suggestionReason: suggestion.reason,
      lastEvidenced: latest([...linkedActions.map((a) => a.latestUpdateDate), ...linkedVoices.flatMap((v) => [v.heardOn, v.outcomeOn])]),
      actions: linkedActions,
      voices: linkedVoices,
      indicatorCodes: (codes.get(p.id) ?? []).map((c) => c.indicator_code),
    };
  });
}

/** One promise of the tracker; not_found when it is gone. */
export function pledgeEntry(ws: Workspace, id: string, today: string): PledgeEntry {
  const entry = pledgeTracker(ws, today).find((e) => e.id === id);
  if (!entry) throw notFound('Pledge promise');
  return entry;
}
