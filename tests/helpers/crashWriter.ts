/**
 * Run as a child process by tests/core/walCrash.test.ts: opens the workspace given as its argument
 * and commits one new person after another, writing "ok <n>" to stdout after each commit returns,
 * until it is killed. Plain tsx, no vitest.
 */
import { writeSync } from 'node:fs';
import { createPerson } from '../../electron/core/people/mutations';
import { Workspace } from '../../electron/core/workspace';

const ws = Workspace.open(process.argv[2] ?? '', { actor: 'crash test' });
writeSync(1, 'open\n');
for (let i = 0; ; i++) {
  createPerson(ws, { name: `Acknowledged ${i}`, kind: 'officer', roleTitle: 'x'.repeat(100 + (i % 50)) });
  writeSync(1, `ok ${i}\n`);
}
