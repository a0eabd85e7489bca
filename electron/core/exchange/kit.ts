/**
 * Member kits (clerk -> member): `makeKit` writes one passphrase-encrypted file with what that
 * member needs offline; `openKit` turns it into a new member workspace (role 'member': the
 * board's records are read-only there, by triggers of migration 0009) with the member's own
 * signing key. Opening builds the file under a temporary name (db/open.ts createDatabase), so a
 * wrong passphrase, a damaged kit or a crash leaves nothing behind.
 */
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type Database from 'better-sqlite3';
import { insertRow } from '../db/audit';
import { newId, nowStamp } from '../db/ids';
import { createDatabase, type OpenOptions } from '../db/open';
import { AppError } from '../errors';
import { writeFileAtomic } from '../saveFile';
import { getSettings } from '../settings/queries';
import type { Workspace } from '../workspace';
import { EXCHANGE_VERSION, KIT_FORMAT, kitPayload, REFUSED, type KitPayload } from './format';
import { clerkIdentity, newSigningKeys } from './identity';
import { AsyncScryptIdentity, AsyncScryptRecipient } from './scryptIdentity';

/** A passphrase the clerk gives the member in person or by phone: long enough to resist guessing. */
export function checkPassphrase(p: string): string {
  const pass = p.replace(/\r?\n$/, '');
  if (pass.trim().length < 12) throw new AppError('invalid_input', 'The passphrase must be at least 12 characters (four random words are best).');
  return pass;
}

/** A member by name (any case), with the names there are when none matches. */
function memberByName(ws: Workspace, name: string): { id: string; name: string } {
  const row = ws.stmt('SELECT id, name FROM people WHERE name = ? COLLATE NOCASE').get(name.trim()) as { id: string; name: string } | undefined;
  if (row) return row;
  const members = ws.stmt("SELECT name FROM people WHERE kind = 'member' AND active = 1 ORDER BY name COLLATE NOCASE").pluck().all() as string[];
  throw new AppError('not_found', `There is no one called "${name}" in this workspace.${members.length ? ` The members are ${members.map((m) => `"${m}"`).join(', ')}.` : ''}`);
}

const all = (ws: Workspace, sql: string, ...params: unknown[]): Record<string, unknown>[] => ws.db.prepare(sql).all(...params) as Record<string, unknown>[];

/** What the kit carries, read from the clerk's workspace. */
function kitTables(ws: Workspace, personId: string, today: string): Record<string, Record<string, unknown>[]> {
  const homeIds = `SELECT DISTINCT home_id FROM visit_rota WHERE person_id = @p`;
  const meetings = all(ws, `SELECT * FROM meetings WHERE meeting_date >= ? AND status <> 'draft'`, today).map((m): Record<string, unknown> => ({ ...m, theme_priority_id: null }));
  const ids = meetings.map((m) => m.id as string);
  const inMeetings = `meeting_id IN (${ids.map(() => '?').join(',') || 'NULL'})`;
  const publications = all(ws, `SELECT * FROM publications WHERE kind IN ('agenda','members_pack','supplement') AND ${inMeetings}`, ...ids);
  const hashes = [...new Set(publications.map((p) => p.file_sha256 as string))];
  const files = hashes.map((h) => {
    const f = ws.db.prepare('SELECT * FROM files WHERE sha256 = ?').get(h) as { bytes: Buffer } & Record<string, unknown>;
    return { ...f, bytes: f.bytes.toString('base64') };
  });
  return {
    people: all(ws, 'SELECT * FROM people'),
    bodies: all(ws, 'SELECT * FROM bodies'),
    body_members: all(ws, 'SELECT * FROM body_members'),
    homes: ws.db.prepare(`SELECT * FROM homes WHERE id IN (${homeIds})`).all({ p: personId }) as Record<string, unknown>[],
    visit_rota: all(ws, 'SELECT * FROM visit_rota WHERE person_id = ?', personId),
    // Earlier visits to those homes carry only what the member needs: when, and their recommendations.
    visits: (ws.db.prepare(`SELECT id, home_id, visit_date, kind, status, created_at, updated_at, updated_by FROM visits WHERE home_id IN (${homeIds}) AND origin <> 'kit'`).all({ p: personId }) as Record<string, unknown>[])
      .map((v) => ({ ...v, origin: 'kit', status: 'reviewed' })),
    visit_recommendations: (ws.db.prepare(`SELECT r.id, r.visit_id, r.position, r.text, r.due_date, r.created_at, r.updated_at, r.updated_by FROM visit_recommendations r
      JOIN visits v ON v.id = r.visit_id WHERE v.home_id IN (${homeIds}) AND v.origin <> 'kit'`).all({ p: personId }) as Record<string, unknown>[]),
    files,
    meetings,
    publications,
  };
}

