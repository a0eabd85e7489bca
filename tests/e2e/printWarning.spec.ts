/**
 * A title with characters no PDF font has: the form says so under the field as it is typed, in
 * the words core returns on save, and the action is saved as typed. Emoji print, so no warning.
 */
import { expect, saveScreen, test } from './fixtures';
import { StrategyPage } from './pages/strategy';
import { createWorkspace } from './workspaces';

test('the action form warns about characters a PDF cannot print, and saves the title as typed', async ({ page, bridge }) => {
  await createWorkspace(bridge);
  await page.goto('/#/strategy');
  const strategy = new StrategyPage(page);
  await expect(strategy.heading).toBeVisible();
  await strategy.setUpStrategy('Our promise 2026 to 2029', '01/04/2026', '31/03/2029');
  await strategy.addPriority('Stable homes');

  const card = strategy.priority('Stable homes');
  await card.getByRole('button', { name: 'Add action' }).click();
  const form = card.locator('form.action-form');
  const title = form.getByLabel('Action', { exact: true });
  const warning = form.locator('.print-warning');

  await title.fill('Fostering 🦊 update 🇬🇧 and café');
  await expect(warning).toHaveText('');
  await title.fill('Visit 李 and ✓');
  await expect(warning).toHaveText('In the action, 李 and ✓ cannot be printed in PDFs; they will show as \uFFFD.');
  await saveScreen(page, 'action-form-print-warning');
  await form.getByRole('button', { name: 'Save action' }).click();
  await expect(card.getByRole('link', { name: 'Visit 李 and ✓' })).toBeVisible();
});
