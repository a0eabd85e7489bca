/** Published versions are kept: every one, numbered supplements, and their files outlive attachments. */
import { afterAll, describe, expect, it } from 'vitest';
import { attachPdf, removeAttachment } from '../../../electron/core/attachments/mutations';
import { fileBytes } from '../../../electron/core/attachments/files';
import { addAgendaItem } from '../../../electron/core/meetings/agendaWrites';
import { createMeeting, deleteMeeting, setMeetingStatus } from '../../../electron/core/meetings/mutations';
import { listPublications, recordPublication } from '../../../electron/core/meetings/publications';
import { tempDir } from '../../helpers/tempWorkspace';
import { TODAY, board, count } from '../../helpers/board';
import { realPdf } from '../../helpers/pdfFixtures';

const t = tempDir();
afterAll(() => t.cleanup());

describe('publications', () => {
  it('keeps every version, numbers supplements, and keeps a published file after its attachment goes', async () => {
    const { ws, bodyId } = board(t.dir, 'publications.panelpack');
    const m = createMeeting(ws, { bodyId, meetingDate: '2026-12-17', startTime: '14:00' }, TODAY);
    const item = addAgendaItem(ws, { meetingId: m.id, title: 'Scorecard' }, TODAY);
    const report = await realPdf(2, 'Scorecard');
    const a = await attachPdf(ws, { itemId: item.id, filename: 'Scorecard.pdf', bytes: report });

    const first = recordPublication(ws, { meetingId: m.id, kind: 'agenda', bytes: await realPdf(1, 'Agenda v1'), pages: 1 });
    const second = recordPublication(ws, { meetingId: m.id, kind: 'agenda', bytes: await realPdf(1, 'Agenda v2'), pages: 1 });
    // A pack that is, byte for byte, the report: shares its stored file.
    recordPublication(ws, { meetingId: m.id, kind: 'members_pack', bytes: report, pages: 2 });
    const s1 = recordPublication(ws, { meetingId: m.id, kind: 'supplement', bytes: await realPdf(1, 'Supplement 1'), pages: 1 });
    const s2 = recordPublication(ws, { meetingId: m.id, kind: 'supplement', bytes: await realPdf(1, 'Supplement 2'), pages: 1 });
    expect([first.number, s1.number, s2.number]).toEqual([null, 1, 2]);
    expect(first.fileSha256).not.toBe(second.fileSha256);
    expect(listPublications(ws, m.id).map((p) => [p.kind, p.number])).toEqual([
      ['agenda', null],
      ['agenda', null],
      ['members_pack', null],
      ['supplement', 1],
      ['supplement', 2],
    ]);
    expect(listPublications(ws, m.id)[0]).toMatchObject({ createdBy: 'tester', pages: 1 });
    expect(count(ws, 'files')).toBe(5);

    removeAttachment(ws, a.id);
    expect(Buffer.from(fileBytes(ws, a.fileSha256)).equals(Buffer.from(report))).toBe(true);
    expect(ws.db.prepare("SELECT count(*) FROM change_log WHERE entity = 'publication' AND operation = 'insert'").pluck().get()).toBe(5);

    // Published papers are part of the record: not even a meeting set back to draft can go.
    setMeetingStatus(ws, { id: m.id, status: 'published' }, TODAY);
    setMeetingStatus(ws, { id: m.id, status: 'draft' }, TODAY);
    expect(() => deleteMeeting(ws, m.id)).toThrow(/have been published/);
    ws.close();
  });
});
