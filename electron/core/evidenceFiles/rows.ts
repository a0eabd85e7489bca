import type { EvidenceFile, EvidenceVisibility } from '../../../shared/model/evidenceFiles';

export interface EvidenceFileRow {
  id: string;
  action_id: string;
  update_id: string | null;
  update_date: string | null;
  file_sha256: string;
  filename: string;
  title: string;
  pages: number;
  size: number;
  visibility: EvidenceVisibility;
  position: number;
  added_by: string;
  created_at: string;
  updated_at: string;
  updated_by: string;
}

export const EVIDENCE_FILE_SELECT = `SELECT e.*, f.size, u.update_date FROM evidence_files e JOIN files f ON f.sha256 = e.file_sha256
  LEFT JOIN action_updates u ON u.id = e.update_id`;

export function toEvidenceFile(r: EvidenceFileRow): EvidenceFile {
  return {
    id: r.id,
    actionId: r.action_id,
    updateId: r.update_id,
    updateDate: r.update_date,
    fileSha256: r.file_sha256,
    filename: r.filename,
    title: r.title,
    pages: r.pages,
    size: r.size,
    visibility: r.visibility,
    position: r.position,
    addedBy: r.added_by,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
  };
}
