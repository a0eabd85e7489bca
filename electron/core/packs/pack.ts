/**
 * An agenda pack: the front sheet and agenda, then each item's cover and reports in agenda order,
 * merged into one PDF whose every page, reports included, carries the pack's own "Page N of M".
 * It is a content builder over the document binder (./binder.ts), which merges, stamps, and
 * writes the labels, outline and metadata.
 *
 * Steps (each checks the abort signal, so a cancelled run stops between them):
 *  1. Lay out each item's cover (pdfmake, through the given renderer: a worker under Electron).
 *  2. Lay out the front sheet and agenda in two passes (settleContents): once to learn how many
 *     pages it takes, then with the real page references (the page each item's papers start on).
 *  3. Bind: the front sheet, then per item its cover and reports, the members' pack's Part II
 *     pages bannered "NOT FOR PUBLICATION" with the paragraph; the outline (Agenda, then Part I
 *     and Part II with an entry per item, sub-items under their item) and the metadata: title,
 *     author (the council), subject, language en-GB.
 */
import type { PDFDocument } from 'pdf-lib';
import { AppError } from '../errors';
import { paragraphWords } from '../meetings/agenda';
import { buildCoverDoc, buildCoversDoc, buildFrontDoc, documentName, meetingName, type PageRefs } from './agendaDoc';
import { bind, loadSanitised, settleContents, type BinderPart, type OutlineEntry } from './binder';
import type { PackData, PackItem } from './packData';
import type { PdfRenderer } from './render';

export type { OutlineEntry } from './binder';
export { writeInfo, writeOutline, writePageLabels } from './pdfProps';

export interface PackOptions {
  render: PdfRenderer;
  /** The bytes of a stored report by SHA-256. */
  loadFile: (sha256: string) => Uint8Array;
  signal?: AbortSignal;
  /** Progress through the whole build, 0 to 100, with what is happening in words. */
  onProgress?: (done: number, label: string) => void;
  /** Scale every report page that is not A4 onto A4, centred (printed packs; ./pageFrame.ts). */
  fitToA4?: boolean;
}

export interface BuiltPack {
  bytes: Uint8Array;
  pages: number;
  /** The page each item's papers start on (items with papers only), by item key. */
  starts: Map<string, number>;
}

/** Items with papers: a cover, then their reports. */
const hasPapers = (item: PackItem): boolean => item.reports.length > 0;

/** The heading a Part II page carries in the members' pack. */
export function notForPublication(paragraph: number | null): string {
  return paragraph === null
    ? 'NOT FOR PUBLICATION: exempt information (Part II)'
    : `NOT FOR PUBLICATION by virtue of ${paragraphWords([paragraph])} of Part 1 of Schedule 12A to the Local Government Act 1972`;
}

