/**
 * Importing a member's return bundle into the clerk's workspace, in two steps:
 * 1. `verifyReturn`, over a read-only connection: decrypt with the clerk's age identity, check the
 *    member's Ed25519 signature, the target workspace, the kit (its token) and the member's key
 *    (pinned at the kit's first return). Any failure is one plain line and the file is untouched.
 * 2. `applyReturn`, in one transaction: new reports are added (status "Received"); a newer revision
 *    of one already imported replaces it field by field (each change in the change log), unless the
 *    clerk edited it since it was imported (detected by comparing the SHA-256 of its member-written
 *    content with the hash stored at import): then it is left as the clerk has it and the import
 *    says so. An older or equal revision changes nothing; so does the same bundle twice.
 */
import { createHash, createPublicKey, verify } from 'node:crypto';
import { insertRow, updateRow, deleteRow } from '../db/audit';
import { nowStamp } from '../db/ids';
import { AppError } from '../errors';
import { acceptRecommendations } from '../visits/mutations';
import { memberContentHash, type VisitRow } from '../visits/rows';
import { longDate } from '../../../shared/logic/dates';
import type { Workspace } from '../workspace';
import { envelope, REFUSED, returnPayload, type BundleVisit, type ReturnPayload } from './format';
import { exchangeIdentity, MEMBER_WORKSPACE } from './identity';

export interface VerifiedReturn {
  sha256: string;
  payload: ReturnPayload;
  kitId: string;
  memberName: string;
  /** When this very file was imported before (then nothing is to be done). */
  importedBefore: string | null;
}

interface KitRow {
  id: string;
  person_id: string;
  token_sha256: string;
  member_public_key: string | null;
  name: string;
}

export async function verifyReturn(ws: Workspace, bytes: Uint8Array): Promise<VerifiedReturn> {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const me = exchangeIdentity(ws);
  if (me?.role === 'member') throw new AppError('conflict', MEMBER_WORKSPACE);
  if (!me?.age_identity) throw new AppError('conflict', 'This workspace has made no member kits, so no return bundle is meant for it. Nothing was changed.');
  const before = ws.stmt('SELECT imported_at FROM return_imports WHERE bundle_sha256 = ?').pluck().get(sha256) as string | undefined;

  const { Decrypter } = await import('age-encryption');
  const d = new Decrypter();
  d.addIdentity(me.age_identity);
  let outer: unknown;
  try {
    outer = JSON.parse(await d.decrypt(bytes, 'text'));
  } catch {
    throw new AppError('invalid_input', REFUSED.bundleUnreadable);
  }
  const env = envelope.safeParse(outer);
  if (!env.success) throw new AppError('invalid_input', REFUSED.bundleUnreadable);
  const payloadBytes = Buffer.from(env.data.payload, 'base64');
  let parsed: ReturnType<typeof returnPayload.safeParse>;
  try {
    parsed = returnPayload.safeParse(JSON.parse(payloadBytes.toString('utf8')));
  } catch {
    throw new AppError('invalid_input', REFUSED.badSignature);
  }
  if (!parsed.success) throw new AppError('invalid_input', REFUSED.badSignature);
  const payload = parsed.data;
  let signedOk = false;
  try {
    const key = createPublicKey({ key: Buffer.from(payload.publicKey, 'base64'), format: 'der', type: 'spki' });
    signedOk = key.asymmetricKeyType === 'ed25519' && verify(null, payloadBytes, key, Buffer.from(env.data.signature, 'base64'));
  } catch {
    signedOk = false;
  }
  if (!signedOk) throw new AppError('invalid_input', REFUSED.badSignature);
  if (payload.targetWorkspaceId !== me.workspace_id) throw new AppError('invalid_input', REFUSED.otherWorkspace);

  const kit = ws.stmt('SELECT k.*, p.name FROM member_kits k JOIN people p ON p.id = k.person_id WHERE k.id = ?').get(payload.kitId) as KitRow | undefined;
  if (!kit) throw new AppError('invalid_input', 'This return bundle comes from a kit this workspace did not make. Nothing was changed.');
  const tokenOk = createHash('sha256').update(payload.kitToken).digest('hex') === kit.token_sha256;
  if (!tokenOk || payload.memberPersonId !== kit.person_id) {
    throw new AppError('invalid_input', `This return bundle was not made with the kit given to ${kit.name}. Nothing was changed.`);
  }
  if (kit.member_public_key && kit.member_public_key !== payload.publicKey) {
    throw new AppError('invalid_input', `This return bundle is signed by someone other than ${kit.name} (not the key of their earlier returns). Nothing was changed.`);
  }
  for (const v of payload.visits) {
    if (!ws.stmt('SELECT 1 FROM homes WHERE id = ?').get(v.home_id)) throw new AppError('invalid_input', 'This return bundle reports on a home this workspace does not have. Nothing was changed.');
    if (v.author_id && !ws.stmt('SELECT 1 FROM people WHERE id = ?').get(v.author_id)) {
      throw new AppError('invalid_input', 'This return bundle names a writer who is no longer in this workspace. Nothing was changed.');
    }
  }
  return { sha256, payload, kitId: kit.id, memberName: kit.name, importedBefore: before ?? null };
}

