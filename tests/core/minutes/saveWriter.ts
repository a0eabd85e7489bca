/**
 * Run as a child process by tests/core/minutes/kill.test.ts: opens the workspace through the core
 * API (as the app does) and saves minute fields one after another through the contract, writing
 * "ok <n>" to stdout after each save is acknowledged, until it is killed. Plain tsx, no vitest.
 */
import { writeSync } from 'node:fs';
import { apiOpening } from '../../helpers/host';

const [path, dir, itemsArg] = process.argv.slice(2);
const items = (itemsArg ?? '').split(',');
const api = apiOpening(path ?? '', { dir: dir ?? '', actor: 'kill test' });

async function main(): Promise<void> {
  const opened = await api.dispatch('workspace:open', {});
  if (!opened.ok) throw new Error(opened.error.message);
  writeSync(1, 'open\n');
  for (let i = 0; ; i++) {
    const itemId = items[i % items.length];
    // Each save is a new version of one item's text (as typing does), so only the latest per item survives: the test checks the latest acknowledged.
    const r = await api.dispatch('minutes:saveItem', { itemId, patch: { text: `Acknowledged save ${i}. ${'The Board discussed the report at length. '.repeat(1 + (i % 20))}` } });
    if (!r.ok) throw new Error(r.error.message);
    writeSync(1, `ok ${i}\n`);
  }
}
void main();
