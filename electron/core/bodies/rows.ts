import type { Body, BodyMember } from '../../../shared/model/entities';
import type { BodyKind, BodyRole } from '../../../shared/model/enums';
import type { Workspace } from '../workspace';

export interface BodyRow {
  id: string;
  name: string;
  kind: BodyKind;
  chair_role: string;
  created_at: string;
  updated_at: string;
  updated_by: string;
}

const ROLE_ORDER = "CASE m.role WHEN 'chair' THEN 0 WHEN 'vice_chair' THEN 1 ELSE 2 END";

/** A body's members: chair, vice-chair, then the rest by name. */
export function bodyMembers(ws: Workspace, bodyId: string): BodyMember[] {
  return (
    ws
      .stmt(
        `SELECT m.person_id, m.role, p.name FROM body_members m JOIN people p ON p.id = m.person_id
         WHERE m.body_id = ? ORDER BY ${ROLE_ORDER}, p.name COLLATE NOCASE`,
      )
      .all(bodyId) as { person_id: string; role: BodyRole; name: string }[]
  ).map((m) => ({ personId: m.person_id, role: m.role, name: m.name }));
}

export function toBody(ws: Workspace, r: BodyRow): Body {
  return {
    id: r.id,
    name: r.name,
    kind: r.kind,
    chairRole: r.chair_role,
    members: bodyMembers(ws, r.id),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
  };
}
