/** The annual report's narrative sections (migration 0013) as SQLite returns them, and the mapper. */
import { identityFlags, unresolvedFlags } from '../../../shared/logic/identity';
import type { ReportSection, SectionPlacement } from '../../../shared/model/annualReport';

export interface ReportSectionRow {
  id: string;
  board_year: string;
  position: number;
  heading: string;
  body: string;
  placement: SectionPlacement;
  public: number;
  identity_dismissed: string;
  created_at: string;
  updated_at: string;
  updated_by: string;
}

export const SECTION_SELECT = 'SELECT * FROM report_sections';

/** The flags the clerk kept as written. */
export const keptFlags = (r: Pick<ReportSectionRow, 'identity_dismissed'>): ReportSection['kept'] => JSON.parse(r.identity_dismissed) as ReportSection['kept'];

/** The identity checks on the body, less the flags the clerk kept. */
export function sectionFlags(r: Pick<ReportSectionRow, 'body' | 'identity_dismissed'>, people: readonly string[], today: string): ReportSection['flags'] {
  return unresolvedFlags(identityFlags(r.body, { people, today }), keptFlags(r).map((k) => k.key));
}

/** The section, with the identity checks run on its body against the workspace's people. */
export function toReportSection(r: ReportSectionRow, people: readonly string[], today: string): ReportSection {
  return {
    id: r.id,
    year: r.board_year,
    position: r.position,
    heading: r.heading,
    body: r.body,
    placement: r.placement,
    public: r.public === 1,
    flags: sectionFlags(r, people, today),
    kept: keptFlags(r),
    updatedAt: r.updated_at,
  };
}
