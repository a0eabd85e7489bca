/**
 * The main-process log: one plain text file in the user-data folder (logs/main.log), also echoed
 * to the console. Unexpected errors are written here with their stacks; the renderer only ever
 * sees a plain message and a code.
 */
import { appendFileSync, existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';

const MAX_BYTES = 1_000_000;

export type LogFn = (err: unknown, context: string) => void;

export function fileLog(dir: string): { file: string; log: LogFn; info(message: string): void } {
  const file = join(dir, 'main.log');
  const write = (line: string): void => {
    try {
      mkdirSync(dir, { recursive: true });
      // Keep one previous file so the log never grows without bound.
      if (existsSync(file) && statSync(file).size > MAX_BYTES) renameSync(file, join(dir, 'main.old.log'));
      appendFileSync(file, line);
    } catch (writeErr) {
      console.error('PanelPack could not write its log file:', writeErr);
    }
  };
  return {
    file,
    log(err, context) {
      const detail = err instanceof Error ? (err.stack ?? `${err.name}: ${err.message}`) : String(err);
      console.error(`[${context}]`, detail);
      write(`${new Date().toISOString()} ERROR [${context}] ${detail}\n`);
    },
    info(message) {
      console.log(message);
      write(`${new Date().toISOString()} INFO ${message}\n`);
    },
  };
}
