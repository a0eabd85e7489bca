/** Crash tests: a writer script run as a child process (plain tsx), killed with SIGKILL mid-write. */
import { spawn } from 'node:child_process';

/**
 * Starts `script` with `args` and kills it (SIGKILL) once it has written `acks` lines "ok <n>"
 * (each after a commit returned); resolves with the last acknowledged number.
 */
export function killAfterAcks(script: string, args: string[], acks: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let last = -1;
    let buffered = '';
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      buffered += d.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        const m = /^ok (\d+)$/.exec(line);
        if (m) last = Number(m[1]);
      }
      if (last + 1 >= acks && child.exitCode === null && !child.killed) child.kill('SIGKILL');
    });
    child.on('exit', (code, signal) => (signal === 'SIGKILL' ? resolve(last) : reject(new Error(`the writer stopped by itself (${code}): ${stderr}`))));
  });
}
