/**
 * An agenda pack: the front sheet and agenda, then each item's cover and reports in agenda order,
 * merged into one PDF whose every page, reports included, carries the pack's own "Page N of M".
 *
 * Steps (each checks the abort signal, so a cancelled run stops between them):
 *  1. Lay out each item's cover (pdfmake, through the given renderer: a worker under Electron).
 *  2. Lay out the front sheet and agenda twice: once to learn how many pages it takes, then with
 *     the real page references (the page each item's papers start on). If the references change
 *     its length, lay it out again until it is stable.
 *  3. Merge with pdf-lib: every source PDF is loaded, sanitised (./sanitise.ts: no scripts, launch
 *     actions, forms, embedded files or comments) and copied ONCE (one copyPages call with all the
 *     pages wanted from it), so a report attached twice shares its fonts and images.
 *  4. Stamp every page: "Page N of M" in the bottom margin, and on the members' pack's Part II
 *     pages "NOT FOR PUBLICATION" with the paragraph, at the top. Stamps follow a page's /Rotate,
 *     so landscape reports are numbered where a reader sees the bottom.
 *  5. Page labels (1, 2, 3 … so a reader's page box shows the printed number), the outline
 *     (Agenda, then Part I and Part II with an entry per item, sub-items under their item), and
 *     the metadata: title, author (the council), subject, language en-GB.
 *
 * pdf-lib has no API for outlines or page labels; they are a few dictionaries (PDF 32000-1
 * §12.3.3 and §12.4.2) written here with its low-level object API.
 */
import { PDFArray, PDFDocument, PDFHexString, PDFName, PDFNull, PDFNumber, PDFRef, StandardFonts, PDFPage } from 'pdf-lib';
import { AppError } from '../errors';
import { paragraphWords } from '../meetings/agenda';
import { buildCoverDoc, buildCoversDoc, buildFrontDoc, documentName, meetingName, type PageRefs } from './agendaDoc';
import type { PackData, PackItem } from './packData';
import { pageLabel } from './paper';
import type { PdfRenderer } from './render';
import { openReport, ReportError } from './reportPdf';
import { sanitiseDocument } from './sanitise';
import { stampDraft, stampPageNumber, stampTopCentre, stampWithoutFraming } from './stamps';

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

export interface OutlineEntry {
  title: string;
  /** 1-based page. */
  page: number;
  children: OutlineEntry[];
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

/** Pages numbered between two yields to the event loop. */
const STAMP_BATCH = 25;

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
  let front = await opts.render(buildFrontDoc(data, wide, { standalone: false }));
  let starts = startsFor(front.pages);
  for (let pass = 0; pass < 3; pass++) {
    check();
    const again = await opts.render(buildFrontDoc(data, starts, { standalone: false }));
    const settled = again.pages === front.pages;
    front = again;
    if (settled) break;
    starts = startsFor(front.pages);
  }
  // The agenda starts on a new page after the front sheet; learn where from the front sheet alone.
  const frontSheetOnly = await opts.render(buildFrontDoc(data, null, { standalone: false, frontSheetOnly: true }));
  const agendaPage = frontSheetOnly.pages + 1;

  // 3. Merge.
  check();
  progress(45, 'Merging the reports…');
  const out = await PDFDocument.create({ updateMetadata: false });
  const frontDoc = await loadSanitised(front.buffer);
  // `report`: a page from a report (not laid out by PanelPack, so without its running header and DRAFT mark).
  const pages: { page: PDFPage; part2: number | null | undefined; report?: boolean }[] = [];
  for (const p of await out.copyPages(frontDoc, frontDoc.getPageIndices())) pages.push({ page: out.addPage(p), part2: undefined });

  // Every source once: one copyPages call per distinct report, however many items it is attached
  // to. A second use gets its own page objects (each page carries its own stamp) that share the
  // first copy's content and resources, so the file holds the report's fonts and images once.
  const sources = new Map<string, number>();
  for (const item of withPapers) for (const r of item.reports) sources.set(r.sha256, r.pages);
  const copied = new Map<string, PDFPage[]>();
  let loaded = 0;
  for (const [sha, count] of sources) {
    check();
    try {
      // The same load, repair, decryption and sanitiser as the attach check (./reportPdf.ts).
      const { doc: src } = await openReport(opts.loadFile(sha));
      copied.set(sha, await out.copyPages(src, src.getPageIndices().slice(0, count)));
    } catch (err) {
      // Fail closed, naming the report: one the sanitiser cannot handle never goes in unsanitised.
      if (err instanceof AppError) throw err;
      const item = withPapers.find((it) => it.reports.some((r) => r.sha256 === sha));
      const title = item?.reports.find((r) => r.sha256 === sha)?.title ?? 'a report';
      const why = err instanceof ReportError ? err.message : 'It could not be read and checked for scripts and other active content.';
      throw new AppError('invalid_input', `"${title}" (item ${item?.number ?? '?'}) cannot go into the pack, so the pack was not made. ${why} Remove the report from the item and attach the new PDF.`);
    }
    progress(45 + (++loaded / sources.size) * 30, `Merging the reports (${loaded} of ${sources.size})…`);
  }
  const used = new Set<string>();
  for (const item of withPapers) {
    const part2 = item.part === 2 ? item.exemptParagraph : undefined;
    const cover = covers.get(item.key);
    if (cover) for (const p of await out.copyPages(cover.doc, cover.indices)) pages.push({ page: out.addPage(p), part2 });
    for (const r of item.reports) {
      const from = copied.get(r.sha256) ?? [];
      for (const p of used.has(r.sha256) ? from.map((q) => sharingCopy(out, q)) : from) pages.push({ page: out.addPage(p), part2, report: !r.generated });
      used.add(r.sha256);
    }
  }

