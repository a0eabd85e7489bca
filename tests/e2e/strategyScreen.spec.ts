/**
 * The Strategy screen: the coverage sentence and grid follow one rule (a principle is a gap when no
 * action at all serves it), and a long strategy can be folded priority by priority or jumped through
 * from its contents list.
 */
import { expect, test } from './fixtures';
import { StrategyPage } from './pages/strategy';
import { openSampleBoard, seedBoard } from './workspaces';

test('coverage: the sentence and the grid say the same thing', async ({ page, bridge }) => {
  // The seeded board's actions serve (a), (b), (e) and (g): (c), (d) and (f) have none.
  await seedBoard(bridge);
  await page.goto('/#/strategy');
  const grid = page.getByRole('table', { name: 'Number of actions by principle and priority' });
  await expect(grid).toBeVisible();
  await expect(page.locator('.coverage-warning')).toHaveText(
    'No actions for these principles: (c) Take their views into account; (d) Access to services; (f) Safety and stability.',
  );
  const gaps = grid.getByRole('row').filter({ hasText: 'no actions at all' });
  await expect(gaps).toHaveCount(3);
  await expect(gaps.getByRole('rowheader')).toHaveText(['(c) Take their views into account', '(d) Access to services', '(f) Safety and stability']);
  // A 0 under one priority is a count, not a gap: (a) is served under priority 1 only.
  const served = grid.getByRole('row', { name: /^\(a\) Best interests/ });
  await expect(served.getByRole('cell')).toHaveText(['1', '0', '1']);
  await expect(grid).not.toContainText('– gap');
});

test('the sample board: every principle is served, and the grid marks no gaps', async ({ page, bridge }) => {
  await openSampleBoard(bridge);
  await page.goto('/#/strategy');
  const grid = page.getByRole('table', { name: 'Number of actions by principle and priority' });
  await expect(grid).toBeVisible();
  await expect(page.getByText('Every principle has at least one action.')).toBeVisible();
  await expect(grid).not.toContainText('gap');
  await expect(grid).not.toContainText('no actions at all');
});

test('priorities fold to their heading, all at once, and the contents list opens the one chosen', async ({ page, bridge }) => {
  await openSampleBoard(bridge);
  const strategy = new StrategyPage(page);
  await page.goto('/#/strategy');
  await expect(strategy.heading).toBeVisible();

  const pageHeight = () => page.evaluate(() => (globalThis as unknown as { document: { documentElement: { scrollHeight: number } } }).document.documentElement.scrollHeight);
  const open = await pageHeight();
  const first = strategy.priority('Being heard');
  const toggle = first.getByRole('button', { name: '1. Being heard' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(first.getByRole('button', { name: 'Add action' })).toBeVisible();
  await toggle.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(first.getByRole('button', { name: 'Add action' })).toBeHidden();
  await expect(first).toContainText('8 actions');

  await page.getByRole('button', { name: 'Fold all priorities' }).click();
  const toggles = strategy.priorityList().locator('button.disclosure');
  await expect(toggles).toHaveCount(5);
  for (const t of await toggles.all()) await expect(t).toHaveAttribute('aria-expanded', 'false');
  // Folded, the whole strategy fits in a few screens: under half its height open (about 8,700 px).
  const folded = await pageHeight();

  const contents = page.getByRole('navigation', { name: 'Go to a priority' });
  await contents.getByRole('link', { name: '4. Raising aspirations' }).click();
  const fourth = strategy.priority('Raising aspirations').getByRole('button', { name: '4. Raising aspirations' });
  await expect(fourth).toHaveAttribute('aria-expanded', 'true');
  await expect(fourth).toBeFocused();
  await expect(fourth).toBeInViewport();
  expect(folded).toBeLessThan(open / 2);

  // Away and back: the cards are as the clerk left them.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Action log' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Action log' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Strategy' }).click();
  await expect(strategy.priority('Being heard').getByRole('button', { name: '1. Being heard' })).toHaveAttribute('aria-expanded', 'false');
  await expect(strategy.priority('Raising aspirations').getByRole('button', { name: '4. Raising aspirations' })).toHaveAttribute('aria-expanded', 'true');
});
