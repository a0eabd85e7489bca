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
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { AttachedReport } from '../../../shared/model/entities';
import { newId } from '../db/ids';
import { deleteRow, insertRow } from '../db/audit';
import { group, nextPosition, renumber } from '../db/rows';
import { AppError } from '../errors';
import type { Workspace } from '../workspace';
import { itemRow } from '../meetings/agenda';
import { requireEditableMeeting } from '../meetings/rows';
import { describeRemoved, removedTotal } from '../packs/removed';
import { checkPdf, MAX_ATTACHMENT_BYTES, refuse } from './checkPdf';
import { deleteUnusedFiles, storeFile } from './files';
import { getAttachment } from './queries';

/** An agenda item's attachments, in order. */
const ofItem = (itemId: string) => group('attachments', 'item_id = ?', itemId);

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
    const position = nextPosition(ws, ofItem(input.itemId));
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
  return { ...getAttachment(ws, id), removed: checked.removed, removedSummary, damageSummary: checked.damageSummary };
}

/** Reads a PDF the clerk chose (a report, an evidence file); a file that cannot be read is refused plainly. */
export async function readChosenPdf(path: string): Promise<{ name: string; bytes: Uint8Array }> {
  const name = basename(path);
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw refuse(`${name} is a folder. Choose the report's PDF file inside it.`);
    if (info.size > MAX_ATTACHMENT_BYTES) {
      throw refuse(`${name} is larger than ${MAX_ATTACHMENT_BYTES / (1024 * 1024)} MB. Save a smaller copy (for example with pictures compressed), then attach that.`);
    }
    return { name, bytes: await readFile(path) };
  } catch (err) {
    if (err instanceof AppError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new AppError('not_found', `${name} could not be found. It may have been moved or deleted.`);
    if (code === 'EACCES' || code === 'EPERM') throw new AppError('io', `PanelPack is not allowed to read ${name}.`);
    throw new AppError('io', `${name} could not be read.`);
  }
}

/** Reads the file the clerk chose and attaches it; a file that cannot be read is refused plainly. */
export async function attachPdfFile(ws: Workspace, input: { itemId: string; path: string; title?: string }): Promise<AttachedReport> {
  const { name, bytes } = await readChosenPdf(input.path);
  return attachPdf(ws, { itemId: input.itemId, filename: name, bytes, title: input.title });
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
    renumber(ws, ofItem(a.itemId), 'attachment');
  });
}
