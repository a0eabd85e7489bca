import type { Body } from '../../../shared/model/entities';
import type { BodyRole } from '../../../shared/model/enums';
import { bodyInput, type BodyInput } from '../../../shared/model/schemas';
import { deleteRow, insertRow, logLinkChange, updateRow } from '../db/audit';
import { newId } from '../db/ids';
import { requireId } from '../db/rows';
import type { Workspace } from '../workspace';
import { getBody } from './queries';
import { bodyMembers } from './rows';

function memberKey(ms: { personId: string; role: string }[]): string {
  return ms
    .map((m) => `${m.personId}:${m.role}`)
    .sort()
    .join(',');
}

function writeMembers(ws: Workspace, bodyId: string, next: { personId: string; role: BodyRole }[]): void {
  const before = bodyMembers(ws, bodyId);
  if (memberKey(before) === memberKey(next)) return;
  for (const m of next) requireId(ws, 'people', m.personId, 'One of the members chosen no longer exists.');
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
