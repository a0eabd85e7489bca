/**
 * The child-friendly summary for the Children in Care Council: only the items the clerk marked as
 * of interest to children, and only Part I ones (never Part II), each as "What we talked about",
 * "What we decided" and "Who will do it and by when". Large type (every word on the page is 14 pt
 * or more, the page furniture included), short lines, a box per item. Final only when the
 * participation officer has checked it (minutes.child_checked_by); until then every page says so.
 */
import { longDate } from '../../../../shared/logic/dates';
import { AppError } from '../../errors';
import { COLOURS, paper, type PdfContent, type PdfDefinition, type PdfStyle } from '../paper';
import { itemsById, type MinutesRecord } from './minutesRead';

/** The smallest type the summary uses (points). */
export const CHILD_MIN_SIZE = 14;
export const CHILD_DRAFT_WORDS = 'Draft: not yet checked by the participation officer';

const STYLES: Record<string, PdfStyle> = {
  furniture: { fontSize: CHILD_MIN_SIZE, color: COLOURS.muted },
  title: { fontSize: 26, bold: true, color: COLOURS.groupText, margin: [0, 0, 0, 8] },
  intro: { fontSize: 16, margin: [0, 0, 0, 12], lineHeight: 1.3 },
  draftBanner: { fontSize: 16, bold: true, color: COLOURS.warning, margin: [0, 0, 0, 12] },
  checked: { fontSize: CHILD_MIN_SIZE, color: COLOURS.groupText, margin: [0, 0, 0, 12] },
  itemTitle: { fontSize: 20, bold: true, color: COLOURS.groupText, margin: [0, 0, 0, 6] },
  ask: { fontSize: 17, bold: true, color: COLOURS.groupText, margin: [0, 6, 0, 2] },
  answer: { fontSize: 16, lineHeight: 1.3, margin: [0, 0, 0, 4] },
  none: { fontSize: 16, italics: true, color: COLOURS.muted, margin: [0, 0, 0, 4] },
};

/** "Jane" from "Jane Smith", or the person's role when they have one (first names or roles only). */
function firstNameOrRole(name: string | null, role: string): string {
  if (role.trim()) return `the ${role.trim().replace(/^the\s+/i, '')}`;
  const words = (name ?? '').replace(/^(cllr\.?|councillor)\s+/i, '').trim().split(/\s+/);
  return words[0] || 'someone from the council';
}

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function answer(text: string, empty: string): PdfContent[] {
  const lines = text
    .split(/\n+/)
    .map((l) => l.trim())
    .filter(Boolean);
  return lines.length === 0 ? [{ text: empty, style: 'none' }] : lines.map((l) => ({ text: l, style: 'answer' }));
}

export function buildChildDoc(rec: MinutesRecord, createdAt = new Date().toISOString()): PdfDefinition {
  const m = rec.agenda.meeting;
  const byId = itemsById(rec.agenda);
  const chosen = [...byId.values()].filter((i) => i.part === 1 && rec.items.get(i.id)?.forChildren);
  if (chosen.length === 0) {
    throw new AppError('conflict', `No item of the meeting on ${longDate(m.meetingDate)} is marked for the child-friendly summary. Mark the items children should hear about first.`);
  }
  const checked = rec.childCheckedBy.trim() !== '';
  const boxes: PdfContent[] = chosen.map((item) => {
    const im = rec.items.get(item.id);
    const actions = rec.actions.filter((a) => a.itemId === item.id);
    const who = im?.childWho.trim()
      ? im.childWho
      : actions.map((a) => `${capital(firstNameOrRole(a.ownerName, a.ownerRole))} will ${a.title.charAt(0).toLowerCase()}${a.title.slice(1)}${a.dueDate ? ` by ${longDate(a.dueDate)}` : ''}.`).join('\n');
    return {
      table: {
        widths: ['*'],
        body: [
          [
            {
              stack: [
                { text: item.printedTitle, style: 'itemTitle' },
                { text: 'What we talked about', style: 'ask' },
                ...answer(im?.childTalked ?? '', 'Not written yet.'),
                { text: 'What we decided', style: 'ask' },
                ...answer(im?.childDecided ?? '', 'Not written yet.'),
                { text: 'Who will do it and by when', style: 'ask' },
                ...answer(who, 'Nobody needs to do anything for this one.'),
              ],
              fillColor: COLOURS.groupFill,
              margin: [10, 10, 10, 10],
            },
          ],
        ],
      },
      layout: 'noBorders',
      margin: [0, 0, 0, 16],
    };
  });
  const content: PdfContent[] = [
    { text: 'What happened at the meeting', style: 'title' },
    { text: `The ${m.bodyName} met on ${longDate(m.meetingDate)}. Here is what we talked about that matters to you.`, style: 'intro' },
    checked
      ? { text: `Checked by the participation officer${rec.childCheckedOn ? ` on ${longDate(rec.childCheckedOn)}` : ''}: ${rec.childCheckedBy.trim()}.`, style: 'checked' }
      : { text: CHILD_DRAFT_WORDS, style: 'draftBanner' },
    ...boxes,
  ];
  const def = paper(
    {
      councilName: rec.councilName,
      boardName: m.bodyName,
      title: 'Our meeting',
      documentTitle: `What happened at the meeting: ${m.bodyName}, ${longDate(m.meetingDate)}`,
      subject: `Child-friendly summary of the meeting of the ${m.bodyName}, ${longDate(m.meetingDate)}`,
      orientation: 'portrait',
      createdAt,
      footerLeft: checked ? longDate(m.meetingDate) : CHILD_DRAFT_WORDS,
      draft: !checked,
      styles: STYLES,
    },
    content,
  );
  // Wider margins for the large header and footer type.
  return { ...def, pageMargins: [48, 84, 48, 70], defaultStyle: { ...def.defaultStyle, fontSize: 16 } };
}
