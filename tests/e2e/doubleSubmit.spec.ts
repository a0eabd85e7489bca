/**
 * The form kit refuses a second submit while the first is saving: two quick presses of "Save
 * update" add one update, not two (issue 8).
 */
import Database from 'better-sqlite3';
import { expect, test, type PageGlobals } from './fixtures';
import { ActionLogPage } from './pages/actionLog';
import { seedBoard } from './workspaces';

test('two quick presses of Save update add one update', async ({ page, bridge }) => {
  const { path, inProgress } = await seedBoard(bridge);
  const text = 'Three new carers approved at panel this month.';
  const log = new ActionLogPage(page);
  await log.goto();
  await log.open(inProgress.title);
  await log.rag.getByRole('radio', { name: 'Amber' }).check();
  await log.updateText.fill(text);
  // Every call to core takes 300 ms from here, as on a slow disk, so the second press lands while
  // the first save is still running.
  await page.evaluate(() => {
    const w = globalThis as unknown as PageGlobals;
    const invoke = w.__panelpackInvoke.bind(w);
    w.__panelpackInvoke = async (channel, input) => {
      await new Promise((r) => setTimeout(r, 300));
      return invoke(channel, input);
    };
  });
  await log.saveUpdate.click();
  await log.saveUpdate.click();
  await expect(log.panel().getByRole('listitem').filter({ hasText: text })).toHaveCount(1);
  // Give a second save every chance to land before counting on disk.
  await page.waitForTimeout(500);
  await expect(log.panel().getByRole('listitem').filter({ hasText: text })).toHaveCount(1);
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const rows = db.prepare('SELECT text FROM action_updates WHERE action_id = ?').all(inProgress.id);
    expect(rows).toEqual([{ text }]);
  } finally {
    db.close();
  }
});
