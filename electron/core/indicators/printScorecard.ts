/**
 * "Print the scorecard": the lines read, the charts drawn, the document built (scorecardPdf.ts),
 * rendered (in a worker under Electron, in-process otherwise) and saved with writeFileAtomic, so a
 * failure leaves `out` as it was.
 */
import type { Audience } from '../../../shared/logic/suppression';
import type { ScorecardLine } from '../../../shared/model/indicators';
import { checkOutput } from '../identity/outputCheck';
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

/**
 * The public version's identity check (core/identity/outputCheck.ts): the free text it prints is
 * each indicator's latest commentary; one with a flag still open is left out (its figures stay),
 * and the run is recorded.
 */
function checkedLines(ws: Workspace, lines: ScorecardLine[], today: string): { lines: ScorecardLine[]; leftOut: number } {
  const withText = lines.filter((l) => l.latest?.commentary.trim());
  const check = checkOutput(ws, 'scorecard', withText.map((l) => ({ where: `the commentary on ${l.indicator.name}, ${l.latest?.period ?? ''}`, text: l.latest?.commentary ?? '' })), today);
  const out = new Set(withText.filter((_, i) => !check.clear[i]).map((l) => l.indicator.id));
  return { lines: lines.map((l) => (out.has(l.indicator.id) && l.latest ? { ...l, latest: { ...l.latest, commentary: '' } } : l)), leftOut: check.leftOut };
}

export async function scorecardPdf(ws: Workspace, opts: PrintScorecardOptions): Promise<{ buffer: Buffer; pages: number }> {
  const all = scorecard(ws, opts.filter);
  const { lines, leftOut } = opts.audience === 'public' ? checkedLines(ws, all, opts.today) : { lines: all, leftOut: 0 };
  const settings = getIndicatorSettings(ws);
  const s = getSettings(ws);
  const charts = await drawScorecardCharts(lines, opts.audience, settings);
  const doc = buildScorecardDoc({ councilName: s.councilName, boardName: s.boardName, today: opts.today, createdAt: new Date().toISOString(), audience: opts.audience, settings, lines, charts, commentaryLeftOut: leftOut });
  return (opts.render ?? renderInProcess)(doc);
}

export async function printScorecard(ws: Workspace, opts: PrintScorecardOptions & { out: string }): Promise<{ path: string; pages: number }> {
  const { buffer, pages } = await scorecardPdf(ws, opts);
  await writeFileAtomic(opts.out, buffer, 'The scorecard');
  return { path: opts.out, pages };
}
