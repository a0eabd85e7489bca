/**
 * Runs jobs one at a time in a forked child process (under tsx), with a time limit per job: a
 * job that hangs or crashes the child is killed, counted, and the child started again. Tracks
 * the child's peak resident memory from what it reports after each job.
 */
import { fork, type ChildProcess } from 'node:child_process';

export interface JobResult<R> {
  result?: R;
  /** 'hang' when the time limit passed, 'crash' when the child died. */
  failure?: 'hang' | 'crash';
  ms: number;
}

export class ChildPool<J, R extends { rss?: number }> {
  private child: ChildProcess | null = null;
  peakRss = 0;

  constructor(
    private readonly script: string,
    private readonly timeoutMs: number,
    private readonly env: NodeJS.ProcessEnv = process.env,
  ) {}

  private start(): Promise<ChildProcess> {
    return new Promise((resolve, reject) => {
      const child = fork(this.script, [], { execArgv: ['--import', 'tsx'], env: this.env, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
      child.once('message', () => resolve(child));
      child.once('error', reject);
    });
  }

  async run(job: J): Promise<JobResult<R>> {
    this.child ??= await this.start();
    const child = this.child;
    const t0 = performance.now();
    return new Promise((resolve) => {
      const done = (r: JobResult<R>): void => {
        clearTimeout(timer);
        child.off('message', onMessage);
        child.off('exit', onExit);
        resolve(r);
      };
      const onMessage = (m: R): void => {
        if (m.rss) this.peakRss = Math.max(this.peakRss, m.rss);
        done({ result: m, ms: performance.now() - t0 });
      };
      const onExit = (): void => {
        this.child = null;
        done({ failure: 'crash', ms: performance.now() - t0 });
      };
      const timer = setTimeout(() => {
        child.off('exit', onExit);
        child.kill('SIGKILL');
        this.child = null;
        done({ failure: 'hang', ms: performance.now() - t0 });
      }, this.timeoutMs);
      child.on('message', onMessage);
      child.once('exit', onExit);
      child.send(job as object);
    });
  }

  stop(): void {
    this.child?.kill();
    this.child = null;
  }
}

/** The p-th percentile (0-100) of some numbers. */
export function percentile(xs: number[], p: number): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? 0;
}
