/**
 * The document binder: what every merged PanelPack document (the agenda pack ./pack.ts, the
 * evidence pack ./evidence/) does once its content is laid out. A content builder hands it a list
 * of parts in page order (PanelPack's own laid-out pages, and stored files such as reports) and
 * the outline and metadata; the binder:
 *  1. Loads every stored file, sanitises it (./sanitise.ts: no scripts, launch actions, forms,
 *     embedded files or comments) and copies it ONCE (one copyPages call with all the pages wanted
 *     from it), so a file used twice shares its fonts and images.
 *  2. Stamps every page: "Page N of M" in the bottom margin (a file's page makes room for it,
 *     ./pageFrame.ts), a part's banner (the members' "NOT FOR PUBLICATION") at the top, and
 *     "DRAFT" across a draft's file pages. Stamps follow a page's /Rotate.
 *  3. Writes page labels, the outline and the metadata (./pdfProps.ts), and saves.
 * It also lays out a contents list that refers to its own length in two passes (settleContents),
 * and reads where each part of a laid-out document starts (startPages).
 * Each step checks the abort signal, so a cancelled run stops between them.
 */
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFPage, PDFRef, PDFString, StandardFonts, type PDFObject } from 'pdf-lib';
import { AppError } from '../errors';
import { pageLabel, type PdfDefinition } from './paper';
import { writeInfo, writeOutline, writePageLabels, type OutlineEntry } from './pdfProps';
import type { PdfRenderer, RenderResult } from './render';
import { openReport, ReportError } from './reportPdf';
import { sanitiseDocument } from './sanitise';
import { stampDraft, stampPageNumber, stampTopCentre, stampWithoutFraming } from './stamps';

export type { OutlineEntry } from './pdfProps';

/** A stored file bound in whole or in part: its first `pages` pages. */
export interface BinderFile {
  sha256: string;
  pages: number;
  /** Laid out by PanelPack (a generated paper): its margins are clear, so it is not framed or marked DRAFT. */
  generated?: boolean;
}

/** One run of pages: PanelPack's own (a laid-out document, loaded with loadSanitised) or a stored file. */
export type BinderPart = ({ own: { doc: PDFDocument; indices: number[] } } | { file: BinderFile }) & {
  /** Printed at the top centre of each of its pages (the members' "NOT FOR PUBLICATION"). */
  banner?: string | null;
};

export interface BindOptions {
  /** The bytes of a stored file by SHA-256. */
  loadFile: (sha256: string) => Uint8Array;
  signal?: AbortSignal;
  /** Progress 45 to 100 (the content builder reports 0 to 45), with what is happening in words. */
  onProgress?: (done: number, label: string) => void;
  /** Scale every file page that is not A4 onto A4, centred (printed packs; ./pageFrame.ts). */
  fitToA4?: boolean;
  /** "DRAFT" across the file pages (PanelPack's own pages carry pdfmake's watermark). */
  draft?: boolean;
  /** What the stored files are called in progress messages: "reports", "evidence files". */
  filesNoun: string;
  /** The error that names a file that cannot be read and sanitised (fail closed: it never goes in unsanitised). */
  refuseFile: (sha256: string, why: string) => AppError;
  outline: OutlineEntry[];
  info: { title: string; author: string; subject: string; createdAt: string };
}

export interface Bound {
  bytes: Uint8Array;
  pages: number;
}

/** Pages numbered between two yields to the event loop. */
const STAMP_BATCH = 25;

