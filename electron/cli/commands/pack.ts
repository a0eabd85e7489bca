/** `panelpack pack`: a meeting's agenda pack (or supplementary pack) as a PDF, members' or public. */
import { printMeetingPdf, type Command } from '../command';

export const pack: Command = {
  options: { out: { type: 'string' }, meeting: { type: 'string' }, public: { type: 'boolean' }, supplement: { type: 'boolean' } },
  run(ctx) {
    const { values } = ctx;
    const what = `${values.public ? 'public' : "members'"} ${values.supplement ? 'supplementary pack' : 'agenda pack'}`;
    return printMeetingPdf('pack', ctx, what, async (ws, request) => {
      const { printPack } = await import('../../core/packs/publish');
      return printPack(ws, { ...request, supplement: values.supplement === true });
    });
  },
};
