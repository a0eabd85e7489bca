/**
 * A body's membership as a council's front sheet prints it: the councillors ("Councillor …", the
 * chair and vice-chair marked), then the co-opted members and young people's representatives
 * (partners such as health, and the young people from the Children in Care Council), then the
 * officers in attendance (who advise the board but are not its members). Derived from each person's
 * kind (shared/model/enums PERSON_KINDS) and their role on the body.
 */
import { BODY_ROLE_LABELS, type BodyRole, type PersonKind } from '../../../shared/model/enums';

/** One person on the body, as read for the papers. */
export interface MemberRecord {
  name: string;
  kind: PersonKind;
  roleTitle: string;
  role: BodyRole;
}

/** Each group's lines as printed, chair first, then vice-chair, then by name. */
export interface Membership {
  councillors: string[];
  coopted: string[];
  officers: string[];
}

export const MEMBERSHIP_HEADINGS = {
  councillors: 'Councillors',
  coopted: "Co-opted members and young people's representatives",
  officers: 'Officers in attendance',
} as const;

const ROLE_ORDER: Record<BodyRole, number> = { chair: 0, vice_chair: 1, member: 2 };

/** A name already written "Cllr Ann Chair" or "Councillor Ann Chair" is not titled twice. */
export const untitled = (name: string): string => name.replace(/^(cllr\.?|councillor)\s+/i, '');

function line(m: MemberRecord): string {
  const role = m.role === 'member' ? '' : ` (${BODY_ROLE_LABELS[m.role]})`;
  if (m.kind === 'member') return `Councillor ${untitled(m.name)}${role}`;
  const title = m.roleTitle.trim();
  return `${m.name}${title ? `, ${title}` : ''}${role}`;
}

export function membershipOf(members: readonly MemberRecord[]): Membership {
  const sorted = [...members].sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || untitled(a.name).localeCompare(untitled(b.name), 'en-GB'));
  const of = (kinds: PersonKind[]): string[] => sorted.filter((m) => kinds.includes(m.kind)).map(line);
  return { councillors: of(['member']), coopted: of(['young_person', 'partner']), officers: of(['officer']) };
}
