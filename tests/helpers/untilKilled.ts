/**
 * Runs a tsx script as a child process that writes "ok <n>" to stdout after each acknowledged
 * commit, and kills it with SIGKILL once it has acknowledged `acks`; resolves with the last
 * acknowledged number (the crash tests: tests/core/walCrash.test.ts, tests/core/minutes/kill.test.ts).
 */
import { spawn } from 'node:child_process';

export function runUntilKilled(script: string, args: readonly string[], acks: number): Promise<number> {
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
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(last);
      else reject(new Error(`the writer stopped by itself (${code}): ${stderr}`));
    });
  });
}
