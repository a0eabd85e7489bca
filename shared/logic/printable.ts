/**
 * Which characters PanelPack's PDFs can print, and in which font. Roboto sets the text; what
 * Roboto lacks but Noto Emoji (monochrome) has is set in Noto Emoji; anything neither font has
 * is printed as a marker, never as a .notdef box (which some readers draw wider than its advance,
 * so the following text overlapped it). The same rule serves core (the font runs every PDF's text
 * is split into: paper.ts) and the forms (the "cannot be printed" warning when a title is saved),
 * so what a clerk is warned about is exactly what the PDF does.
 *
 * Units are grapheme clusters (Intl.Segmenter), not code points: a flag is two regional
 * indicators, 👩‍👩‍👧 is five code points joined by ZWJ, ❤️ carries a variation selector, and each
 * must go to one font whole or the font cannot shape it. Browser-safe: the fonts' coverage is a
 * generated table (shared/data/fontCoverage.ts, from scripts/font-coverage.mjs).
 */
import { EMOJI_RANGES, ROBOTO_RANGES } from '../data/fontCoverage';

/** Printed in place of a character neither font has: U+FFFD REPLACEMENT CHARACTER, which Roboto draws. */
export const UNPRINTABLE_MARKER = '\uFFFD';

export type RunFont = 'text' | 'emoji';
export interface TextRun {
  text: string;
  font: RunFont;
}

function inRanges(ranges: readonly number[], cp: number): boolean {
  let lo = 0;
  let hi = ranges.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const first = ranges[mid * 2] ?? 0;
    const last = ranges[mid * 2 + 1] ?? 0;
    if (cp < first) hi = mid - 1;
    else if (cp > last) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Tab, LF and CR are layout (pdfmake breaks lines on them), not glyphs. */
const isLayout = (cp: number): boolean => cp === 0x09 || cp === 0x0a || cp === 0x0d;
export const inTextFont = (cp: number): boolean => isLayout(cp) || inRanges(ROBOTO_RANGES, cp);
const inEmojiFont = (cp: number): boolean => inRanges(EMOJI_RANGES, cp);

/**
 * Invisible format characters: zero-width space and (non-)joiners, word joiner, BOM, variation
 * selectors, emoji tag characters. They shape an emoji; beside text they draw nothing, so in a
 * text run they are left out rather than drawn as boxes.
 */
function isIgnorable(cp: number): boolean {
  return (
    (cp >= 0x200b && cp <= 0x200d) ||
    cp === 0x2060 ||
    cp === 0xfeff ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    (cp >= 0xe0020 && cp <= 0xe007f) ||
    (cp >= 0xe0100 && cp <= 0xe01ef)
  );
}

let segmenter: Intl.Segmenter | undefined;
/** `text` split into user-perceived characters (grapheme clusters). */
export function graphemes(text: string): string[] {
  segmenter ??= new Intl.Segmenter('en-GB', { granularity: 'grapheme' });
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

type ClusterFont = RunFont | 'drop' | 'marker';

function clusterFont(cluster: string): ClusterFont {
  const cps = Array.from(cluster, (c) => c.codePointAt(0) ?? 0);
  const visible = cps.filter((cp) => !isIgnorable(cp));
  if (visible.length === 0) return 'drop';
  if (visible.every(inTextFont)) return 'text';
  if (cps.every((cp) => inEmojiFont(cp) || isIgnorable(cp))) return 'emoji';
  return 'marker';
}

const fitsTextFont = (text: string): boolean => {
  for (const ch of text) if (!inTextFont(ch.codePointAt(0) ?? 0)) return false;
  return true;
};

/**
 * `text` as runs, each in the font that draws it: adjacent clusters in one font share a run,
 * characters neither font has become UNPRINTABLE_MARKER, invisible format characters beside text
 * are dropped. Text Roboto draws whole (nearly everything) comes back as one run, unchanged.
 */
export function printableRuns(text: string): TextRun[] {
  if (fitsTextFont(text)) return text === '' ? [] : [{ text, font: 'text' }];
  const runs: TextRun[] = [];
  const push = (piece: string, font: RunFont): void => {
    const last = runs.at(-1);
    if (last && last.font === font) last.text += piece;
    else runs.push({ text: piece, font });
  };
  for (const cluster of graphemes(text.normalize('NFC'))) {
    const font = clusterFont(cluster);
    if (font === 'drop') continue;
    if (font === 'marker') push(UNPRINTABLE_MARKER, 'text');
    else if (font === 'emoji') push(cluster, 'emoji');
    else push(Array.from(cluster).filter((c) => !isIgnorable(c.codePointAt(0) ?? 0)).join(''), 'text');
  }
  return runs;
}

/** The characters (grapheme clusters) of `text` that no PDF font has, each once, in order. */
export function unprintableCharacters(text: string): string[] {
  if (fitsTextFont(text)) return [];
  const found = new Set<string>();
  for (const cluster of graphemes(text.normalize('NFC'))) if (clusterFont(cluster) === 'marker') found.add(cluster);
  return [...found];
}

/**
 * The warning a form shows when it saves text with characters no PDF font has, or null:
 * "李 cannot be printed in PDFs; it will show as �." `what` names the field ("the title").
 */
export function printWarning(what: string, text: string): string | null {
  const chars = unprintableCharacters(text);
  if (chars.length === 0) return null;
  const shown = chars.length > 6 ? [...chars.slice(0, 5), `${chars.length - 5} more`] : chars;
  const list = shown.length === 1 ? (shown[0] ?? '') : `${shown.slice(0, -1).join(' ')} and ${shown.at(-1) ?? ''}`;
  const verb = chars.length === 1 ? 'it will show' : 'they will show';
  return `In ${what}, ${list} cannot be printed in PDFs; ${verb} as ${UNPRINTABLE_MARKER}.`;
}

/** Added to what a save returns: one warning per field with characters no PDF font has. */
export interface PrintWarnings {
  printWarnings: string[];
}

/** `saved` with the warnings for its printed fields, named as a clerk would ("the title"). */
export function withPrintWarnings<T extends object>(saved: T, fields: Record<string, string | null | undefined>): T & PrintWarnings {
  const printWarnings = Object.entries(fields).flatMap(([what, text]) => {
    const w = text ? printWarning(what, text) : null;
    return w ? [w] : [];
  });
  return { ...saved, printWarnings };
}
