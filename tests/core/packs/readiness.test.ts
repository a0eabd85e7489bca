/**
 * Checks before publishing: what is missing (the venue, a late item's reason for urgency), each
 * with the field to go to; publishing refuses while anything is, and keeps nothing; printing a
 * draft is unaffected. And the publish result gives each document's own pages.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileBytes } from '../../../electron/core/attachments/files';
import { AppError } from '../../../electron/core/errors';
import { addAgendaItem } from '../../../electron/core/meetings/agendaWrites';
import { getMeeting } from '../../../electron/core/meetings/rows';
import { updateMeeting } from '../../../electron/core/meetings/mutations';
import { listPublications } from '../../../electron/core/meetings/publications';
import { printPack, publishMeeting } from '../../../electron/core/packs/publish';
import { meetingAgenda } from '../../../electron/core/meetings/agenda';
import { meetingReadiness, publishReadiness, requireReady } from '../../../electron/core/packs/readiness';
import { readPack } from '../../helpers/readPack';
import { tempDir } from '../../helpers/tempWorkspace';
import { packBoard, TODAY } from './packBoard';

let t: ReturnType<typeof tempDir>;
beforeEach(() => {
  t = tempDir();
});
afterEach(() => t.cleanup());

async function refusal(p: Promise<unknown>): Promise<AppError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(err instanceof AppError)) throw new Error(`expected an AppError, got ${String(err)}`);
  return err;
}

describe('checks before publishing', () => {
  it('an unset venue is missing: publishing refuses, naming it, and keeps nothing; a printed draft is unaffected', async () => {
    const f = await packBoard(t.dir, { reportPages: 1 });
    const m = f.meeting;
    updateMeeting(f.ws, m.id, { meetingDate: m.meetingDate, startTime: m.startTime, venue: '', themePriorityId: m.themePriorityId }, TODAY);
    expect(meetingReadiness(f.ws, m.id, TODAY)).toEqual([{ field: 'venue', message: 'Set the venue: without it the front sheet says "To be confirmed".' }]);

    const err = await refusal(publishMeeting(f.ws, m.id, { today: TODAY }));
    expect(err.code).toBe('invalid_input');
    expect(err.message).toBe('The papers were not published: one thing is missing. Set the venue: without it the front sheet says "To be confirmed".');
    expect(err.fields).toEqual({ venue: 'Set the venue: without it the front sheet says "To be confirmed".' });
    expect(listPublications(f.ws, m.id)).toEqual([]);
    expect(getMeeting(f.ws, m.id, TODAY).status).toBe('draft');

    const out = join(t.dir, 'draft.pdf');
    await printPack(f.ws, { meetingId: m.id, version: 'public', today: TODAY, out });
    expect(existsSync(out)).toBe(true);

    updateMeeting(f.ws, m.id, { meetingDate: m.meetingDate, startTime: m.startTime, venue: 'Committee Room 1', themePriorityId: m.themePriorityId }, TODAY);
    expect(meetingReadiness(f.ws, m.id, TODAY)).toEqual([]);
    f.ws.close();
  });

  it('a late item with no reason for urgency is missing, linked to the item, and publishing refuses it', async () => {
    const f = await packBoard(t.dir, { reportPages: 1 });
    await publishMeeting(f.ws, f.meeting.id, { today: TODAY });
    const late = addAgendaItem(f.ws, { meetingId: f.meeting.id, title: 'Ofsted monitoring letter', urgencyReason: 'The letter arrived after publication.' }, TODAY);
    expect(meetingReadiness(f.ws, f.meeting.id, TODAY)).toEqual([]);
    // The schema's CHECK keeps a stored late item from losing its reason; the check holds for any agenda it is given.
    const agenda = meetingAgenda(f.ws, f.meeting.id, TODAY);
    const blank = { ...agenda, entries: agenda.entries.map((e) => (e.kind === 'item' && e.id === late.id ? { ...e, urgencyReason: '  ' } : e)) };
    const message = `Item ${late.number}, Ofsted monitoring letter, is a late item: record the chair's reason for urgency.`;
    expect(publishReadiness(blank)).toEqual([{ field: 'urgencyReason', itemId: late.id, message }]);
    const err = (() => {
      try {
        requireReady(blank);
      } catch (e) {
        return e as AppError;
      }
      throw new Error('requireReady did not refuse');
    })();
    expect(err).toMatchObject({ code: 'invalid_input', fields: { [`items.${late.id}.urgencyReason`]: message } });
    f.ws.close();
  });

  it('papers going out after the deadline need the reason they are late, printed on the front sheet of both packs', async () => {
    const f = await packBoard(t.dir, { reportPages: 1 });
    const m = f.meeting;
    // Five clear working days before Thursday 17 December 2026 (10, 11, 14, 15, 16): publish by Wednesday 9 December; the 14th is late.
    const late = '2026-12-14';
    expect(getMeeting(f.ws, m.id, late).deadlinePassed).toBe(true);
    const message = 'Record why the papers are late: they should have been published by Wednesday 9 December 2026, five clear days before the meeting.';
    expect(meetingReadiness(f.ws, m.id, late)).toEqual([{ field: 'lateReason', message }]);
    const err = await refusal(publishMeeting(f.ws, m.id, { today: late }));
    expect(err.fields).toEqual({ lateReason: message });
    expect(listPublications(f.ws, m.id)).toEqual([]);
    // On time, no reason is asked for.
    expect(meetingReadiness(f.ws, m.id, TODAY)).toEqual([]);

    const reason = 'The sufficiency report needed the Cabinet decision of 11 December.';
    updateMeeting(f.ws, m.id, { meetingDate: m.meetingDate, startTime: m.startTime, venue: m.venue, themePriorityId: m.themePriorityId, lateReason: reason }, late);
    expect(meetingReadiness(f.ws, m.id, late)).toEqual([]);
    const result = await publishMeeting(f.ws, m.id, { today: late });
    for (const p of result.publications.filter((x) => x.kind !== 'agenda')) {
      const front = (await readPack(fileBytes(f.ws, p.fileSha256))).pages[0]?.text ?? '';
      expect(front, p.kind).toContain('Why the papers are late');
      expect(front, p.kind).toContain(reason);
    }
    f.ws.close();
  });

  it("the publish result gives each document's own pages, by name", async () => {
    const f = await packBoard(t.dir, { reportPages: 1 });
    const result = await publishMeeting(f.ws, f.meeting.id, { today: TODAY });
    expect(result.documents).toEqual([
      { kind: 'agenda', name: 'Agenda', pages: 2 },
      { kind: 'members_pack', name: "Members' pack", pages: result.publications[1]?.pages },
      { kind: 'public_pack', name: 'Public pack', pages: result.publications[2]?.pages },
    ]);
    expect(result.documents[1]?.pages).toBeGreaterThan(result.documents[2]?.pages ?? Infinity);
    f.ws.close();
  });
});
