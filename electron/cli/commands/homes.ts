/** `panelpack homes`: the children's homes, with their visits against what is expected. */
import { listHomes } from '../../core/homes/queries';
import { HOME_OWNERSHIP_LABELS } from '../../../shared/model/visits';
import { READS_ONLY, withWorkspace, type Command } from '../command';
import { alignColumns } from '../format';

export const homes: Command = {
  readsOnly: true,
  options: { json: { type: 'boolean' } },
  run: ({ file, values, io, today }) =>
    withWorkspace(file, (ws) => {
      const list = listHomes(ws, today);
      if (values.json) {
        io.stdout(`${JSON.stringify(list, null, 2)}\n`);
        return 0;
      }
      if (list.length === 0) {
        io.stdout('No homes yet.\n');
        return 0;
      }
      const rows = [
        ['Home', 'Provider', 'Ofsted URN', 'Kind', 'Member visits (12 months)', 'Last visit'],
        ...list.map((h) => [h.name, h.provider, h.ofstedUrn, HOME_OWNERSHIP_LABELS[h.ownership], `${h.memberVisitsLast12Months} of ${h.memberVisitsPerYear}`, h.lastVisitDate ?? 'none']),
      ];
      io.stdout(`${alignColumns(rows)}\n`);
      return 0;
    }, READS_ONLY),
};
