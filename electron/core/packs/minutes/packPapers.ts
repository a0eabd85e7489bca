/**
 * The papers PanelPack generates into the agenda pack of the meeting after a held one:
 *  - under "Minutes of the previous meeting" (standing item 'minutes'), that meeting's minutes as
 *    they stand (draft or circulated): the members' pack's copy with the confidential annex, the
 *    public pack's without (the same redaction as the public minutes, ./minutesData.ts);
 *  - under "Action log and matters arising" (standing item 'action_log'), a paper of the actions
 *    arising from those minutes and every open action of the board, with its current status and
 *    RAG, made by the action-log PDF's own builder (../actionLog.ts). Actions arising from a Part
 *    II item are left out of it in both packs (they are in the members' minutes annex).
 * A meeting whose body has no earlier held meeting with minutes gets nothing added.
 */
import { longDate } from '../../../../shared/logic/dates';
import type { AgendaItem } from '../../../../shared/model/entities';
import { CLOSED_STATUSES } from '../../../../shared/model/enums';
import { allMatchingActions } from '../../actions/queries';
import type { Workspace } from '../../workspace';
import { buildActionLogDoc } from '../actionLog';
import type { PackData, PackItem, PackReport, PackSource } from '../packData';
import type { PdfRenderer } from '../render';
import { minutesData } from './minutesData';
import { buildMinutesPdf } from './minutesPdf';
import { readMinutes } from './minutesRead';

export interface WithPapers {
  data: PackData;
  /** The generated papers' bytes by their PackReport key. */
  files: Map<string, Uint8Array>;
}

/** The body's latest held meeting before this one that has minutes, if any. */
export function previousMinutes(ws: Workspace, bodyId: string, meetingDate: string): { id: string; date: string } | null {
  const row = ws
    .stmt(
      `SELECT m.id, m.meeting_date AS date FROM meetings m JOIN minutes n ON n.meeting_id = m.id
       WHERE m.body_id = ? AND m.meeting_date < ? AND m.status IN ('held','minutes_approved') ORDER BY m.meeting_date DESC, m.start_time DESC LIMIT 1`,
    )
    .get(bodyId, meetingDate) as { id: string; date: string } | undefined;
  return row ?? null;
}

/** `data` with the generated papers added to its minutes and action-log items, and their bytes. */
export async function withMinutesPapers(ws: Workspace, source: PackSource, data: PackData, render: PdfRenderer, today: string): Promise<WithPapers> {
  const files = new Map<string, Uint8Array>();
  const m = source.agenda.meeting;
  const previous = previousMinutes(ws, m.bodyId, m.meetingDate);
  if (!previous) return { data, files };
  const keyOf = (standing: 'minutes' | 'action_log'): string | undefined =>
    source.agenda.entries.find((e): e is AgendaItem => e.kind === 'item' && e.standingKey === standing && e.parentId === null && e.part === 1)?.id;
  const minutesKey = keyOf('minutes');
  const actionsKey = keyOf('action_log');
  const present = new Set(data.entries.map((e) => e.key));
  const added = new Map<string, PackReport>();
  const when = longDate(previous.date);

  if (minutesKey && present.has(minutesKey)) {
    const rec = readMinutes(ws, previous.id, today);
    const built = await buildMinutesPdf(minutesData(rec, { version: data.version, createdAt: data.createdAt }), { render, standalone: false });
    const key = `generated:minutes:${previous.id}:${data.version}`;
    files.set(key, built.bytes);
    const status = rec.status === 'approved' ? '' : rec.status === 'circulated' ? ' (draft, circulated)' : ' (draft)';
    added.set(minutesKey, { title: `Minutes of the meeting held on ${when}${status}`, sha256: key, pages: built.pages, generated: true });
  }

  if (actionsKey && present.has(actionsKey)) {
    const part2 = new Set(
      (ws.stmt("SELECT a.id FROM actions a JOIN agenda_items i ON i.id = a.source_item_id WHERE i.part = 2").all() as { id: string }[]).map((r) => r.id),
    );
    const rows = allMatchingActions(ws, {}, today).filter(
      (a) => !part2.has(a.id) && (a.sourceMeetingId === previous.id || (!CLOSED_STATUSES.includes(a.status) && (a.leadBodyId === null || a.leadBodyId === m.bodyId))),
    );
    const doc = buildActionLogDoc({
      councilName: data.councilName,
      boardName: data.bodyName,
      today,
      createdAt: data.createdAt,
      filterWords: [],
      rows,
      scope: `The actions arising from the minutes of the meeting held on ${when}, and every open action of the board, with their current status and RAG.`,
      pageNumbers: false,
      draft: data.draft,
    });
    const r = await render(doc);
    const key = `generated:action-log:${previous.id}:${data.version}`;
    files.set(key, r.buffer);
    added.set(actionsKey, { title: `Action log and matters arising from the meeting held on ${when}`, sha256: key, pages: r.pages, generated: true });
  }

  if (added.size === 0) return { data, files };
  const entries = data.entries.map((e): typeof e => {
    const paper = added.get(e.key);
    return paper && e.kind === 'item' ? ({ ...e, reports: [paper, ...e.reports] } satisfies PackItem) : e;
  });
  return { data: { ...data, entries }, files };
}
