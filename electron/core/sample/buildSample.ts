/**
 * Builds the Northbrook sample board from resources/sample/northbrook.json, through core's own
 * functions, so every record and change-log entry is written as a clerk's would be. Dates in the
 * file are relative, so the board always has some overdue and some stale actions; the same `today`
 * always gives the same board. Its year of meetings, agendas and reports comes from
 * resources/sample/meetings.json (sampleMeetings.ts) and sampleReports.ts; the papers of the
 * meetings already held are published (samplePapers.ts) and minuted (sampleMinutes.ts).
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { holidaySet } from '../../../shared/logic/publication';
import { isoDate } from '../../../shared/model/schemas';
import { addUpdate, createAction } from '../actions/mutations';
import { checkPdf, type CheckedPdf } from '../attachments/checkPdf';
import { storeFile } from '../attachments/files';
import { createBody } from '../bodies/mutations';
import { insertRow } from '../db/audit';
import { newId } from '../db/ids';
import { nextPosition } from '../db/rows';
import { AppError } from '../errors';
import { addAgendaItem } from '../meetings/agendaWrites';
import { createMeeting } from '../meetings/mutations';
import { setQuorum } from '../meetings/templates';
import { createPerson } from '../people/mutations';
import { updateSettings } from '../settings/mutations';
import { createPledge, createPriority, saveStrategy } from '../strategy/mutations';
import { Workspace, type WorkspaceOptions } from '../workspace';
import {
  actionInputOf,
  bodyInputOf,
  loadSampleData,
  personInputOf,
  priorityInputOf,
  settingsInputOf,
  strategyInputOf,
  updateInputOf,
  type SampleData,
  type SampleRefs,
} from './sampleData';
import { SAMPLE_START_TIME, datedSampleMeetings, type DatedSampleMeeting, type SampleItem } from './sampleMeetings';
import type { PdfRenderer } from '../packs/render';
import { fillSampleMinutes } from './sampleMinutes';
import { publishPastMeetings } from './samplePapers';
import { fillIndicators } from './sampleIndicators';
import { sampleReportPdf, type SampleReport } from './sampleReports';
import { fillVoices } from './sampleVoices';
import { fillEvidence, makeSampleEvidence } from './sampleEvidence';
import { fillVisits } from './sampleVisits';
import { fillAnnualReport } from './sampleAnnualReport';

export const SAMPLE_FILE_NAME = 'Northbrook sample board.panelpack';

export interface SampleOptions extends WorkspaceOptions {
  /** The date the sample's relative dates count from (YYYY-MM-DD). */
  today: string;
  /** Replace a file already at the path; without it, an existing file is an error and is left alone. */
  overwrite?: boolean;
  /** Lays out the past meetings' papers (the host's worker under Electron); in process by default. */
  render?: PdfRenderer;
}

/** The board's quorum: a third of its nine members. */
const SAMPLE_QUORUM = 3;

/**
 * Builds the sample into a temporary file beside `path` and renames it into place only when it is
 * complete, so a build that fails or is killed never leaves half a sample under the real name.
 * The report PDFs (pdf-lib's API is async) are made and checked before the workspace is touched;
 * everything is then written in one synchronous transaction, never held open across an await, and
 * the past meetings' papers are published after it, each run in its own transaction as a clerk's is.
 */
export async function buildSampleWorkspace(path: string, opts: SampleOptions): Promise<Workspace> {
  const { today, overwrite = false, render, ...wsOpts } = opts;
  if (!isoDate('today').safeParse(today).success) throw new AppError('invalid_input', `The sample board needs today's date as YYYY-MM-DD, not "${today}".`);
  const data = loadSampleData(today);
  const refuse = () => new AppError('conflict', `A file called "${basename(path)}" already exists there, so the sample board was not built. It has not been changed.`);
  if (!overwrite && existsSync(path)) throw refuse();
  // A new workspace knows only the shipped bank holidays, so these are the dates it will compute.
  const meetings = datedSampleMeetings(today, holidaySet());
  const key = `${today}\n${JSON.stringify(data)}`;
  const reports = await makeReports(key, data, meetings, today);
  const evidence = await makeSampleEvidence(data.settings.councilName, today);

  const temp = join(dirname(path), `.${basename(path)}.${newId()}.building`);
  let ws: Workspace | undefined;
  try {
    ws = Workspace.create(temp, { councilName: data.settings.councilName, boardName: data.settings.boardName }, { ...wsOpts, overwrite: false });
    const w = ws;
    // One transaction (core's own writes nest inside it as savepoints): one commit, not hundreds.
    const ids = w.tx(() => {
      const refs = fill(w, data, today);
      fillEvidence(w, evidence, today);
      fillVoices(w, refs, today);
      const meetingIds = fillMeetings(w, data, refs, meetings, reports, today);
      fillVisits(w, refs, today);
      fillAnnualReport(w, today);
      return meetingIds;
    });
    await publishPastMeetings(w, meetings, ids, { today, key, render });
    // Then the held meetings' minutes, in one transaction (the first approved at the second).
    w.tx(() => fillSampleMinutes(w, data, meetings, ids, today));
    ws.close();
    ws = undefined;
    if (overwrite) {
      // A WAL or shared-memory file left by the old workspace would be replayed into the new one.
      removeSidecars(path);
    } else if (existsSync(path)) {
      throw refuse();
    }
    renameSync(temp, path);
  } catch (err) {
    ws?.close();
    rmSync(temp, { force: true });
    removeSidecars(temp);
    throw err;
  }
  return Workspace.open(path, wsOpts);
}

