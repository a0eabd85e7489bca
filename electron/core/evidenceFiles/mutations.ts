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
import { deleteRow, insertRow, logLinkChange, updateRow } from '../db/audit';
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

/** The action's files as its history shows them: "Survey results (members only)". */
function fileLabels(ws: Workspace, actionId: string): string[] {
  const rows = ws.stmt('SELECT title, visibility FROM evidence_files WHERE action_id = ? ORDER BY position, id').all(actionId) as { title: string; visibility: EvidenceVisibility }[];
  return rows.map((r) => `${r.title} (${r.visibility === 'public' ? 'public' : 'members only'})`);
}

/** Runs `write` and logs the action's list of files before and after against the action, so its history says what changed. */
function withActionLog(ws: Workspace, actionId: string, write: () => void): void {
  const before = fileLabels(ws, actionId);
  write();
  const after = fileLabels(ws, actionId);
  if (before.join('\n') !== after.join('\n')) logLinkChange(ws, 'action', actionId, 'evidence_files', before, after);
}

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

/**
 * Writes the record of a file already checked and stored (in the caller's transaction), logged
 * as a record and, as the action's list of files, against the action (the sample uses it too).
 */
export function insertEvidenceRow(
  ws: Workspace,
  r: { id: string; actionId: string; updateId: string | null; sha256: string; filename: string; title: string; pages: number; visibility: EvidenceVisibility },
): void {
  withActionLog(ws, r.actionId, () =>
    insertRow(ws, 'evidence_files', 'evidence_file', {
      id: r.id,
      action_id: r.actionId,
      update_id: r.updateId,
      file_sha256: r.sha256,
      filename: r.filename,
      title: r.title,
      pages: r.pages,
      visibility: r.visibility,
      position: nextPosition(ws, ofAction(r.actionId)),
      added_by: ws.actor,
    }),
  );
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
    insertEvidenceRow(ws, { id, actionId: input.actionId, updateId: input.updateId ?? null, sha256: checked.sha256, filename: basename(input.filename), title, pages: checked.pages, visibility: input.visibility ?? 'members' });
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
  const f = getEvidenceFile(ws, input.id);
  const patch: Record<string, unknown> = {};
  if (input.title !== undefined) patch.title = input.title.trim();
  if (input.visibility !== undefined) patch.visibility = input.visibility;
  ws.tx(() => withActionLog(ws, f.actionId, () => updateRow(ws, 'evidence_files', 'evidence_file', input.id, patch)));
  return getEvidenceFile(ws, input.id);
}

export function removeEvidenceFile(ws: Workspace, id: string): void {
  const f = getEvidenceFile(ws, id);
  ws.tx(() => {
    withActionLog(ws, f.actionId, () => deleteRow(ws, 'evidence_files', 'evidence_file', id));
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
