import type { Attachment } from '../../../shared/model/entities';

export interface AttachmentRow {
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

export const ATTACHMENT_SELECT = 'SELECT a.*, f.size FROM attachments a JOIN files f ON f.sha256 = a.file_sha256';

export function toAttachment(r: AttachmentRow): Attachment {
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
