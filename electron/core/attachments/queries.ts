import type { Attachment } from '../../../shared/model/entities';
import { notFound } from '../errors';
import type { Workspace } from '../workspace';
import { ATTACHMENT_SELECT, toAttachment, type AttachmentRow } from './rows';

export function getAttachment(ws: Workspace, id: string): Attachment {
  const r = ws.stmt(`${ATTACHMENT_SELECT} WHERE a.id = ?`).get(id) as AttachmentRow | undefined;
  if (!r) throw notFound('attachment');
  return toAttachment(r);
}
