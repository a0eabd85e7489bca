/**
 * Reports received as files (an external provider's Regulation 44 report, a Regulation 45 review):
 * the PDF is filed against a visit, checked as an attached report is (attachments/checkPdf.ts) and
 * stored once by its SHA-256; the clerk enters its opinions and recommendations in the report's
 * fields. The file is read back for the in-app viewer.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { longDate } from '../../../shared/logic/dates';
import { updateRow } from '../db/audit';
import { checkPdf, MAX_ATTACHMENT_BYTES, refuse } from '../attachments/checkPdf';
import { deleteUnusedFiles, fileBytes, storeFile } from '../attachments/files';
import { AppError } from '../errors';
import type { Workspace } from '../workspace';
import { visitRow } from './queries';

async function readPdf(path: string): Promise<Uint8Array> {
  const name = basename(path);
  try {
    const bytes = await readFile(path);
    if (bytes.byteLength > MAX_ATTACHMENT_BYTES) throw refuse(`${name} is larger than ${MAX_ATTACHMENT_BYTES / (1024 * 1024)} MB. Save a smaller copy, then file that.`);
    return bytes;
  } catch (err) {
    if (err instanceof AppError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new AppError('not_found', `${name} could not be found. It may have been moved or deleted.`);
    if (code === 'EISDIR') throw refuse(`${name} is a folder. Choose the report's PDF file inside it.`);
    throw new AppError('io', `${name} could not be read.`);
  }
}

/** Files the PDF at `path` against the visit (replacing any filed before); returns its page count. */
export async function fileReceivedReport(ws: Workspace, visitId: string, path: string): Promise<{ pages: number }> {
  visitRow(ws, visitId);
  const bytes = await readPdf(path);
  const checked = await checkPdf(basename(path), bytes);
  ws.tx(() => {
    const row = visitRow(ws, visitId);
    if (row.origin === 'kit') throw new AppError('conflict', 'That report came with the kit for its recommendations; it cannot be changed here.');
    const sha = storeFile(ws, bytes);
    updateRow(ws, 'visits', 'visit', visitId, { file_sha256: sha, origin: row.origin === 'local' ? 'file' : row.origin, revision: row.revision + 1 });
    if (row.file_sha256 && row.file_sha256 !== sha) deleteUnusedFiles(ws, [row.file_sha256]);
  });
  return { pages: checked.pages };
}

/** The filed PDF, for the viewer: its name and bytes as base64. */
export function readReceivedReport(ws: Workspace, visitId: string): { fileName: string; base64: string } {
  const row = visitRow(ws, visitId);
  if (!row.file_sha256) throw new AppError('not_found', 'No report file has been filed against this visit.');
  return { fileName: `${row.home_name} ${longDate(row.visit_date)} - received report.pdf`, base64: Buffer.from(fileBytes(ws, row.file_sha256)).toString('base64') };
}
