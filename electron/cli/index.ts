/**
 * Entry point of the `panelpack` command (built to out/main/cli.js; bin/panelpack.js launches it).
 * All the work is in run.ts; this file only binds it to the real process.
 */
import { run } from './run';

// `panelpack actions … | head` closes the pipe early; that is the reader's choice, not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

run(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  cwd: process.cwd(),
  debug: process.env.PANELPACK_DEBUG === '1',
  env: process.env,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    // run() reports every error itself; reaching here is a bug in the command line.
    process.stderr.write(`panelpack: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
