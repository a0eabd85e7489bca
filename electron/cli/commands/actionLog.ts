/** `panelpack action-log`: the action log printed as a PDF. */
import { resolve } from 'node:path';
import { filterOf, pagesWord, requireOut, withWorkspace, type Command } from '../command';

export const actionLog: Command = {
  options: { out: { type: 'string' }, overdue: { type: 'boolean' }, stale: { type: 'boolean' } },
  run({ file, values, io, today }) {
    const out = resolve(io.cwd, requireOut(values, 'action-log'));
    return withWorkspace(file, async (ws) => {
      // The PDF code (pdfmake, fonts) is imported by the commands that print only.
      const { printActionLog } = await import('../../core/packs/printActionLog');
      const result = await printActionLog(ws, { filter: filterOf(values), today, out });
      io.stdout(`Wrote the action log (${pagesWord(result.pages)}): ${result.path}\n`);
      return 0;
    });
  },
};
