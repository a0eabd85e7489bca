/**
 * The pack's own marks on every page: "Page N of M" in the bottom margin (room made for it by
 * ./pageFrame.ts, so it never covers the report) and, on the members' pack's Part II pages,
 * "NOT FOR PUBLICATION" with the paragraph at the top. Both follow a page's /Rotate, so landscape
 * reports are marked where a reader sees the bottom and the top.
 */
import { degrees, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { makeRoomForStamp, rotationOf, stampPlace, STAMP_SIZE, toPageSpace, topPlace, type FrameOptions } from './pageFrame';

const WHITE = rgb(1, 1, 1);
const GREY = rgb(0.29, 0.29, 0.29);
const RED = rgb(0.64, 0.09, 0.1);

/**
 * Draws `text` at (vx, vy) in the page's VISIBLE coordinates (origin bottom left as the reader
 * sees it, after /Rotate), on a white box so it stays legible over a report's own margin content.
 */
export function drawVisible(page: PDFPage, text: string, vx: number, vy: number, size: number, font: PDFFont, color: ReturnType<typeof rgb>): void {
  const w = font.widthOfTextAtSize(text, size);
  const pad = 2;
  const rotate = degrees(rotationOf(page));
  const corner = toPageSpace(page, vx - pad, vy - pad - size * 0.22);
  page.drawRectangle({ x: corner.x, y: corner.y, width: w + 2 * pad, height: size * 1.2 + 2 * pad, color: WHITE, rotate });
  const origin = toPageSpace(page, vx, vy);
  page.drawText(text, { x: origin.x, y: origin.y, size, font, color, rotate });
}

/** "Page N of M" at the bottom right, after making room for it; says what was done to the page. */
export function stampPageNumber(page: PDFPage, text: string, font: PDFFont, opts: FrameOptions = {}): ReturnType<typeof makeRoomForStamp> {
  const done = makeRoomForStamp(page, text, font, opts);
  const { x, y } = stampPlace(page, text, font);
  drawVisible(page, text, x, y, STAMP_SIZE, font, GREY);
  return done;
}

/** The heading at the top centre; call after stampPageNumber with the same heading in its `top` option, so there is room for it. */
export function stampTopCentre(page: PDFPage, text: string, font: PDFFont): void {
  const { x, y, size } = topPlace(page, text, font);
  drawVisible(page, text, x, y, size, font, RED);
}
