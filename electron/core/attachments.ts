/**
 * Reports attached to agenda items. Only PDFs are accepted, and only ones pdf-lib can read, since
 * pdf-lib is what appends them to the agenda pack: a file that would break the pack is refused
 * here, with what to do about it, rather than at the moment the clerk publishes.
 *
 * Files are stored once, content-addressed by SHA-256 (`files`), however many items use them.
 * The `attachments` rows are audited like any record; the `files` rows are not logged separately
 * (the change log is JSON and the bytes are addressed by the hash each attachment row records).
 * A file is deleted with the last attachment or publication that refers to it, so removing a
 * report attached by mistake really removes it from the workspace.
 *
 * Every check runs before the transaction: a refused file changes nothing.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { PDFDocument } from 'pdf-lib';
import type { AttachedReport, Attachment, RemovedCounts } from '../../shared/model/entities';
import { nowStamp, newId } from './db/ids';
import { deleteRow, insertRow, updateRow } from './db/audit';
import { AppError, notFound } from './errors';
import type { Workspace } from './workspace';
import { itemRow } from './meetings/agenda';
import { requireEditableMeeting } from './meetings/meetingRows';
import { describeRemoved, removedTotal } from './packs/removed';
import { assertStoredFile } from './storedFiles';

/** Big enough for any committee report with pictures; past this the pack would be unwieldy. */
export const MAX_ATTACHMENT_BYTES = 100 * 1024 * 1024;

export const ENCRYPTED_MESSAGE = 'This PDF is password-protected. Remove the password (or print it to a new PDF) and attach it again.';
export const DAMAGED_MESSAGE = 'This file is damaged: it cannot be read as a PDF.';
export const UNCHECKABLE_MESSAGE =
  'PanelPack could not check this PDF for scripts and other active content, so it cannot go into a pack. Print it to a new PDF and attach that.';

export interface CheckedPdf {
  sha256: string;
  pages: number;
  size: number;
  /** What the sanitiser takes out of it in every pack (the stored file is the clerk's original). */
  removed: RemovedCounts;
}

const refuse = (message: string): AppError => new AppError('invalid_input', message, { file: message });

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
export function notPdfMessage(name: string, b: Uint8Array): string {
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
  return `${name} is not a PDF. Only PDF files can be attached to agenda items: save or print the report as PDF, then attach the PDF.`;
}

/**
 * Checks that `bytes` are a PDF that pdf-lib can read and counts its pages, or throws the
 * refusal to show the clerk. The %PDF- header may sit anywhere in the first 1,024 bytes, as PDF
 * readers allow.
 */
