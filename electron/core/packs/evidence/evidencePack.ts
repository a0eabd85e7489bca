/**
 * An evidence pack (issue 10): a content builder over the document binder (../binder.ts), as the
 * agenda pack is (../pack.ts).
 *  1. The indicators' charts are drawn (withCharts), then each section builder (./sections.ts
 *     SECTIONS, with the annual report's narrative sections before and after them, ./narrative.ts)
 *     makes its content for the scope; empty ones are left out.
 *  2. The body (all sections, each from a new page) is laid out once; its named destinations (one
 *     per heading id, ../binder.ts startPages) say the page each section and entry starts on.
 *  3. The front (cover and contents) is laid out through settleContents: its page numbers are its
 *     own length plus the body's start pages; its length is measured first (frontPagesGuess), so
 *     one pass is usually enough.
 *  4. Bind: front, body (the members' Part II pages bannered "NOT FOR PUBLICATION"), then the
 *     appendix's evidence files (./appendix.ts: stored files, sanitised and copied once, each
 *     bannered with its action); "Page N of M" on every page, labels, the outline (Cover,
 *     Contents, each section with its entries, the appendix with a file under it) and the metadata.
 */
import { AppError } from '../../errors';
import { drawScorecardCharts } from '../../indicators/scorecardPdf';
import { bind, loadSanitised, settleContents, startPages, type BinderPart, type OutlineEntry } from '../binder';
import type { PdfRenderer } from '../render';
import { appendixParts, appendixSection } from './appendix';
import type { EvidenceData } from './evidenceData';
import { buildBodyDoc, buildFrontDoc, evidenceName, frontPagesGuess, type BuiltSection } from './evidenceDoc';
import { withNarrative } from './narrative';
import { SECTIONS, type EvidenceSection } from './sections';
import { typography } from './typography';

export interface EvidencePackOptions {
  render: PdfRenderer;
  /** The bytes of a stored file by SHA-256 (the appendix of evidence files). */
  loadFile: (sha256: string) => Uint8Array;
  signal?: AbortSignal;
  onProgress?: (done: number, label: string) => void;
  /** The section builders, in order; SECTIONS (with the annual report's narrative around them) unless a test or a later part gives others. */
  sections?: EvidenceSection[];
}

export interface BuiltEvidencePack {
  bytes: Uint8Array;
  pages: number;
  /** The page each section and entry starts on, by id (section keys, `action-<id>`, `minute-<item id>`). */
  starts: Map<string, number>;
}

/** The data with its indicators' charts drawn: the scorecard's own drawing, for this version (a hidden figure left out). Drawn once. */
export async function withCharts(d: EvidenceData): Promise<EvidenceData> {
  if (d.indicators.lines.every((l) => d.indicators.charts[l.indicator.id] !== undefined)) return d;
  return { ...d, indicators: { ...d.indicators, charts: await drawScorecardCharts(d.indicators.lines, d.version, d.indicators.settings) } };
}

export async function buildEvidencePack(d: EvidenceData, opts: EvidencePackOptions): Promise<BuiltEvidencePack> {
  const progress = (done: number, label: string): void => opts.onProgress?.(Math.min(100, Math.floor(done)), label);
  const check = (): void => opts.signal?.throwIfAborted();
  const t = typography(d.largePrint);

  progress(0, 'Gathering the evidence…');
  d = await withCharts(d);
  const sections: BuiltSection[] = [];
  // The appendix's page listing the evidence files is always the body's last.
  for (const section of [...(opts.sections ?? withNarrative(d.narrative, SECTIONS)), appendixSection]) {
    const built = section.build(d, t);
    if (built) sections.push({ ...built, section });
  }

  check();
  progress(5, 'Laying out the sections…');
  const body = await opts.render(buildBodyDoc(d, t, sections), (done, total) => progress(5 + (done / total) * 30, 'Laying out the sections…'));
  const bodyDoc = await loadSanitised(body.buffer);
  const anchors = Object.fromEntries(startPages(bodyDoc));
  // Each evidence file starts after the body and the files before it.
  const appendix = appendixParts(d);
  const fileStarts = new Map<string, number>();
  appendix.reduce((page, a) => (fileStarts.set(a.id, page), page + a.file.pages), body.pages + 1);

  check();
  progress(35, 'Laying out the cover and contents…');
  const ids = sections.flatMap((s) => [s.section.key, ...s.entries.map((e) => e.id)]);
  const at = (id: string): number | undefined => anchors[id] ?? fileStarts.get(id);
  const refsFor = (frontPages: number): Map<string, number> => new Map(ids.filter((id) => at(id) !== undefined).map((id) => [id, frontPages + (at(id) as number)]));
  const { laidOut: front, refs: starts } = await settleContents(opts.render, (refs) => buildFrontDoc(d, t, sections, refs), new Map(ids.map((id) => [id, 9999])), refsFor, check, frontPagesGuess(d, t, sections));

  check();
  const frontDoc = await loadSanitised(front.buffer);
  const contentsPage = startPages(frontDoc).get('contents') ?? 2;
  const parts: BinderPart[] = [{ own: { doc: frontDoc, indices: frontDoc.getPageIndices() } }];
  // Each section's pages: from its start to the next section's (body pages are 1-based).
  sections.forEach((s, i) => {
    const first = anchors[s.section.key] ?? 1;
    const next = sections[i + 1];
    const last = next ? (anchors[next.section.key] ?? body.pages + 1) - 1 : body.pages;
    const indices = Array.from({ length: Math.max(0, last - first + 1) }, (_, k) => first - 1 + k);
    parts.push({ own: { doc: bodyDoc, indices }, banner: s.banner ?? null });
  });
  for (const a of appendix) parts.push({ file: a.file, banner: a.banner });

  const outline: OutlineEntry[] = [
    { title: 'Cover', page: 1, children: [] },
    { title: 'Contents', page: contentsPage, children: [] },
    ...sections.map((s) => ({
      title: s.section.title,
      page: starts.get(s.section.key) ?? contentsPage,
      children: s.entries.map((e) => ({ title: e.title, page: starts.get(e.id) ?? contentsPage, children: [] })),
    })),
  ];
  const { bytes, pages } = await bind(parts, {
    loadFile: opts.loadFile,
    signal: opts.signal,
    onProgress: opts.onProgress,
    filesNoun: 'evidence files',
    refuseFile: (sha, why) => new AppError('invalid_input', `The evidence file "${appendix.find((a) => a.file.sha256 === sha)?.title ?? sha}" cannot go into the pack, so the pack was not made. ${why}`),
    outline,
    info: { title: `${evidenceName(d)}: ${d.scope.title}`, author: d.councilName, subject: `Evidence for ${d.scope.title}, ${d.boardName}`, createdAt: d.createdAt },
  });
  return { bytes, pages, starts };
}
