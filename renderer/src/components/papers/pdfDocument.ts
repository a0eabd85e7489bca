/**
 * Opening a published PDF with pdf.js (6), entirely from the app's own files: the worker is
 * bundled by Vite (`?url`), so a pack opens on a laptop with no network, under the renderer's
 * strict CSP (script-src 'self', which also covers workers; pdf.js 6 no longer uses eval at all).
 *
 * WebAssembly is off (`useWasm: false`), so the CSP needs no 'wasm-unsafe-eval' and no
 * connect-src: pdf.js 6 decodes JPEG 2000 and JBIG2 images (common in scanned reports) with its
 * JavaScript builds of those decoders, which it imports as modules from `wasmUrl`: the build
 * copies them to `pdfjs/` beside index.html (scripts/pdfjsDecoders.ts). Without wasm, ICC colour
 * profiles fall back to their alternate colour space and PostScript functions run in pdf.js's
 * interpreter, as in pdf.js 4.
 */
import { getDocument, GlobalWorkerOptions, type PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

GlobalWorkerOptions.workerSrc = workerUrl;

/** Where the JavaScript image decoders are, relative to the page (trailing slash, as pdf.js wants). */
export const DECODERS_URL = new URL('pdfjs/', document.baseURI).href;

/** One entry of the PDF's outline (bookmarks), with the page it leads to (1-based; null if it leads nowhere). */
export interface OutlineEntry {
  key: string;
  title: string;
  page: number | null;
  children: OutlineEntry[];
}

/** The bytes a `publications:read` answer carries as base64. */
export function bytesFromBase64(base64: string): Uint8Array {
  // Uint8Array.fromBase64 (Chromium 140+) avoids a 300-page pack's worth of one-character strings.
  const native = (Uint8Array as unknown as { fromBase64?: (s: string) => Uint8Array }).fromBase64;
  if (native) return native(base64);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  return getDocument({
    data: bytes,
    useWasm: false,
    wasmUrl: DECODERS_URL,
    // Nothing is fetched: fonts come from the file (PanelPack's papers embed Roboto), and
    // connect-src 'none' would refuse pdf.js's standard-font and CMap downloads anyway.
    useSystemFonts: true,
    enableXfa: false,
  }).promise;
}

type RawDest = string | unknown[] | null;

/** The 1-based page a destination (named or explicit) points at; null when it points nowhere. */
async function pageOfDest(doc: PDFDocumentProxy, dest: RawDest): Promise<number | null> {
  const explicit = typeof dest === 'string' ? await doc.getDestination(dest) : dest;
  if (!Array.isArray(explicit) || explicit.length === 0) return null;
  const target: unknown = explicit[0];
  try {
    if (typeof target === 'number') return target + 1;
    if (target && typeof target === 'object' && 'num' in target && 'gen' in target) {
      return (await doc.getPageIndex(target as { num: number; gen: number })) + 1;
    }
  } catch {
    // A bookmark to a page that is not in the file: shown, but leads nowhere (not a failure of the whole outline).
    return null;
  }
  return null;
}

interface RawOutlineItem {
  title: string;
  dest: RawDest;
  items: RawOutlineItem[];
}

/** The outline as a tree with page numbers resolved, so a click needs no further lookup. */
export async function readOutline(doc: PDFDocumentProxy): Promise<OutlineEntry[]> {
  const raw = (await doc.getOutline()) as RawOutlineItem[] | null;
  const walk = (items: RawOutlineItem[], prefix: string): Promise<OutlineEntry[]> =>
    Promise.all(
      items.map(async (item, i) => ({
        key: `${prefix}${i}`,
        title: item.title,
        page: await pageOfDest(doc, item.dest),
        children: await walk(item.items, `${prefix}${i}.`),
      })),
    );
  return raw ? walk(raw, '') : [];
}

/**
 * The page labels a reader shows ("ii", "37"): the pack sets them so the screen, the printed
 * stamp and the agenda's page references agree. Null when the file sets none.
 */
export async function readPageLabels(doc: PDFDocumentProxy): Promise<string[] | null> {
  const labels = await doc.getPageLabels();
  return labels && labels.length === doc.numPages ? labels : null;
}
