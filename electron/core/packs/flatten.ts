/**
 * Form flattening for the sanitiser (./sanitise.ts): a widget's normal appearance is drawn into
 * its page where the widget was, so a filled-in form still shows what it said once the form
 * itself (fields, actions, the AcroForm) is gone.
 */
import {
  PDFAcroForm,
  PDFArray,
  PDFDict,
  PDFForm,
  PDFName,
  PDFNumber,
  PDFRef,
  PDFStream,
  concatTransformationMatrix,
  drawObject,
  popGraphicsState,
  pushGraphicsState,
  type PDFContext,
  type PDFDocument,
  type PDFObject,
  type PDFPage,
} from 'pdf-lib';

const N = (s: string): PDFName => PDFName.of(s);
const nameOf = (o: PDFObject | undefined): string | undefined => (o instanceof PDFName ? o.decodeText() : undefined);

/** The dictionary (or a stream's dictionary) or array `o` is or refers to; anything else is undefined. */
function dictOf(ctx: PDFContext, o: PDFObject | undefined): PDFDict | undefined {
  const v = o instanceof PDFRef ? ctx.lookup(o) : o;
  return v instanceof PDFDict ? v : v instanceof PDFStream ? v.dict : undefined;
}
function arrayOf(ctx: PDFContext, o: PDFObject | undefined): PDFArray | undefined {
  const v = o instanceof PDFRef ? ctx.lookup(o) : o;
  return v instanceof PDFArray ? v : undefined;
}

/** Whether any widget on any page has no normal appearance (a form saved for its reader to draw). */
export function someWidgetLacksAppearance(doc: PDFDocument): boolean {
  const ctx = doc.context;
  return doc.getPages().some((page) =>
    (arrayOf(ctx, page.node.get(N('Annots')))?.asArray() ?? []).some((ref) => {
      const annot = dictOf(ctx, ref);
      return nameOf(annot?.get(N('Subtype'))) === 'Widget' && !dictOf(ctx, annot?.get(N('AP')))?.has(N('N'));
    }),
  );
}

/** Draws a widget's normal appearance into its page where the widget was (PDF 32000-1 §12.5.5). */
export function drawWidgetAppearance(page: PDFPage, widget: PDFDict): void {
  const ctx = widget.context;
  const dict = (o: PDFObject | undefined): PDFDict | undefined => dictOf(ctx, o);
  const array = (o: PDFObject | undefined): PDFArray | undefined => arrayOf(ctx, o);
  const flags = widget.get(N('F'));
  const f = flags instanceof PDFNumber ? flags.asNumber() : 0;
  if (f & (2 | 32)) return; // Hidden or NoView: the reader never showed it.
  const ap = dict(widget.get(N('AP')));
  let normal = ap?.get(N('N'));
  if (normal instanceof PDFRef && !(ctx.lookup(normal) instanceof PDFStream)) {
    // A dictionary of states (check boxes, radio buttons): /AS says which one shows.
    const state = nameOf(widget.get(N('AS')));
    normal = state === undefined ? undefined : dict(normal)?.get(N(state));
  } else if (normal instanceof PDFDict) {
    const state = nameOf(widget.get(N('AS')));
    normal = state === undefined ? undefined : normal.get(N(state));
  }
  if (!(normal instanceof PDFRef)) return;
  const stream = ctx.lookup(normal);
  const rect = array(widget.get(N('Rect')))?.asArray().map((n) => (n instanceof PDFNumber ? n.asNumber() : NaN));
  if (!(stream instanceof PDFStream) || !rect || rect.length !== 4 || rect.some((n) => !Number.isFinite(n))) return;
  const [rx0, ry0, rx1, ry1] = [Math.min(rect[0]!, rect[2]!), Math.min(rect[1]!, rect[3]!), Math.max(rect[0]!, rect[2]!), Math.max(rect[1]!, rect[3]!)];
  const nums = (key: string, fallback: number[]): number[] => {
    const a = array(stream.dict.get(N(key)))?.asArray().map((n) => (n instanceof PDFNumber ? n.asNumber() : NaN));
    return a && a.length === fallback.length && a.every(Number.isFinite) ? a : fallback;
  };
  const bbox = nums('BBox', [0, 0, rx1 - rx0, ry1 - ry0]);
  const m = nums('Matrix', [1, 0, 0, 1, 0, 0]);
  // The appearance's box after its own /Matrix, then the matrix that fits that box to /Rect.
  const corners = [
    [bbox[0]!, bbox[1]!],
    [bbox[2]!, bbox[1]!],
    [bbox[0]!, bbox[3]!],
    [bbox[2]!, bbox[3]!],
  ].map(([x, y]) => [m[0]! * x! + m[2]! * y! + m[4]!, m[1]! * x! + m[3]! * y! + m[5]!] as const);
  const xs = corners.map((c) => c[0]);
  const ys = corners.map((c) => c[1]);
  const [bx0, bx1, by0, by1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  if (bx1 - bx0 <= 0 || by1 - by0 <= 0) return;
  const sx = (rx1 - rx0) / (bx1 - bx0);
  const sy = (ry1 - ry0) / (by1 - by0);
  const name = page.node.newXObject('Flattened', normal);
  page.pushOperators(pushGraphicsState(), concatTransformationMatrix(sx, 0, 0, sy, rx0 - sx * bx0, ry0 - sy * by0), drawObject(name), popGraphicsState());
}

/**
 * A form saved with "NeedAppearances" may have fields with values but no drawn appearance; pdf-lib
 * draws those (and only those) before flattening, so what the reader would have shown is kept.
 * A form pdf-lib cannot read is flattened with the appearances it has.
 */
export function generateMissingAppearances(doc: PDFDocument, acroForm: PDFDict): void {
  try {
    PDFForm.of(PDFAcroForm.fromDict(acroForm), doc).updateFieldAppearances();
  } catch {
    // Odd fonts or field trees: draw what is there.
  }
  // pdf-lib's fields cache the document's form as they draw, and PDFDocument.save() redraws a
  // cached form's fields, which this module is about to remove: forget it (pdf-lib 1.17 keeps it
  // in the private `formCache`; tests/core/packs/sanitise.test.ts saves a sanitised form).
  const cache = (doc as unknown as { formCache?: { value?: unknown } }).formCache;
  if (cache) cache.value = undefined;
}
