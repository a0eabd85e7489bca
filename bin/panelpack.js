#!/usr/bin/env node
// Launcher for the `panelpack` command. The command itself is TypeScript bundled by electron-vite
// into out/main/cli.js (the 'cli' input in electron.vite.config.ts); this file only finds it, so
// `npm link` or `npx panelpack` works without a TypeScript loader at run time.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const cli = fileURLToPath(new URL('../out/main/cli.js', import.meta.url));

if (existsSync(cli)) {
  await import(pathToFileURL(cli).href);
} else {
  process.stderr.write('panelpack: the command line has not been built. Run npm run build first.\n');
  process.exitCode = 1;
}
