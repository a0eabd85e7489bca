/**
 * Run as a child process by tests/core/visits/saveCrash.test.ts: opens the workspace given as its
 * argument and saves the visit report's fields one after another, as the form's autosave does,
 * writing "ok <n>" to stdout after each save returns, until it is killed. Plain tsx, no vitest.
 */
import { writeSync } from 'node:fs';
import { saveVisitField } from '../../electron/core/visits/mutations';
import { Workspace } from '../../electron/core/workspace';

const ws = Workspace.open(process.argv[2] ?? '', { actor: 'crash test' });
const id = process.argv[3] ?? '';
writeSync(1, 'open\n');
for (let i = 0; ; i++) {
  // Alternate between the free-text fields the member types into, each save a new value.
  const field = (['opinionText', 'summary', 'visitors'] as const)[i % 3]!;
  saveVisitField(ws, { id, field, value: `Saved ${i} ${'x'.repeat(i % 40)}` });
  writeSync(1, `ok ${i}\n`);
}
