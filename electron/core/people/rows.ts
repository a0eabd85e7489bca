import type { Person } from '../../../shared/model/entities';
import type { PersonKind } from '../../../shared/model/enums';
import type { personInput } from '../../../shared/model/schemas';

export interface PersonRow {
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

export function toPerson(r: PersonRow): Person {
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

/** The columns a save writes. */
export function personColumns(p: ReturnType<typeof personInput.parse>) {
  return { name: p.name, kind: p.kind, role_title: p.roleTitle, organisation: p.organisation, email: p.email, active: p.active ? 1 : 0 };
}
