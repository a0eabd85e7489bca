/**
 * `panelpack meetings`, `ics`, `agenda` and `pack`, run in process at a pinned today against a
 * real workspace with a published, a special and an upcoming meeting.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAgendaItem } from '../../electron/core/meetings/agendaWrites';
import { createBody } from '../../electron/core/bodies/mutations';
import { createMeeting, setMeetingStatus } from '../../electron/core/meetings/mutations';
import { createPriority, saveStrategy } from '../../electron/core/strategy/mutations';
import { expectOneLine, expectUsage, runCli, type CliResult as Result } from '../helpers/cli';
import { newWorkspace, tempDir } from '../helpers/tempWorkspace';

const t = tempDir('panelpack-cli-meetings-');
afterAll(() => t.cleanup());

describe('meetings and ics', () => {
  /** Meetings are dated, so these commands run at a pinned today: Sunday 22 November 2026. */
  const PINNED = '2026-11-22';
  const at = (args: string[]): Promise<Result> => runCli(args, { cwd: t.dir, today: () => PINNED });
  let meetingsFile: string;
  let decId: string;

  beforeAll(() => {
    const ws = newWorkspace(t.dir, 'meetings.panelpack');
    meetingsFile = ws.path;
    saveStrategy(ws, null, { title: 'Our promise', periodStart: '2025-04-01', periodEnd: '2028-03-31', status: 'adopted', vision: '' });
    const p = createPriority(ws, { title: 'Being heard' });
    const body = createBody(ws, { name: 'Corporate Parenting Board', kind: 'board' });
    const oct = createMeeting(ws, { bodyId: body.id, meetingDate: '2026-10-15', startTime: '14:00' }, PINNED);
    setMeetingStatus(ws, { id: oct.id, status: 'published', publishedOn: '2026-10-06' }, PINNED);
    const dec = createMeeting(ws, { bodyId: body.id, meetingDate: '2026-12-17', startTime: '14:00', venue: 'Committee Room 1, Town Hall', themePriorityId: p.id }, PINNED);
    decId = dec.id;
    addAgendaItem(ws, { meetingId: dec.id, title: 'Regulation 44 visits', part: 2, exemptParagraph: 1 }, PINNED);
    createMeeting(ws, { bodyId: body.id, meetingDate: '2026-11-26', startTime: '10:00', kind: 'special' }, PINNED);
    ws.close();
  });

  it('lists upcoming meetings with their publication deadlines', async () => {
    const r = await at(['meetings', 'meetings.panelpack']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^2 meetings from 22 Nov 2026\n\n/);
    expect(r.out).toContain('Thursday 26 November 2026, 10:00  Corporate Parenting Board (special meeting)\n');
    // Five clear days before Thursday 26 November: the deadline (Wednesday 18) has gone.
    expect(r.out).toContain('  Draft, 6 items. Publish by Wednesday 18 November 2026 (the deadline has passed).\n');
    expect(r.out).toContain('Thursday 17 December 2026, 14:00  Corporate Parenting Board (ordinary meeting)\n  Venue: Committee Room 1, Town Hall\n  Theme: 1. Being heard\n');
    expect(r.out).toContain('  Draft, 7 items (1 in Part II). Publish by Wednesday 9 December 2026.\n');
    expect(r.out).toContain(`  ID: ${decId}\n`);
    expect(r.out).not.toContain('15 October');
  });

  it('lists every meeting with --all, and says how a published one went', async () => {
    const r = await at(['meetings', meetingsFile, '--all']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^3 meetings\n/);
    expect(r.out).toContain('Agenda published, 6 items. Published Tuesday 6 October 2026 (deadline Wednesday 7 October 2026).');
  });

  it('prints JSON with the deadline fields', async () => {
    const r = await at(['meetings', meetingsFile, '--json']);
    expect(r.code).toBe(0);
    const data = JSON.parse(r.out) as { today: string; meetings: { meetingDate: string; publishBy: string; deadlinePassed: boolean; status: string }[] };
    expect(data.today).toBe(PINNED);
    expect(data.meetings.map((m) => [m.meetingDate, m.publishBy, m.deadlinePassed, m.status])).toEqual([
      ['2026-11-26', '2026-11-18', true, 'draft'],
      ['2026-12-17', '2026-12-09', false, 'draft'],
    ]);
  });

  it('writes a calendar of the upcoming meetings, or of one meeting', async () => {
    const r = await at(['ics', meetingsFile, '--out', 'board.ics']);
    expect(r).toEqual({ code: 0, out: `Wrote 2 meetings to the calendar file: ${join(t.dir, 'board.ics')}\n`, err: '' });
    const text = readFileSync(join(t.dir, 'board.ics'), 'utf8');
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(text).toContain('DTSTART:20261126T100000Z');
    expect(text).toContain('SUMMARY:Corporate Parenting Board (special meeting)');
    const one = await at(['ics', meetingsFile, '--out', 'one.ics', '--meeting', decId]);
    expect(one.out).toMatch(/^Wrote 1 meeting to the calendar file: /);
    const oneText = readFileSync(join(t.dir, 'one.ics'), 'utf8');
    expect(oneText).toContain('DTSTART:20261217T140000Z');
    expect(oneText).toContain('LOCATION:Committee Room 1\\, Town Hall');
  });

  it('refuses a missing --out or a bad --meeting (exit 2) and an unknown meeting (exit 1)', async () => {
    expectUsage(await at(['ics', meetingsFile]), /"ics" needs --out <file>/);
    expectUsage(await at(['ics', meetingsFile, '--out', 'x.ics', '--meeting', 'december']), /--meeting needs a meeting's ID/);
    expect(expectOneLine(await at(['ics', meetingsFile, '--out', 'x.ics', '--meeting', '0190a000-0000-7000-8000-00000000abcd']))).toMatch(/That meeting no longer exists/);
    expect(existsSync(join(t.dir, 'x.ics'))).toBe(false);
    expect(expectOneLine(await at(['ics', newWorkspace(t.dir, 'none.panelpack').path, '--out', 'none.ics']))).toBe('panelpack: There are no upcoming meetings to put in a calendar.');
    expect(expectOneLine(await at(['meetings', 'missing.panelpack']))).toMatch(/missing\.panelpack/);
  });
  it('prints the agenda and the pack of the next meeting or a named one; --public leaves Part II out', async () => {
    const text = (path: string): string => spawnSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).stdout;
    const next = await at(['agenda', meetingsFile, '--meeting', 'next', '--out', 'next-agenda.pdf']);
    expect(next).toEqual({ code: 0, out: `Wrote the members' agenda (2 pages): ${join(t.dir, 'next-agenda.pdf')}\n`, err: '' });
    expect(text(join(t.dir, 'next-agenda.pdf'))).toContain('Thursday 26 November 2026');

    const members = await at(['pack', meetingsFile, '--meeting', decId, '--out', 'dec-pack.pdf']);
    expect(members.code).toBe(0);
    expect(members.out).toMatch(/^Wrote the members' agenda pack \(2 pages\): /);
    const membersText = text(join(t.dir, 'dec-pack.pdf'));
    expect(membersText).toContain('Regulation 44 visits');
    expect(membersText).toContain('Page 2 of 2');

    const pub = await at(['agenda', meetingsFile, '--meeting', decId, '--out', 'dec-public.pdf', '--public']);
    expect(pub.out).toMatch(/^Wrote the public agenda \(2 pages\): /);
    const pubText = text(join(t.dir, 'dec-public.pdf'));
    expect(pubText).not.toContain('Regulation 44 visits');
    expect(pubText).toContain('Exempt item');
    expect(pubText).toContain('Thursday 17 December 2026');
  });

  it('refuses agenda and pack without --meeting or --out (exit 2), and a supplement before publication (exit 1)', async () => {
    expectUsage(await at(['pack', meetingsFile, '--out', 'p.pdf']), /"pack" needs --meeting <id>/);
    expectUsage(await at(['agenda', meetingsFile, '--meeting', 'next']), /"agenda" needs --out <file>/);
    expectUsage(await at(['pack', meetingsFile, '--meeting', 'soon', '--out', 'p.pdf']), /--meeting needs a meeting's ID/);
    expect(expectOneLine(await at(['pack', meetingsFile, '--meeting', decId, '--out', 'p.pdf', '--supplement']))).toMatch(/has not been published yet/);
    expect(existsSync(join(t.dir, 'p.pdf'))).toBe(false);
  });
});

