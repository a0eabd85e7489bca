/** `panelpack pack`: a meeting's agenda pack (or supplementary pack) as a PDF, members' or public. */
import { resolve } from 'node:path';
import { pagesWord, requireMeetingArg, requireOut, resolveMeeting, withWorkspace, type Command } from '../command';
import { UsageError } from '../usageError';

export const pack: Command = {
  options: {
    out: { type: 'string' },
    meeting: { type: 'string' },
    public: { type: 'boolean' },
    supplement: { type: 'boolean' },
    'fit-a4': { type: 'boolean' },
    'actual-size': { type: 'boolean' },
  },
  run({ file, values, io, today }) {
    const out = resolve(io.cwd, requireOut(values, 'pack'));
    const which = requireMeetingArg(values, 'pack');
    if (values['fit-a4'] && values['actual-size']) throw new UsageError('Give --fit-a4 or --actual-size, not both.');
    // Report pages are fitted to A4 in the members' pack unless --actual-size, in the public one only with --fit-a4.
    const fitToA4 = values['fit-a4'] === true || (!values.public && values['actual-size'] !== true);
    return withWorkspace(file, async (ws) => {
      const { printPack } = await import('../../core/packs/publish');
      const meetingId = resolveMeeting(ws, which, today);
      const result = await printPack(ws, { meetingId, version: values.public ? 'public' : 'members', today, out, supplement: values.supplement === true, fitToA4 });
      const what = `${values.public ? 'public' : "members'"} ${values.supplement ? 'supplementary pack' : 'agenda pack'}`;
      io.stdout(`Wrote the ${what} (${pagesWord(result.pages)}): ${result.path}\n`);
      return 0;
    });
  },
};
