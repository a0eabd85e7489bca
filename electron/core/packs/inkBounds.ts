/**
 * Where a page puts ink near a rectangle: a small reader of content streams (PDF 32000-1 §8, §9)
 * that follows the graphics state (q, Q, cm), the text state (BT, Tf, TL, Tm, Td, TD, T*, Tz, Ts)
 * and text-showing operators, images (Do, inline BI … EI) and form XObjects (by their /BBox),
 * and answers whether any of it touches the rectangle. Text extents are over-estimated (every byte
 * as wide as 0.8 em, and 2-byte fonts so counted twice), paths are ignored (rules and boxes in a
 * footer are not report text). A stream it cannot decode or read counts as touching, so the
 * page-number stamp never covers what PanelPack could not see.
 */
import { PDFArray, PDFContentStream, PDFDict, PDFName, PDFNumber, PDFRawStream, PDFRef, PDFStream, decodePDFRawStream, type PDFContext, type PDFObject, type PDFPage } from 'pdf-lib';

export interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
type M = [number, number, number, number, number, number];
const ID: M = [1, 0, 0, 1, 0, 0];
const mul = (a: M, b: M): M => [
  a[0] * b[0] + a[1] * b[2],
  a[0] * b[1] + a[1] * b[3],
  a[2] * b[0] + a[3] * b[2],
  a[2] * b[1] + a[3] * b[3],
  a[4] * b[0] + a[5] * b[2] + b[4],
  a[4] * b[1] + a[5] * b[3] + b[5],
];
const N = (s: string): PDFName => PDFName.of(s);

/** The box, in page space, of the rectangle (x0, y0)-(x1, y1) under matrix m. */
function boxOf(m: M, x0: number, y0: number, x1: number, y1: number): Rect {
  const pts = [
    [x0, y0],
    [x1, y0],
    [x0, y1],
    [x1, y1],
  ].map(([x, y]) => [m[0] * x! + m[2] * y! + m[4], m[1] * x! + m[3] * y! + m[5]] as const);
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
}
const overlaps = (a: Rect, b: Rect): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

class Unreadable extends Error {}

export function streamBytes(ctx: PDFContext, o: PDFObject | undefined): Uint8Array[] {
  const v = o instanceof PDFRef ? ctx.lookup(o) : o;
  if (v instanceof PDFArray) return v.asArray().flatMap((x) => streamBytes(ctx, x));
  if (v instanceof PDFRawStream) {
    try {
      return [decodePDFRawStream(v).decode()];
    } catch {
      throw new Unreadable();
    }
  }
  // pdf-lib's own streams (a flattened annotation): their operators, without filling the cache of their encoded bytes.
  if (v instanceof PDFContentStream) return [v.getUnencodedContents()];
  if (v instanceof PDFStream) return [v.getContents()];
  return [];
}

const WS = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIM = new Set([...'()<>[]{}/%'].map((c) => c.charCodeAt(0)));

/** Tokens of a content stream: numbers, names ("/F1"), strings (as their byte length), operators. */
export function* tokens(b: Uint8Array): Generator<{ op?: string; num?: number; name?: string; str?: number; open?: boolean; close?: boolean }> {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    if (WS.has(c)) {
      i++;
    } else if (c === 0x25) {
      while (i < b.length && b[i] !== 0x0a && b[i] !== 0x0d) i++;
    } else if (c === 0x28) {
      let depth = 1;
      let n = 0;
      i++;
      while (i < b.length && depth > 0) {
        const d = b[i]!;
        if (d === 0x5c) i++;
        else if (d === 0x28) depth++;
        else if (d === 0x29) depth--;
        i++;
        n++;
      }
      yield { str: n };
    } else if (c === 0x3c && b[i + 1] === 0x3c) {
      i += 2;
      yield { open: true };
    } else if (c === 0x3e && b[i + 1] === 0x3e) {
      i += 2;
      yield { close: true };
    } else if (c === 0x3c) {
      const start = i;
      while (i < b.length && b[i] !== 0x3e) i++;
      i++;
      yield { str: Math.ceil((i - start - 2) / 2) };
    } else if (c === 0x5b || c === 0x7b) {
      i++;
      yield { open: true };
    } else if (c === 0x5d || c === 0x7d) {
      i++;
      yield { close: true };
    } else {
      const start = i;
      i++;
      while (i < b.length && !WS.has(b[i]!) && !DELIM.has(b[i]!)) i++;
      const word = Buffer.from(b.subarray(start, i)).toString('latin1');
      if (c === 0x2f) yield { name: word.slice(1) };
      else if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word)) yield { num: Number(word) };
      else if (word === 'ID') {
        // Inline image data: skip to "EI" standing alone.
        i++;
        while (i < b.length && !(b[i] === 0x45 && b[i + 1] === 0x49 && WS.has(b[i - 1]!) && (i + 2 >= b.length || WS.has(b[i + 2]!)))) i++;
        i += 2;
        yield { op: 'EI' };
      } else yield { op: word };
    }
  }
}

/**
 * Whether anything drawn by `contents` (under `resources`, starting from matrix `start`) touches
 * `zone` (page space). Forms are looked into up to a few levels; a form's own /BBox bounds it.
 */
