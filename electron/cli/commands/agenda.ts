/** `panelpack agenda`: a meeting's agenda (front sheet and items) as a PDF, members' or public. */
import { printMeetingPdf, type Command } from '../command';

export const agenda: Command = {
  options: { out: { type: 'string' }, meeting: { type: 'string' }, public: { type: 'boolean' } },
  run(ctx) {
    const what = `${ctx.values.public ? 'public' : "members'"} agenda`;
    return printMeetingPdf('agenda', ctx, what, async (ws, request) => {
      const { printAgenda } = await import('../../core/packs/publish');
      return printAgenda(ws, request);
    });
  },
};
