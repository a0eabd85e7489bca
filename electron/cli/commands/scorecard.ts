/** `panelpack scorecard`: the scorecard as a PDF, the members' version or (--public) with small numbers hidden. */
import { resolve } from 'node:path';
import { pagesWord, requireOut, withWorkspace, type Command } from '../command';

export const scorecard: Command = {
  options: { out: { type: 'string' }, public: { type: 'boolean' } },
  run({ file, values, io, today }) {
    const out = resolve(io.cwd, requireOut(values, 'scorecard'));
    return withWorkspace(file, async (ws) => {
      // The PDF code (pdfmake, fonts, vega) is imported by the commands that print only.
      const { printScorecard } = await import('../../core/indicators/printScorecard');
      const result = await printScorecard(ws, { audience: values.public ? 'public' : 'members', today, out });
      io.stdout(`Wrote the ${values.public ? 'public ' : ''}scorecard (${pagesWord(result.pages)}): ${result.path}\n`);
      return 0;
    });
  },
};
