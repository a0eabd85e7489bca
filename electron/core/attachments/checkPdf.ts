/**
 * Whether a file may be attached: a PDF that publishing can put in a pack (packs/reportCheck.ts:
 * read, repaired, decrypted when it opens without a password, sanitised, copied and stamped).
 * pdf-lib and the sanitiser are loaded only when a report is checked, not when the app or the CLI starts.
 */
import { createHash } from 'node:crypto';
import { extname } from 'node:path';
import type { RemovedCounts } from '../../../shared/model/entities';
import { AppError } from '../errors';
import { DAMAGED_MESSAGE } from '../packs/reportMessages';


/** Big enough for any committee report with pictures; past this the pack would be unwieldy. */
export const MAX_ATTACHMENT_BYTES = 100 * 1024 * 1024;

export { DAMAGED_MESSAGE, PASSWORD_MESSAGE, UNCHECKABLE_MESSAGE } from '../packs/reportMessages';

export interface CheckedPdf {
  sha256: string;
  pages: number;
  size: number;
  /** What the sanitiser takes out of it in every pack (the stored file is the clerk's original). */
  removed: RemovedCounts;
  /** Pages that may print blank ("Page 2 has an image that may print blank. …"), or null. */
  damageSummary: string | null;
}

export const refuse = (message: string): AppError => new AppError('invalid_input', message, { file: message });

const startsWith = (b: Uint8Array, sig: readonly number[], at = 0): boolean => sig.every((v, i) => b[at + i] === v);

/** The names in a ZIP's central directory (enough to tell a .docx from a .xlsx or an .odt). */
export function zipEntryNames(b: Uint8Array): string[] {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const names: string[] = [];
  // End of central directory: at least 22 bytes from the end, after a comment of up to 64 KB.
  for (let eocd = b.length - 22; eocd >= Math.max(0, b.length - 22 - 0xffff); eocd--) {
    if (!startsWith(b, [0x50, 0x4b, 0x05, 0x06], eocd)) continue;
    const count = view.getUint16(eocd + 10, true);
    let p = view.getUint32(eocd + 16, true);
    for (let i = 0; i < count && p + 46 <= b.length && startsWith(b, [0x50, 0x4b, 0x01, 0x02], p); i++) {
      const nameLen = view.getUint16(p + 28, true);
      const extraLen = view.getUint16(p + 30, true);
      const commentLen = view.getUint16(p + 32, true);
      names.push(new TextDecoder().decode(b.subarray(p + 46, p + 46 + nameLen)));
      p += 46 + nameLen + extraLen + commentLen;
    }
    return names;
  }
  return names;
}