export async function buildPack(data: PackData, opts: PackOptions): Promise<BuiltPack> {
  const progress = (done: number, label: string): void => opts.onProgress?.(Math.min(100, Math.floor(done)), label);
  const check = (): void => opts.signal?.throwIfAborted();
  const items = data.entries.filter((e): e is PackItem => e.kind === 'item');
  const withPapers = items.filter(hasPapers);

  // 1. Covers: all in one layout when each fits a page (the usual case), else one layout each.
  progress(0, 'Laying out the item covers…');
  const covers = new Map<string, { doc: PDFDocument; indices: number[] }>();
  if (withPapers.length > 0) {
    check();
    const all = await opts.render(buildCoversDoc(data, withPapers));
    if (all.pages === withPapers.length) {
      const doc = await loadSanitised(all.buffer);
      withPapers.forEach((item, i) => covers.set(item.key, { doc, indices: [i] }));
    } else {
      for (const [i, item] of withPapers.entries()) {
        check();
        const r = await opts.render(buildCoverDoc(data, item));
        const doc = await loadSanitised(r.buffer);
        covers.set(item.key, { doc, indices: doc.getPageIndices() });
        progress(5 + (i / withPapers.length) * 20, `Laying out the cover for item ${item.number}…`);
      }
    }
  }

  // 2. Front sheet and agenda, with page references that depend on its own length.
  check();
  progress(25, 'Laying out the front sheet and agenda…');
  const startsFor = (frontPages: number): Map<string, number> => {
    const starts = new Map<string, number>();
    let page = frontPages + 1;
    for (const item of withPapers) {
      starts.set(item.key, page);
      page += (covers.get(item.key)?.indices.length ?? 0) + item.reports.reduce((n, r) => n + r.pages, 0);
    }
    return starts;
  };
  // Placeholder references as wide as the real ones will be, so the first pass measures true.
  const wide = new Map(withPapers.map((it) => [it.key, 9999]));
  const { laidOut: front, refs: starts } = await settleContents(opts.render, (refs) => buildFrontDoc(data, refs, { standalone: false }), wide, startsFor, check);
  // The agenda starts on a new page after the front sheet; learn where from the front sheet alone.
  const frontSheetOnly = await opts.render(buildFrontDoc(data, null, { standalone: false, frontSheetOnly: true }));
  const agendaPage = frontSheetOnly.pages + 1;

  // 3. Bind.
  check();
  const frontDoc = await loadSanitised(front.buffer);
  const parts: BinderPart[] = [{ own: { doc: frontDoc, indices: frontDoc.getPageIndices() } }];
  for (const item of withPapers) {
    const banner = item.part === 2 && data.version === 'members' ? notForPublication(item.exemptParagraph) : null;
    const cover = covers.get(item.key);
    if (cover) parts.push({ own: cover, banner });
    for (const r of item.reports) parts.push({ file: { sha256: r.sha256, pages: r.pages, generated: r.generated }, banner });
  }
  const { bytes, pages } = await bind(parts, {
    loadFile: opts.loadFile,
    signal: opts.signal,
    onProgress: opts.onProgress,
    fitToA4: opts.fitToA4,
    draft: data.draft,
    filesNoun: 'reports',
    // Fail closed, naming the report: one the sanitiser cannot handle never goes in unsanitised.
    refuseFile: (sha, why) => {
      const item = withPapers.find((it) => it.reports.some((r) => r.sha256 === sha));
      const title = item?.reports.find((r) => r.sha256 === sha)?.title ?? 'a report';
      return new AppError('invalid_input', `"${title}" (item ${item?.number ?? '?'}) cannot go into the pack, so the pack was not made. ${why} Remove the report from the item and attach the new PDF.`);
    },
    outline: outlineOf(data, starts, agendaPage),
    info: {
      title: `${documentName(data, 'pack')}: ${meetingName(data)}`,
      author: data.councilName,
      subject: `${documentName(data, 'pack')} for the meeting of the ${meetingName(data)}`,
      createdAt: data.createdAt,
    },
  });
  return { bytes, pages, starts };
}

/** The outline as data: Agenda, then Part I and Part II, items nested under their part and sub-items under their item. */
export function outlineOf(data: PackData, starts: PageRefs, agendaPage: number): OutlineEntry[] {
  const top: OutlineEntry[] = [{ title: data.supplementNumber !== null ? 'Supplementary agenda' : 'Agenda', page: agendaPage, children: [] }];
  const parts: Record<1 | 2, OutlineEntry> = {
    1: { title: 'Part I', page: agendaPage, children: [] },
    2: { title: 'Part II', page: agendaPage, children: [] },
  };
  let lastTop: OutlineEntry | null = null;
  for (const e of data.entries) {
    // A public pack has no bookmark for an exempt item at all.
    if (e.kind === 'item' && e.part === 2 && data.version === 'public') continue;
    const entry: OutlineEntry = { title: `${e.number} ${e.title}`, page: starts.get(e.key) ?? agendaPage, children: [] };
    if (e.kind === 'item' && e.sub && lastTop) {
      lastTop.children.push(entry);
      continue;
    }
    const part = e.kind === 'item' ? e.part : 1;
    parts[part].children.push(entry);
    lastTop = entry;
  }
  for (const part of [parts[1], parts[2]]) {
    if (part.children.length === 0) continue;
    part.page = part.children[0]?.page ?? agendaPage;
    top.push(part);
  }
  return top;
}