function touches(ctx: PDFContext, contents: Uint8Array[], resources: PDFDict | undefined, start: M, zone: Rect, depth: number): boolean {
  const xobjects = (() => {
    const x = resources?.get(N('XObject'));
    const v = x instanceof PDFRef ? ctx.lookup(x) : x;
    return v instanceof PDFDict ? v : undefined;
  })();
  for (const bytes of contents) {
    let ctm = start;
    const stack: M[] = [];
    let tm: M = ID;
    let tlm: M = ID;
    let size = 12;
    let leading = 0;
    let hscale = 1;
    let rise = 0;
    let operands: number[] = [];
    let strings = 0;
    let name: string | undefined;
    let nesting = 0;
    const show = (bytesShown: number): boolean => {
      const w = bytesShown * 0.8 * size * hscale;
      const box = boxOf(mul(tm, ctm), 0, rise - 0.3 * size, Math.max(w, size), rise + 1.1 * size);
      return overlaps(box, zone);
    };
    for (const t of tokens(bytes)) {
      if (t.open) nesting++;
      else if (t.close) nesting = Math.max(0, nesting - 1);
      else if (t.num !== undefined) operands.push(t.num);
      else if (t.str !== undefined) strings += t.str;
      else if (t.name !== undefined) name = t.name;
      else if (t.op !== undefined) {
        const o = operands;
        const op = t.op;
        switch (op) {
          case 'q':
            stack.push(ctm);
            break;
          case 'Q':
            ctm = stack.pop() ?? start;
            break;
          case 'cm':
            if (o.length >= 6) ctm = mul(o.slice(-6) as M, ctm);
            break;
          case 'BT':
            tm = tlm = ID;
            break;
          case 'Tf':
            if (o.length >= 1) size = Math.abs(o[o.length - 1]!) || size;
            break;
          case 'TL':
            leading = o[0] ?? leading;
            break;
          case 'Tz':
            hscale = (o[0] ?? 100) / 100;
            break;
          case 'Ts':
            rise = o[0] ?? 0;
            break;
          case 'Tm':
            if (o.length >= 6) tm = tlm = o.slice(-6) as M;
            break;
          case 'Td':
          case 'TD':
            if (op === 'TD') leading = -(o[1] ?? 0);
            tm = tlm = mul([1, 0, 0, 1, o[0] ?? 0, o[1] ?? 0], tlm);
            break;
          case 'T*':
            tm = tlm = mul([1, 0, 0, 1, 0, -leading], tlm);
            break;
          case "'":
          case '"':
            tm = tlm = mul([1, 0, 0, 1, 0, -leading], tlm);
            if (show(strings)) return true;
            break;
          case 'Tj':
          case 'TJ':
            if (show(strings)) return true;
            // Move on by the width shown, so the next run on the line is placed near where it is.
            tm = mul([1, 0, 0, 1, strings * 0.5 * size * hscale, 0], tm);
            break;
          case 'EI':
            if (overlaps(boxOf(ctm, 0, 0, 1, 1), zone)) return true;
            break;
          case 'Do': {
            const ref = name === undefined ? undefined : xobjects?.get(N(name));
            const x = ref instanceof PDFRef ? ctx.lookup(ref) : ref;
            if (!(x instanceof PDFStream)) break;
            const sub = x.dict.get(N('Subtype'));
            if (sub instanceof PDFName && sub.decodeText() === 'Form') {
              const nums = (key: string): number[] | undefined => {
                const a = x.dict.get(N(key));
                const arr = a instanceof PDFRef ? ctx.lookup(a) : a;
                return arr instanceof PDFArray ? arr.asArray().map((n) => (n instanceof PDFNumber ? n.asNumber() : NaN)) : undefined;
              };
              const m = mul((nums('Matrix') as M | undefined) ?? ID, ctm);
              const bbox = nums('BBox') ?? [0, 0, 0, 0];
              if (!overlaps(boxOf(m, bbox[0]!, bbox[1]!, bbox[2]!, bbox[3]!), zone)) break;
              if (depth >= 3) return true;
              const res = x.dict.get(N('Resources'));
              const resDict = res instanceof PDFRef ? ctx.lookup(res) : res;
              if (touches(ctx, streamBytes(ctx, x), resDict instanceof PDFDict ? resDict : resources, m, zone, depth + 1)) return true;
            } else if (overlaps(boxOf(ctm, 0, 0, 1, 1), zone)) return true;
            break;
          }
        }
        if (nesting === 0) {
          operands = [];
          strings = 0;
          name = undefined;
        }
      }
    }
  }
  return false;
}

/** Whether the page's own content puts ink in `zone` (page space); true when it cannot tell. */
export function inkIn(page: PDFPage, zone: Rect): boolean {
  const ctx = page.doc.context;
  try {
    const res = page.node.get(N('Resources'));
    const resources = res instanceof PDFRef ? ctx.lookup(res) : res;
    return touches(ctx, streamBytes(ctx, page.node.get(N('Contents'))), resources instanceof PDFDict ? resources : undefined, ID, zone, 0);
  } catch {
    return true;
  }
}