export async function checkPdf(name: string, bytes: Uint8Array): Promise<CheckedPdf> {
  if (bytes.length === 0) throw refuse(`${name} is empty: there is nothing in it to attach.`);
  if (bytes.length > MAX_ATTACHMENT_BYTES) {
    throw refuse(`${name} is larger than ${MAX_ATTACHMENT_BYTES / (1024 * 1024)} MB. Save a smaller copy (for example with pictures compressed), then attach that.`);
  }
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (!head.includes('%PDF-')) throw refuse(notPdfMessage(name, bytes));
  let pages: number;
  let encrypted: boolean;
  let doc: PDFDocument;
  try {
    // Loaded with ignoreEncryption so an encrypted file is recognised by its /Encrypt entry
    // (pdf-lib's EncryptedPDFError does not survive instanceof in its ES5 build). Any encryption
    // is refused, owner-password-only included: pdf-lib cannot copy encrypted pages into a pack.
    // pdf-lib is loaded here, when a report is attached, not when the app or the CLI starts.
    const { PDFDocument: Pdf, ParseSpeeds } = await import('pdf-lib');
    doc = await Pdf.load(bytes, { ignoreEncryption: true, updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
    encrypted = doc.isEncrypted;
    pages = doc.getPageCount();
    doc.getPages();
  } catch {
    throw refuse(DAMAGED_MESSAGE);
  }
  if (encrypted) throw refuse(ENCRYPTED_MESSAGE);
  if (pages < 1) throw refuse(DAMAGED_MESSAGE);
  let removed: RemovedCounts;
  try {
    // The same sanitiser every pack build runs (on this throwaway copy), so the clerk hears now
    // what no pack will carry, and a file it cannot handle is refused now rather than at publishing.
    const { sanitiseDocument } = await import('./packs/sanitise');
    removed = sanitiseDocument(doc);
  } catch {
    throw refuse(UNCHECKABLE_MESSAGE);
  }
  return { sha256: createHash('sha256').update(bytes).digest('hex'), pages, size: bytes.length, removed };
}

interface AttachmentRow {
  id: string;
  item_id: string;
  file_sha256: string;
  filename: string;
  title: string;
  pages: number;
  position: number;
  size: number;
  created_at: string;
  updated_at: string;
  updated_by: string;
}

function getAttachment(ws: Workspace, id: string): Attachment {
  const r = ws.stmt('SELECT a.*, f.size FROM attachments a JOIN files f ON f.sha256 = a.file_sha256 WHERE a.id = ?').get(id) as AttachmentRow | undefined;
  if (!r) throw notFound('attachment');
  return {
    id: r.id,
    itemId: r.item_id,
    fileSha256: r.file_sha256,
    filename: r.filename,
    title: r.title,
    pages: r.pages,
    size: r.size,
    position: r.position,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
  };
}

export interface AttachInput {
  itemId: string;
  /** The file's own name, shown to the clerk and kept with the attachment. */
  filename: string;
  bytes: Uint8Array;
  /** The report's title; defaults to the file name without ".pdf". */
  title?: string;
}

/** Refuses before anything is asked of the clerk when the item cannot take attachments. */
export function assertCanAttach(ws: Workspace, itemId: string): void {
  requireEditableMeeting(ws, itemRow(ws, itemId).meeting_id);
}

/**
 * Attaches a PDF to an agenda item (after checkPdf); the bytes are stored once per distinct file,
 * as the clerk gave them: every pack sanitises the pages it copies, so older reports stored before
 * the sanitiser existed are covered too, and the result says what no pack will carry.
 */
export async function attachPdf(ws: Workspace, input: AttachInput): Promise<AttachedReport> {
  const item = itemRow(ws, input.itemId);
  requireEditableMeeting(ws, item.meeting_id);
  const checked = await checkPdf(input.filename, input.bytes);
  // Checked again after the await: the item or meeting may have changed meanwhile.
  itemRow(ws, input.itemId);
  requireEditableMeeting(ws, item.meeting_id);
  if (ws.stmt('SELECT 1 FROM attachments WHERE item_id = ? AND file_sha256 = ?').get(input.itemId, checked.sha256)) {
    throw new AppError('conflict', `${input.filename} is already attached to this item.`);
  }
  const title = (input.title ?? '').trim() || basename(input.filename).replace(/\.pdf$/i, '').trim() || 'Report';
  const id = newId();
  ws.tx(() => {
    storeFile(ws, input.bytes);
    const position = (ws.stmt('SELECT coalesce(max(position), 0) + 1 AS n FROM attachments WHERE item_id = ?').get(input.itemId) as { n: number }).n;
    insertRow(ws, 'attachments', 'attachment', {
      id,
      item_id: input.itemId,
      file_sha256: checked.sha256,
      filename: basename(input.filename),
      title,
      pages: checked.pages,
      position,
    });
  });
  const removedSummary = removedTotal(checked.removed) > 0 ? describeRemoved(checked.removed) : null;
  return { ...getAttachment(ws, id), removed: checked.removed, removedSummary };
}

/** Reads the file the clerk chose and attaches it; a file that cannot be read is refused plainly. */
export async function attachPdfFile(ws: Workspace, input: { itemId: string; path: string; title?: string }): Promise<AttachedReport> {
  const name = basename(input.path);
  let bytes: Uint8Array;
  try {
    const info = await stat(input.path);
    if (info.isDirectory()) throw refuse(`${name} is a folder. Choose the report's PDF file inside it.`);
    if (info.size > MAX_ATTACHMENT_BYTES) {
      throw refuse(`${name} is larger than ${MAX_ATTACHMENT_BYTES / (1024 * 1024)} MB. Save a smaller copy (for example with pictures compressed), then attach that.`);
    }
    bytes = await readFile(input.path);
  } catch (err) {
    if (err instanceof AppError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new AppError('not_found', `${name} could not be found. It may have been moved or deleted.`);
    if (code === 'EACCES' || code === 'EPERM') throw new AppError('io', `PanelPack is not allowed to read ${name}.`);
    throw new AppError('io', `${name} could not be read.`);
  }
  return attachPdf(ws, { itemId: input.itemId, filename: name, bytes, title: input.title });
}

/** Stores a PDF's bytes once, under their SHA-256, and returns the hash; run inside a transaction. */
export function storeFile(ws: Workspace, bytes: Uint8Array): string {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (!ws.stmt('SELECT 1 FROM files WHERE sha256 = ?').get(sha256)) {
    ws.stmt('INSERT INTO files (sha256, bytes, size, media_type, created_at) VALUES (?, ?, ?, ?, ?)').run(
      sha256,
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      bytes.byteLength,
      'application/pdf',
      nowStamp(),
    );
  }
  return sha256;
}

/** Deletes files nothing refers to any more (call inside the transaction that dropped the references). */
export function deleteUnusedFiles(ws: Workspace, shas: Iterable<string>): void {
  for (const sha of new Set(shas)) {
    const { changes } = ws.stmt(
      `DELETE FROM files WHERE sha256 = ?
         AND NOT EXISTS (SELECT 1 FROM attachments WHERE file_sha256 = files.sha256)
         AND NOT EXISTS (SELECT 1 FROM publications WHERE file_sha256 = files.sha256)`,
    ).run(sha);
    // secure_delete zeroes the freed pages; the checkpoint after the commit clears the -wal too.
    if (changes > 0) ws.scrubAfterCommit();
  }
}

/** Deletes an item's attachments (logged) and any file left unused; run inside a transaction. */
export function deleteItemAttachments(ws: Workspace, itemId: string): void {
  const rows = ws.stmt('SELECT id, file_sha256 FROM attachments WHERE item_id = ?').all(itemId) as { id: string; file_sha256: string }[];
  for (const r of rows) deleteRow(ws, 'attachments', 'attachment', r.id);
  deleteUnusedFiles(
    ws,
    rows.map((r) => r.file_sha256),
  );
}

export function removeAttachment(ws: Workspace, id: string): void {
  const a = getAttachment(ws, id);
  const item = itemRow(ws, a.itemId);
  requireEditableMeeting(ws, item.meeting_id);
  ws.tx(() => {
    deleteRow(ws, 'attachments', 'attachment', id);
    deleteUnusedFiles(ws, [a.fileSha256]);
    const rest = ws.stmt('SELECT id FROM attachments WHERE item_id = ? ORDER BY position').all(a.itemId) as { id: string }[];
    rest.forEach((r, i) => updateRow(ws, 'attachments', 'attachment', r.id, { position: i + 1 }));
  });
}

/** A stored file's bytes (for the pack builders), checked against their SHA-256 (see storedFiles.ts). */
export function fileBytes(ws: Workspace, sha256: string): Uint8Array {
  const r = ws.stmt('SELECT bytes FROM files WHERE sha256 = ?').get(sha256) as { bytes: Buffer } | undefined;
  if (!r) throw notFound('file');
  const bytes = new Uint8Array(r.bytes.buffer, r.bytes.byteOffset, r.bytes.byteLength);
  assertStoredFile(ws, sha256, bytes);
  return bytes;
}