export async function bind(parts: BinderPart[], opts: BindOptions): Promise<Bound> {
  const progress = (done: number, label: string): void => opts.onProgress?.(Math.min(100, Math.floor(done)), label);
  const check = (): void => opts.signal?.throwIfAborted();
  check();
  progress(45, `Merging the ${opts.filesNoun}…`);
  const out = await PDFDocument.create({ updateMetadata: false });

  // Every source once: one copyPages call per distinct file, however often it is bound. A second
  // use gets its own page objects (each page carries its own stamp) that share the first copy's
  // content and resources, so the file holds the source's fonts and images once.
  const sources = new Map<string, number>();
  for (const part of parts) if ('file' in part) sources.set(part.file.sha256, Math.max(sources.get(part.file.sha256) ?? 0, part.file.pages));
  const copied = new Map<string, PDFPage[]>();
  let loaded = 0;
  for (const [sha, count] of sources) {
    check();
    try {
      // The same load, repair, decryption and sanitiser as the attach check (./reportPdf.ts).
      const { doc: src } = await openReport(opts.loadFile(sha));
      copied.set(sha, await out.copyPages(src, src.getPageIndices().slice(0, count)));
    } catch (err) {
      if (err instanceof AppError) throw err;
      throw opts.refuseFile(sha, err instanceof ReportError ? err.message : 'It could not be read and checked for scripts and other active content.');
    }
    progress(45 + (++loaded / sources.size) * 30, `Merging the ${opts.filesNoun} (${loaded} of ${sources.size})…`);
  }

  // `report`: a page from a stored file (not laid out by PanelPack, so without its margins clear and DRAFT mark).
  const pages: { page: PDFPage; banner: string | null; report: boolean }[] = [];
  const used = new Set<string>();
  for (const part of parts) {
    const banner = part.banner ?? null;
    if ('own' in part) {
      for (const p of await out.copyPages(part.own.doc, part.own.indices)) pages.push({ page: out.addPage(p), banner, report: false });
      continue;
    }
    const { sha256, pages: count, generated } = part.file;
    const from = (copied.get(sha256) ?? []).slice(0, count);
    for (const p of used.has(sha256) ? from.map((q) => sharingCopy(out, q)) : from) pages.push({ page: out.addPage(p), banner, report: !generated });
    used.add(sha256);
  }

  check();
  progress(78, 'Numbering the pages…');
  const font = await out.embedFont(StandardFonts.Helvetica);
  const bold = await out.embedFont(StandardFonts.HelveticaBold);
  const total = pages.length;
  for (const [i, { page, banner, report }] of pages.entries()) {
    // Placing a file page's number reads its content (./pageFrame.ts): a long pack yields to the
    // event loop now and then, so progress is shown and Cancel (an IPC message to this process) is heard.
    if (i > 0 && i % STAMP_BATCH === 0) {
      await new Promise((done) => setImmediate(done));
      check();
      progress(78 + (i / total) * 7, `Numbering the pages (${i} of ${total})…`);
    }
    if (report) stampPageNumber(page, pageLabel(i + 1, total), font, { fitToA4: opts.fitToA4, top: banner ? { text: banner, font: bold } : undefined });
    else stampWithoutFraming(page, pageLabel(i + 1, total), font);
    if (report && opts.draft) stampDraft(page, bold);
    if (banner) stampTopCentre(page, banner, bold);
  }

  writePageLabels(out);
  writeOutline(out, opts.outline);
  writeInfo(out, opts.info);

  check();
  progress(85, 'Writing the PDF…');
  const bytes = await out.save({ objectsPerTick: 200 });
  progress(100, `Made ${total} ${total === 1 ? 'page' : 'pages'}.`);
  return { bytes, pages: total };
}

/**
 * Lays out a document whose contents list gives the pages where later parts start, which depend
 * on its own length: first with placeholder references as wide as the real ones will be (so the
 * first pass measures true), then with the real ones, again until its length is stable.
 * `refsFor(n)` gives the references when the document itself takes n pages. With `guess` (the
 * builder's own estimate of its length) the first pass uses the real references for that length
 * instead of placeholders, and when the guess was right that one pass is all.
 */
export async function settleContents<R>(
  render: PdfRenderer,
  build: (refs: R) => PdfDefinition,
  placeholder: R,
  refsFor: (ownPages: number) => R,
  check: () => void = () => undefined,
  guess?: number,
): Promise<{ laidOut: RenderResult; refs: R }> {
  let laidOut = await render(build(guess === undefined ? placeholder : refsFor(guess)));
  if (laidOut.pages === guess) return { laidOut, refs: refsFor(guess) };
  let refs = refsFor(laidOut.pages);
  for (let pass = 0; pass < 3; pass++) {
    check();
    const again = await render(build(refs));
    const settled = again.pages === laidOut.pages;
    laidOut = again;
    if (settled) break;
    refs = refsFor(laidOut.pages);
  }
  return { laidOut, refs };
}

/**
 * PanelPack's own documents (covers, front sheets, contents) are loaded through here; stored files
 * through openReport. Either way the sanitiser runs before a page is copied, every build, so files
 * stored before it existed are covered too.
 */
export async function loadSanitised(bytes: Uint8Array): Promise<PDFDocument> {
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

/**
 * The page (1-based) each named destination of a laid-out document points to. pdfmake writes one
 * for every text node with an `id` (at its first line), so a content builder gives each heading an
 * id and learns where it landed from the one layout, without a second pass or a layout hook.
 */
export function startPages(doc: PDFDocument): Map<string, number> {
  const pages = new Map(doc.getPages().map((p, i) => [p.ref.toString(), i + 1]));
  const out = new Map<string, number>();
  const lookup = (o: PDFObject | undefined): PDFObject | undefined => (o instanceof PDFRef ? doc.context.lookup(o) : o);
  const pageOf = (dest: PDFObject | undefined): number | undefined => {
    let d = lookup(dest);
    if (d instanceof PDFDict) d = lookup(d.get(PDFName.of('D')));
    const first = d instanceof PDFArray ? d.get(0) : undefined;
    return first instanceof PDFRef ? pages.get(first.toString()) : undefined;
  };
  const walk = (o: PDFObject | undefined, depth: number): void => {
    const node = lookup(o);
    if (!(node instanceof PDFDict) || depth > 32) return;
    const names = lookup(node.get(PDFName.of('Names')));
    if (names instanceof PDFArray) {
      for (let i = 0; i + 1 < names.size(); i += 2) {
        const key = names.get(i);
        const page = pageOf(names.get(i + 1));
        if ((key instanceof PDFString || key instanceof PDFHexString) && page !== undefined) out.set(key.decodeText(), page);
      }
    }
    const kids = lookup(node.get(PDFName.of('Kids')));
    if (kids instanceof PDFArray) for (const k of kids.asArray()) walk(k, depth + 1);
  };
  const names = lookup(doc.catalog.get(PDFName.of('Names')));
  if (names instanceof PDFDict) walk(names.get(PDFName.of('Dests')), 0);
  return out;
}
