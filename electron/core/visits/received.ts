/**
 * Reports received as files (an external provider's Regulation 44 report, a Regulation 45 review):
 * the PDF is filed against a visit, checked as an attached report is (attachments/checkPdf.ts) and
 * stored once by its SHA-256; the clerk enters its opinions and recommendations in the report's
 * fields. A new received report is filed in one step (the visit and its file together, or nothing).
 * The file is read back for the in-app viewer, and saved as a copy to print.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { longDate } from '../../../shared/logic/dates';
import { updateRow } from '../db/audit';
import { checkPdf, MAX_ATTACHMENT_BYTES, refuse } from '../attachments/checkPdf';
import { deleteUnusedFiles, fileBytes, storeFile } from '../attachments/files';
import { AppError } from '../errors';
import { writeFileAtomic } from '../saveFile';
import type { Workspace } from '../workspace';
import { createVisit } from './mutations';
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

/** Stores the checked bytes and files them against the visit (inside the caller's transaction). */
function fileAgainst(ws: Workspace, visitId: string, bytes: Uint8Array): void {
  const row = visitRow(ws, visitId);
  if (row.origin === 'kit') throw new AppError('conflict', 'That report came with the kit for its recommendations; it cannot be changed here.');
  const sha = storeFile(ws, bytes);
  updateRow(ws, 'visits', 'visit', visitId, { file_sha256: sha, origin: row.origin === 'local' ? 'file' : row.origin, revision: row.revision + 1 });
  if (row.file_sha256 && row.file_sha256 !== sha) deleteUnusedFiles(ws, [row.file_sha256]);
}

/** Files the PDF at `path` against the visit (replacing any filed before); returns its page count. */
export async function fileReceivedReport(ws: Workspace, visitId: string, path: string): Promise<{ pages: number }> {
  visitRow(ws, visitId);
  const bytes = await readPdf(path);
  const checked = await checkPdf(basename(path), bytes);
  ws.tx(() => fileAgainst(ws, visitId, bytes));
  return { pages: checked.pages };
}

/**
 * A report received as a file, filed in one step: the PDF is read and checked first, then the
 * visit (home, date, kind; a draft for the clerk to enter its opinions and recommendations) and
 * the file are written together. A refused file writes nothing. Returns the new visit's id.
 */
export async function fileNewReceivedReport(ws: Workspace, input: { homeId: string; date: string; kind: 'reg44' | 'reg45' }, path: string): Promise<string> {
  const bytes = await readPdf(path);
  await checkPdf(basename(path), bytes);
  return ws.tx(() => {
    const id = createVisit(ws, { homeId: input.homeId, date: input.date, kind: input.kind }, { origin: 'file' });
    fileAgainst(ws, id, bytes);
    return id;
  });
}

/** The filed PDF, for the viewer: its name and bytes as base64. */
export function readReceivedReport(ws: Workspace, visitId: string): { fileName: string; base64: string } {
  const row = visitRow(ws, visitId);
  if (!row.file_sha256) throw new AppError('not_found', 'No report file has been filed against this visit.');
  return { fileName: `${row.home_name} ${longDate(row.visit_date)} - received report.pdf`, base64: Buffer.from(fileBytes(ws, row.file_sha256)).toString('base64') };
}

/** Saves a copy of the filed PDF at `path` (to print it); answers where and how many pages. */
export async function saveReceivedReport(ws: Workspace, visitId: string, path: string): Promise<{ path: string; pages: number }> {
  const row = visitRow(ws, visitId);
  if (!row.file_sha256) throw new AppError('not_found', 'No report file has been filed against this visit.');
  const bytes = fileBytes(ws, row.file_sha256);
  const { pages } = await checkPdf('The filed report', bytes);
  await writeFileAtomic(path, bytes, 'The copy');
  return { path, pages };
}
