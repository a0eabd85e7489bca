/**
 * Publishing a meeting's papers, and printing them to a file (the CLI).
 *
 * publishMeeting makes every version first (members' pack, public pack, then the printable agenda,
 * whose page references point into the public pack), and only when all are made records them in
 * one transaction, with the meeting marked published. A cancelled or failed run therefore keeps
 * nothing: no publication, no status change. Each run adds new versions; earlier ones are kept.
 */
import type { Publication, PublishResult } from '../../../shared/model/entities';
import type { PublishedDocument } from '../../../shared/model/publishing';
import { PUBLICATION_KIND_LABELS } from '../../../shared/model/enums';
import type { ProgressEvent } from '../../../shared/ipc/errors';
import { longDate } from '../../../shared/logic/dates';
import { fileBytes } from '../attachments/files';
import { AppError } from '../errors';
import { requireEditableMeeting } from '../meetings/rows';
import { setMeetingStatus } from '../meetings/mutations';
import { insertPublication, nextSupplementNumber } from '../meetings/publications';
import type { Workspace } from '../workspace';
import { PUBLISH_TASK } from '../../../shared/ipc/channels';
import { buildFrontDoc } from './agendaDoc';
import { buildPack, type BuiltPack } from './pack';
import { withMinutesPapers, type WithPapers } from './minutes/packPapers';
import { packDataFrom, readPackSource, type PackVersion } from './packData';
import { writeFileAtomic } from '../saveFile';
import { requireReady } from './readiness';
import { renderInProcess, type PdfRenderer } from './render';

export interface PublishOptions {
  /** The day of publishing (YYYY-MM-DD): printed on the papers, and the meeting's publication day. */
  today: string;
  /** The moment the papers go out (ISO timestamp), for the papers' metadata and the kept versions; now unless given (the sample board's past papers). */
  publishedAt?: string;
  supplement?: boolean;
  /** Fit every report page of the members' pack (the one printed for members) to A4; on unless false. */
  fitMembersToA4?: boolean;
  render?: PdfRenderer;
  signal?: AbortSignal;
  onProgress?: (e: ProgressEvent) => void;
}

/** The supplement a new supplementary pack would be, and the moment since which items count as changed. */
function nextSupplement(ws: Workspace, meetingId: string): { number: number; since: string } {
  const last = ws.stmt('SELECT max(created_at) AS createdAt FROM publications WHERE meeting_id = ?').get(meetingId) as { createdAt: string | null };
  if (last.createdAt === null) throw new AppError('conflict', 'The agenda has not been published yet: publish the agenda and packs first; a supplementary pack is for items added or changed after that.');
  return { number: nextSupplementNumber(ws, meetingId), since: last.createdAt };
}

/** True when the run was cancelled (the signal aborted), as opposed to failing. */
export function isCancelled(err: unknown, signal?: AbortSignal): boolean {
  return signal?.aborted === true && (err === signal.reason || (err instanceof Error && err.name === 'AbortError'));
}

/**
 * Makes and keeps the meeting's papers. Progress: the members' pack 0–45, the public pack 45–90,
 * the agenda 90–97, saving 97–100. Throws the signal's reason when cancelled.
 */
