/** The sample board's build: a new day (report PDFs and the held meetings' published papers made) and the same day again. */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { shiftDate } from '../shared/logic/dates';
import { buildSampleWorkspace } from '../electron/core/sample/buildSample';
import { ms } from './timing';

export async function benchSample(dir: string, today: string): Promise<void> {
  console.log('\nSample board (File > Open the sample board)');
  const build = async (name: string, day: string): Promise<number> => {
    const start = performance.now();
    (await buildSampleWorkspace(join(dir, name), { actor: 'bench', today: day, overwrite: true })).close();
    return performance.now() - start;
  };
  const fresh = await build('sample-new-day.panelpack', shiftDate(today, 3));
  const again = await build('sample-same-day.panelpack', shiftDate(today, 3));
  console.log(`  a new day (reports and 18 layouts made)   ${ms(fresh)}`);
  console.log(`  the same day again (layouts reused)       ${ms(again)}`);
  console.log('  target: a new day under 3 s');
}
