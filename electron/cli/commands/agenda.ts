/** `panelpack agenda`: a meeting's agenda (front sheet and items) as a PDF, members' or public. */
import { resolve } from 'node:path';
import { pagesWord, requireMeetingArg, requireOut, resolveMeeting, withWorkspace, type Command } from '../command';

export const agenda: Command = {
  options: { out: { type: 'string' }, meeting: { type: 'string' }, public: { type: 'boolean' } },
  run({ file, values, io, today }) {
    const out = resolve(io.cwd, requireOut(values, 'agenda'));
    const which = requireMeetingArg(values, 'agenda');
    return withWorkspace(file, async (ws) => {
      const { printAgenda } = await import('../../core/packs/publish');
      const meetingId = resolveMeeting(ws, which, today);
      const result = await printAgenda(ws, { meetingId, version: values.public ? 'public' : 'members', today, out });
      io.stdout(`Wrote the ${values.public ? 'public' : "members'"} agenda (${pagesWord(result.pages)}): ${result.path}\n`);
      return 0;
    });
  },
};
