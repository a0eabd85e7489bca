/**
 * Reads a PDF back the way a member's PDF reader does (pdfjs): `readPages` for the text of each page
 * with positions, `readPack` for that and the page labels, outline, metadata and language.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

// Reports made with pdf-lib use the standard 14 fonts; pdfjs reads their metrics from here.
const STANDARD_FONTS = join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts') + '/';

export interface OutlineNode {
  title: string;
  /** 1-based page the bookmark opens. */
  page: number;
  children: OutlineNode[];
}

export interface PageText {
  /** The page's text, whitespace collapsed. */
  text: string;
  /** Text items with their position and width (for reading a column). */
  items: { str: string; x: number; y: number; width: number }[];
}

export interface ReadPack {
  pages: PageText[];
  labels: string[] | null;
  outline: OutlineNode[];
  info: Record<string, unknown>;
  /** The document catalog's /Lang (read with pdf-lib). */
  lang: string | null;
}

/** Whitespace collapsed, as the page text is. */
export const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

type PdfDoc = Awaited<ReturnType<typeof getDocument>['promise']>;

const open = (bytes: Uint8Array): Promise<PdfDoc> => getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, standardFontDataUrl: STANDARD_FONTS }).promise;

async function pagesOf(pdf: PdfDoc): Promise<PageText[]> {
  const pages: PageText[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    const items: PageText['items'] = [];
    for (const it of content.items) {
      if (!('str' in it)) continue;
      const t = it.transform as number[];
      items.push({ str: it.str, x: t[4] ?? 0, y: t[5] ?? 0, width: it.width });
    }
    pages.push({ text: squash(items.map((i) => i.str).join(' ')), items });
  }
  return pages;
}

/** The text of every page, with each text item's position. */
export async function readPages(bytes: Uint8Array): Promise<PageText[]> {
  const pdf = await open(bytes);
  const pages = await pagesOf(pdf);
  await pdf.loadingTask.destroy();
  return pages;
}

export async function readPack(bytes: Uint8Array): Promise<ReadPack> {
  const pdf = await open(bytes);
  const pages = await pagesOf(pdf);
  const resolve = async (dest: unknown): Promise<number> => {
    const explicit = typeof dest === 'string' ? await pdf.getDestination(dest) : (dest as unknown[] | null);
    if (!explicit) return 0;
    return (await pdf.getPageIndex(explicit[0] as { num: number; gen: number })) + 1;
  };
  type RawOutline = { title: string; dest: unknown; items: RawOutline[] };
  const walk = async (nodes: RawOutline[] | null): Promise<OutlineNode[]> =>
    Promise.all((nodes ?? []).map(async (o) => ({ title: o.title, page: await resolve(o.dest), children: await walk(o.items) })));
  const outline = await walk((await pdf.getOutline()));
  const labels = await pdf.getPageLabels();
  const meta = await pdf.getMetadata();
  await pdf.loadingTask.destroy();
  const langObj = (await PDFDocument.load(bytes, { updateMetadata: false })).catalog.lookup(PDFName.of('Lang'));
  const lang = langObj instanceof PDFString || langObj instanceof PDFHexString ? langObj.decodeText() : null;
  return { pages, labels, outline, info: meta.info as Record<string, unknown>, lang };
}

/** Every bookmark title, depth first. */
export function outlineTitles(nodes: OutlineNode[]): string[] {
  return nodes.flatMap((n) => [n.title, ...outlineTitles(n.children)]);
}

/** Everything a reader could see or search: page text, bookmarks and document properties. */
export function everything(p: ReadPack): string {
  return [...p.pages.map((x) => x.text), ...outlineTitles(p.outline), JSON.stringify(p.info)].join('\n');
}

/** Every text item's size in points, and whether it is in the body or the running header or footer band (core/packs/paper.ts MARGINS). */
export async function textSizes(bytes: Uint8Array): Promise<{ str: string; size: number; band: 'body' | 'furniture' }[]> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, standardFontDataUrl: STANDARD_FONTS }).promise;
  const out: { str: string; size: number; band: 'body' | 'furniture' }[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const height = page.getViewport({ scale: 1 }).height;
    for (const it of (await page.getTextContent()).items) {
      if (!('str' in it) || !it.str.trim()) continue;
      const m = it.transform as number[];
      const y = m[5] ?? 0;
      out.push({ str: it.str, size: Math.hypot(m[2] ?? 0, m[3] ?? 0), band: y > height - 58 || y < 46 ? 'furniture' : 'body' });
    }
  }
  await pdf.loadingTask.destroy();
  return out;
}
