/** Prints a visit report (or its anonymised summary) and saves it atomically: `out` is never half-written. */
import { writeFileAtomic } from '../saveFile';
import { getSettings } from '../settings/queries';
import type { Workspace } from '../workspace';
import { renderInProcess, type PdfRenderer } from '../packs/render';
import { getVisit } from './queries';
import { buildVisitReport, buildVisitSummary } from './visitDoc';

export interface PrintVisitOptions {
  visitId: string;
  anonymised: boolean;
  today: string;
  out: string;
  render?: PdfRenderer;
}

export async function printVisitReport(ws: Workspace, opts: PrintVisitOptions): Promise<{ path: string; pages: number }> {
  const settings = getSettings(ws);
  const data = {
    councilName: settings.councilName,
    boardName: settings.boardName,
    today: opts.today,
    createdAt: new Date().toISOString(),
    visit: getVisit(ws, opts.visitId),
    people: ws.stmt('SELECT name FROM people').pluck().all() as string[],
  };
  const doc = opts.anonymised ? buildVisitSummary(data) : buildVisitReport(data);
  const { buffer, pages } = await (opts.render ?? renderInProcess)(doc);
  await writeFileAtomic(opts.out, buffer, opts.anonymised ? 'The visit summary' : 'The visit report');
  return { path: opts.out, pages };
}
