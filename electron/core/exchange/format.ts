/**
 * The two files of the exchange, as data. Both are age files (age-encryption.org/v1, the
 * `age-encryption` package): nothing in them is readable without the key.
 * - A member kit: a passphrase-encrypted (age scrypt) JSON document, KitPayload.
 * - A return bundle: an age file encrypted to the clerk's X25519 recipient, holding a JSON envelope
 *   { payload, signature }: `payload` is the base64 of ReturnPayload's JSON bytes and `signature`
 *   the member's Ed25519 signature of exactly those bytes (node:crypto).
 */
import { z } from 'zod';
import { VISIT_STATUSES } from '../../../shared/model/visits';

export const KIT_FORMAT = 'panelpack-member-kit';
export const RETURN_FORMAT = 'panelpack-return-bundle';
export const EXCHANGE_VERSION = 1;

type Rows = Record<string, unknown>[];

export interface KitPayload {
  format: typeof KIT_FORMAT;
  version: number;
  kit: { id: string; token: string; madeOn: string; memberPersonId: string; memberName: string };
  clerk: { workspaceId: string; recipient: string };
  settings: { councilName: string; boardName: string; clerkName: string; clerkEmail: string; clerkPhone: string };
  /** Rows by table, as the clerk's workspace holds them (papers' bytes base64 in files.bytes). */
  tables: Record<string, Rows>;
}

const row = z.record(z.string(), z.unknown());
export const kitPayload = z.object({
  format: z.literal(KIT_FORMAT),
  version: z.literal(EXCHANGE_VERSION),
  kit: z.object({ id: z.string(), token: z.string(), madeOn: z.string(), memberPersonId: z.string(), memberName: z.string() }),
  clerk: z.object({ workspaceId: z.string(), recipient: z.string().startsWith('age1') }),
  settings: z.object({ councilName: z.string(), boardName: z.string(), clerkName: z.string(), clerkEmail: z.string(), clerkPhone: z.string() }),
  tables: z.record(z.string(), z.array(row)),
});

/** A visit report as a bundle carries it: the visits row's member-written columns and its recommendations. */
export const bundleVisit = z.object({
  id: z.uuid(),
  home_id: z.uuid(),
  visit_date: z.iso.date(),
  announced: z.number().int(),
  kind: z.string(),
  visitors: z.string(),
  author_id: z.string().nullable(),
  spoke_with: z.string(),
  records_checked: z.string(),
  findings: z.string(),
  safeguarded: z.string().nullable(),
  wellbeing: z.string().nullable(),
  opinion_text: z.string(),
  previous_progress: z.string(),
  summary: z.string(),
  summary_ready: z.number().int(),
  identity_dismissed: z.string(),
  status: z.enum(VISIT_STATUSES),
  revision: z.number().int().min(1),
  recommendations: z.array(z.object({ id: z.uuid(), position: z.number().int(), text: z.string().min(1), due_date: z.string().nullable() })),
});
export type BundleVisit = z.infer<typeof bundleVisit>;

export const returnPayload = z.object({
  format: z.literal(RETURN_FORMAT),
  version: z.literal(EXCHANGE_VERSION),
  /** The clerk's workspace the bundle is for. */
  targetWorkspaceId: z.string(),
  memberWorkspaceId: z.string(),
  kitId: z.string(),
  kitToken: z.string(),
  memberPersonId: z.string(),
  /** The member's Ed25519 public key (SPKI DER, base64) that signed the payload. */
  publicKey: z.string(),
  createdAt: z.string(),
  visits: z.array(bundleVisit),
});
export type ReturnPayload = z.infer<typeof returnPayload>;

export const envelope = z.object({ payload: z.string(), signature: z.string() }).strict();

/** Why a file is refused, in one plain line each (the CLI prints them as they are). */
export const REFUSED = {
  kitUnreadable: 'The kit could not be opened: the passphrase is wrong, or the file is not a PanelPack member kit (or was changed). Nothing was written.',
  bundleUnreadable: 'This return bundle cannot be read by this workspace: it was made for another workspace, or it is damaged. Nothing was changed.',
  badSignature: 'This return bundle has been changed since the member made it (its signature does not match). Nothing was changed.',
  otherWorkspace: 'This return bundle was made for another PanelPack workspace. Nothing was changed.',
} as const;
