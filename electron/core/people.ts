import type { Person } from '../../shared/model/entities';
import type { PersonKind } from '../../shared/model/enums';
import { personInput, type PersonInput } from '../../shared/model/schemas';
import { deleteRow, insertRow, updateRow } from './db/audit';
import { newId } from './db/ids';
import { AppError } from './errors';
import { requireRow, type Workspace } from './workspace';

interface PersonRow {
  id: string;
  name: string;
  kind: PersonKind;
  role_title: string;
  organisation: string;
  email: string;
  active: number;
  created_at: string;
  updated_at: string;
  updated_by: string;
}

function toPerson(r: PersonRow): Person {
  return {
    id: r.id,
    name: r.name,
    kind: r.kind,
    roleTitle: r.role_title,
    organisation: r.organisation,
    email: r.email,
    active: r.active === 1,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
  };
}

export function listPeople(ws: Workspace): Person[] {
  return (ws.stmt('SELECT * FROM people ORDER BY active DESC, name COLLATE NOCASE, id').all() as PersonRow[]).map(toPerson);
}

export function getPerson(ws: Workspace, id: string): Person {
  return toPerson(requireRow(ws.stmt('SELECT * FROM people WHERE id = ?').get(id) as PersonRow | undefined, 'person'));
}

function columns(p: ReturnType<typeof personInput.parse>) {
  return { name: p.name, kind: p.kind, role_title: p.roleTitle, organisation: p.organisation, email: p.email, active: p.active ? 1 : 0 };
}

export function createPerson(ws: Workspace, input: PersonInput): Person {
  const p = personInput.parse(input);
  const id = newId();
  ws.tx(() => insertRow(ws, 'people', 'person', { id, ...columns(p) }));
  return getPerson(ws, id);
}

export function updatePerson(ws: Workspace, id: string, input: PersonInput): Person {
  const p = personInput.parse(input);
  getPerson(ws, id);
  ws.tx(() => updateRow(ws, 'people', 'person', id, columns(p)));
  return getPerson(ws, id);
}

/**
 * Deletes a person who is not referred to anywhere. Someone who owns actions or sits on a body
 * is kept: the clerk is told to reassign them, or to mark the person as no longer active.
 */
export function deletePerson(ws: Workspace, id: string): void {
  const person = getPerson(ws, id);
  const owned = (ws.stmt('SELECT count(*) AS n FROM actions WHERE owner_id = ?').get(id) as { n: number }).n;
  const seats = (ws.stmt('SELECT count(*) AS n FROM body_members WHERE person_id = ?').get(id) as { n: number }).n;
  if (owned > 0 || seats > 0) {
    const parts = [owned > 0 ? `owns ${owned} action${owned === 1 ? '' : 's'}` : '', seats > 0 ? `sits on ${seats} board or group${seats === 1 ? '' : 's'}` : '']
      .filter(Boolean)
      .join(' and ');
    throw new AppError('conflict', `${person.name} ${parts}, so cannot be deleted. Reassign them first, or mark ${person.name} as no longer active.`);
  }
  ws.tx(() => deleteRow(ws, 'people', 'person', id));
}
