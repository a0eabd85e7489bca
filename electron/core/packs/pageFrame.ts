/**
 * Making room for the pack's "Page N of M" on a report's page, so it is always seen and never
 * covers the report (issue 12):
 *  - an annotation that would sit over the number (a report's "APPROVED" stamp, a watermark) is
 *    drawn into the page and removed, and the page framed as below, so each is seen whole;
 *  - the number goes in the bottom-right margin when nothing of the report is there
 *    (./inkBounds.ts reads the page's content to tell);
 *  - otherwise the page is shrunk into a frame, centred, leaving a clear band at the foot (and at
 *    the head, for the members' pack's "NOT FOR PUBLICATION" on Part II pages);
 *  - a tiny page (a label, a slip) is brought up onto an A4 carrier, so the number is readable;
 *  - "fit every page to A4" (printed packs) scales every page that is not A4 onto A4, centred.
 * First, content that would hide what is drawn after it is set apart (./isolate.ts).
 * All of it follows the page's /Rotate: "bottom right" is where the reader sees it.
 */
import { PDFArray, PDFDict, PDFName, PDFNumber, PDFRef, type PDFFont, type PDFPage } from 'pdf-lib';
import { drawWidgetAppearance } from './flatten';
import { inkIn, type Rect } from './inkBounds';
import { contentUnbalanced, isolateContent } from './isolate';

export const STAMP_SIZE = 8;
/** The stamp's distance from the right and bottom edges (visible space). */
const RIGHT = 36;
const BASELINE = 22;
/** The clear band a framed page leaves at its foot. */
const BAND = 36;
/** The clear band a framed page leaves at its head when it carries a heading there. */
const TOP_BAND = 22;
const A4: [number, number] = [595.28, 841.89];
/** Pages smaller than this (visible, points) go onto an A4 carrier. */
const TINY_WIDTH = 200;
const TINY_HEIGHT = 120;

const N = (s: string): PDFName => PDFName.of(s);

export const rotationOf = (page: PDFPage): number => ((page.getRotation().angle % 360) + 360) % 360;

/** The page's visible width and height. */
export function visibleSize(page: PDFPage): { width: number; height: number } {
  const box = page.getCropBox();
  return rotationOf(page) % 180 === 90 ? { width: box.height, height: box.width } : { width: box.width, height: box.height };
}

/** Maps a visible point (origin bottom left as the reader sees it) into the page's own space. */
export function toPageSpace(page: PDFPage, x: number, y: number): { x: number; y: number } {
  const box = page.getCropBox();
  switch (rotationOf(page)) {
    case 90:
      return { x: box.x + box.width - y, y: box.y + x };
    case 180:
      return { x: box.x + box.width - x, y: box.y + box.height - y };
    case 270:
      return { x: box.x + y, y: box.y + box.height - x };
    default:
      return { x: box.x + x, y: box.y + y };
  }
}

/** A visible rectangle as a page-space rectangle. */
function pageRect(page: PDFPage, v: Rect): Rect {
  const a = toPageSpace(page, v.x0, v.y0);
  const b = toPageSpace(page, v.x1, v.y1);
  return { x0: Math.min(a.x, b.x), y0: Math.min(a.y, b.y), x1: Math.max(a.x, b.x), y1: Math.max(a.y, b.y) };
}

/** Where the stamp's text starts (visible space) and the box it and its white ground take. */
export function stampPlace(page: PDFPage, text: string, font: PDFFont): { x: number; y: number; zone: Rect } {
  const { width } = visibleSize(page);
  const w = font.widthOfTextAtSize(text, STAMP_SIZE);
  const x = width - RIGHT - w;
  return { x, y: BASELINE, zone: { x0: x - 4, y0: BASELINE - 6, x1: x + w + 4, y1: BASELINE + STAMP_SIZE * 1.2 + 4 } };
}

const numbers = (page: PDFPage, o: unknown): number[] | undefined => {
  const v = o instanceof PDFRef ? page.doc.context.lookup(o) : o;
  return v instanceof PDFArray ? v.asArray().map((n) => (n instanceof PDFNumber ? n.asNumber() : NaN)) : undefined;
};

/** Draws into the page, then removes, every annotation whose box meets `zone` (page space); how many. */
function flattenAnnotationsIn(page: PDFPage, zone: Rect): number {
  const annots = page.node.Annots();
  if (!annots) return 0;
  let flattened = 0;
  const kept: PDFRef[] = [];
  for (let i = 0; i < annots.size(); i++) {
    const ref = annots.get(i);
    const annot = ref instanceof PDFRef ? page.doc.context.lookup(ref) : ref;
    const r = annot instanceof PDFDict ? numbers(page, annot.get(N('Rect'))) : undefined;
    const hit = r && r.length === 4 && Math.min(r[0]!, r[2]!) < zone.x1 && zone.x0 < Math.max(r[0]!, r[2]!) && Math.min(r[1]!, r[3]!) < zone.y1 && zone.y0 < Math.max(r[1]!, r[3]!);
    if (hit && annot instanceof PDFDict) {
      drawWidgetAppearance(page, annot);
      flattened++;
    } else if (ref instanceof PDFRef) kept.push(ref);
  }
  if (kept.length > 0) page.node.set(N('Annots'), page.doc.context.obj(kept));
  else page.node.delete(N('Annots'));
  return flattened;
}

