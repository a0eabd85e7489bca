/** `panelpack meetings`: meetings from today on (or all), each with its publication deadline. */
import { listMeetings } from '../../core/meetings/queries';
import { READS_ONLY, withWorkspace, type Command } from '../command';
import { meetingsText } from '../format';

export const meetings: Command = {
  readsOnly: true,
  options: { json: { type: 'boolean' }, all: { type: 'boolean' } },
  run: ({ file, values, io, today }) =>
    withWorkspace(file, (ws) => {
      const all = values.all === true;
      const list = listMeetings(ws, all ? {} : { from: today }, today);
      io.stdout(values.json ? `${JSON.stringify({ today, meetings: list }, null, 2)}\n` : meetingsText(list, today, all));
      return 0;
    }, READS_ONLY),
};
