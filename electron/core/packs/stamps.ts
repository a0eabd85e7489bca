/**
 * The pack's own marks on every page: "Page N of M" in the bottom margin (room made for it by
 * ./pageFrame.ts, so it never covers the report), on the members' pack's Part II pages
 * "NOT FOR PUBLICATION" with the paragraph at the top, and "DRAFT" across the reports of a draft. Both follow a page's /Rotate, so landscape
 * reports are marked where a reader sees the bottom and the top.
 */
import { degrees, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { makeRoomForStamp, rotationOf, stampPlace, STAMP_SIZE, toPageSpace, topPlace, visibleSize, type FrameOptions } from './pageFrame';
import { DRAFT_MARK } from './paper';

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

/** "Page N of M" at the bottom right of a page PanelPack laid out itself (it leaves the margin clear). */
export function stampWithoutFraming(page: PDFPage, text: string, font: PDFFont): void {
  const { x, y } = stampPlace(page, text, font);
  drawVisible(page, text, x, y, STAMP_SIZE, font, GREY);
}

/** "DRAFT" across a report's page, as pdfmake's watermark draws it across PanelPack's own pages. */
export function stampDraft(page: PDFPage, font: PDFFont): void {
  const { width, height } = visibleSize(page);
  const size = Math.min(120, (0.8 * Math.hypot(width, height) * 120) / font.widthOfTextAtSize(DRAFT_MARK, 120));
  const w = font.widthOfTextAtSize(DRAFT_MARK, size);
  const angle = Math.atan2(height, width);
  // Centre the word on the page, along the diagonal from bottom left to top right.
  const vx = width / 2 - (w / 2) * Math.cos(angle) + size * 0.35 * Math.sin(angle);
  const vy = height / 2 - (w / 2) * Math.sin(angle) - size * 0.35 * Math.cos(angle);
  const at = toPageSpace(page, vx, vy);
  page.drawText(DRAFT_MARK, { x: at.x, y: at.y, size, font, color: RED, opacity: 0.14, rotate: degrees((angle * 180) / Math.PI + rotationOf(page)) });
}

/** "Page N of M" at the bottom right, after making room for it; says what was done to the page. */
export function stampPageNumber(page: PDFPage, text: string, font: PDFFont, opts: FrameOptions = {}): ReturnType<typeof makeRoomForStamp> {
  let done: ReturnType<typeof makeRoomForStamp>;
  try {
    done = makeRoomForStamp(page, text, font, opts);
  } catch {
    // A page too odd to frame (a report stored before attach checked this) still gets its number.
    done = 'clear';
  }
  const { x, y } = stampPlace(page, text, font);
  drawVisible(page, text, x, y, STAMP_SIZE, font, GREY);
  return done;
}

/** The heading at the top centre; call after stampPageNumber with the same heading in its `top` option, so there is room for it. */
export function stampTopCentre(page: PDFPage, text: string, font: PDFFont): void {
  const { x, y, size } = topPlace(page, text, font);
  drawVisible(page, text, x, y, size, font, RED);
}