function removeSidecars(dbPath: string): void {
  for (const suffix of ['-wal', '-shm', '-journal']) rmSync(dbPath + suffix, { force: true });
}

function lookup<K>(map: Map<K, string>, what: string): (key: K) => string {
  return (key) => {
    const id = map.get(key);
    if (id === undefined) throw new Error(`Sample board: no ${what} "${String(key)}" (the data check should have caught this).`);
    return id;
  };
}

/** Creates everything in the order a clerk would: settings, people, bodies, strategy, priorities, actions and updates, pledge. */
function fill(ws: Workspace, d: SampleData, today: string): SampleRefs {
  const people = new Map<string, string>();
  const bodies = new Map<string, string>();
  const priorities = new Map<number, string>();
  const refs: SampleRefs = { person: lookup(people, 'person'), body: lookup(bodies, 'board or group'), priority: lookup(priorities, 'priority') };

  updateSettings(ws, settingsInputOf(d));
  for (const p of d.people) people.set(p.key, createPerson(ws, personInputOf(p)).id);
  for (const b of d.bodies) bodies.set(b.key, createBody(ws, bodyInputOf(b, refs)).id);
  saveStrategy(ws, null, strategyInputOf(d.strategy, today));
  for (const p of d.priorities) priorities.set(p.number, createPriority(ws, priorityInputOf(p, refs)).id);
  for (const a of d.actions) {
    const action = createAction(ws, actionInputOf(d, a, refs, today));
    for (const u of a.updates) addUpdate(ws, updateInputOf(a, u, action.id, refs, today), today);
  }
  for (const p of d.pledges) createPledge(ws, p);
  fillIndicators(ws, (n) => refs.priority(n), today);
  return refs;
}

/** A report made for an item, and what checkPdf found (the same check a clerk's file goes through). */
interface ReadyReport extends SampleReport {
  checked: CheckedPdf;
}

/**
 * The last set of reports made, by today and the sample data they were made from. Reports depend
 * on nothing else, so the sample reopened on the same day (the app rebuilds it on every open, and
 * the browser tests open it in test after test) reuses them instead of making them again: making
 * them is the largest part of the build's time. One set is kept: a few tens of kilobytes.
 */
let lastReports: { key: string; reports: Map<SampleItem, ReadyReport> } | null = null;

/** Every report, keyed by its item, made and checked before anything is written. */
async function makeReports(key: string, d: SampleData, meetings: DatedSampleMeeting[], today: string): Promise<Map<SampleItem, ReadyReport>> {
  if (lastReports?.key === key) return lastReports.reports;
  const out = new Map<SampleItem, ReadyReport>();
  for (const m of meetings) {
    for (const item of m.items) {
      if (!item.report) continue;
      const report = await sampleReportPdf({
        item,
        report: item.report,
        councilName: d.settings.councilName,
        boardName: d.settings.boardName,
        meetingDate: m.date,
        reportDate: m.reportDate,
        data: d,
        today,
      });
      out.set(item, { ...report, checked: await checkPdf(report.filename, report.bytes) });
    }
  }
  lastReports = { key, reports: out };
  return out;
}

/**
 * The board's meetings, as a clerk would make them: each created in draft with the standing
 * items, its own items added and reports attached. Their ids, in order: the meetings already held
 * are published and moved on afterwards (publishPastMeetings).
 */
function fillMeetings(ws: Workspace, d: SampleData, refs: SampleRefs, meetings: DatedSampleMeeting[], reports: Map<SampleItem, ReadyReport>, today: string): string[] {
  const board = d.bodies.find((b) => b.kind === 'board');
  if (!board) throw new Error('Sample board: the file has no board to hold meetings.');
  const boardId = refs.body(board.key);
  const priorityId = (n: number): string => refs.priority(n);
  const name = (key: string) => {
    const p = d.people.find((x) => x.key === key);
    if (!p) throw new Error(`Sample board: no person "${key}" for an agenda item.`);
    return p.name;
  };
  setQuorum(ws, { bodyId: boardId, quorum: SAMPLE_QUORUM });
  const ids: string[] = [];
  for (const m of meetings) {
    const meeting = createMeeting(ws, { bodyId: boardId, meetingDate: m.date, startTime: SAMPLE_START_TIME, venue: m.venue, themePriorityId: priorityId(m.theme) }, today);
    ids.push(meeting.id);
    for (const item of m.items) {
      const added = addAgendaItem(
        ws,
        {
          meetingId: meeting.id,
          title: item.title,
          purpose: item.purpose,
          presenter: name(item.presenter),
          reportAuthor: name(item.author),
          minutes: item.minutes,
          priorityId: priorityId(item.priority),
          principles: item.principles,
          recommendation: item.recommendation ?? '',
          part: item.exempt ? 2 : 1,
          exemptParagraph: item.exempt?.paragraph ?? null,
          publicTitle: item.exempt?.publicTitle ?? '',
        },
        today,
      );
      const report = reports.get(item);
      if (report) attachChecked(ws, added.id, report);
    }
  }
  return ids;
}

/**
 * Attaches a report already passed by checkPdf, with the same writes as attachPdf (which cannot
 * be used here: it awaits the check, and the build's transaction must not span an await).
 */
function attachChecked(ws: Workspace, itemId: string, r: ReadyReport): void {
  const sha256 = storeFile(ws, r.bytes);
  const position = nextPosition(ws, { table: 'attachments', where: 'item_id = ?', params: [itemId] });
  insertRow(ws, 'attachments', 'attachment', { id: newId(), item_id: itemId, file_sha256: sha256, filename: r.filename, title: r.title, pages: r.checked.pages, position });
}
