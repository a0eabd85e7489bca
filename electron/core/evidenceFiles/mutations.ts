/**
 * Evidence files: PDFs kept against an action or one of its updates. A file is checked exactly as
 * an agenda paper is (attachments/checkPdf.ts: not a PDF, damaged, encrypted with a password, too
 * large, each refused in words) before anything is written, and stored once by SHA-256 in `files`
 * (attachments/files.ts); every pack that merges it sanitises it again (packs/binder.ts). The
 * `evidence_files` rows are audited (change_log); a file's bytes go with the last row, attachment,
 * publication or visit that uses them. Members only unless the clerk marks a file public.
 */
import { basename } from 'node:path';
import type { AddedEvidenceFile, EvidenceFile, EvidenceFileUpdateInput, EvidenceVisibility } from '../../../shared/model/evidenceFiles';
import { deleteRow, insertRow, updateRow } from '../db/audit';
import { newId } from '../db/ids';
import { group, nextPosition, renumber, requireId } from '../db/rows';
import { AppError, noLonger } from '../errors';
import { checkPdf } from '../attachments/checkPdf';
import { deleteUnusedFiles, storeFile } from '../attachments/files';
import { readChosenPdf } from '../attachments/mutations';
import { describeRemoved, removedTotal } from '../packs/removed';
import type { Workspace } from '../workspace';
import { getEvidenceFile } from './queries';

const ofAction = (actionId: string) => group('evidence_files', 'action_id = ?', actionId);

export interface EvidenceFileInput {
  actionId: string;
  updateId?: string | null;
  /** The file's own name, kept with the record. */
  filename: string;
  bytes: Uint8Array;
  /** Defaults to the file name without ".pdf". */
  title?: string;
  visibility?: EvidenceVisibility;
}

/** Refuses before the file dialog opens when the action or update is not there. */
export function assertCanAddEvidence(ws: Workspace, actionId: string, updateId: string | null | undefined): void {
  requireId(ws, 'actions', actionId, noLonger('action'));
  if (updateId && !ws.stmt('SELECT 1 FROM action_updates WHERE id = ? AND action_id = ?').get(updateId, actionId)) {
    throw new AppError('not_found', 'That update is not one of this action’s. It may have been deleted.', { updateId: 'Choose the action or one of its updates.' });
  }
}

/** Checks the PDF and keeps it against the action (or update); a refused file changes nothing. */
export async function addEvidenceFile(ws: Workspace, input: EvidenceFileInput): Promise<AddedEvidenceFile> {
  assertCanAddEvidence(ws, input.actionId, input.updateId);
  const checked = await checkPdf(input.filename, input.bytes, 'actions as evidence');
  const title = (input.title ?? '').trim() || basename(input.filename).replace(/\.pdf$/i, '').trim() || 'Evidence';
  if (title.length > 200) throw new AppError('invalid_input', 'The title must be 200 characters or fewer.', { title: 'The title must be 200 characters or fewer.' });
  const id = newId();
  ws.tx(() => {
    // Checked again inside the transaction: the action may have changed during the check.
    assertCanAddEvidence(ws, input.actionId, input.updateId);
    if (ws.stmt('SELECT 1 FROM evidence_files WHERE action_id = ? AND file_sha256 = ?').get(input.actionId, checked.sha256)) {
      throw new AppError('conflict', `${basename(input.filename)} is already kept as evidence for this action.`);
    }
    storeFile(ws, input.bytes);
    insertRow(ws, 'evidence_files', 'evidence_file', {
      id,
      action_id: input.actionId,
      update_id: input.updateId ?? null,
      file_sha256: checked.sha256,
      filename: basename(input.filename),
      title,
      pages: checked.pages,
      visibility: input.visibility ?? 'members',
      position: nextPosition(ws, ofAction(input.actionId)),
      added_by: ws.actor,
    });
  });
  const removedSummary = removedTotal(checked.removed) > 0 ? describeRemoved(checked.removed) : null;
  return { ...getEvidenceFile(ws, id), removed: checked.removed, removedSummary, damageSummary: checked.damageSummary };
}

/** Reads the PDF the clerk chose (the host's dialog gave its path) and adds it. */
export async function addEvidenceFileFromPath(ws: Workspace, input: Omit<EvidenceFileInput, 'filename' | 'bytes'> & { path: string }): Promise<AddedEvidenceFile> {
  const { name, bytes } = await readChosenPdf(input.path);
  return addEvidenceFile(ws, { ...input, filename: name, bytes });
}

/** Renames a file or changes its visibility (logged as [old, new]). */
export function updateEvidenceFile(ws: Workspace, input: EvidenceFileUpdateInput): EvidenceFile {
  getEvidenceFile(ws, input.id);
  const patch: Record<string, unknown> = {};
  if (input.title !== undefined) patch.title = input.title.trim();
  if (input.visibility !== undefined) patch.visibility = input.visibility;
  ws.tx(() => updateRow(ws, 'evidence_files', 'evidence_file', input.id, patch));
  return getEvidenceFile(ws, input.id);
}

export function removeEvidenceFile(ws: Workspace, id: string): void {
  const f = getEvidenceFile(ws, id);
  ws.tx(() => {
    deleteRow(ws, 'evidence_files', 'evidence_file', id);
    deleteUnusedFiles(ws, [f.fileSha256]);
    renumber(ws, ofAction(f.actionId), 'evidence_file');
  });
}

/** Deletes an action's evidence files (logged) and any bytes left unused; run inside the action's delete. */
export function deleteActionEvidence(ws: Workspace, actionId: string): void {
  const rows = ws.stmt('SELECT id, file_sha256 FROM evidence_files WHERE action_id = ?').all(actionId) as { id: string; file_sha256: string }[];
  for (const r of rows) deleteRow(ws, 'evidence_files', 'evidence_file', r.id);
  deleteUnusedFiles(
    ws,
    rows.map((r) => r.file_sha256),
  );
}
