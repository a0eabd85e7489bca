/**
 * "Print the Pledge report": the tracker read, laid out in the child-friendly style (report.ts),
 * checked for names of the workspace's people, rendered (in a worker under Electron, in process
 * otherwise) and saved through a temporary file (saveFile.ts), so a refused or failed print leaves
 * `out` as it was.
 */
import type { ProgressEvent } from '../../../shared/ipc/errors';
import { longDate } from '../../../shared/logic/dates';
import type { PledgeEntry } from '../../../shared/model/voices';
import { AppError } from '../errors';
import { renderInProcess, type PdfRenderer } from '../packs/render';
import { writeFileAtomic } from '../saveFile';
import { getSettings } from '../settings/queries';
import { checkOutput } from '../identity/outputCheck';
import { voicePieces } from '../voices/identity';
import { nameFinder, workspaceNames, type NameFinder } from '../voices/names';
import { getVoice } from '../voices/queries';
import type { Workspace } from '../workspace';
import { pledgeTracker } from './queries';
import { buildPledgeReportDoc, reportText } from './report';

export const PLEDGE_REPORT_TASK = 'pledge:printReport';

export interface PrintPledgeReportOptions {
  today: string;
  out: string;
  render?: PdfRenderer;
  onProgress?: (e: ProgressEvent) => void;
}

/** Where a name was found, in words the clerk can act on: "the promise “Your voice”, in “You said” of 1 September 2026". */
function whereNamed(finder: NameFinder, entries: PledgeEntry[]): string[] {
  const found: string[] = [];
  for (const e of entries) {
    const places: [string, string][] = [
      ['its heading or promise', `${e.heading}\n${e.promise}`],
      ...e.actions.filter((a) => a.status !== 'dropped').map((a): [string, string] => [`action ${a.reference}`, a.title]),
      ...e.voices.map((v): [string, string] => [`the voice record “${v.theme}” of ${longDate(v.heardOn)}`, [v.youSaid, v.weWill, v.outcomeText].join('\n')]),
    ];
    for (const [where, text] of places) {
      const names = finder.namesIn(text);
      if (names.length > 0) found.push(`${names.join(', ')} (under “${e.heading}”, ${where})`);
    }
  }
  return found;
}

/**
 * The report's identity check (core/identity/outputCheck.ts) over what children said and the
 * board's answers: a voice record with a flag still open (not replaced, not dismissed on the
 * Voices screen) is left out, the report says how many, and the run is recorded. A record linked
 * to two promises is checked once.
 */
function checkedEntries(ws: Workspace, entries: PledgeEntry[], today: string): { entries: PledgeEntry[]; leftOut: number } {
  const voices = new Map(entries.flatMap((e) => e.voices).map((v) => [v.id, getVoice(ws, v.id)]));
  const owners: string[] = [];
  const pieces = [...voices.values()].flatMap((v) => voicePieces(v).map((p) => (owners.push(v.id), p)));
  const check = checkOutput(ws, 'pledge_report', pieces, today);
  const out = new Set(owners.filter((_, i) => !check.clear[i]));
  return { entries: entries.map((e) => ({ ...e, voices: e.voices.filter((v) => !out.has(v.id)) })), leftOut: out.size };
}

export async function printPledgeReport(ws: Workspace, opts: PrintPledgeReportOptions): Promise<{ path: string; pages: number }> {
  const report = (done: number, label: string): void => opts.onProgress?.({ task: PLEDGE_REPORT_TASK, done, total: 100, label });
  report(0, 'Reading the Pledge…');
  const settings = getSettings(ws);
  const { entries, leftOut } = checkedEntries(ws, pledgeTracker(ws, opts.today), opts.today);
  const doc = buildPledgeReportDoc({ councilName: settings.councilName, boardName: settings.boardName, today: opts.today, createdAt: new Date().toISOString(), entries, voicesLeftOut: leftOut });

  // The report is for children: it must name nobody. The words come from the workspace, so check them.
  const finder = nameFinder(workspaceNames(ws));
  if (finder.namesIn(reportText(doc)).length > 0) {
    const where = whereNamed(finder, entries);
    throw new AppError(
      'invalid_input',
      `The Pledge report was not made: it would name ${where.length > 0 ? where.join('; ') : finder.namesIn(reportText(doc)).join(', ')}. Replace each name with initials or a role, then print it again.`,
    );
  }

  report(10, 'Drawing the pages…');
  const render = opts.render ?? renderInProcess;
  const { buffer, pages } = await render(doc, (done, total) => report(10 + Math.floor((done / total) * 85), 'Drawing the pages…'));
  report(95, 'Saving the PDF…');
  await writeFileAtomic(opts.out, buffer, 'The Pledge report');
  report(100, `Saved ${pages} ${pages === 1 ? 'page' : 'pages'}.`);
  return { path: opts.out, pages };
}
