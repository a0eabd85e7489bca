/**
 * Opening a report for a pack: the one path attach and publishing both take, so a report that
 * would break the pack is refused at attach, naming what is wrong and what to do.
 *
 *  1. Load with pdf-lib. A file pdf-lib cannot read, or an encrypted one, is read again with
 *     @cantoo/pdf-lib (a maintained pdf-lib fork that decrypts and parses more damaged files)
 *     with the empty password: a file that opens without a password (owner password only) is
 *     accepted, written out decrypted and loaded again with pdf-lib; one that needs a password is
 *     refused with PASSWORD_MESSAGE.
 *  2. Repair the page tree (./pageTree.ts).
 *  3. Sanitise (./sanitise.ts).
 * `tryPack` (attach only) then copies every page into a throwaway document, stamps and saves it,
 * exactly as publishing will (./packPages.ts), and `undecodablePages` names pages whose images or
 * content streams cannot be decoded, so the clerk hears they may print blank.
 *
 * Measured on the pdf.js corpus against qpdf compiled to WebAssembly (docs/ARCHITECTURE.md,
 * "Reading reports"): the WebAssembly builds on npm cannot recover damaged files (their C++
 * exception handling is off), so they add nothing pdf-lib and the fork do not.
 */
import { PDFCatalog, PDFDocument, ParseSpeeds } from 'pdf-lib';
import { patchPdfBytes } from './pdfBytes';
import { DAMAGED_MESSAGE, PASSWORD_MESSAGE, UNCHECKABLE_MESSAGE } from './reportMessages';
import { repairPageTree } from './pageTree';
import { sanitiseDocument, type SanitiseReport } from './sanitise';

export { DAMAGED_MESSAGE, PASSWORD_MESSAGE, UNCHECKABLE_MESSAGE };

/** Why a report cannot go into a pack: the clerk's words come from the kind. */
export class ReportError extends Error {
  constructor(
    readonly kind: 'password' | 'damaged' | 'unchecked',
    message: string,
  ) {
    super(message);
  }
}

export interface OpenedReport {
  doc: PDFDocument;
  pages: number;
  removed: SanitiseReport;
  /** Repairs made on the way in (page tree, decryption), for the log and the benchmark. */
  repairs: string[];
}

const loadOptions = { updateMetadata: false, ignoreEncryption: true, parseSpeed: ParseSpeeds.Fastest } as const;

/** The bytes of an object the fork kept unparsed, as text. */
function rawText(obj: { sizeInBytes(): number; copyBytesInto(buffer: Uint8Array, offset: number): number }): string {
  const b = new Uint8Array(obj.sizeInBytes());
  obj.copyBytesInto(b, 0);
  return Buffer.from(b).toString('latin1');
}

type Fork = typeof import('@cantoo/pdf-lib');

/**
 * Rewrites every literal string inside `obj` as a hex string of the same bytes: the fork writes a
 * decrypted literal string's bytes as they are, and one holding an unbalanced ")" broke the file
 * (pdf.js corpus: bug900822).
 */
function asHexStrings(fork: Fork, obj: unknown, depth: number): void {
  if (depth > 32) return;
  const hex = (s: { asBytes(): Uint8Array }): ReturnType<Fork['PDFHexString']['of']> => fork.PDFHexString.of(Buffer.from(s.asBytes()).toString('hex'));
  const dict = obj instanceof fork.PDFDict ? obj : obj instanceof fork.PDFStream ? obj.dict : undefined;
  if (dict) {
    for (const [key, value] of dict.entries()) {
      if (value instanceof fork.PDFString) dict.set(key, hex(value));
      else asHexStrings(fork, value, depth + 1);
    }
  } else if (obj instanceof fork.PDFArray) {
    for (let i = 0; i < obj.size(); i++) {
      const value = obj.get(i);
      if (value instanceof fork.PDFString) obj.set(i, hex(value));
      else asHexStrings(fork, value, depth + 1);
    }
  }
}

