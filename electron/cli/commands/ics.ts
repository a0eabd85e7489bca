/** `panelpack ics`: the upcoming meetings (or one) as a calendar file. */
import { resolve } from 'node:path';
import { z } from 'zod';
import { requireOut, withWorkspace, type Command } from '../command';
import { UsageError } from '../usageError';

export const ics: Command = {
  options: { out: { type: 'string' }, meeting: { type: 'string' } },
  run({ file, values, io, today }) {
    const out = resolve(io.cwd, requireOut(values, 'ics'));
    const meetingId = typeof values.meeting === 'string' ? values.meeting.trim() : undefined;
    if (meetingId !== undefined && !z.uuid().safeParse(meetingId).success) {
      throw new UsageError(`--meeting needs a meeting's ID, as "panelpack meetings" shows it (not "${meetingId}").`);
    }
    return withWorkspace(file, async (ws) => {
      const { exportIcs } = await import('../../core/ics');
      const result = await exportIcs(ws, { meetingId, today, out });
      io.stdout(`Wrote ${result.events} meeting${result.events === 1 ? '' : 's'} to the calendar file: ${result.path}\n`);
      return 0;
    });
  },
};
