/**
 * Every published version of a meeting's papers (agenda, members' pack, public pack, numbered
 * supplements), kept with the PDF exactly as it went out: councils keep agendas and reports for
 * six years (Local Government Act 1972, s.100C), and a reissued pack must not erase the first.
 * Rows are never edited or deleted; the file is stored once by SHA-256 like attachments.
 */
import type { Publication } from '../../../shared/model/entities';
import type { PublicationKind } from '../../../shared/model/enums';
import { storeFile } from '../attachments/files';
import { insertRow } from '../db/audit';
import { newId, nowStamp } from '../db/ids';
import { requireRow, type Workspace } from '../workspace';
import { meetingRow } from './rows';

interface PublicationRow {
  id: string;
  meeting_id: string;
  kind: PublicationKind;
  number: number | null;
  file_sha256: string;
  pages: number;
  created_at: string;
  created_by: string;
}

function toPublication(r: PublicationRow): Publication {
  return {
    id: r.id,
    meetingId: r.meeting_id,
    kind: r.kind,
    number: r.number,
    fileSha256: r.file_sha256,
    pages: r.pages,
    createdAt: r.created_at,
    createdBy: r.created_by,
  };
}

const SUPPLEMENT_KINDS: ReadonlySet<PublicationKind> = new Set(['supplement', 'public_supplement']);

/** The number the meeting's next supplement of this kind takes: 1, 2… */
export function nextSupplementNumber(ws: Workspace, meetingId: string, kind: PublicationKind = 'supplement'): number {
  return (ws.stmt('SELECT coalesce(max(number), 0) + 1 AS n FROM publications WHERE meeting_id = ? AND kind = ?').get(meetingId, kind) as { n: number }).n;
}

/** One published version. */
export function getPublication(ws: Workspace, id: string): Publication {
  return toPublication(requireRow(ws.stmt('SELECT * FROM publications WHERE id = ?').get(id) as PublicationRow | undefined, 'published document'));
}

/** A meeting's published versions, oldest first. */
export function listPublications(ws: Workspace, meetingId: string): Publication[] {
  meetingRow(ws, meetingId);
  return (ws.stmt('SELECT * FROM publications WHERE meeting_id = ? ORDER BY created_at, id').all(meetingId) as PublicationRow[]).map(toPublication);
}

/**
 * Keeps a published PDF (already rendered and checked by the caller) as a new version. A
 * supplement takes the next number of its kind for its meeting (Supplementary agenda No. 1, 2…), so
 * the members' and public versions of one supplement share a number.
 */
export function recordPublication(ws: Workspace, input: PublicationInput): Publication {
  meetingRow(ws, input.meetingId);
  return insertPublication(ws, input);
}

export interface PublicationInput {
  meetingId: string;
  kind: PublicationKind;
  bytes: Uint8Array;
  pages: number;
  /** When it went out (ISO timestamp); now unless given (the sample board's past papers). */
  createdAt?: string;
}

/** recordPublication for a caller that has just checked the meeting itself, in its own transaction (publishing). */
export function insertPublication(ws: Workspace, input: PublicationInput): Publication {
  const id = newId();
  let row: PublicationRow | undefined;
  ws.tx(() => {
    const sha = storeFile(ws, input.bytes);
    const number = SUPPLEMENT_KINDS.has(input.kind) ? nextSupplementNumber(ws, input.meetingId, input.kind) : null;
    row = { id, meeting_id: input.meetingId, kind: input.kind, number, file_sha256: sha, pages: input.pages, created_at: input.createdAt ?? nowStamp(), created_by: ws.actor };
    insertRow(ws, 'publications', 'publication', { ...row }, { stamped: false });
  });
  return toPublication(row as PublicationRow);
}