export async function publishMeeting(ws: Workspace, meetingId: string, opts: PublishOptions): Promise<PublishResult> {
  // Every record the papers are made from, read once, now: later edits during the run do not mix into it.
  const source = readPackSource(ws, meetingId, opts.today);
  const agenda = source.agenda;
  if (agenda.meeting.status === 'held' || agenda.meeting.status === 'minutes_approved') requireEditableMeeting(ws, meetingId);
  requireReady(agenda);
  const report = (done: number, label: string): void => opts.onProgress?.({ task: PUBLISH_TASK, done: Math.floor(done), total: 100, label });
  const render = opts.render ?? renderInProcess;
  const createdAt = opts.publishedAt ?? new Date().toISOString();
  const supplement = opts.supplement ? nextSupplement(ws, meetingId) : undefined;
  const base = { today: opts.today, publishedOn: opts.today, createdAt, supplement, publishing: true };
  // The previous meeting's minutes and the action log, generated into their standing items (./minutes/packPapers.ts).
  const withMembers = await withMinutesPapers(ws, source, packDataFrom(ws, source, { ...base, version: 'members' }), render, opts.today);
  const withPublic = await withMinutesPapers(ws, source, packDataFrom(ws, source, { ...base, version: 'public' }), render, opts.today);
  const members = withMembers.data;
  const pub = withPublic.data;
  const generated = new Map([...withMembers.files, ...withPublic.files]);
  const loadFile = (sha: string): Uint8Array => generated.get(sha) ?? fileBytes(ws, sha);

  report(0, "Making the members' pack…");
  const membersPack = await buildPack(members, { render, loadFile, fitToA4: opts.fitMembersToA4 ?? true, signal: opts.signal, onProgress: (d, l) => report(d * 0.45, `Members' pack: ${l}`) });
  report(45, 'Making the public pack…');
  const publicPack = await buildPack(pub, { render, loadFile, signal: opts.signal, onProgress: (d, l) => report(45 + d * 0.45, `Public pack: ${l}`) });
  let agendaPdf: { buffer: Uint8Array; pages: number } | null = null;
  if (!supplement) {
    opts.signal?.throwIfAborted();
    report(90, 'Making the agenda…');
    agendaPdf = await render(buildFrontDoc(pub, publicPack.starts, { standalone: true }));
  }
  opts.signal?.throwIfAborted();

  report(97, 'Keeping the papers in the workspace…');
  const publications: Publication[] = [];
  let meeting = agenda.meeting;
  ws.tx(() => {
    // Checked again, once: the meeting may have been held or deleted while the papers were made.
    requireEditableMeeting(ws, meetingId);
    if (agendaPdf) publications.push(insertPublication(ws, { meetingId, kind: 'agenda', bytes: agendaPdf.buffer, pages: agendaPdf.pages, createdAt }));
    publications.push(insertPublication(ws, { meetingId, kind: supplement ? 'supplement' : 'members_pack', bytes: membersPack.bytes, pages: membersPack.pages, createdAt }));
    publications.push(insertPublication(ws, { meetingId, kind: supplement ? 'public_supplement' : 'public_pack', bytes: publicPack.bytes, pages: publicPack.pages, createdAt }));
    if (meeting.status === 'draft') meeting = setMeetingStatus(ws, { id: meetingId, status: 'published' }, opts.today);
  });
  const warnings = [...agenda.warnings];
  if (!supplement && agenda.meeting.deadlinePassed) {
    warnings.push(`These papers were published after the deadline (${longDate(agenda.meeting.publishBy)}): the meeting has fewer than five clear days' notice. Tell the chair.`);
  }
  report(100, `Published ${publications.length} documents.`);
  const documents: PublishedDocument[] = publications.map((p) => ({ kind: p.kind, name: PUBLICATION_KIND_LABELS[p.kind], pages: p.pages }));
  return { meeting, publications, documents, warnings };
}

export interface PrintPapersOptions {
  meetingId: string;
  version: PackVersion;
  today: string;
  out: string;
  supplement?: boolean;
  /** Fit every report page to A4; by default for the members' version, not the public one. */
  fitToA4?: boolean;
  render?: PdfRenderer;
}

/** The papers as printed to a file (with the generated papers): a meeting not yet published prints DRAFT on every page. */
async function dataFor(ws: Workspace, o: PrintPapersOptions, render: PdfRenderer): Promise<WithPapers> {
  const source = readPackSource(ws, o.meetingId, o.today);
  const data = packDataFrom(ws, source, { version: o.version, today: o.today, supplement: o.supplement ? nextSupplement(ws, o.meetingId) : undefined });
  return withMinutesPapers(ws, source, data, render, o.today);
}

async function packOf(ws: Workspace, papers: WithPapers, render: PdfRenderer, fitToA4: boolean): Promise<BuiltPack> {
  return buildPack(papers.data, { render, loadFile: (sha) => papers.files.get(sha) ?? fileBytes(ws, sha), fitToA4 });
}

/** Writes one version of the pack to `out` (atomically); nothing is recorded in the workspace. */
export async function printPack(ws: Workspace, o: PrintPapersOptions): Promise<{ path: string; pages: number }> {
  const render = o.render ?? renderInProcess;
  const built = await packOf(ws, await dataFor(ws, o, render), render, o.fitToA4 ?? o.version === 'members');
  await writeFileAtomic(o.out, built.bytes, 'The agenda pack');
  return { path: o.out, pages: built.pages };
}

/** Writes the printable agenda, its page references pointing into the same version of the pack. */
export async function printAgenda(ws: Workspace, o: PrintPapersOptions): Promise<{ path: string; pages: number }> {
  const render = o.render ?? renderInProcess;
  const papers = await dataFor(ws, o, render);
  const built = await packOf(ws, papers, render, o.fitToA4 ?? o.version === 'members');
  const agenda = await render(buildFrontDoc(papers.data, built.starts, { standalone: true }));
  await writeFileAtomic(o.out, agenda.buffer, 'The agenda');
  return { path: o.out, pages: agenda.pages };
}
