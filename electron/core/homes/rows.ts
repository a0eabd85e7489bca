import type { Home, RotaEntry } from '../../../shared/model/visits';
import type { HomeOwnership, homeInput } from '../../../shared/model/visits';

export interface HomeRow {
  id: string;
  name: string;
  provider: string;
  ofsted_urn: string;
  home_type: string;
  ownership: HomeOwnership;
  manager_role: string;
  link_officer_id: string | null;
  link_officer_name: string | null;
  reg44_per_month: number;
  member_visits_per_year: number;
  active: number;
  member_visits_12: number;
  last_visit_date: string | null;
  updated_at: string;
}

/** Homes with their link officer's name, member visits in the twelve months to @today and last visit. */
export const HOME_SELECT = `
  SELECT h.*, p.name AS link_officer_name,
    (SELECT count(*) FROM visits v WHERE v.home_id = h.id AND v.kind = 'member' AND v.origin <> 'kit'
       AND v.visit_date > date(@today, '-12 months') AND v.visit_date <= @today) AS member_visits_12,
    (SELECT max(v.visit_date) FROM visits v WHERE v.home_id = h.id AND v.visit_date <= @today) AS last_visit_date
  FROM homes h LEFT JOIN people p ON p.id = h.link_officer_id`;

export function toHome(r: HomeRow): Home {
  return {
    id: r.id,
    name: r.name,
    provider: r.provider,
    ofstedUrn: r.ofsted_urn,
    homeType: r.home_type,
    ownership: r.ownership,
    managerRole: r.manager_role,
    linkOfficerId: r.link_officer_id,
    linkOfficerName: r.link_officer_name,
    reg44PerMonth: r.reg44_per_month,
    memberVisitsPerYear: r.member_visits_per_year,
    active: r.active === 1,
    memberVisitsLast12Months: r.member_visits_12,
    lastVisitDate: r.last_visit_date,
    updatedAt: r.updated_at,
  };
}

/** The columns a save writes. */
export function homeColumns(h: ReturnType<typeof homeInput.parse>) {
  return {
    name: h.name,
    provider: h.provider,
    ofsted_urn: h.ofstedUrn.toUpperCase(),
    home_type: h.homeType,
    ownership: h.ownership,
    manager_role: h.managerRole,
    link_officer_id: h.linkOfficerId,
    reg44_per_month: h.reg44PerMonth,
    member_visits_per_year: h.memberVisitsPerYear,
    active: h.active ? 1 : 0,
  };
}

export interface RotaRow {
  id: string;
  home_id: string;
  home_name: string;
  person_id: string;
  person_name: string;
  month: string;
  visit_id: string | null;
}

/** Rota entries with the visit reported against each (same member, home and month). */
export const ROTA_SELECT = `
  SELECT r.id, r.home_id, h.name AS home_name, r.person_id, p.name AS person_name, r.month,
    (SELECT v.id FROM visits v WHERE v.home_id = r.home_id AND v.author_id = r.person_id AND v.kind = 'member'
       AND substr(v.visit_date, 1, 7) = r.month ORDER BY v.visit_date LIMIT 1) AS visit_id
  FROM visit_rota r JOIN homes h ON h.id = r.home_id JOIN people p ON p.id = r.person_id`;

export function toRota(r: RotaRow): RotaEntry {
  return { id: r.id, homeId: r.home_id, homeName: r.home_name, personId: r.person_id, personName: r.person_name, month: r.month, visitId: r.visit_id };
}
