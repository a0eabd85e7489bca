/** Evidence files on actions and their updates (issue 10): core/evidenceFiles/. */
import { evidenceFileAddInput, evidenceFileListInput, evidenceFileUpdateInput, type AddedEvidenceFile, type EvidenceFile } from '../../model/evidenceFiles';
import { byId, op, type AreaOps } from '../operation';

export const evidenceFilesOps = {
  /** An action's evidence files (its own and its updates'), in order. */
  'evidenceFiles:list': op(evidenceFileListInput).returns<EvidenceFile[]>(),
  /**
   * Asks for a PDF (the host's file dialog, as a report is attached), checks it as a report is
   * checked (not a PDF, damaged, encrypted or too large: refused in words, nothing written) and
   * keeps it against the action or one of its updates; null when the dialog is cancelled.
   */
  'evidenceFiles:add': op(evidenceFileAddInput).returns<AddedEvidenceFile | null>(),
  /** Renames a file or changes whether it may appear in the public evidence pack. */
  'evidenceFiles:update': op(evidenceFileUpdateInput).returns<EvidenceFile>(),
  /** Removes a file from its action (the bytes go too when nothing else uses them). */
  'evidenceFiles:remove': op(byId).returns<null>(),
} satisfies AreaOps<'evidenceFiles'>;