export interface ImportResult {
  added: number;
  replaced: number;
  unchanged: number;
  /** Reports the clerk edited since import, left as they are. */
  kept: string[];
  /** Reports the member has not finished (still drafts). */
  drafts: number;
  /** Actions made from accepted recommendations. */
  accepted: number;
  /** The reports added or replaced, for the clerk to review. */
  touched: string[];
  lines: string[];
}

function visitColumns(v: BundleVisit): Record<string, unknown> {
  return {
    home_id: v.home_id, visit_date: v.visit_date, announced: v.announced, kind: v.kind, visitors: v.visitors, author_id: v.author_id, spoke_with: v.spoke_with,
    records_checked: v.records_checked, findings: v.findings, safeguarded: v.safeguarded, wellbeing: v.wellbeing, opinion_text: v.opinion_text,
    previous_progress: v.previous_progress, summary: v.summary, summary_ready: v.summary_ready, identity_dismissed: v.identity_dismissed,
  };
}

function writeRecommendations(ws: Workspace, visitId: string, recs: BundleVisit['recommendations']): void {
  const current = ws.stmt('SELECT id, action_id FROM visit_recommendations WHERE visit_id = ?').all(visitId) as { id: string; action_id: string | null }[];
  const incoming = new Set(recs.map((r) => r.id));
  // One the member removed goes, unless the clerk has accepted it into the action log.
  for (const c of current) if (!incoming.has(c.id) && !c.action_id) deleteRow(ws, 'visit_recommendations', 'visit recommendation', c.id);
  for (const r of recs) {
    const cols = { position: r.position, text: r.text, due_date: r.due_date };
    if (current.some((c) => c.id === r.id)) updateRow(ws, 'visit_recommendations', 'visit recommendation', r.id, cols);
    else insertRow(ws, 'visit_recommendations', 'visit recommendation', { id: r.id, visit_id: visitId, ...cols });
  }
}

const stampHash = (ws: Workspace, id: string, revision: number): void => {
  const row = ws.stmt('SELECT v.*, h.name AS home_name FROM visits v JOIN homes h ON h.id = v.home_id WHERE v.id = ?').get(id) as VisitRow;
  updateRow(ws, 'visits', 'visit', id, { imported_revision: revision, imported_hash: memberContentHash(ws, row) });
};

