/** `panelpack actions`: the action log as a table, JSON or CSV. */
import { allMatchingActions } from '../../core/actions/queries';
import { filterOf, READS_ONLY, withWorkspace, type Command } from '../command';
import { actionsCsv, actionsTable } from '../format';
import { UsageError } from '../usageError';

export const actions: Command = {
  readsOnly: true,
  options: { overdue: { type: 'boolean' }, stale: { type: 'boolean' }, format: { type: 'string', default: 'table' } },
  run({ file, values, io, today }) {
    const format = values.format;
    if (format !== 'table' && format !== 'json' && format !== 'csv') {
      throw new UsageError(`--format must be table, json or csv (not "${String(format)}").`);
    }
    return withWorkspace(file, (ws) => {
      const filter = filterOf(values);
      const rows = allMatchingActions(ws, filter, today);
      if (format === 'json') io.stdout(`${JSON.stringify({ today, filter, total: rows.length, actions: rows }, null, 2)}\n`);
      else if (format === 'csv') io.stdout(actionsCsv(rows));
      else io.stdout(actionsTable(rows, today, Object.keys(filter).length > 0));
      return 0;
    }, READS_ONLY);
  },
};
