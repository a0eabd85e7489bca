/**
 * Stored files (reports attached to agenda items, published papers) are kept under their SHA-256.
 * The hash is checked every time the bytes are read for a pack or a copy, and by `panelpack check`,
 * so a report whose bytes changed inside the file (damage, or an edit with another tool) stops the
 * build with its name and meeting, instead of going out to members.
 */
import { createHash } from 'node:crypto';
import { longDate } from '../../../shared/logic/dates';
import { PUBLICATION_KIND_LABELS, type PublicationKind } from '../../../shared/model/enums';
import { nowStamp } from '../db/ids';
import { AppError, notFound } from '../errors';
import { itemNumberSql } from '../meetings/itemNumber';
import type { Workspace } from '../workspace';

const hashOf = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** Every use of a stored file, in words: "The report “X” attached to item 5 of the meeting on …". */
export function describeStoredFile(ws: Workspace, sha: string): string[] {
  const uses: string[] = [];
  // The item's number in SQL (the same rule as the agenda, itemNumber.ts), so naming a report
  // needs no whole agenda: `panelpack check` reads this without the agenda's code.
  const attachments = ws
    .stmt(
      `SELECT a.title, ${itemNumberSql('i')} AS number, m.meeting_date FROM attachments a JOIN agenda_items i ON i.id = a.item_id JOIN meetings m ON m.id = i.meeting_id
       WHERE a.file_sha256 = ? ORDER BY m.meeting_date, a.position`,
    )
    .all(sha) as { title: string; number: string | null; meeting_date: string }[];
  for (const a of attachments) {
    const item = a.number ? `item ${a.number}` : 'an agenda item';
    uses.push(`The report “${a.title}” attached to ${item} of the meeting on ${longDate(a.meeting_date)}`);
  }
  const pubs = ws
    .stmt(
      `SELECT p.kind, p.number, m.meeting_date FROM publications p JOIN meetings m ON m.id = p.meeting_id WHERE p.file_sha256 = ? ORDER BY p.created_at`,
    )
    .all(sha) as { kind: PublicationKind; number: number | null; meeting_date: string }[];
  for (const p of pubs) {
    const label = PUBLICATION_KIND_LABELS[p.kind] + (p.number !== null ? ` No. ${p.number}` : '');
    uses.push(`The published ${label.charAt(0).toLowerCase()}${label.slice(1)} of the meeting on ${longDate(p.meeting_date)}`);
  }
  const evidence = ws
    .stmt(`SELECT e.title, a.reference FROM evidence_files e JOIN actions a ON a.id = e.action_id WHERE e.file_sha256 = ? ORDER BY a.reference, e.position`)
    .all(sha) as { title: string; reference: string }[];
  for (const e of evidence) uses.push(`The evidence file “${e.title}” of action ${e.reference}`);
  return uses;
}

/** The sentence for a stored file whose bytes no longer match their hash. */
export function changedFileMessage(ws: Workspace, sha: string): string {
  const uses = describeStoredFile(ws, sha);
  const what = uses[0] ?? `A stored file (${sha.slice(0, 12)}…)`;
  const also = uses.length > 1 ? ` (it is also used as ${uses.slice(1).map((u) => u.charAt(0).toLowerCase() + u.slice(1)).join('; ')})` : '';
  const fix = uses[0]?.startsWith('The report')
    ? 'Remove it and attach it again.'
    : uses[0]?.startsWith('The evidence file')
      ? 'Remove it from the action and add the PDF again.'
      : 'Restore the workspace from a backup.';
  return `${what} has changed since it was stored (its checksum does not match)${also}. ${fix}`;
}

/** Throws, naming the report and meeting, when `bytes` are not the file stored under `sha`. */
export function assertStoredFile(ws: Workspace, sha: string, bytes: Uint8Array): void {
  if (hashOf(bytes) !== sha) throw new AppError('corrupt', changedFileMessage(ws, sha));
}

/** Every stored file whose bytes do not match their hash, as sentences (for `check`). */
export function storedFileProblems(ws: Workspace): string[] {
  const problems: string[] = [];
  if (!ws.db.prepare(`SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'files'`).get()) return problems;
  for (const r of ws.db.prepare('SELECT sha256, bytes, size FROM files').iterate() as IterableIterator<{ sha256: string; bytes: Buffer; size: number }>) {
    if (r.bytes.length !== r.size || hashOf(r.bytes) !== r.sha256) problems.push(changedFileMessage(ws, r.sha256));
  }
  return problems;
}

/** Stores a PDF's bytes once, under their SHA-256, and returns the hash; run inside a transaction. */
export function storeFile(ws: Workspace, bytes: Uint8Array): string {
  const sha256 = hashOf(bytes);
  if (!ws.stmt('SELECT 1 FROM files WHERE sha256 = ?').get(sha256)) {
    ws.stmt('INSERT INTO files (sha256, bytes, size, media_type, created_at) VALUES (?, ?, ?, ?, ?)').run(
      sha256,
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      bytes.byteLength,
      'application/pdf',
      nowStamp(),
    );
  }
  return sha256;
}

/** Deletes files nothing refers to any more (call inside the transaction that dropped the references). */
export function deleteUnusedFiles(ws: Workspace, shas: Iterable<string>): void {
  for (const sha of new Set(shas)) {
    const { changes } = ws.stmt(
      `DELETE FROM files WHERE sha256 = ?
         AND NOT EXISTS (SELECT 1 FROM attachments WHERE file_sha256 = files.sha256)
         AND NOT EXISTS (SELECT 1 FROM publications WHERE file_sha256 = files.sha256)
         AND NOT EXISTS (SELECT 1 FROM visits WHERE file_sha256 = files.sha256)
         AND NOT EXISTS (SELECT 1 FROM evidence_files WHERE file_sha256 = files.sha256)`,
    ).run(sha);
    // secure_delete zeroes the freed pages; the checkpoint after the commit clears the -wal too.
    if (changes > 0) ws.scrubAfterCommit();
  }
}

/** A stored file's bytes (for the pack builders), checked against their SHA-256 (checked as above). */
export function fileBytes(ws: Workspace, sha256: string): Uint8Array {
  const r = ws.stmt('SELECT bytes FROM files WHERE sha256 = ?').get(sha256) as { bytes: Buffer } | undefined;
  if (!r) throw notFound('file');
  const bytes = new Uint8Array(r.bytes.buffer, r.bytes.byteOffset, r.bytes.byteLength);
  assertStoredFile(ws, sha256, bytes);
  return bytes;
}
