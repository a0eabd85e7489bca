/**
 * The visits paper for a meeting: the visits reported since the body's previous meeting, their
 * opinions, recommendations and each recommendation's status in the action log, attached in one
 * step to an agenda item. Two versions:
 * - full (Part II only: it identifies children): every report's findings and reasons, "NOT FOR
 *   PUBLICATION … paragraphs 1 and 2" on every page;
 * - summary (Part I): per visit the home, date, kind and the opinions in words, the summary where
 *   one is marked ready, recommendations after the identity checks; never the findings or reasons.
 */
import type { AttachedReport } from '../../../shared/model/entities';
import { longDate } from '../../../shared/logic/dates';
import { identityFlags, redactFlags } from '../../../shared/logic/identity';
import { OPINION_LABELS, QUALITY_STANDARD_LABELS, QUALITY_STANDARDS, VISIT_KIND_LABELS, type Opinion, type Visit } from '../../../shared/model/visits';
import { assertCanAttach, attachPdf } from '../attachments/mutations';
import { AppError } from '../errors';
import { peopleNames } from '../identity/dismissals';
import { checkOutput, leftOutSentence } from '../identity/outputCheck';
import { paper, type PdfContent } from '../packs/paper';
import { renderInProcess, type PdfRenderer } from '../packs/render';
import { getSettings } from '../settings/queries';
import type { Workspace } from '../workspace';
import { getVisit } from './queries';
import { CONFIDENTIAL_LINE } from './visitDoc';

export type PaperVersion = 'full' | 'summary';

interface ItemRow {
  meeting_id: string;
  part: number;
  body_id: string;
  meeting_date: string;
}

/** The finished visits dated after the body's previous meeting and up to this one (all before it, when there is none). */
export function visitsForMeeting(ws: Workspace, meetingId: string): { since: string | null; until: string; visits: Visit[] } {
  const m = ws.stmt('SELECT body_id, meeting_date FROM meetings WHERE id = ?').get(meetingId) as { body_id: string; meeting_date: string } | undefined;
  if (!m) throw new AppError('not_found', 'That meeting no longer exists. It may have been deleted.');
  const since = ws.stmt('SELECT max(meeting_date) FROM meetings WHERE body_id = ? AND meeting_date < ?').pluck().get(m.body_id, m.meeting_date) as string | null;
  const ids = ws
    .stmt(
      `SELECT id FROM visits WHERE origin <> 'kit' AND status <> 'draft' AND visit_date <= @until AND (@since IS NULL OR visit_date > @since)
       ORDER BY visit_date, id`,
    )
    .pluck()
    .all({ since, until: m.meeting_date }) as string[];
  return { since, until: m.meeting_date, visits: ids.map((id) => getVisit(ws, id)) };
}

const words = (o: Opinion | null): string => (o ? OPINION_LABELS[o] : 'not given');

function visitBlock(v: Visit, full: boolean, clean: (s: string) => string): PdfContent[] {
  const out: PdfContent[] = [
    { text: `${v.homeName}: ${VISIT_KIND_LABELS[v.kind]}, ${longDate(v.date)}`, style: 'h2' },
    { text: `Children effectively safeguarded: ${words(v.safeguarded)}. The home promotes their well-being: ${words(v.wellbeing)}.`, margin: [0, 0, 0, 4] },
  ];
  if (full) {
    for (const s of QUALITY_STANDARDS) if (v.findings[s]) out.push({ text: QUALITY_STANDARD_LABELS[s], bold: true }, { text: v.findings[s] ?? '', margin: [0, 0, 0, 4] });
    if (v.opinionText) out.push({ text: 'Reasons', bold: true }, { text: v.opinionText, margin: [0, 0, 0, 4] });
    if (v.managerResponse) out.push({ text: "The manager's response", bold: true }, { text: v.managerResponse, margin: [0, 0, 0, 4] });
  } else if (v.summaryReady) {
    out.push({ text: v.summary, margin: [0, 0, 0, 4] });
  }
  if (v.recommendations.length > 0) {
    out.push({
      table: {
        widths: ['*', 120, 90],
        headerRows: 1,
        body: [
          ['Recommendation', 'Timescale', 'Action log'].map((t) => ({ text: t, style: 'tableHeader' })),
          ...v.recommendations.map((r) => [clean(r.text), r.due ? longDate(r.due) : 'None given', r.actionReference ? `Action ${r.actionReference} (${(r.actionStatus ?? '').replace('_', ' ')})` : 'Not yet accepted']),
        ],
      },
      layout: 'grid',
      margin: [0, 2, 0, 6],
    });
  }
  return out;
}

