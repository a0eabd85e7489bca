/**
 * Writes to the annual report's narrative sections, each in one transaction through the audited
 * writes (db/audit.ts), so the change log has every heading and word changed. A field is saved on
 * its own (the editor saves as the clerk types); positions are 1, 2, 3… within a board year.
 */
import type { z } from 'zod';
import {
  DEFAULT_SECTIONS,
  reportFlagKeepInput,
  reportSectionAddInput,
  reportSectionFieldInput,
  reportSectionReorderInput,
  reportYearInput,
  type ReportSection,
} from '../../../shared/model/annualReport';
import { deleteRow, insertRow, updateRow } from '../db/audit';
import { newId, nowStamp } from '../db/ids';
import { groupIds, nextPosition, renumber, reorderRows } from '../db/rows';
import { AppError } from '../errors';
import type { Workspace } from '../workspace';
import { getSection, listSections, yearGroup } from './queries';

const COLUMN = { heading: 'heading', body: 'body', placement: 'placement', public: 'public' } as const;

function yearOf(ws: Workspace, id: string): string {
  const year = ws.stmt('SELECT board_year FROM report_sections WHERE id = ?').pluck().get(id) as string | undefined;
  if (year === undefined) throw new AppError('not_found', 'That section of the annual report no longer exists. It may have been removed.');
  return year;
}

/** A new section at the end of the year's list. */
export function addSection(ws: Workspace, input: z.input<typeof reportSectionAddInput>, today: string): ReportSection {
  const s = reportSectionAddInput.parse(input);
  const id = newId();
  ws.tx(() => {
    const position = nextPosition(ws, yearGroup(s.year));
    insertRow(ws, 'report_sections', 'report_section', { id, board_year: s.year, position, heading: s.heading, body: s.body, placement: s.placement, public: s.public ? 1 : 0 });
  });
  return getSection(ws, id, today);
}

/**
 * The usual sections for a year that has none (DEFAULT_SECTIONS: the Chair's foreword first,
 * priorities for next year after the evidence), with no text yet. A year that has sections keeps
 * them: nothing is added twice.
 */
export function startYear(ws: Workspace, input: z.input<typeof reportYearInput>, today: string): ReportSection[] {
  const { year } = reportYearInput.parse(input);
  ws.tx(() => {
    if (groupIds(ws, yearGroup(year)).length > 0) return;
    DEFAULT_SECTIONS.forEach((d, i) => insertRow(ws, 'report_sections', 'report_section', { id: newId(), board_year: year, position: i + 1, heading: d.heading, body: '', placement: d.placement, public: 1 }));
  });
  return listSections(ws, year, today);
}

/** One field: the heading, the text, before or after the evidence, or whether the public version has it. */
export function saveSectionField(ws: Workspace, input: z.input<typeof reportSectionFieldInput>, today: string): ReportSection {
  const f = reportSectionFieldInput.parse(input);
  yearOf(ws, f.id);
  const value = typeof f.value === 'boolean' ? (f.value ? 1 : 0) : f.value;
  ws.tx(() => updateRow(ws, 'report_sections', 'report_section', f.id, { [COLUMN[f.field]]: value }));
  return getSection(ws, f.id, today);
}

/**
 * Keeps a flagged word as written (the clerk's decision, recorded with who and when, and in the
 * change log); a flag no longer in the text is refused in words.
 */
export function keepFlag(ws: Workspace, input: z.input<typeof reportFlagKeepInput>, today: string): ReportSection {
  const k = reportFlagKeepInput.parse(input);
  const s = getSection(ws, k.id, today);
  if (!s.flags.some((f) => f.key === k.key)) throw new AppError('conflict', `"${k.text}" is no longer flagged in the section "${s.heading}". Nothing was changed.`);
  ws.tx(() => updateRow(ws, 'report_sections', 'report_section', k.id, { identity_dismissed: JSON.stringify([...s.kept, { key: k.key, text: k.text, by: ws.actor, at: nowStamp() }]) }));
  return getSection(ws, k.id, today);
}

/** The year's sections in the order given (every one of them, once). */
export function reorderSections(ws: Workspace, input: z.input<typeof reportSectionReorderInput>, today: string): ReportSection[] {
  const { year, ids } = reportSectionReorderInput.parse(input);
  reorderRows(ws, 'report_sections', 'report_section', groupIds(ws, yearGroup(year)), ids);
  return listSections(ws, year, today);
}

/** Removes a section; those after it close up. */
export function removeSection(ws: Workspace, id: string): void {
  const year = yearOf(ws, id);
  ws.tx(() => {
    deleteRow(ws, 'report_sections', 'report_section', id);
    renumber(ws, yearGroup(year), 'report_section');
  });
}
