/** The calendar file: one event per meeting, at the right UTC instant for UK local time. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportIcs, meetingsToIcs, ukOffsetMinutes, ukTimeToUtc } from '../../../electron/core/ics';
import { createMeeting } from '../../../electron/core/meetings/mutations';
import { listMeetings } from '../../../electron/core/meetings/queries';
import { tempDir } from '../../helpers/tempWorkspace';
import { TODAY, board } from '../../helpers/board';

const t = tempDir();
afterAll(() => t.cleanup());

/** RFC 5545 content lines: unfolded (a line starting with a space continues the one before). */
function contentLines(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/g, '').split('\r\n').filter(Boolean);
}

/** Each VEVENT as a map of property name (parameters dropped) to value. */
function events(ics: string): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  let current: Record<string, string> | null = null;
  for (const line of contentLines(ics)) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT' && current) {
      out.push(current);
      current = null;
    } else if (current) {
      const colon = line.indexOf(':');
      current[line.slice(0, colon).split(';')[0] ?? ''] = line.slice(colon + 1);
    }
  }
  return out;
}

const unescape = (s: string | undefined): string => (s ?? '').replace(/\\n/g, '\n').replace(/\\([,;\\])/g, '$1');

describe('UK time to UTC', () => {
  it('uses GMT in winter and BST in summer, changing on the last Sundays of March and October', () => {
    expect(ukTimeToUtc('2026-12-17', '14:00').toISOString()).toBe('2026-12-17T14:00:00.000Z');
    expect(ukTimeToUtc('2026-07-09', '14:00').toISOString()).toBe('2026-07-09T13:00:00.000Z');
    // 2027: clocks go forward on Sunday 28 March and back on Sunday 31 October.
    expect(ukTimeToUtc('2027-03-27', '10:00').toISOString()).toBe('2027-03-27T10:00:00.000Z');
    expect(ukTimeToUtc('2027-03-29', '10:00').toISOString()).toBe('2027-03-29T09:00:00.000Z');
    expect(ukTimeToUtc('2027-10-30', '18:30').toISOString()).toBe('2027-10-30T17:30:00.000Z');
    expect(ukTimeToUtc('2027-11-01', '18:30').toISOString()).toBe('2027-11-01T18:30:00.000Z');
  });

  it('agrees with the Europe/London zone database every day for six years', () => {
    const zone = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', timeZoneName: 'short' });
    for (let ms = Date.UTC(2025, 0, 1, 12); ms < Date.UTC(2031, 0, 1); ms += 86_400_000) {
      const name = zone.formatToParts(new Date(ms)).find((p) => p.type === 'timeZoneName')?.value;
      expect(ukOffsetMinutes(ms), new Date(ms).toISOString()).toBe(name === 'BST' || name === 'GMT+1' ? 60 : 0);
    }
  });
});

describe('calendar export', () => {
  it('writes one VEVENT per upcoming meeting with its start, title, venue and publication deadline', async () => {
    const { ws, bodyId, priorityIds } = board(t.dir, 'ics.panelpack');
    createMeeting(ws, { bodyId, meetingDate: '2026-10-15', startTime: '14:00' }, TODAY);
    const dec = createMeeting(ws, { bodyId, meetingDate: '2026-12-17', startTime: '14:00', venue: 'Committee Room 1, Town Hall', themePriorityId: priorityIds[0] }, TODAY);
    createMeeting(ws, { bodyId, meetingDate: '2027-06-10', startTime: '10:30', venue: 'Council Chamber', kind: 'special' }, TODAY);
    const out = join(t.dir, 'meetings.ics');
    expect(await exportIcs(ws, { today: TODAY, out })).toEqual({ path: out, events: 2 });
    const text = readFileSync(out, 'utf8');
    expect(contentLines(text)[0]).toBe('BEGIN:VCALENDAR');
    expect(text).toContain('BEGIN:VEVENT');
    const [first, second] = events(text);
    expect(first).toMatchObject({
      UID: `${dec.id}@panelpack`,
      SUMMARY: 'Corporate Parenting Board',
      DTSTART: '20261217T140000Z',
      DURATION: 'PT2H',
      LOCATION: 'Committee Room 1\\, Town Hall',
    });
    expect(unescape(first?.DESCRIPTION)).toContain('Agenda to be published by Wednesday 9 December 2026 (five clear days before the meeting).');
    expect(unescape(first?.DESCRIPTION)).toContain('Theme: 1. Being heard.');
    expect(second).toMatchObject({ SUMMARY: 'Corporate Parenting Board (special meeting)', DTSTART: '20270610T093000Z', LOCATION: 'Council Chamber' });
    ws.close();
  });

  it('exports one meeting by id, and refuses when there is nothing upcoming', async () => {
    const { ws, bodyId } = board(t.dir, 'one.panelpack');
    const past = createMeeting(ws, { bodyId, meetingDate: '2026-10-15', startTime: '09:30' }, TODAY);
    const out = join(t.dir, 'one.ics');
    expect((await exportIcs(ws, { today: TODAY, out, meetingId: past.id })).events).toBe(1);
    expect(events(readFileSync(out, 'utf8')).map((e) => e.DTSTART)).toEqual(['20261015T083000Z']);
    await expect(exportIcs(ws, { today: TODAY, out: join(t.dir, 'none.ics') })).rejects.toThrow(/no upcoming meetings/);
    expect(meetingsToIcs(listMeetings(ws, {}, TODAY), 'Testshire County Council')).toContain('X-WR-CALNAME:Testshire County Council meetings');
    ws.close();
  });
});
