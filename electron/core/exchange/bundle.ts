/**
 * Return bundles (member -> clerk): the member's visit reports (drafts too, marked as drafts: the
 * clerk sees them as unfinished, and a later bundle with the finished report replaces them), signed with the member's
 * Ed25519 key and encrypted to the clerk's age recipient, naming the clerk's workspace. Making one
 * only reads the member workspace.
 */
import { createPrivateKey, sign } from 'node:crypto';
import { AppError } from '../errors';
import { writeFileAtomic } from '../saveFile';
import type { Workspace } from '../workspace';
import { EXCHANGE_VERSION, RETURN_FORMAT, type BundleVisit, type ReturnPayload } from './format';
import { exchangeIdentity } from './identity';

const VISIT_COLUMNS = `id, home_id, visit_date, announced, kind, visitors, author_id, spoke_with, records_checked, findings, safeguarded, wellbeing,
  opinion_text, previous_progress, summary, summary_ready, identity_dismissed, status, revision`;

export interface ReturnMade {
  reports: number;
  /** Of those, reports still drafts (sent as drafts). */
  drafts: number;
}

export async function makeReturn(ws: Workspace, out: string): Promise<ReturnMade> {
  const me = exchangeIdentity(ws);
  if (me?.role !== 'member' || !me.signing_private_key || !me.clerk_recipient) {
    throw new AppError('conflict', "This is not a member's workspace opened from a kit, so it cannot make a return bundle.");
  }
  const visits = (ws.db.prepare(`SELECT ${VISIT_COLUMNS} FROM visits WHERE origin = 'local' ORDER BY visit_date, id`).all() as Omit<BundleVisit, 'recommendations'>[]).map((v) => ({
    ...v,
    recommendations: ws.db.prepare('SELECT id, position, text, due_date FROM visit_recommendations WHERE visit_id = ? ORDER BY position').all(v.id) as BundleVisit['recommendations'],
  }));
  const drafts = visits.filter((v) => v.status === 'draft').length;
  if (visits.length === 0) throw new AppError('invalid_input', 'There are no visit reports to return yet.');
  const payload: ReturnPayload = {
    format: RETURN_FORMAT,
    version: EXCHANGE_VERSION,
    targetWorkspaceId: me.clerk_workspace_id ?? '',
    memberWorkspaceId: me.workspace_id,
    kitId: me.kit_id ?? '',
    kitToken: me.kit_token ?? '',
    memberPersonId: me.member_person_id ?? '',
    publicKey: me.signing_public_key ?? '',
    createdAt: new Date().toISOString(),
    visits,
  };
  const bytes = Buffer.from(JSON.stringify(payload), 'utf8');
  const key = createPrivateKey({ key: Buffer.from(me.signing_private_key, 'base64'), format: 'der', type: 'pkcs8' });
  const envelope = JSON.stringify({ payload: bytes.toString('base64'), signature: sign(null, bytes, key).toString('base64') });
  const { Encrypter } = await import('age-encryption');
  const e = new Encrypter();
  e.addRecipient(me.clerk_recipient);
  await writeFileAtomic(out, await e.encrypt(envelope), 'The return bundle');
  return { reports: visits.length, drafts };
}