/** What to tell a clerk about a file that is not a PDF, from its bytes first and its name second. */
export function notPdfMessage(name: string, b: Uint8Array, attachedTo = 'agenda items'): string {
  const ext = extname(name).toLowerCase();
  const convert = (what: string, how: string): string => `${name} is ${what}. Convert it to PDF first (${how}), then attach the PDF.`;
  const word = convert('a Word document', 'in Word: File > Save As > PDF');
  const excel = convert('an Excel spreadsheet', 'in Excel: File > Save As > PDF');
  const powerPoint = convert('a PowerPoint presentation', 'in PowerPoint: File > Save As > PDF');
  const odf = (what: string): string => convert(what, 'in LibreOffice: File > Export as PDF');

  if (startsWith(b, [0x50, 0x4b, 0x03, 0x04]) || startsWith(b, [0x50, 0x4b, 0x05, 0x06])) {
    const names = zipEntryNames(b);
    const has = (prefix: string): boolean => names.some((n) => n.startsWith(prefix));
    const mimetype = new TextDecoder().decode(b.subarray(38, 38 + 60));
    if (has('word/') || ['.docx', '.docm', '.dotx'].includes(ext)) return word;
    if (has('xl/') || ['.xlsx', '.xlsm'].includes(ext)) return excel;
    if (has('ppt/') || ['.pptx', '.ppsx'].includes(ext)) return powerPoint;
    if (mimetype.startsWith('application/vnd.oasis.opendocument.text') || ext === '.odt') return odf('an OpenDocument text file');
    if (mimetype.startsWith('application/vnd.oasis.opendocument.spreadsheet') || ext === '.ods') return odf('an OpenDocument spreadsheet');
    if (mimetype.startsWith('application/vnd.oasis.opendocument.presentation') || ext === '.odp') return odf('an OpenDocument presentation');
    return `${name} is a ZIP archive. Take the report out of it, save the report as PDF, then attach the PDF.`;
  }
  // OLE2 compound file: Word 97–2003 .doc, .xls, .ppt, Outlook .msg.
  if (startsWith(b, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    if (ext === '.xls') return excel;
    if (ext === '.ppt' || ext === '.pps') return powerPoint;
    if (ext === '.msg') return `${name} is an Outlook email. Save the report it carries as PDF, then attach the PDF.`;
    return word;
  }
  if (startsWith(b, [0x7b, 0x5c, 0x72, 0x74, 0x66])) return convert('a Rich Text document', 'in Word: File > Save As > PDF');
  if (['.doc', '.docx', '.rtf', '.dot', '.docm'].includes(ext)) return word;
  if (['.xls', '.xlsx', '.csv'].includes(ext)) return excel;
  if (['.ppt', '.pptx'].includes(ext)) return powerPoint;
  if (ext === '.odt') return odf('an OpenDocument text file');
  const picture = startsWith(b, [0x89, 0x50, 0x4e, 0x47])
    ? 'PNG'
    : startsWith(b, [0xff, 0xd8, 0xff])
      ? 'JPEG'
      : ['.png', '.jpg', '.jpeg', '.gif', '.tif', '.tiff', '.heic'].includes(ext)
        ? ext.slice(1).toUpperCase()
        : null;
  if (picture) return `${name} is a picture (${picture}). Put it in a document and save that as PDF, then attach the PDF.`;
  return `${name} is not a PDF. Only PDF files can be attached to ${attachedTo}: save or print the report as PDF, then attach the PDF.`;
}

/**
 * Checks that `bytes` are a report publishing can put in a pack, or throws the refusal to show the
 * clerk, naming the file. Beyond the header (anywhere in the first 1,024 bytes, as readers allow;
 * a file with none that is still a PDF inside is read too), it does in memory what publishing will
 * do (packs/reportCheck.ts): the same load, repair, decryption of a file that opens without a
 * password, sanitiser, copy and stamp. Anything else that goes wrong is "damaged", never an
 * internal error. pdf-lib is loaded here, when a report is attached, not when the app or the CLI starts.
 */
export async function checkPdf(name: string, bytes: Uint8Array, attachedTo?: string): Promise<CheckedPdf> {
  if (bytes.length === 0) throw refuse(`${name} is empty: there is nothing in it to attach.`);
  if (bytes.length > MAX_ATTACHMENT_BYTES) {
    throw refuse(`${name} is larger than ${MAX_ATTACHMENT_BYTES / (1024 * 1024)} MB. Save a smaller copy (for example with pictures compressed), then attach that.`);
  }
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  const { checkReport, ReportError, looksLikePdfBody } = await import('../packs/reportCheck');
  if (!head.includes('%PDF-') && !looksLikePdfBody(bytes)) throw refuse(notPdfMessage(name, bytes, attachedTo));
  try {
    const checked = await checkReport(bytes);
    return {
      sha256: createHash('sha256').update(bytes).digest('hex'),
      pages: checked.pages,
      size: bytes.length,
      removed: checked.removed,
      damageSummary: checked.damageSummary,
    };
  } catch (err) {
    throw refuse(`${name}: ${err instanceof ReportError ? err.message : DAMAGED_MESSAGE}`);
  }
}