export function applyReturn(ws: Workspace, r: VerifiedReturn, opts: { accept: boolean }): ImportResult {
  return ws.tx(() => {
    const result: ImportResult = { added: 0, replaced: 0, unchanged: 0, kept: [], drafts: 0, accepted: 0, touched: [], lines: [] };
    const kit = ws.stmt('SELECT member_public_key FROM member_kits WHERE id = ?').get(r.kitId) as { member_public_key: string | null };
    if (!kit.member_public_key) updateRow(ws, 'member_kits', 'member kit', r.kitId, { member_public_key: r.payload.publicKey });
    const touched = result.touched;
    for (const v of r.payload.visits) {
      // A report the member finished is "Received"; one still a draft stays a draft here too.
      const status = v.status === 'draft' ? 'draft' : 'returned';
      const row = ws.stmt('SELECT v.*, h.name AS home_name FROM visits v JOIN homes h ON h.id = v.home_id WHERE v.id = ?').get(v.id) as VisitRow | undefined;
      const name = `${row?.home_name ?? 'a home'} on ${longDate(v.visit_date)}`;
      if (!row) {
        insertRow(ws, 'visits', 'visit', { id: v.id, ...visitColumns(v), status, origin: 'bundle', revision: v.revision });
        writeRecommendations(ws, v.id, v.recommendations);
        stampHash(ws, v.id, v.revision);
        result.added++;
        touched.push(v.id);
      } else if (row.origin !== 'bundle') {
        result.kept.push(name);
        result.lines.push(`Not imported: the report on ${name} clashes with a report made in this workspace.`);
      } else if (v.revision <= (row.imported_revision ?? 0)) {
        result.unchanged++;
      } else if (row.imported_hash !== memberContentHash(ws, row)) {
        result.kept.push(name);
        result.lines.push(`Kept as edited here: the report on ${name} was changed in this workspace since it was imported, so the member's newer version (revision ${v.revision}) was not applied.`);
      } else {
        updateRow(ws, 'visits', 'visit', v.id, { ...visitColumns(v), revision: v.revision, status });
        writeRecommendations(ws, v.id, v.recommendations);
        stampHash(ws, v.id, v.revision);
        result.replaced++;
        touched.push(v.id);
        result.lines.push(`Replaced with the member's newer version (revision ${v.revision}): the report on ${name}; the changes are in its history.`);
      }
    }
    const finished = new Set(r.payload.visits.filter((v) => v.status !== 'draft').map((v) => v.id));
    result.drafts = r.payload.visits.length - finished.size;
    // Only a finished report's recommendations go to the action log.
    if (opts.accept) for (const id of touched) if (finished.has(id)) result.accepted += acceptRecommendations(ws, id).length;
    const summary = `${result.added} added, ${result.replaced} replaced, ${result.unchanged} unchanged, ${result.kept.length} kept as edited here, ${result.accepted} accepted into the action log`;
    insertRow(ws, 'return_imports', 'return bundle', { bundle_sha256: r.sha256, kit_id: r.kitId, imported_at: nowStamp(), imported_by: ws.actor, summary }, { stamped: false, idColumn: 'bundle_sha256' });
    return result;
  });
}

/** The plain lines the CLI prints and the app shows for an import: the summary first. */
export function importLines(memberName: string, r: ImportResult, accept: boolean): string[] {
  return [
    `Imported the return bundle from ${memberName}: ${r.added} report${r.added === 1 ? '' : 's'} added, ${r.replaced} replaced, ${r.unchanged} unchanged` +
      `${r.kept.length ? `, ${r.kept.length} kept as edited here` : ''}${r.drafts ? ` (${r.drafts} still ${r.drafts === 1 ? 'a draft' : 'drafts'})` : ''}${accept ? `; ${r.accepted} recommendation${r.accepted === 1 ? '' : 's'} accepted into the action log` : ''}.`,
    ...r.lines,
  ];
}

/** The line for a bundle imported before (nothing changes). */
export const importedBeforeLine = (v: VerifiedReturn): string => `This return bundle from ${v.memberName} was imported on ${(v.importedBefore ?? '').slice(0, 10)}; nothing changed.`;
