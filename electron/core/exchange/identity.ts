/**
 * This workspace's place in the exchange (table exchange_identity, migration 0009), and its keys.
 *
 * Where the keys live: in the workspace file itself, in exchange_identity. The clerk's age identity
 * (X25519 private key) is made the first time the clerk makes a kit, and kept in the clerk's board
 * workspace: it is exactly as safe as the visit reports it decrypts (which are in the same file),
 * it travels with the file's backups (so a restored workspace still reads its members' bundles),
 * and it is never written to the change log, a kit, a bundle or any printed output. A member's
 * Ed25519 signing key is made when the member opens their kit and kept in the member workspace the
 * same way. Only public keys (the clerk's age recipient, the member's SPKI key) leave a workspace.
 */
import { generateKeyPairSync } from 'node:crypto';
import { insertRow } from '../db/audit';
import { newId, nowStamp } from '../db/ids';
import { AppError } from '../errors';
import type { Workspace } from '../workspace';

export interface ExchangeIdentity {
  workspace_id: string;
  role: 'clerk' | 'member';
  age_identity: string | null;
  age_recipient: string | null;
  clerk_workspace_id: string | null;
  clerk_recipient: string | null;
  member_person_id: string | null;
  kit_id: string | null;
  kit_token: string | null;
  signing_private_key: string | null;
  signing_public_key: string | null;
}

export function exchangeIdentity(ws: Pick<Workspace, 'stmt'>): ExchangeIdentity | null {
  return (ws.stmt('SELECT * FROM exchange_identity WHERE id = 1').get() as ExchangeIdentity | undefined) ?? null;
}

export const MEMBER_WORKSPACE =
  "This is a member's workspace (opened from a kit): kits are made, and return bundles imported, in the clerk's board workspace.";

/** The clerk's identity, made (age X25519 key pair, workspace id) the first time it is needed. */
export async function clerkIdentity(ws: Workspace): Promise<ExchangeIdentity> {
  const existing = exchangeIdentity(ws);
  if (existing?.role === 'member') throw new AppError('conflict', MEMBER_WORKSPACE);
  if (existing) return existing;
  const age = await import('age-encryption');
  const secret = await age.generateX25519Identity();
  const recipient = await age.identityToRecipient(secret);
  ws.tx(() => {
    // The public part is logged; the secret is written beside it and never logged.
    insertRow(ws, 'exchange_identity', 'exchange identity', { id: 1, workspace_id: newId(), role: 'clerk', age_recipient: recipient, created_at: nowStamp() }, { stamped: false });
    ws.stmt('UPDATE exchange_identity SET age_identity = ? WHERE id = 1').run(secret);
  });
  return exchangeIdentity(ws) as ExchangeIdentity;
}

/** A new Ed25519 key pair for a member, as base64 DER (PKCS#8 private, SPKI public). */
export function newSigningKeys(): { privateKey: string; publicKey: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privateKey: privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
    publicKey: publicKey.export({ format: 'der', type: 'spki' }).toString('base64'),
  };
}