  // 4. Stamps.
  check();
  progress(78, 'Numbering the pages…');
  const font = await out.embedFont(StandardFonts.Helvetica);
  const bold = await out.embedFont(StandardFonts.HelveticaBold);
  const total = pages.length;
  for (const [i, { page, part2, report }] of pages.entries()) {
    // Placing a report page's number reads its content (./pageFrame.ts): a long pack yields to the
    // event loop now and then, so progress is shown and Cancel (an IPC message to this process) is heard.
    if (i > 0 && i % STAMP_BATCH === 0) {
      await new Promise((done) => setImmediate(done));
      check();
      progress(78 + (i / total) * 7, `Numbering the pages (${i} of ${total})…`);
    }
    const heading = part2 !== undefined && data.version === 'members' ? notForPublication(part2) : null;
    // A report's page makes room for the marks (./pageFrame.ts); PanelPack's own pages have it.
    if (report) stampPageNumber(page, pageLabel(i + 1, total), font, { fitToA4: opts.fitToA4, top: heading ? { text: heading, font: bold } : undefined });
    else stampWithoutFraming(page, pageLabel(i + 1, total), font);
    if (report && data.draft) stampDraft(page, bold);
    if (heading) stampTopCentre(page, heading, bold);
  }

  // 5. Labels, outline, metadata.
  writePageLabels(out);
  writeOutline(out, outlineOf(data, starts, agendaPage));
  const title = `${documentName(data, 'pack')}: ${meetingName(data)}`;
  out.setTitle(title, { showInWindowTitleBar: true });
  out.setAuthor(data.councilName);
  out.setSubject(`${documentName(data, 'pack')} for the meeting of the ${meetingName(data)}`);
  out.setLanguage('en-GB');
  out.setCreator('PanelPack');
  out.setProducer('PanelPack (pdfmake, pdf-lib)');
  out.setKeywords([]);
  const created = new Date(data.createdAt);
  out.setCreationDate(created);
  out.setModificationDate(created);

  check();
  progress(85, 'Writing the PDF…');
  const bytes = await out.save({ objectsPerTick: 200 });
  progress(100, `Made ${total} ${total === 1 ? 'page' : 'pages'}.`);
  return { bytes, pages: total, starts };
}

/**
 * PanelPack's own documents (covers, the front sheet) are loaded through here; reports through
 * openReport. Either way the sanitiser runs before a page is copied, every build, so reports
 * stored before it existed are covered too.
 */
async function loadSanitised(bytes: Uint8Array): Promise<PDFDocument> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  sanitiseDocument(doc);
  return doc;
}

/** A new page object showing the same content as `page`, with its own list of content streams (for its own stamps). */
function sharingCopy(doc: PDFDocument, page: PDFPage): PDFPage {
  const node = page.node.clone();
  const contents = node.get(PDFName.of('Contents'));
  const list = contents instanceof PDFRef ? doc.context.lookup(contents) : contents;
  if (list instanceof PDFArray) node.set(PDFName.of('Contents'), list.clone());
  return PDFPage.of(node, doc.context.register(node), doc);
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

/** Decimal labels from 1 for every page: the reader's page box shows the printed page number. */
export function writePageLabels(doc: PDFDocument): void {
  doc.catalog.set(PDFName.of('PageLabels'), doc.context.obj({ Nums: [0, { S: 'D', St: 1 }] }));
}

export function writeOutline(doc: PDFDocument, entries: OutlineEntry[]): void {
  const ctx = doc.context;
  const pageRefs = doc.getPages().map((p) => p.ref);
  const rootRef = ctx.nextRef();
  const count = (es: OutlineEntry[]): number => es.reduce((n, e) => n + 1 + count(e.children), 0);
  const writeLevel = (es: OutlineEntry[], parent: PDFRef): { first: PDFRef; last: PDFRef } | null => {
    if (es.length === 0) return null;
    const refs = es.map(() => ctx.nextRef());
    es.forEach((e, i) => {
      const ref = refs[i] as PDFRef;
      const dict = ctx.obj({});
      dict.set(PDFName.of('Title'), PDFHexString.fromText(e.title));
      dict.set(PDFName.of('Parent'), parent);
      const page = pageRefs[Math.min(Math.max(e.page, 1), pageRefs.length) - 1] as PDFRef;
      dict.set(PDFName.of('Dest'), ctx.obj([page, PDFName.of('XYZ'), PDFNull, PDFNull, PDFNull]));
      if (i > 0) dict.set(PDFName.of('Prev'), refs[i - 1] as PDFRef);
      if (i < refs.length - 1) dict.set(PDFName.of('Next'), refs[i + 1] as PDFRef);
      const kids = writeLevel(e.children, ref);
      if (kids) {
        dict.set(PDFName.of('First'), kids.first);
        dict.set(PDFName.of('Last'), kids.last);
        // Positive: open, so Part I and Part II show their items at once.
        dict.set(PDFName.of('Count'), PDFNumber.of(count(e.children)));
      }
      ctx.assign(ref, dict);
    });
    return { first: refs[0] as PDFRef, last: refs[refs.length - 1] as PDFRef };
  };
  const level = writeLevel(entries, rootRef);
  const root = ctx.obj({ Type: 'Outlines' });
  if (level) {
    root.set(PDFName.of('First'), level.first);
    root.set(PDFName.of('Last'), level.last);
    root.set(PDFName.of('Count'), PDFNumber.of(count(entries)));
  }
  ctx.assign(rootRef, root);
  doc.catalog.set(PDFName.of('Outlines'), rootRef);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
