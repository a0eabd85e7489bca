import type { ReportSection } from '../../../shared/model/annualReport';
import { group } from '../db/rows';
import { workspaceNames } from '../voices/names';
import { requireRow, type Workspace } from '../workspace';
import { SECTION_SELECT, toReportSection, type ReportSectionRow } from './rows';

/** The ordered group of one board year's sections (db/rows.ts helpers). */
export const yearGroup = (year: string) => group('report_sections', 'board_year = ?', year);

/** One board year's sections in order, each with its identity flags. */
export function listSections(ws: Workspace, year: string, today: string): ReportSection[] {
  const people = workspaceNames(ws);
  return (ws.stmt(`${SECTION_SELECT} WHERE board_year = ? ORDER BY position, id`).all(year) as ReportSectionRow[]).map((r) => toReportSection(r, people, today));
}

export function getSection(ws: Workspace, id: string, today: string): ReportSection {
  const row = requireRow(ws.stmt(`${SECTION_SELECT} WHERE id = ?`).get(id) as ReportSectionRow | undefined, 'report section');
  return toReportSection(row, workspaceNames(ws), today);
}
