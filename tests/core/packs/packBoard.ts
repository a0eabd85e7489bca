/**
 * A meeting with everything a pack must handle, over a real workspace: standing items, Part I
 * items with reports (one report attached to two items, one landscape page, one page with /Rotate
 * 90), a sub-item, a Part II item whose report and title carry sentinels, and a late item.
 */
import { degrees, PDFDocument, StandardFonts } from 'pdf-lib';
import { attachPdf } from '../../../electron/core/attachments/mutations';
import { updateBody } from '../../../electron/core/bodies/mutations';
import { addAgendaItem } from '../../../electron/core/meetings/agendaWrites';
import { createMeeting } from '../../../electron/core/meetings/mutations';
import { setQuorum } from '../../../electron/core/meetings/templates';
import { createPerson } from '../../../electron/core/people/mutations';
import { updateSettings } from '../../../electron/core/settings/mutations';
import { board, TODAY } from '../../helpers/board';

export { TODAY };
/** Words that exist only in the Part II item and its report. */
export const PART_II_TITLE = 'Placement breakdown review for a named young person';
export const PART_II_SENTINEL = 'SENTINEL-PART-II';
export const PART_II_RECOMMENDATION = 'That the board notes the confidential plan (SENTINELREC).';
export const PART_II_PRESENTER = 'Priya Sentinelworth';

/** A report: `pages` A4 pages, each naming the report and its page; options add a landscape or rotated page. */
export async function reportPdf(title: string, pages: number, opts: { landscapeAt?: number; rotatedAt?: number; extraText?: string } = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.setTitle(`${title} (source metadata)`);
  for (let i = 1; i <= pages; i++) {
    const landscape = opts.landscapeAt === i;
    const page = doc.addPage(landscape ? [842, 595] : [595, 842]);
    if (opts.rotatedAt === i) page.setRotation(degrees(90));
    page.drawText(`${title}: report page ${i}`, { x: 60, y: page.getHeight() - 90, size: 14, font });
    if (opts.extraText) page.drawText(opts.extraText, { x: 60, y: page.getHeight() - 120, size: 11, font });
  }
  return doc.save();
}

export async function packBoard(dir: string, opts: { reportPages?: number } = {}) {
  const b = board(dir, 'pack.panelpack');
  const { ws, bodyId } = b;
  updateSettings(ws, { councilName: 'Testshire County Council', boardName: 'Corporate Parenting Board', clerkName: 'Sam Clerk', clerkPhone: '01234 567890', clerkEmail: 'democratic.services@testshire.gov.uk', reviewIntervalDays: 90 });
  const chair = createPerson(ws, { name: 'Cllr Ann Chair', kind: 'member' });
  const vice = createPerson(ws, { name: 'Cllr Bob Vice', kind: 'member' });
  const member = createPerson(ws, { name: 'Cllr Cat Member', kind: 'member' });
  updateBody(ws, bodyId, {
    name: 'Corporate Parenting Board',
    kind: 'board',
    members: [
      { personId: member.id, role: 'member' },
      { personId: chair.id, role: 'chair' },
      { personId: vice.id, role: 'vice_chair' },
    ],
  });
  setQuorum(ws, { bodyId, quorum: 3 });
  const meeting = createMeeting(ws, { bodyId, meetingDate: '2026-12-17', startTime: '14:00', venue: 'Committee Room 1, County Hall', themePriorityId: b.priorityIds[0] }, TODAY);
  const n = opts.reportPages ?? 3;
  const virtualSchool = addAgendaItem(ws, { meetingId: meeting.id, title: 'Annual report of the Virtual School', purpose: 'discussion', presenter: 'Head of the Virtual School', reportAuthor: 'Virtual School', minutes: 20, priorityId: b.priorityIds[0] }, TODAY);
  const sufficiency = addAgendaItem(ws, { meetingId: meeting.id, title: 'Sufficiency strategy refresh', purpose: 'decision', presenter: 'Director of Children’s Services', recommendation: 'That the board endorses the refreshed sufficiency strategy.' }, TODAY);
  const subItem = addAgendaItem(ws, { meetingId: meeting.id, parentId: sufficiency.id, title: 'Foster carer recruitment update', purpose: 'information', presenter: 'Fostering manager' }, TODAY);
  const exempt = addAgendaItem(ws, { meetingId: meeting.id, title: PART_II_TITLE, purpose: 'decision', presenter: PART_II_PRESENTER, part: 2, exemptParagraph: 1, publicTitle: 'Exempt item: placement review', recommendation: PART_II_RECOMMENDATION }, TODAY);

  const shared = await reportPdf('Education outcomes data', n, { landscapeAt: 2 });
  await attachPdf(ws, { itemId: virtualSchool.id, filename: 'Virtual School annual report.pdf', bytes: await reportPdf('Virtual School annual report', n) });
  await attachPdf(ws, { itemId: virtualSchool.id, filename: 'Education outcomes data.pdf', bytes: shared });
  await attachPdf(ws, { itemId: sufficiency.id, filename: 'Sufficiency strategy.pdf', bytes: await reportPdf('Sufficiency strategy', n, { rotatedAt: 1 }) });
  await attachPdf(ws, { itemId: subItem.id, filename: 'Education outcomes data.pdf', title: 'Education outcomes data (again)', bytes: shared });
  await attachPdf(ws, { itemId: exempt.id, filename: 'Confidential report.pdf', bytes: await reportPdf('Confidential placement report', 2, { extraText: `This report contains ${PART_II_SENTINEL} words.` }) });
  return { ...b, meeting, items: { virtualSchool, sufficiency, subItem, exempt } };
}