/** Writes the member's kit; returns what it holds, in words. */
export async function makeKit(ws: Workspace, opts: { memberName: string; passphrase: string; out: string; today: string }): Promise<string> {
  const passphrase = checkPassphrase(opts.passphrase);
  const person = memberByName(ws, opts.memberName);
  const clerk = await clerkIdentity(ws);
  const settings = getSettings(ws);
  const token = randomBytes(32).toString('base64');
  const kitId = newId();
  const tables = kitTables(ws, person.id, opts.today);
  const payload: KitPayload = {
    format: KIT_FORMAT,
    version: EXCHANGE_VERSION,
    kit: { id: kitId, token, madeOn: opts.today, memberPersonId: person.id, memberName: person.name },
    clerk: { workspaceId: clerk.workspace_id, recipient: clerk.age_recipient ?? '' },
    settings: { councilName: settings.councilName, boardName: settings.boardName, clerkName: settings.clerkName, clerkEmail: settings.clerkEmail, clerkPhone: settings.clerkPhone },
    tables,
  };
  const { Encrypter } = await import('age-encryption');
  const e = new Encrypter();
  // age's passphrase stanza, its scrypt on the thread pool rather than the main process (scryptIdentity.ts).
  e.addRecipient(new AsyncScryptRecipient(passphrase));
  const bytes = await e.encrypt(JSON.stringify(payload));
  await writeFileAtomic(opts.out, bytes, 'The member kit');
  // Registered once the file is written: the token's hash, to recognise this kit's return bundles.
  ws.tx(() =>
    insertRow(ws, 'member_kits', 'member kit', { id: kitId, person_id: person.id, token_sha256: createHash('sha256').update(token).digest('hex'), made_on: opts.today }),
  );
  const n = (k: string): number => tables[k]?.length ?? 0;
  return `${n('homes')} home${n('homes') === 1 ? '' : 's'} on the rota, ${n('visit_recommendations')} earlier recommendation${n('visit_recommendations') === 1 ? '' : 's'}, ${n('publications')} published paper${n('publications') === 1 ? '' : 's'}`;
}

/** Decrypts and checks a kit (age's scrypt: about a second); a wrong passphrase or a damaged file is one plain line. Writes nothing. */
export async function readKit(kitPath: string, passphrase: string): Promise<KitPayload> {
  const { Decrypter } = await import('age-encryption');
  const d = new Decrypter();
  // Age's passphrase identity, with its scrypt on the thread pool: the main thread is not held up.
  d.addIdentity(new AsyncScryptIdentity(passphrase));
  let text: string;
  try {
    text = await d.decrypt(new Uint8Array(readFileSync(kitPath)), 'text');
  } catch (err) {
    if ((err as { code?: string }).code === 'ENOENT') throw err;
    throw new AppError('invalid_input', REFUSED.kitUnreadable);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError('invalid_input', REFUSED.kitUnreadable);
  }
  const parsed = kitPayload.safeParse(json);
  if (!parsed.success) throw new AppError('invalid_input', 'That kit was made by a different version of PanelPack, so it cannot be opened here. Nothing was written.');
  return parsed.data;
}

const TABLE_ORDER = ['people', 'bodies', 'body_members', 'homes', 'visit_rota', 'visits', 'visit_recommendations', 'files', 'meetings', 'publications'] as const;

function insertRaw(db: Database.Database, table: string, rows: Record<string, unknown>[]): void {
  const columns = new Set((db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name));
  for (const r of rows) {
    const entries = Object.entries(r).filter(([k]) => columns.has(k));
    const values = entries.map(([k, v]) => (table === 'files' && k === 'bytes' ? Buffer.from(String(v), 'base64') : v));
    db.prepare(`INSERT INTO ${table} (${entries.map(([k]) => k).join(', ')}) VALUES (${entries.map(() => '?').join(', ')})`).run(...values);
  }
}

export interface KitOpened {
  memberName: string;
  homes: number;
  papers: number;
}

/** Opens a kit into a new member workspace at `out`; returns the member's name. */
export async function openKit(kitPath: string, out: string, passphrase: string, actor: string, opts: OpenOptions & { overwrite?: boolean } = {}): Promise<KitOpened> {
  return writeMemberWorkspace(await readKit(kitPath, passphrase.replace(/\r?\n$/, '')), out, actor, opts);
}

/**
 * Writes the member workspace a read kit makes, under a temporary name renamed into place once
 * complete (createDatabase): a failure leaves nothing at `out` (nor changes a file already there).
 */
export function writeMemberWorkspace(kit: KitPayload, out: string, actor: string, opts: OpenOptions & { overwrite?: boolean } = {}): KitOpened {
  const keys = newSigningKeys();
  const at = nowStamp();
  const db = createDatabase(out, (raw) => {
    const s = kit.settings;
    raw.prepare('INSERT INTO workspace_settings (id, council_name, board_name, clerk_name, clerk_email, clerk_phone, created_at, updated_at, updated_by) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run(s.councilName, s.boardName, s.clerkName, s.clerkEmail, s.clerkPhone, at, at, actor);
    for (const t of TABLE_ORDER) insertRaw(raw, t, kit.tables[t] ?? []);
    // Set last: from here on the board's records are read-only in this file.
    raw.prepare(`INSERT INTO exchange_identity (id, workspace_id, role, clerk_workspace_id, clerk_recipient, member_person_id, kit_id, kit_token, signing_private_key, signing_public_key, created_at)
      VALUES (1, ?, 'member', ?, ?, ?, ?, ?, ?, ?, ?)`).run(newId(), kit.clerk.workspaceId, kit.clerk.recipient, kit.kit.memberPersonId, kit.kit.id, kit.kit.token, keys.privateKey, keys.publicKey, at);
    raw.prepare(`INSERT INTO change_log (entity, entity_id, operation, changes, at, actor) VALUES ('exchange identity', '1', 'insert', ?, ?, ?)`)
      .run(JSON.stringify({ role: [null, 'member'], kit_id: [null, kit.kit.id], signing_public_key: [null, keys.publicKey] }), at, actor);
  }, opts);
  db.close();
  return { memberName: kit.kit.memberName, homes: kit.tables.homes?.length ?? 0, papers: kit.tables.publications?.length ?? 0 };
}
