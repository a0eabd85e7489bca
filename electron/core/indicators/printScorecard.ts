/**
 * "Print the scorecard": the lines read, the charts drawn, the document built (scorecardPdf.ts),
 * rendered (in a worker under Electron, in-process otherwise) and saved with writeFileAtomic, so a
 * failure leaves `out` as it was.
 */
import type { Audience } from '../../../shared/logic/suppression';
import { renderInProcess, type PdfRenderer } from '../packs/render';
import { writeFileAtomic } from '../saveFile';
import { getSettings } from '../settings/queries';
import type { Workspace } from '../workspace';
import { getIndicatorSettings, scorecard, type ScorecardFilter } from './queries';
import { buildScorecardDoc, drawScorecardCharts } from './scorecardPdf';

export interface PrintScorecardOptions {
  audience: Audience;
  today: string;
  /** The file to write; omitted: only the bytes are returned. */
  out?: string;
  filter?: ScorecardFilter;
  render?: PdfRenderer;
}

export async function scorecardPdf(ws: Workspace, opts: PrintScorecardOptions): Promise<{ buffer: Buffer; pages: number }> {
  const lines = scorecard(ws, opts.filter);
  const settings = getIndicatorSettings(ws);
  const s = getSettings(ws);
  const charts = await drawScorecardCharts(lines, opts.audience, settings);
  const doc = buildScorecardDoc({ councilName: s.councilName, boardName: s.boardName, today: opts.today, createdAt: new Date().toISOString(), audience: opts.audience, settings, lines, charts });
  return (opts.render ?? renderInProcess)(doc);
}

export async function printScorecard(ws: Workspace, opts: PrintScorecardOptions & { out: string }): Promise<{ path: string; pages: number }> {
  const { buffer, pages } = await scorecardPdf(ws, opts);
  await writeFileAtomic(opts.out, buffer, 'The scorecard');
  return { path: opts.out, pages };
}
