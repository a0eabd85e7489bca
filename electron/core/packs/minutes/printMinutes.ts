/**
 * Printing a meeting's minutes to a file: the members' version (with the confidential annex), the
 * public version, or the child-friendly summary. Read, laid out (in a worker under Electron, in
 * process otherwise) and saved with writeFileAtomic (../../saveFile.ts), so a failure at any step
 * leaves `out` as it was.
 */
import { MINUTES_PRINT_TASK } from '../../../../shared/ipc/channels';
import type { ProgressEvent } from '../../../../shared/ipc/errors';
import { writeFileAtomic } from '../../saveFile';
import type { Workspace } from '../../workspace';
import { renderInProcess, type PdfRenderer } from '../render';
import { buildChildDoc } from './childDoc';
import { minutesData } from './minutesData';
import { buildMinutesPdf } from './minutesPdf';
import { readMinutes } from './minutesRead';

/** Which document: the members' minutes, the public minutes, or the child-friendly summary. */
export type MinutesDocument = 'members' | 'public' | 'child';


export interface PrintMinutesOptions {
  meetingId: string;
  document: MinutesDocument;
  today: string;
  out: string;
  render?: PdfRenderer;
  onProgress?: (e: ProgressEvent) => void;
  /** The moment the PDF is made (metadata); now unless given. */
  createdAt?: string;
}

const NAMES: Record<MinutesDocument, string> = { members: "The members' minutes", public: 'The public minutes', child: 'The child-friendly summary' };

/** The PDF's bytes and page count, not saved (the CLI, the app and the bench save them). */
export async function makeMinutes(ws: Workspace, o: Omit<PrintMinutesOptions, 'out'>): Promise<{ bytes: Uint8Array; pages: number }> {
  const report = (done: number, label: string): void => o.onProgress?.({ task: MINUTES_PRINT_TASK, done: Math.floor(done), total: 100, label });
  const render = o.render ?? renderInProcess;
  report(0, 'Reading the minutes…');
  const rec = readMinutes(ws, o.meetingId, o.today);
  if (o.document === 'child') {
    const r = await render(buildChildDoc(rec, o.createdAt), (done, total) => report(5 + (done / total) * 90, 'Drawing the pages…'));
    return { bytes: r.buffer, pages: r.pages };
  }
  const data = minutesData(rec, { version: o.document, createdAt: o.createdAt });
  return buildMinutesPdf(data, { render, standalone: true, onProgress: (d, l) => report(5 + d * 0.9, l) });
}

export async function printMinutes(ws: Workspace, o: PrintMinutesOptions): Promise<{ path: string; pages: number }> {
  const made = await makeMinutes(ws, o);
  o.onProgress?.({ task: MINUTES_PRINT_TASK, done: 96, total: 100, label: 'Saving the PDF…' });
  await writeFileAtomic(o.out, made.bytes, NAMES[o.document]);
  o.onProgress?.({ task: MINUTES_PRINT_TASK, done: 100, total: 100, label: `Saved ${made.pages} ${made.pages === 1 ? 'page' : 'pages'}.` });
  return { path: o.out, pages: made.pages };
}
