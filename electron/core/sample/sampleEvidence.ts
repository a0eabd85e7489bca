/**
 * The sample board's evidence files (issue 10): small PDFs kept against a few actions and updates,
 * so `panelpack evidence` on the sample shows an appendix. Made with pdf-lib's standard fonts (a
 * page or two, a few kilobytes each, quick to make) and checked as a clerk's file is (checkPdf),
 * before the workspace is touched; the same today gives the same bytes. One is members only and
 * carries SAMPLE_MEMBERS_ONLY_EVIDENCE, so tests can prove it never reaches a public pack.
 */
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import { longDate, shiftDate } from '../../../shared/logic/dates';
import type { EvidenceVisibility } from '../../../shared/model/evidenceFiles';
import { checkPdf } from '../attachments/checkPdf';
import { storeFile } from '../attachments/files';
import { newId } from '../db/ids';
import { insertEvidenceRow } from '../evidenceFiles/mutations';
import type { Workspace } from '../workspace';

/** In the members-only evidence file's text only. */
export const SAMPLE_MEMBERS_ONLY_EVIDENCE = 'SENTINEL-MEMBERS-ONLY-EVIDENCE';

interface SampleEvidence {
  /** The action's reference, and the update's days ago (null: the action as a whole). */
  action: string;
  updateDaysAgo: number | null;
  title: string;
  visibility: EvidenceVisibility;
  /** Each page's paragraphs. */
  pages: string[][];
}

const EVIDENCE: SampleEvidence[] = [
  {
    action: '1.8',
    updateDaysAgo: 25,
    title: 'Bright Spots survey: summary of results',
    visibility: 'public',
    pages: [
      [
        'Bright Spots is a survey of the well-being of children in care, run with the Rees Centre and Coram Voice. 142 children and young people aged 4 to 17 answered this year.',
        'What is going well: most children trust the adults they live with, feel settled where they live and like school. Most have a good friend.',
      ],
      [
        'What needs to change: fewer children than their peers feel they have a say in decisions about their lives, and some do not know why they are in care.',
        'The Board will answer each finding with a "You said, we will" response, reported to Voices Unlocked.',
      ],
    ],
  },
  {
    action: '2.3',
    updateDaysAgo: 30,
    title: 'Hawthorn House: registration visit notes',
    visibility: 'members',
    pages: [
      [
        'Notes of the registration visit to Hawthorn House, for members of the Board only.',
        'The registered manager has been appointed and the staffing rota agreed. Two matters are outstanding before the first child moves in: the fire risk assessment and the location risk assessment.',
        `Reference: ${SAMPLE_MEMBERS_ONLY_EVIDENCE}`,
      ],
    ],
  },
  {
    action: '5.2',
    updateDaysAgo: null,
    title: 'Council tax exemption for care leavers: policy',
    visibility: 'public',
    pages: [
      [
        'Care leavers who live in Northbrook and pay council tax are exempt from it until their 25th birthday.',
        'The exemption is applied by the Revenues team on the word of the Leaving Care service: the young person does not need to apply or give evidence.',
      ],
    ],
  },
  {
    action: '5.3',
    updateDaysAgo: 20,
    title: 'Local Offer for care leavers (draft for the Forum)',
    visibility: 'public',
    pages: [
      [
        "The Local Offer says what every care leaver can expect from Northbrook: somewhere safe to live, money, health, education and work, and a personal adviser until they are 25.",
        "This draft was written with the Care Leavers' Forum, who chose its headings and its words.",
      ],
    ],
  },
];

interface ReadyEvidence extends SampleEvidence {
  filename: string;
  bytes: Uint8Array;
  pageCount: number;
}

let last: { key: string; files: ReadyEvidence[] } | null = null;

async function evidencePdf(e: SampleEvidence, councilName: string, madeOn: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(e.title);
  doc.setAuthor(councilName);
  const date = new Date(`${madeOn}T12:00:00Z`);
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const wrap = (text: string, size: number, width: number): string[] => {
    const lines: string[] = [];
    let line = '';
    for (const word of text.split(/\s+/)) {
      const next = line ? `${line} ${word}` : word;
      if (line && regular.widthOfTextAtSize(next, size) > width) {
        lines.push(line);
        line = word;
      } else line = next;
    }
    return line ? [...lines, line] : lines;
  };
  for (const [i, paragraphs] of e.pages.entries()) {
    const page = doc.addPage([595.28, 841.89]);
    let y = 770;
    page.drawText(councilName, { x: 64, y, size: 10, font: regular, color: rgb(0.35, 0.35, 0.35) });
    y -= 30;
    page.drawText(i === 0 ? e.title : `${e.title} (continued)`, { x: 64, y, size: 15, font: bold });
    y -= 18;
    page.drawText(longDate(madeOn), { x: 64, y, size: 10, font: regular, color: rgb(0.35, 0.35, 0.35) });
    y -= 28;
    for (const p of paragraphs) {
      for (const l of wrap(p, 11, 460)) {
        page.drawText(l, { x: 64, y, size: 11, font: regular });
        y -= 15;
      }
      y -= 8;
    }
  }
  return doc.save({ useObjectStreams: false });
}

/** Every evidence file, made and checked before anything is written (kept for the same today and council). */
export async function makeSampleEvidence(councilName: string, today: string): Promise<ReadyEvidence[]> {
  const key = `${today}\n${councilName}`;
  if (last?.key === key) return last.files;
  const files: ReadyEvidence[] = [];
  for (const e of EVIDENCE) {
    const filename = `${e.title.replace(/[^A-Za-z0-9 ]+/g, '').trim()}.pdf`;
    const bytes = await evidencePdf(e, councilName, shiftDate(today, -(e.updateDaysAgo ?? 60)));
    files.push({ ...e, filename, bytes, pageCount: (await checkPdf(filename, bytes)).pages });
  }
  last = { key, files };
  return files;
}

/** Keeps the files against their actions and updates, with the same writes as addEvidenceFile (which awaits its check). */
export function fillEvidence(ws: Workspace, files: readonly ReadyEvidence[], today: string): void {
  for (const f of files) {
    const action = ws.stmt('SELECT id FROM actions WHERE reference = ?').get(f.action) as { id: string } | undefined;
    if (!action) throw new Error(`Sample board: no action "${f.action}" for an evidence file.`);
    let updateId: string | null = null;
    if (f.updateDaysAgo !== null) {
      const u = ws.stmt('SELECT id FROM action_updates WHERE action_id = ? AND update_date = ?').get(action.id, shiftDate(today, -f.updateDaysAgo)) as { id: string } | undefined;
      if (!u) throw new Error(`Sample board: action ${f.action} has no update ${f.updateDaysAgo} days ago for an evidence file.`);
      updateId = u.id;
    }
    insertEvidenceRow(ws, { id: newId(), actionId: action.id, updateId, sha256: storeFile(ws, f.bytes), filename: f.filename, title: f.title, pages: f.pageCount, visibility: f.visibility });
  }
}
