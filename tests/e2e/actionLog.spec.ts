/**
 * The clerk's core loop, through the real UI and the real core over a temp SQLite file: a
 * priority and actions on the Strategy screen, an update in the action log, the overdue filter,
 * and everything still there after a reload.
 */
import Database from 'better-sqlite3';
import { localToday, numericDate, shiftDate, shortDate } from '../../shared/logic/dates';
import { expect, saveScreen, test } from './fixtures';
import { ActionLogPage } from './pages/actionLog';
import { AppShell } from './pages/shell';
import { StrategyPage } from './pages/strategy';
import { createWorkspace } from './workspaces';

test('create a priority and actions, add an update, filter to overdue, and find it all after a reload', async ({ page, bridge }) => {
  const { path } = await createWorkspace(bridge);
  const today = localToday();
  const late = { title: 'Review every placement move each quarter', due: shiftDate(today, -10) };
  const onTime = { title: 'Publish the Local Offer for care leavers', due: shiftDate(today, 60) };
  const updateText = 'Two moves this quarter; the review panel met and agreed a plan.';

  await page.goto('/#/strategy');
  const strategy = new StrategyPage(page);
  await expect(strategy.heading).toBeVisible();
  await strategy.setUpStrategy('Our promise to children in care 2026 to 2029', '01/04/2026', '31/03/2029');
  await strategy.addPriority('Stable homes');
  await strategy.addAction('Stable homes', { title: late.title, dueDate: numericDate(late.due) });
  await strategy.addAction('Stable homes', { title: onTime.title, dueDate: numericDate(onTime.due) });
  await saveScreen(page, 'strategy-new-workspace');

  const shell = new AppShell(page);
  await shell.goTo('Action log');
  const log = new ActionLogPage(page);
  await expect(log.rows()).toHaveCount(2);
  await expect(log.row(late.title)).toContainText(shortDate(late.due));

  await log.open(late.title);
  // The date of an update defaults to today, written the UK way.
  await expect(log.updateDate).toHaveValue(numericDate(today));
  await log.addUpdate('Red', updateText);
  await expect(log.row(late.title)).toContainText('Red');

  await log.overdueOnly.check();
  await expect(log.rows()).toHaveCount(1);
  await expect(log.row(late.title)).toBeVisible();
  await expect(log.row(onTime.title)).toHaveCount(0);
  await saveScreen(page, 'action-log-overdue');

  await page.reload();
  await expect(log.heading).toBeVisible();
  await log.overdueOnly.check();
  await expect(log.rows()).toHaveCount(1);
  await expect(log.row(late.title)).toContainText('Red');
  await expect(log.panel().getByText(updateText)).toBeVisible();
  await log.clearFilters.click();
  await expect(log.rows()).toHaveCount(2);

  // And on disk, read by a second connection: one update, Red, today's date, by the acting clerk.
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const rows = db.prepare('SELECT update_date AS date, rag, text, updated_by AS actor FROM action_updates').all();
    expect(rows).toEqual([{ date: today, rag: 'red', text: updateText, actor: 'E2E clerk' }]);
  } finally {
    db.close();
  }
});
