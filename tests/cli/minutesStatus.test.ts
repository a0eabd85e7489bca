/** `panelpack meetings` says how each meeting's minutes stand (JSON field minutesStatus, and in words). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBody } from '../../electron/core/bodies/mutations';
import { createMeeting } from '../../electron/core/meetings/mutations';
import { startMinutes } from '../../electron/core/minutes/mutations';
import { approveMinutes, circulateMinutes } from '../../electron/core/minutes/workflow';
import { createPerson } from '../../electron/core/people/mutations';
import { runCli } from '../helpers/cli';
import { newWorkspace, tempDir } from '../helpers/tempWorkspace';

const t = tempDir('panelpack-cli-minutes-');
afterAll(() => t.cleanup());
const PINNED = '2026-11-22';

describe('meetings and their minutes', () => {
  let file: string;
  beforeAll(() => {
    const ws = newWorkspace(t.dir, 'minutes.panelpack');
    file = ws.path;
    const chair = createPerson(ws, { name: 'Cllr Amira Shah', kind: 'member' }).id;
    const body = createBody(ws, { name: 'Corporate Parenting Board', kind: 'board', members: [{ personId: chair, role: 'chair' }] });
    const sep = createMeeting(ws, { bodyId: body.id, meetingDate: '2026-09-17', startTime: '16:00' }, PINNED).id;
    const oct = createMeeting(ws, { bodyId: body.id, meetingDate: '2026-10-15', startTime: '16:00' }, PINNED).id;
    createMeeting(ws, { bodyId: body.id, meetingDate: '2026-12-17', startTime: '16:00' }, PINNED);
    startMinutes(ws, sep, PINNED);
    circulateMinutes(ws, { meetingId: sep, circulatedOn: '2026-09-24' }, PINNED);
    startMinutes(ws, oct, PINNED);
    approveMinutes(ws, { meetingId: sep, atMeetingId: oct }, PINNED);
    ws.close();
  });

  it('gives minutesStatus in JSON: none, draft, circulated or approved', async () => {
    const r = await runCli(['meetings', file, '--all', '--json'], { cwd: t.dir, today: () => PINNED });
    expect(r.code).toBe(0);
    const data = JSON.parse(r.out) as { meetings: { meetingDate: string; status: string; minutesStatus: string }[] };
    expect(data.meetings.map((m) => [m.meetingDate, m.status, m.minutesStatus])).toEqual([
      ['2026-09-17', 'minutes_approved', 'approved'],
      ['2026-10-15', 'held', 'draft'],
      ['2026-12-17', 'draft', 'none'],
    ]);
  });

  it('says it in words', async () => {
    const r = await runCli(['meetings', file, '--all'], { cwd: t.dir, today: () => PINNED });
    expect(r.out).toContain('  Minutes: approved and signed.\n');
    expect(r.out).toContain('  Minutes: draft.\n');
    expect(r.out.match(/Minutes: /g)).toHaveLength(2); // none for the meeting ahead
  });
});