/**
 * Draws the page's content (and moves its annotations) scaled by `k` so that its visible box's
 * lower-left corner lands at visible (vx, vy) on a page of visible size `size`.
 */
function reframe(page: PDFPage, k: number, vx: number, vy: number, size?: { width: number; height: number }): void {
  const ctx = page.doc.context;
  // Visible = rotation and offset of page space; scaling about the old visible origin and moving it
  // to (vx, vy) is, in page space, p' = k * p + (target - k * oldOrigin).
  const oldOrigin = toPageSpace(page, 0, 0);
  if (size) {
    const [w, h] = rotationOf(page) % 180 === 90 ? [size.height, size.width] : [size.width, size.height];
    page.setMediaBox(0, 0, w, h);
    page.setCropBox(0, 0, w, h);
    for (const key of ['BleedBox', 'TrimBox', 'ArtBox']) page.node.delete(N(key));
  }
  const target = toPageSpace(page, vx, vy);
  const tx = target.x - k * oldOrigin.x;
  const ty = target.y - k * oldOrigin.y;
  const start = ctx.register(ctx.stream(`q ${k.toFixed(5)} 0 0 ${k.toFixed(5)} ${tx.toFixed(3)} ${ty.toFixed(3)} cm\n`));
  const end = ctx.register(ctx.stream('\nQ\n'));
  page.node.normalize();
  if (!page.node.wrapContentStreams(start, end)) page.node.set(N('Contents'), ctx.obj([start, end]));
  // Annotations move with the content; copies, since a report used twice shares them between pages.
  const annots = page.node.Annots();
  if (!annots) return;
  const moved = annots.asArray().map((ref) => {
    const a = ref instanceof PDFRef ? ctx.lookup(ref) : ref;
    const r = a instanceof PDFDict ? numbers(page, a.get(N('Rect'))) : undefined;
    if (!(a instanceof PDFDict) || !r || r.length !== 4) return ref;
    const copy = a.clone(ctx);
    copy.set(N('Rect'), ctx.obj(r.map((v, j) => (j % 2 === 0 ? k * v + tx : k * v + ty))));
    return ctx.register(copy);
  });
  page.node.set(N('Annots'), ctx.obj(moved));
}

export interface FrameOptions {
  /** Scale every page that is not A4 onto A4 (portrait or landscape as the page is). */
  fitToA4?: boolean;
  /** A heading drawn at the top centre (Part II pages of the members' pack), which needs clear space too. */
  top?: { text: string; font: PDFFont };
}

/** The top heading's size, where its text starts (visible space) and the box it takes. */
export function topPlace(page: PDFPage, text: string, font: PDFFont): { x: number; y: number; size: number; zone: Rect } {
  const { width, height } = visibleSize(page);
  // Shrunk to fit a narrow page rather than run off it.
  const size = Math.min(STAMP_SIZE, (STAMP_SIZE * (width - 40)) / font.widthOfTextAtSize(text, STAMP_SIZE));
  const w = font.widthOfTextAtSize(text, size);
  const x = (width - w) / 2;
  const y = height - 13;
  return { x, y, size, zone: { x0: x - 4, y0: y - 5, x1: x + w + 4, y1: height } };
}

/**
 * Prepares a copied report page for its stamp: after this, the stamp at `stampPlace` is on the
 * page, over no report ink and under no annotation. Returns what was done, for tests and the log.
 */
export function makeRoomForStamp(page: PDFPage, text: string, font: PDFFont, opts: FrameOptions = {}): 'clear' | 'framed' | 'carrier' | 'fitted' {
  if (contentUnbalanced(page)) isolateContent(page);
  const { width, height } = visibleSize(page);
  const landscape = width > height;
  const a4 = landscape ? { width: A4[1], height: A4[0] } : { width: A4[0], height: A4[1] };
  const isA4 = Math.abs(width - a4.width) < 3 && Math.abs(height - a4.height) < 3;
  if (width < TINY_WIDTH || height < TINY_HEIGHT || (opts.fitToA4 && !isA4)) {
    const room = { width: a4.width - 72, height: a4.height - 72 - BAND };
    const k = Math.min(room.width / width, room.height / height);
    reframe(page, k, (a4.width - k * width) / 2, BAND + (a4.height - BAND - k * height) / 2, a4);
    return width < TINY_WIDTH || height < TINY_HEIGHT ? 'carrier' : 'fitted';
  }
  const zones = [stampPlace(page, text, font).zone, ...(opts.top ? [topPlace(page, opts.top.text, opts.top.font).zone] : [])].map((z) => pageRect(page, z));
  // A report's own mark where the number goes (drawn into the page now) moves clear of it with the rest.
  const flattened = zones.reduce((n, zone) => n + flattenAnnotationsIn(page, zone), 0);
  // pdf-lib keeps drawing into the content stream it made for the flattened marks; make it start a
  // new one, so the stamps land after the frame below, not inside it.
  if (flattened > 0) for (const key of ['contentStream', 'contentStreamRef']) Reflect.set(page, key, undefined);
  if (flattened === 0 && !zones.some((zone) => inkIn(page, zone))) return 'clear';
  const top = opts.top ? TOP_BAND : 6;
  const k = (height - BAND - top) / height;
  reframe(page, k, (width - k * width) / 2, BAND);
  return 'framed';
}
