/**
 * The annual report's narrative sections (the clerk's own words, core/annualReport/) in the
 * evidence pack, placed where a council's annual report puts them: the sections marked "before
 * the evidence" in their order straight after the cover and contents (so the Chair's foreword
 * opens the report), then the evidence sections (./sections.ts), then those marked "after" (for
 * example "Priorities for next year"). Each is a section of its own, with its heading in the
 * contents and the outline.
 *
 * Read for one version: the public version's data never holds a section not marked public, nor
 * one whose body the identity checks still flag (shared/logic/identity.ts, less the flags the clerk
 * kept as written; as voice records are, whole), so its words cannot reach the public PDF's text,
 * bookmarks or metadata. The members' version says under such a section's heading why the public
 * one leaves it out. A section with no text yet is left out of both.
 */
import type { SectionPlacement } from '../../../../shared/model/annualReport';
import { sectionFlags, type ReportSectionRow } from '../../annualReport/rows';
import { workspaceNames } from '../../voices/names';
import type { Workspace } from '../../workspace';
import type { PdfContent } from '../paper';
import { heading } from './blocks';
import type { EvidenceVersion } from './evidenceData';
import type { EvidenceScope } from './scope';
import type { EvidenceSection } from './sections';

export interface NarrativeSection {
  id: string;
  heading: string;
  body: string;
  placement: SectionPlacement;
  /** Printed in the public version too (marked public, and nothing flagged). */
  public: boolean;
  /** Marked public but left out of the public version for these flagged words. */
  flagged: string[];
}

/** The year's sections with text, for this version, in order; none for any other scope. */
export function readNarrative(ws: Workspace, scope: EvidenceScope, version: EvidenceVersion, today: string): NarrativeSection[] {
  if (scope.kind !== 'annual') return [];
  const rows = ws.stmt("SELECT * FROM report_sections WHERE board_year = ? AND trim(body) <> '' ORDER BY position, id").all(scope.year.trim()) as ReportSectionRow[];
  const people = workspaceNames(ws);
  return rows
    .map((r) => {
      const flagged = r.public === 1 ? [...new Set(sectionFlags(r, people, today).map((f) => f.text))] : [];
      return { id: r.id, heading: r.heading, body: r.body, placement: r.placement, public: r.public === 1 && flagged.length === 0, flagged };
    })
    .filter((n) => version === 'members' || n.public);
}

const BULLET = /^\s*[-*•]\s+/;

/**
 * The body as the clerk typed it: paragraphs split at blank lines, a run of lines starting "- ",
 * "* " or "•" as a bulleted list, other line breaks kept.
 */
export function narrativeBody(body: string): PdfContent[] {
  const out: PdfContent[] = [];
  for (const para of body.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    const lines = para.split('\n').filter((l) => l.trim() !== '');
    if (lines.length === 0) continue;
    if (lines.every((l) => BULLET.test(l))) out.push({ ul: lines.map((l) => ({ text: l.replace(BULLET, '').trim(), style: 'body' })), style: 'body', margin: [0, 0, 0, 8] });
    else out.push({ text: lines.map((l) => l.trim()).join('\n'), style: 'body', margin: [0, 0, 0, 8] });
  }
  return out;
}

const sectionOf = (n: NarrativeSection): EvidenceSection => ({
  key: `narrative-${n.id}`,
  title: n.heading,
  build(d) {
    const content: PdfContent[] = [heading(this.key, this.title)];
    if (d.version === 'members' && !n.public) {
      const why = n.flagged.length > 0 ? `: the identity checks flag ${n.flagged.map((w) => `"${w}"`).join(', ')} (replace with initials or a role, or keep it as written in the Evidence screen)` : '';
      content.push({ text: `Members' version only: this section is left out of the public version${why}.`, style: 'body', italics: true, margin: [0, 0, 0, 8] });
    }
    return { content: [...content, ...narrativeBody(n.body)], entries: [] };
  },
});

/** The evidence sections with the narrative around them: "before" ones first, "after" ones last. */
export function withNarrative(narrative: readonly NarrativeSection[], evidence: EvidenceSection[]): EvidenceSection[] {
  const at = (p: SectionPlacement): EvidenceSection[] => narrative.filter((n) => n.placement === p).map(sectionOf);
  return [...at('before'), ...evidence, ...at('after')];
}
