/** Blocks every evidence section uses (./sections.ts and the sections beside it). */
import type { PdfContent } from '../paper';
import type { Typography } from './typography';

/** A section's heading: its key is the anchor id (contents and outline). */
export const heading = (key: string, title: string): PdfContent => ({ text: title, id: key, style: 'h1' });

/** Large print: every explicit font size in `content` raised to at least `min` (blocks shared with other papers set their own small sizes). */
export function atLeast<T>(content: T, min: number): T {
  if (Array.isArray(content)) return (content as unknown[]).map((c) => atLeast(c, min)) as T;
  if (content === null || typeof content !== 'object') return content;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(content)) out[k] = k === 'fontSize' && typeof v === 'number' && v < min ? min : k === 'svg' ? v : atLeast(v, min);
  return out as T;
}

/** Label and value: a two-column table in the standard print, one after the other in large print. */
export function facts(t: Typography, rows: [string, PdfContent][]): PdfContent {
  // Each label kept with its value: a label never ends a page with its value overleaf.
  if (t.singleColumn) return { stack: rows.map(([label, value]) => ({ stack: [{ text: label, style: 'label' }, { ...(typeof value === 'string' ? { text: value } : (value as object)), style: 'body', margin: [0, 0, 0, 6] }], unbreakable: true })) };
  return { table: { widths: [110, '*'], body: rows.map(([label, value]) => [{ text: label, style: 'label' }, typeof value === 'string' ? { text: value, style: 'body' } : value]) }, layout: 'grid' };
}

