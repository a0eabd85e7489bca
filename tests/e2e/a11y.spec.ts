/**
 * axe on every screen (WCAG 2.0/2.1 A and AA, and 2.2 AA): no serious or critical violations.
 * Each screen is also saved to test-results/screens/ for people to look at.
 */
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { ActionLogPage } from './pages/actionLog';
import { WelcomePage } from './pages/welcome';
import { seedBoard } from './workspaces';

test('Welcome', async ({ page }) => {
  const welcome = new WelcomePage(page);
  await welcome.goto();
  await expect(welcome.openSample).toBeVisible();
  await expectAccessible(page, 'welcome');
});

test.describe('with a workspace open', () => {
  test.beforeEach(async ({ bridge }) => {
    await seedBoard(bridge);
  });

  test('Home', async ({ page }) => {
    await page.goto('/#/');
    await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
    await expectAccessible(page, 'home');
  });

  test('Strategy', async ({ page }) => {
    await page.goto('/#/strategy');
    await expect(page.getByRole('heading', { level: 1, name: 'Strategy' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Stable homes' })).toBeVisible();
    await expectAccessible(page, 'strategy');
  });

  test('Action log with the side panel open', async ({ page }) => {
    const log = new ActionLogPage(page);
    await log.goto();
    await expect(log.rows()).toHaveCount(3);
    await log.open('Publish the Local Offer for care leavers');
    await expect(log.panel().getByText('Published on the council website')).toBeVisible();
    await expectAccessible(page, 'action-log-panel');
  });

  test('Settings', async ({ page }) => {
    await page.goto('/#/settings');
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    await expectAccessible(page, 'settings');
  });
});
