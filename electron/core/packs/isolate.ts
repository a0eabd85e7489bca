/**
 * Keeping a report's broken content from swallowing the pack's stamps. A content stream that
 * leaves a text object open ("BT" with no "ET", or "ET" run into the next word), restores more
 * graphics states than it saved, or uses operators no reader knows, leaves readers in a state
 * where what is drawn after it (the "Page N of M") is not shown (pdf.js corpus: 11 files). Such
 * a page's content is moved into a form XObject, which readers run in a state of its own, and the
 * page draws that form; the report looks the same, and the stamps drawn after it are seen.
 */
import { PDFArray, PDFContentStream, type PDFDict, PDFName, PDFRawStream, PDFRef, PDFStream, decodePDFRawStream, type PDFPage } from 'pdf-lib';
import { tokens } from './inkBounds';

const N = (s: string): PDFName => PDFName.of(s);
/** Every content-stream operator (PDF 32000-1 Annex A), and the three keywords that are operands. */
const OPERATORS = new Set(
  "b B b* B* BDC BI BMC BT BX c cm CS cs d d0 d1 Do DP EI EMC ET EX f F f* G g gs h i ID j J K k l m M MP n q Q re RG rg ri s S SC sc SCN scn sh T* Tc Td TD Tf Tj TJ TL Tm Tr Ts Tw Tz v w W W* y ' \" true false null".split(' '),
);

function contentStreams(page: PDFPage): PDFStream[] {
  const ctx = page.doc.context;
  const c = page.node.get(N('Contents'));
  const v = c instanceof PDFRef ? ctx.lookup(c) : c;
  const list = v instanceof PDFArray ? v.asArray().map((r) => (r instanceof PDFRef ? ctx.lookup(r) : r)) : [v];
  return list.filter((s): s is PDFStream => s instanceof PDFStream);
}

function decoded(s: PDFStream): Uint8Array {
  if (s instanceof PDFRawStream) return decodePDFRawStream(s).decode();
  if (s instanceof PDFContentStream) return s.getUnencodedContents();
  return s.getContents();
}

/** Whether the page's content ends in a state that could hide what is drawn after it. */
export function contentUnbalanced(page: PDFPage): boolean {
  let bytes: Uint8Array[];
  try {
    bytes = contentStreams(page).map(decoded);
  } catch {
    return true; // Undecodable: readers read what they can of it, in whatever state that leaves.
  }
  let inText = false;
  let saved = 0;
  let compat = 0;
  for (const b of bytes) {
    for (const t of tokens(b)) {
      if (t.op === undefined) continue;
      switch (t.op) {
        case 'BT':
          if (inText) return true;
          inText = true;
          break;
        case 'ET':
          if (!inText) return true;
          inText = false;
          break;
        case 'q':
          saved++;
          break;
        case 'Q':
          if (--saved < 0) return true;
          break;
        case 'BX':
          compat++;
          break;
        case 'EX':
          compat = Math.max(0, compat - 1);
          break;
        default:
          if (compat === 0 && !OPERATORS.has(t.op)) return true;
      }
    }
  }
  return inText;
}

/** Moves the page's content into a form XObject the page draws; false when it cannot (undecodable content). */
export function isolateContent(page: PDFPage): boolean {
  const ctx = page.doc.context;
  const streams = contentStreams(page);
  let form: PDFStream;
  const entries = (d: PDFDict): void => {
    d.set(N('Type'), N('XObject'));
    d.set(N('Subtype'), N('Form'));
    d.set(N('BBox'), ctx.obj(page.node.MediaBox().asArray()));
    const res = page.node.get(N('Resources'));
    d.set(N('Resources'), res ?? ctx.obj({}));
  };
  if (streams.length === 1 && streams[0] instanceof PDFRawStream) {
    // Its own bytes and filters, in a stream of its own (a report used twice shares the original).
    const only = streams[0];
    const dict = only.dict.clone(ctx);
    dict.delete(N('Length'));
    entries(dict);
    form = PDFRawStream.of(dict, only.getContents());
  } else {
    let parts: Uint8Array[];
    try {
      parts = streams.map(decoded);
    } catch {
      return false;
    }
    const joined = Buffer.concat(parts.flatMap((p) => [Buffer.from(p), Buffer.from('\n')]));
    form = ctx.flateStream(joined);
    entries(form.dict);
  }
  const ref = ctx.register(form);
  page.node.set(N('Resources'), ctx.obj({ XObject: { PanelPackReport: ref } }));
  page.node.set(N('Contents'), ctx.register(ctx.stream('q /PanelPackReport Do Q')));
  return true;
}
