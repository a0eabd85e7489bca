/** One CLI command in a child process for ./run.ts (so a hang can be killed): replies with exit code, output and memory. */
import { run } from '../../electron/cli/run';
import { localToday } from '../../shared/logic/dates';

process.on('message', (args: string[]) => {
  let out = '';
  let err = '';
  const t0 = performance.now();
  void run(args, { stdout: (s) => (out += s), stderr: (s) => (err += s), cwd: process.cwd(), today: () => localToday() })
    .catch((e: unknown) => {
      err += `crash: ${String(e)}`;
      return 99;
    })
    .then((code) => process.send?.({ code, out, err, ms: performance.now() - t0, rss: process.memoryUsage().rss }));
});
process.send?.({ ready: true });
