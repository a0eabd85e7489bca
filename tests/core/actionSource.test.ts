/**
 * An action raised at a board meeting links to that meeting (migration 0007): the action log and
 * its PDF say "From the board meeting of …". The link is kept only while the source is a board
 * meeting, must name a meeting that exists, and a deleted (draft) meeting leaves the action.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { sourceWords } from '../../shared/logic/actionRules';
import { createAction, updateAction } from '../../electron/core/actions/mutations';
import { getAction } from '../../electron/core/actions/queries';
import { createBody } from '../../electron/core/bodies/mutations';
import { AppError } from '../../electron/core/errors';
import { createMeeting, deleteMeeting } from '../../electron/core/meetings/mutations';
import { newWorkspace, tempDir } from '../helpers/tempWorkspace';

const t = tempDir();
afterAll(() => t.cleanup());
const TODAY = '2026-11-22';

describe('the meeting an action came from', () => {
  const ws = newWorkspace(t.dir, 'source.panelpack');
  afterAll(() => ws.close());
  const body = createBody(ws, { name: 'Corporate Parenting Board', kind: 'board' });
  const august = createMeeting(ws, { bodyId: body.id, meetingDate: '2026-08-20', startTime: '16:00', venue: 'Committee Room 1' }, TODAY);

  it('is kept with the action and read back with its date, in words', () => {
    const a = createAction(ws, { title: 'Write to every care leaver about the council tax exemption', source: 'meeting', sourceMeetingId: august.id });
    expect(a).toMatchObject({ source: 'meeting', sourceMeetingId: august.id, sourceMeetingDate: '2026-08-20' });
    expect(sourceWords(a)).toBe('From the board meeting of Thursday 20 August 2026');
    expect(sourceWords({ source: 'meeting', sourceMeetingDate: null })).toBe('From a board meeting');
    expect(sourceWords({ source: 'strategy', sourceMeetingDate: null })).toBeNull();
  });

  it('is dropped when the source is no longer a board meeting', () => {
    const a = createAction(ws, { title: 'Review the Local Offer', source: 'meeting', sourceMeetingId: august.id });
    const moved = updateAction(ws, a.id, { title: a.title, source: 'strategy', sourceMeetingId: august.id });
    expect(moved).toMatchObject({ source: 'strategy', sourceMeetingId: null, sourceMeetingDate: null });
  });

  it('must name a meeting that exists, with the field to fix', () => {
    let err: unknown;
    try {
      createAction(ws, { title: 'Visit the new children’s home', source: 'meeting', sourceMeetingId: '01900000-0000-7000-8000-000000000000' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ code: 'not_found', message: 'The meeting chosen no longer exists.', fields: { sourceMeetingId: 'Choose a meeting, or none.' } });
  });

  it('a deleted draft meeting leaves its actions, from a board meeting still', () => {
    const draft = createMeeting(ws, { bodyId: body.id, meetingDate: '2027-02-18', startTime: '16:00', venue: '' }, TODAY);
    const a = createAction(ws, { title: 'Ask the Virtual School for PEP figures', source: 'meeting', sourceMeetingId: draft.id });
    deleteMeeting(ws, draft.id);
    expect(getAction(ws, a.id)).toMatchObject({ source: 'meeting', sourceMeetingId: null, sourceMeetingDate: null });
    const logged = ws.db.prepare("SELECT changes FROM change_log WHERE entity = 'action' AND entity_id = ? AND operation = 'update'").pluck().all(a.id) as string[];
    expect(logged.map((c) => JSON.parse(c) as unknown)).toEqual([{ source_meeting_id: [draft.id, null] }]);
  });
});