/** The bytes again, decrypted and rewritten by @cantoo/pdf-lib; throws ReportError('password') when a password is needed. */
async function throughFork(bytes: Uint8Array): Promise<Uint8Array> {
  const fork = await import('@cantoo/pdf-lib');
  let doc: Awaited<ReturnType<typeof fork.PDFDocument.load>>;
  try {
    doc = await fork.PDFDocument.load(bytes, { updateMetadata: false, password: '', parseSpeed: fork.ParseSpeeds.Fastest });
  } catch (err) {
    if (/password/i.test(String((err as Error)?.message))) throw new ReportError('password', PASSWORD_MESSAGE);
    throw new ReportError('damaged', DAMAGED_MESSAGE);
  }
  try {
    // The fork keeps the original cross-reference and object streams as objects (the first as
    // raw bytes it could not parse), still encrypted; pdf-lib, which reads objects in order, would
    // take their /Encrypt for the file's and their encrypted objects for the decrypted ones.
    for (const [ref, obj] of doc.context.enumerateIndirectObjects()) {
      const type = obj instanceof fork.PDFRawStream ? obj.dict.get(fork.PDFName.of('Type')) : undefined;
      const stale = type instanceof fork.PDFName && ['XRef', 'ObjStm'].includes(type.decodeText());
      const raw = obj instanceof fork.PDFInvalidObject && /\/XRef|\/Encrypt/.test(rawText(obj));
      if (stale || raw) doc.context.delete(ref);
      else asHexStrings(fork, obj, 0);
    }
    return await doc.save({ useObjectStreams: false });
  } catch {
    throw new ReportError('damaged', DAMAGED_MESSAGE);
  }
}

async function tryLoad(bytes: Uint8Array): Promise<PDFDocument | null> {
  try {
    const doc = await PDFDocument.load(bytes, loadOptions);
    // A root without /Type /Catalog loads, but as a plain dictionary pdf-lib cannot use.
    return doc.catalog instanceof PDFCatalog ? doc : null;
  } catch {
    return null;
  }
}

/**
 * pdf-lib first; then, for a file it cannot parse, the same with byte-level repairs
 * (./pdfBytes.ts); then, for an encrypted file or one still unread, through the fork.
 */
async function load(original: Uint8Array, repairs: string[]): Promise<PDFDocument> {
  let bytes = original;
  let doc = await tryLoad(bytes);
  if (!doc) {
    const patched = patchPdfBytes(bytes);
    const again = patched ? await tryLoad(patched.bytes) : null;
    if (patched && again) {
      repairs.push(...patched.repairs);
      bytes = patched.bytes;
      doc = again;
    }
  }
  if (doc && !doc.isEncrypted) return doc;
  const decrypted = await throughFork(bytes);
  repairs.push(doc ? 'decrypted (no password needed)' : 'read by @cantoo/pdf-lib');
  const reloaded = await tryLoad(decrypted);
  if (!reloaded) throw new ReportError('damaged', DAMAGED_MESSAGE);
  if (reloaded.isEncrypted) throw new ReportError('password', PASSWORD_MESSAGE);
  return reloaded;
}

/** Whether the %PDF- header is where readers look for it (anywhere in the first 1,024 bytes). */
export const hasPdfHeader = (bytes: Uint8Array): boolean => Buffer.from(bytes.subarray(0, 1024)).toString('latin1').includes('%PDF-');

/**
 * A file with no %PDF- header that is still a PDF inside (readers and qpdf open it): objects, and
 * a catalog or a trailer, in its first and last 64 KB.
 */
export function looksLikePdfBody(bytes: Uint8Array): boolean {
  const text = (a: number, b: number): string => Buffer.from(bytes.subarray(a, b)).toString('latin1');
  const head = text(0, 64 * 1024);
  const tail = text(Math.max(0, bytes.length - 64 * 1024), bytes.length);
  return /\d+\s+\d+\s+obj\b/.test(head) && /\/Type\s*\/Catalog|\btrailer\b|\/Root\s+\d+/.test(head + tail);
}

/** Loads, repairs and sanitises a report; throws ReportError with the clerk's message. */
export async function openReport(original: Uint8Array): Promise<OpenedReport> {
  const repairs: string[] = [];
  let bytes = original;
  if (!hasPdfHeader(bytes)) {
    // pdf-lib reads objects in order, not by the offsets in the xref table, so a header in front is enough.
    bytes = new Uint8Array(Buffer.concat([Buffer.from('%PDF-1.7\n', 'latin1'), bytes]));
    repairs.push('no %PDF- header');
  }
  const doc = await load(bytes, repairs);
  let pages: number;
  try {
    repairs.push(...repairPageTree(doc));
    pages = doc.getPageCount();
    doc.getPages();
  } catch {
    throw new ReportError('damaged', DAMAGED_MESSAGE);
  }
  if (pages < 1) throw new ReportError('damaged', DAMAGED_MESSAGE);
  let removed: SanitiseReport;
  try {
    removed = sanitiseDocument(doc);
  } catch {
    throw new ReportError('unchecked', UNCHECKABLE_MESSAGE);
  }
  return { doc, pages, removed, repairs };
}
