import type { Body, BodyMember } from '../../shared/model/entities';
import type { BodyKind, BodyRole } from '../../shared/model/enums';
import { bodyInput, type BodyInput } from '../../shared/model/schemas';
import { deleteRow, insertRow, logLinkChange, updateRow } from './db/audit';
import { newId } from './db/ids';
import { AppError } from './errors';
import { requireRow, type Workspace } from './workspace';

interface BodyRow {
  id: string;
  name: string;
  kind: BodyKind;
  chair_role: string;
  created_at: string;
  updated_at: string;
  updated_by: string;
}

const ROLE_ORDER = "CASE m.role WHEN 'chair' THEN 0 WHEN 'vice_chair' THEN 1 ELSE 2 END";

function members(ws: Workspace, bodyId: string): BodyMember[] {
  return (
    ws
      .stmt(
        `SELECT m.person_id, m.role, p.name FROM body_members m JOIN people p ON p.id = m.person_id
         WHERE m.body_id = ? ORDER BY ${ROLE_ORDER}, p.name COLLATE NOCASE`,
      )
      .all(bodyId) as { person_id: string; role: BodyRole; name: string }[]
  ).map((m) => ({ personId: m.person_id, role: m.role, name: m.name }));
}

function toBody(ws: Workspace, r: BodyRow): Body {
  return {
    id: r.id,
    name: r.name,
    kind: r.kind,
    chairRole: r.chair_role,
    members: members(ws, r.id),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
  };
}

export function listBodies(ws: Workspace): Body[] {
  return (ws.stmt("SELECT * FROM bodies ORDER BY kind = 'working_group', name COLLATE NOCASE").all() as BodyRow[]).map((r) => toBody(ws, r));
}

export function getBody(ws: Workspace, id: string): Body {
  return toBody(ws, requireRow(ws.stmt('SELECT * FROM bodies WHERE id = ?').get(id) as BodyRow | undefined, 'board or group'));
}

function memberKey(ms: { personId: string; role: string }[]): string {
  return ms
    .map((m) => `${m.personId}:${m.role}`)
    .sort()
    .join(',');
}

function writeMembers(ws: Workspace, bodyId: string, next: { personId: string; role: BodyRole }[]): void {
  const before = members(ws, bodyId);
  if (memberKey(before) === memberKey(next)) return;
  for (const m of next) {
    if (!ws.stmt('SELECT 1 FROM people WHERE id = ?').get(m.personId)) throw new AppError('not_found', 'One of the members chosen no longer exists.');
  }
  ws.stmt('DELETE FROM body_members WHERE body_id = ?').run(bodyId);
  const ins = ws.stmt('INSERT INTO body_members (body_id, person_id, role) VALUES (?, ?, ?)');
  for (const m of next) ins.run(bodyId, m.personId, m.role);
  logLinkChange(
    ws,
    'body',
    bodyId,
    'members',
    before.map((m) => ({ personId: m.personId, role: m.role })),
    next,
  );
}

export function createBody(ws: Workspace, input: BodyInput): Body {
  const b = bodyInput.parse(input);
  const id = newId();
  ws.tx(() => {
    insertRow(ws, 'bodies', 'body', { id, name: b.name, kind: b.kind, chair_role: b.chairRole });
    writeMembers(ws, id, b.members);
  });
  return getBody(ws, id);
}

export function updateBody(ws: Workspace, id: string, input: BodyInput): Body {
  const b = bodyInput.parse(input);
  getBody(ws, id);
  ws.tx(() => {
    updateRow(ws, 'bodies', 'body', id, { name: b.name, kind: b.kind, chair_role: b.chairRole });
    writeMembers(ws, id, b.members);
  });
  return getBody(ws, id);
}

export function deleteBody(ws: Workspace, id: string): void {
  getBody(ws, id);
  ws.tx(() => {
    writeMembers(ws, id, []);
    deleteRow(ws, 'bodies', 'body', id);
  });
}
