/** Reports attached to agenda items: PDFs only, stored once, and a refused file changes nothing. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DAMAGED_MESSAGE, PASSWORD_MESSAGE } from '../../../electron/core/attachments/checkPdf';
import { attachPdf, attachPdfFile, removeAttachment } from '../../../electron/core/attachments/mutations';
import { fileBytes } from '../../../electron/core/attachments/files';
import { AppError } from '../../../electron/core/errors';
import { meetingAgenda } from '../../../electron/core/meetings/agenda';
import { addAgendaItem, removeAgendaItem } from '../../../electron/core/meetings/agendaWrites';
import { createMeeting, setMeetingStatus } from '../../../electron/core/meetings/mutations';
import type { AgendaItem } from '../../../shared/model/entities';
import { tempDir } from '../../helpers/tempWorkspace';
import { TODAY, board, count, snapshot } from '../../helpers/board';
import { damagedPdf, docx, encryptedPdf, oldDoc, odt, realPdf, xlsx } from '../../helpers/pdfFixtures';

const t = tempDir();
afterAll(() => t.cleanup());

function setUp(name: string) {
  const b = board(t.dir, name);
  const m = createMeeting(b.ws, { bodyId: b.bodyId, meetingDate: '2026-12-17', startTime: '14:00' }, TODAY);
  const item = addAgendaItem(b.ws, { meetingId: m.id, title: 'Virtual School annual report' }, TODAY);
  const other = addAgendaItem(b.ws, { meetingId: m.id, title: 'Health of children looked after' }, TODAY);
  return { ...b, meetingId: m.id, itemId: item.id, otherId: other.id };
}

async function refusal(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected the file to be refused');
}

describe('attachments', () => {
  it('accepts a real PDF, counts its pages, and stores a file attached twice only once', async () => {
    const { ws, meetingId, itemId, otherId } = setUp('accept.panelpack');
    const bytes = await realPdf(3);
    const a = await attachPdf(ws, { itemId, filename: 'Virtual School report 2026.pdf', bytes });
    expect(a).toMatchObject({ itemId, filename: 'Virtual School report 2026.pdf', title: 'Virtual School report 2026', pages: 3, size: bytes.length, position: 1 });
    expect(a.fileSha256).toMatch(/^[0-9a-f]{64}$/);

    const again = await attachPdf(ws, { itemId: otherId, filename: 'copy.pdf', bytes, title: 'Appendix A' });
    expect(again.fileSha256).toBe(a.fileSha256);
    expect(count(ws, 'files')).toBe(1);
    expect(count(ws, 'attachments')).toBe(2);
    expect(Buffer.from(fileBytes(ws, a.fileSha256)).equals(Buffer.from(bytes))).toBe(true);
    await expect(attachPdf(ws, { itemId, filename: 'again.pdf', bytes })).rejects.toThrow(/already attached to this item/);

    const item = meetingAgenda(ws, meetingId, TODAY).entries.find((e): e is AgendaItem => e.kind === 'item' && e.id === itemId);
    expect(item?.attachments.map((x) => [x.title, x.pages])).toEqual([['Virtual School report 2026', 3]]);
    const logged = ws.db.prepare("SELECT operation, changes FROM change_log WHERE entity = 'attachment' ORDER BY seq").all() as { operation: string; changes: string }[];
    expect(logged.map((l) => l.operation)).toEqual(['insert', 'insert']);
    expect(JSON.parse(logged[0]?.changes ?? '{}')).toMatchObject({ file_sha256: [null, a.fileSha256], pages: [null, 3] });

    // The file stays while another item uses it, and goes with its last attachment.
    removeAttachment(ws, a.id);
    expect(count(ws, 'files')).toBe(1);
    removeAgendaItem(ws, otherId, TODAY);
    expect(count(ws, 'attachments')).toBe(0);
    expect(count(ws, 'files')).toBe(0);
    ws.close();
  });

  it('reads the file the clerk chose from disk', async () => {
    const { ws, itemId } = setUp('disk.panelpack');
    const path = join(t.dir, 'IRO annual report.pdf');
    writeFileSync(path, await realPdf(2));
    expect(await attachPdfFile(ws, { itemId, path })).toMatchObject({ filename: 'IRO annual report.pdf', pages: 2 });
    await expect(attachPdfFile(ws, { itemId, path: join(t.dir, 'missing.pdf') })).rejects.toThrow(/missing\.pdf could not be found/);
    ws.close();
  });

  const refused: [string, string, () => Uint8Array, RegExp | string][] = [
    ['a damaged PDF', 'report.pdf', damagedPdf, `report.pdf: ${DAMAGED_MESSAGE}`],
    ['a PDF that needs a password to open', 'secret.pdf', encryptedPdf, `secret.pdf: ${PASSWORD_MESSAGE}`],
    ['a Word document (.docx)', 'Scorecard.docx', docx, 'Scorecard.docx is a Word document. Convert it to PDF first (in Word: File > Save As > PDF), then attach the PDF.'],
    ['a .docx renamed .pdf', 'Scorecard.pdf', docx, /^Scorecard\.pdf is a Word document\./],
    ['a Word 97–2003 document', 'Old report.doc', oldDoc, /^Old report\.doc is a Word document\. Convert it to PDF first/],
    ['an Excel spreadsheet', 'Figures.xlsx', xlsx, /^Figures\.xlsx is an Excel spreadsheet\. Convert it to PDF first \(in Excel/],
    ['an OpenDocument text file', 'Notes.odt', odt, /^Notes\.odt is an OpenDocument text file\. Convert it to PDF first \(in LibreOffice: File > Export as PDF\)/],
    ['a picture', 'photo.png', () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), /^photo\.png is a picture \(PNG\)/],
    ['a text file', 'notes.txt', () => new TextEncoder().encode('Just some notes'), /^notes\.txt is not a PDF/],
    ['an empty file', 'empty.pdf', () => new Uint8Array(0), /^empty\.pdf is empty/],
  ];

  it.each(refused)('refuses %s with a plain message and changes nothing', async (_what, filename, make, message) => {
    const { ws, itemId } = setUp(`refuse-${filename.replace(/\W/g, '')}-${Math.random().toString(36).slice(2)}.panelpack`);
    await attachPdf(ws, { itemId, filename: 'Existing.pdf', bytes: await realPdf(1) });
    const before = snapshot(ws);
    const err = await refusal(attachPdf(ws, { itemId, filename, bytes: make() }));
    expect(err.code).toBe('invalid_input');
    if (typeof message === 'string') expect(err.message).toBe(message);
    else expect(err.message).toMatch(message);
    expect(snapshot(ws)).toEqual(before);
    ws.close();
  });

  it('refuses attachments once the meeting has been held', async () => {
    const { ws, meetingId, itemId } = setUp('held.panelpack');
    setMeetingStatus(ws, { id: meetingId, status: 'held' }, '2026-12-17');
    await expect(attachPdf(ws, { itemId, filename: 'late.pdf', bytes: await realPdf(1) })).rejects.toThrow(/has been held/);
    ws.close();
  });
});
