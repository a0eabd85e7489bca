/** `panelpack info`: the council, board, schema version and record counts. */
import { countEntities, workspaceSummary } from '../../core/settings/queries';
import { READS_ONLY, withWorkspace, type Command } from '../command';
import { infoText } from '../format';

export const info: Command = {
  readsOnly: true,
  options: { json: { type: 'boolean' } },
  run: ({ file, values, io }) =>
    withWorkspace(file, (ws) => {
      // The same shape as the app's 'workspace:info'.
      const result = { summary: workspaceSummary(ws), counts: countEntities(ws) };
      io.stdout(values.json ? `${JSON.stringify(result, null, 2)}\n` : infoText(result.summary, result.counts));
      return 0;
    }, READS_ONLY),
};
