// `node --import ./tests/helpers/recordModules.mjs …` appends every module the process loads (ES
// modules through a loader hook, CommonJS from require.cache at exit) to the file named by
// PANELPACK_MODULES_LOG, one URL or path a line. Used by tests/cli/lazyLoad.test.ts.
import { appendFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';

const log = process.env.PANELPACK_MODULES_LOG;
if (log) {
  register('./recordModulesHooks.mjs', import.meta.url);
  const require = createRequire(import.meta.url);
  process.on('exit', () => appendFileSync(log, Object.keys(require.cache).join('\n') + '\n'));
}
