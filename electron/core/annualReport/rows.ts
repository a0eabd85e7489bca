/** The annual report's narrative sections (migration 0013) as SQLite returns them, and the mapper. */
import { identityFlags } from '../../../shared/logic/identity';
import type { ReportSection, SectionPlacement } from '../../../shared/model/annualReport';

export interface ReportSectionRow {
  id: string;
  board_year: string;
  position: number;
  heading: string;
  body: string;
  placement: SectionPlacement;
  public: number;
  created_at: string;
  updated_at: string;
  updated_by: string;
}

export const SECTION_SELECT = 'SELECT * FROM report_sections';

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
    flags: identityFlags(r.body, { people, today }),
    updatedAt: r.updated_at,
  };
}
