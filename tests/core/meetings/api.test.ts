/** The meetings part of the contract through dispatch, with the file dialogs stubbed at the edge. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Api } from '../../../electron/core/api';
import { CHANNELS } from '../../../shared/ipc/contract';
import type { Agenda, AgendaItem, Meeting } from '../../../shared/model/entities';
import { newWorkspace, tempDir } from '../../helpers/tempWorkspace';
import { apiOpening, ok } from '../../helpers/host';
import { TODAY } from '../../helpers/today';
import { docx, realPdf } from '../../helpers/pdfFixtures';

const t = tempDir();
afterAll(() => t.cleanup());

function apiWith(path: string, answers: { report?: string | null; calendar?: string | null }, dialogs: string[] = []): Api {
  return apiOpening(path, {
    dir: t.dir,
    actor: 'clerk',
    dialogs: {
      chooseReportFile: () => {
        dialogs.push('report');
        return Promise.resolve(answers.report ?? null);
      },
      chooseCalendarDestination: (name) => {
        dialogs.push(`calendar:${name}`);
        return Promise.resolve(answers.calendar ?? null);
      },
    },
  });
}

describe('meetings over the contract', () => {
  it('lists every new channel in the contract', () => {
    for (const c of ['meetings:list', 'meetings:create', 'meetings:setStatus', 'meetings:forwardPlan', 'meetings:exportIcs', 'agenda:add', 'agenda:reorder', 'attachments:add', 'attachments:remove', 'bodies:setQuorum', 'holidays:add']) {
      expect(CHANNELS).toContain(c);
    }
  });

  it('creates a meeting, builds its agenda, attaches a report and exports the calendar', async () => {
    const ws = newWorkspace(t.dir, 'api.panelpack');
    ws.close();
    const pdfPath = join(t.dir, 'Scorecard.pdf');
    writeFileSync(pdfPath, await realPdf(4));
    const icsPath = join(t.dir, 'api.ics');
    const dialogs: string[] = [];
    const answers: { report?: string | null; calendar?: string | null } = {};
    const api = apiWith(ws.path, answers, dialogs);
    await ok(api.dispatch('workspace:open', {}));
    const body = await ok<{ id: string }>(api.dispatch('bodies:create', { name: 'Corporate Parenting Board', kind: 'board' }));
    expect(await ok(api.dispatch('bodies:setQuorum', { bodyId: body.id, quorum: 4 }))).toMatchObject({ quorum: 4, templateIsDefault: true });

    const meeting = await ok<Meeting>(api.dispatch('meetings:create', { bodyId: body.id, meetingDate: '2026-12-17', startTime: '14:00', venue: 'Town Hall' }));
    expect(meeting).toMatchObject({ publishBy: '2026-12-09', deadlinePassed: false, itemCount: 6 });
    const bad = await api.dispatch('meetings:create', { bodyId: body.id, meetingDate: '2026-12-17', startTime: '2pm' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { startTime: expect.stringMatching(/24-hour clock/) as unknown } } });

    const item = await ok<AgendaItem>(api.dispatch('agenda:add', { meetingId: meeting.id, title: 'Performance scorecard' }));
    expect(item.number).toBe('5');
    const part2 = await api.dispatch('agenda:add', { meetingId: meeting.id, title: 'Visit reports', part: 2 });
    expect(part2).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { exemptParagraph: expect.stringMatching(/Schedule 12A/) as unknown } } });

    // Cancelled dialog: nothing attached. Then a PDF, then a Word file refused as data.
    expect(await ok(api.dispatch('attachments:add', { itemId: item.id }))).toBeNull();
    answers.report = pdfPath;
    expect(await ok(api.dispatch('attachments:add', { itemId: item.id }))).toMatchObject({ filename: 'Scorecard.pdf', pages: 4 });
    const wordPath = join(t.dir, 'Scorecard.docx');
    writeFileSync(wordPath, docx());
    answers.report = wordPath;
    expect(await api.dispatch('attachments:add', { itemId: item.id })).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        message: 'Scorecard.docx is a Word document. Convert it to PDF first (in Word: File > Save As > PDF), then attach the PDF.',
        fields: { file: 'Scorecard.docx is a Word document. Convert it to PDF first (in Word: File > Save As > PDF), then attach the PDF.' },
      },
    });
    expect(dialogs.filter((d) => d === 'report')).toHaveLength(3);

    const agenda = await ok<Agenda>(api.dispatch('agenda:list', { meetingId: meeting.id }));
    expect(agenda.entries.find((e) => e.kind === 'item' && e.id === item.id)).toMatchObject({ attachments: [{ pages: 4 }] });

    const published = await ok<Meeting>(api.dispatch('meetings:setStatus', { id: meeting.id, status: 'published' }));
    expect(published.publishedOn).toBe(TODAY);
    const late = await api.dispatch('agenda:add', { meetingId: meeting.id, title: 'Ofsted letter' });
    expect(late).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { urgencyReason: 'Say why the item is urgent.' } } });

    expect(await ok(api.dispatch('meetings:exportIcs', {}))).toBeNull();
    answers.calendar = icsPath;
    expect(await ok(api.dispatch('meetings:exportIcs', { meetingId: meeting.id }))).toEqual({ path: icsPath, events: 1 });
    expect(dialogs.at(-1)).toBe('calendar:Meeting 2026-12-17.ics');
    expect(readFileSync(icsPath, 'utf8')).toContain('DTSTART:20261217T140000Z');

    const plan = await ok<{ meeting: Meeting; items: unknown[] }[]>(api.dispatch('meetings:forwardPlan', {}));
    expect(plan.map((p) => p.items.length)).toEqual([1]);
    const holiday = await ok<{ id: string }>(api.dispatch('holidays:add', { date: '2026-12-14', name: 'Closure day' }));
    expect(await ok(api.dispatch('meetings:get', { id: meeting.id }))).toMatchObject({ publishBy: '2026-12-08' });
    await ok(api.dispatch('holidays:remove', { id: holiday.id }));
    const info = await ok<{ counts: Record<string, number> }>(api.dispatch('workspace:info', {}));
    expect(info.counts).toMatchObject({ meetings: 1, agendaItems: 7, attachments: 1 });
    api.close();
  });

  it('refuses attaching and calendar export on a host without those dialogs', async () => {
    const ws = newWorkspace(t.dir, 'nodialogs.panelpack');
    ws.close();
    const api = apiOpening(ws.path, { dir: t.dir, actor: 'clerk' });
    await ok(api.dispatch('workspace:open', {}));
    expect(await api.dispatch('meetings:exportIcs', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const body = await ok<{ id: string }>(api.dispatch('bodies:create', { name: 'Board', kind: 'board' }));
    const meeting = await ok<Meeting>(api.dispatch('meetings:create', { bodyId: body.id, meetingDate: '2026-12-17', startTime: '14:00' }));
    const item = await ok<AgendaItem>(api.dispatch('agenda:add', { meetingId: meeting.id, title: 'Scorecard' }));
    expect(await api.dispatch('attachments:add', { itemId: item.id })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    // No venue: the readiness check says so, and publishing refuses with the same words beside the field.
    const venue = 'Set the venue: without it the front sheet says "To be confirmed".';
    expect(await ok(api.dispatch('meetings:readiness', { meetingId: meeting.id }))).toEqual([{ field: 'venue', message: venue }]);
    expect(await api.dispatch('meetings:publish', { meetingId: meeting.id })).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { venue } } });
    api.close();
  });
});
