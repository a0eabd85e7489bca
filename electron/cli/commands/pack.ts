/** `panelpack pack`: a meeting's agenda pack (or supplementary pack) as a PDF, members' or public. */
import { printMeetingPdf, type Command } from '../command';
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
  run(ctx) {
    const { values } = ctx;
    if (values['fit-a4'] && values['actual-size']) throw new UsageError('Give --fit-a4 or --actual-size, not both.');
    // Report pages are fitted to A4 in the members' pack unless --actual-size, in the public one only with --fit-a4.
    const fitToA4 = values['fit-a4'] === true || (!values.public && values['actual-size'] !== true);
    const what = `${values.public ? 'public' : "members'"} ${values.supplement ? 'supplementary pack' : 'agenda pack'}`;
    return printMeetingPdf('pack', ctx, what, async (ws, request) => {
      const { printPack } = await import('../../core/packs/publish');
      return printPack(ws, { ...request, supplement: values.supplement === true, fitToA4 });
    });
  },
};
