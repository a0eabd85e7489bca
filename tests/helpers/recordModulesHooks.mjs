// Loader hooks for recordModules.mjs (they run on Node's loader thread).
import { appendFileSync } from 'node:fs';

export async function load(url, context, nextLoad) {
  if (process.env.PANELPACK_MODULES_LOG) appendFileSync(process.env.PANELPACK_MODULES_LOG, `${url}\n`);
  return nextLoad(url, context);
}