/** Builds the paper and attaches it to the item (checked and stored as any report is). */
export async function attachVisitsPaper(ws: Workspace, opts: { itemId: string; version: PaperVersion; today: string; render?: PdfRenderer }): Promise<AttachedReport> {
  const item = ws.stmt('SELECT i.meeting_id, i.part, m.body_id, m.meeting_date FROM agenda_items i JOIN meetings m ON m.id = i.meeting_id WHERE i.id = ?').get(opts.itemId) as ItemRow | undefined;
  if (!item) throw new AppError('not_found', 'That agenda item no longer exists. It may have been deleted.');
  assertCanAttach(ws, opts.itemId); // before laying out the paper: a held meeting's agenda cannot change
  const full = opts.version === 'full';
  if (full && item.part !== 2) {
    throw new AppError('invalid_input', 'The full visits paper identifies children, so it can only go on a Part II item. Attach the summary here, or make the item Part II.');
  }
  const { since, until, visits } = visitsForMeeting(ws, item.meeting_id);
  const settings = getSettings(ws);
  const people = peopleNames(ws);
  const clean = full ? (s: string) => s : (s: string) => redactFlags(s, identityFlags(s, { people, today: opts.today }));
  // The summary's identity check over the free text it prints (core/identity/outputCheck.ts):
  // recommendations once redacted, and each ready summary less the flags a member dismissed; a
  // summary with a flag still open is left out, and the run is recorded.
  let leftOut = 0;
  if (!full) {
    const ready = visits.filter((v) => v.summaryReady);
    const pieces = [
      ...ready.map((v) => ({ where: `the summary of the visit to ${v.homeName} on ${v.date}`, text: v.summary, dismissedKeys: v.dismissedFlags.map((f) => f.key) })),
      ...visits.flatMap((v) => v.recommendations.map((r) => ({ where: `recommendation ${r.position} of the visit to ${v.homeName} on ${v.date}`, text: clean(r.text) }))),
    ];
    const check = checkOutput(ws, 'visits_paper', pieces, opts.today);
    const held = new Set(ready.filter((_, i) => !check.clear[i]).map((v) => v.id));
    leftOut = held.size;
    for (const v of visits) if (held.has(v.id)) v.summaryReady = false;
  }
  const period = since ? `since the last meeting (${longDate(since)}) to ${longDate(until)}` : `up to ${longDate(until)}`;
  const title = full ? 'Visits to children’s homes (full reports)' : 'Visits to children’s homes (summary)';
  const content: PdfContent[] = [
    ...(full ? [{ text: CONFIDENTIAL_LINE, bold: true, color: '#A4161A', margin: [0, 0, 0, 8] } as PdfContent] : []),
    { text: title, style: 'title' },
    { text: `Visits reported ${period}: ${visits.length}.`, style: 'subtitle' },
    ...(visits.length === 0 ? [{ text: 'No visits were reported in this period.', style: 'empty' } as PdfContent] : visits.flatMap((v) => visitBlock(v, full, clean))),
    ...(leftOut > 0 ? [{ text: leftOutSentence(leftOut, 'summary', 'summaries'), italics: true, margin: [0, 8, 0, 0] } as PdfContent] : []),
  ];
  const doc = paper(
    {
      councilName: settings.councilName,
      boardName: settings.boardName,
      title: full ? 'NOT FOR PUBLICATION · Visits' : 'Visits summary',
      orientation: 'portrait',
      createdAt: new Date().toISOString(),
      footerLeft: full ? CONFIDENTIAL_LINE : `Generated ${longDate(opts.today)}`,
      styles: { h2: { fontSize: 11, bold: true, color: '#13263D', margin: [0, 10, 0, 3] } },
    },
    content,
  );
  const { buffer } = await (opts.render ?? renderInProcess)(doc);
  const filename = `Visits ${full ? 'full reports' : 'summary'} ${item.meeting_date}.pdf`;
  return attachPdf(ws, { itemId: opts.itemId, filename, bytes: new Uint8Array(buffer), title });
}
