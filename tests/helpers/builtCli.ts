/**
 * Whether out/main/cli.js was built from the sources as they are now: tests that spawn the built
 * bundle skip (saying why) when any file under electron/ or shared/ (code or a migration's SQL) is
 * newer than the bundle, so a stale build is never tested as if it were current.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newestIn(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestIn(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export function builtCli(root: string): { built: string; fresh: boolean; why: string } {
  const built = join(root, 'out/main/cli.js');
  if (!existsSync(built)) return { built, fresh: false, why: 'out/main/cli.js is not built; run npm run build' };
  const sources = Math.max(newestIn(join(root, 'electron')), newestIn(join(root, 'shared')));
  const fresh = sources <= statSync(built).mtimeMs;
  return { built, fresh, why: fresh ? '' : 'out/main/cli.js is older than the sources; run npm run build' };
}
