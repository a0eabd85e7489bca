/**
 * Splits every piece of text in a pdfmake definition into runs per font (shared/logic/printable.ts
 * decides: Roboto, Noto Emoji, or the marker for what neither has). pdfmake has no font fallback
 * of its own: a character missing from the style's font is drawn as .notdef. paper.ts's
 * withFurniture() runs this over the content and the running header and footer, so every
 * pdfmake document (action log, agenda, front sheet, covers) goes through it, on whichever thread
 * renders.
 */
import { printableRuns } from '../../../shared/logic/printable';
import type { PdfContent, PdfNode } from './paper';

/** The pdfmake font family for emoji (registered in paper.ts's FONT_FILES). */
export const EMOJI_FONT = 'NotoEmoji';

/** A string as inline pieces: plain strings for Roboto, nodes naming the emoji font. */
function inlinePieces(s: string): PdfContent[] {
  return printableRuns(s).map((r) => (r.font === 'emoji' ? { text: r.text, font: EMOJI_FONT } : r.text));
}

/** One string in block position (a cell, a stack entry): itself when Roboto draws it all. */
function block(s: string): PdfContent {
  const pieces = inlinePieces(s);
  if (pieces.length === 0) return '';
  if (pieces.length === 1 && typeof pieces[0] === 'string') return pieces[0];
  return { text: pieces };
}

/** A string as the value of a node's `text`: itself, or inline pieces when it needs another font. */
export function textRuns(s: string): PdfContent {
  return inlineText(s);
}

/** The value of a node's `text`: a string or a list of inlines (strings and nodes). */
function inlineText(text: PdfContent): PdfContent {
  if (typeof text === 'string') {
    const pieces = inlinePieces(text);
    return pieces.length === 1 && typeof pieces[0] === 'string' ? pieces[0] : pieces;
  }
  if (Array.isArray(text)) return text.flatMap((t) => (typeof t === 'string' ? inlinePieces(t) : [inlineText(t)]));
  return withFontRuns(text);
}

/** `content` with every string split into font runs; nodes are copied, never changed in place. */
export function withFontRuns(content: PdfContent): PdfContent {
  if (typeof content === 'string') return block(content);
  if (Array.isArray(content)) return content.map(withFontRuns);
  const node: PdfNode = { ...content };
  if (node.text !== undefined) node.text = inlineText(node.text);
  if (node.stack) node.stack = node.stack.map(withFontRuns);
  if (node.columns) node.columns = node.columns.map(withFontRuns);
  if (node.table) node.table = { ...node.table, body: node.table.body.map((row) => row.map(withFontRuns)) };
  for (const list of ['ul', 'ol'] as const) {
    const items = node[list];
    if (Array.isArray(items)) node[list] = (items as PdfContent[]).map(withFontRuns);
  }
  return node;
}
