/**
 * Children's voices and the Pledge tracker on the sample board: a voice record added and answered
 * with the keyboard only, a name of a person in the workspace flagged on save, a promise's status
 * changed, the Pledge report printed through the stubbed Save dialog; axe at 1280 and 320 px,
 * with no sideways scrolling at 320 px. Screens are saved to test-results/screens/.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { openSampleBoard } from './workspaces';

/** The page's width: at 320 px nothing may make it scroll sideways (WCAG 1.4.10). */
const pageWidth = (page: Page): Promise<number> =>
  page.evaluate(() => (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement.scrollWidth);

test('add a voice record with the keyboard, see a name flagged, and answer it', async ({ page, bridge }) => {
  await openSampleBoard(bridge);
  await page.goto('/#/voices');
  await expect(page.getByRole('heading', { level: 1, name: "Children's voices" })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Voice records (12)' })).toBeVisible();

  // Filters: two complaints; the Pledge promise "Your voice" has two records, both answered "We did".
  await page.getByLabel('Where it was heard').selectOption({ label: 'Complaint' });
  await expect(page.getByRole('status').filter({ hasText: 'Showing 2 of 12 voice records.' })).toBeVisible();
  await page.getByLabel('Where it was heard').selectOption({ label: 'Anywhere' });
  await page.getByLabel('Pledge promise').selectOption({ label: 'Your voice' });
  await page.getByLabel('Our answer').selectOption({ label: 'We did' });
  await expect(page.getByRole('status').filter({ hasText: 'Showing 2 of 12 voice records.' })).toBeVisible();
  await page.getByLabel('Our answer').selectOption({ label: 'Not yet, because' });
  await expect(page.getByText('No voice records match.')).toBeVisible();
  await page.getByLabel('Our answer').selectOption({ label: 'Any answer' });
  await page.getByLabel('Pledge promise').selectOption({ label: 'Any promise' });

  const add = page.getByRole('button', { name: 'Add voice record' });
  await add.focus();
  await page.keyboard.press('Enter');
  const source = page.locator('.voice-form').getByLabel('Where it was heard');
  await expect(source).toBeFocused();
  await source.selectOption({ label: 'Advocacy' });
  await page.keyboard.press('Tab');
  await page.keyboard.type('01/11/2026');
  await page.keyboard.press('Tab');
  await page.locator('.voice-form').getByLabel('Age group').selectOption({ label: '13 to 15' });
  await page.keyboard.press('Tab');
  await page.keyboard.type('Pocket money');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Pennycuick said our pocket money would go up, and it has not.');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Check pocket money in every home.');
  await page.getByRole('checkbox', { name: 'Money and your future' }).check();
  await page.getByRole('button', { name: 'Save voice record' }).press('Enter');

  await expect(page.getByRole('heading', { level: 2, name: 'Voice records (13)' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '"You said" names Marigold Pennycuick' })).toBeVisible();
  await expect(add).toBeFocused();
  const record = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Pocket money' }) });
  await expect(record).toContainText('Advocacy, Sunday 1 November 2026. Age group: 13 to 15.');
  await expect(record).toContainText('No answer yet.');

  await record.getByRole('button', { name: 'Edit voice record: Pocket money' }).press('Enter');
  // While it is edited, the record is its form (the one open on the page).
  const form = page.locator('.voice-form');
  await expect(form.getByLabel('Where it was heard')).toBeFocused();
  await form.getByRole('textbox', { name: 'You said' }).fill('A young person said their pocket money was meant to go up, and it has not.');
  await form.getByRole('radio', { name: 'We did' }).check();
  await form.getByRole('textbox', { name: 'We did', exact: true }).fill('Pocket money went up in every home from November.');
  await form.getByLabel('Date of the answer').fill('20/11/2026');
  await form.getByRole('button', { name: 'Save voice record' }).press('Enter');
  await expect(page.getByRole('button', { name: 'Edit voice record: Pocket money' })).toBeFocused();
  await expect(record).toContainText('Pocket money went up in every home from November. (Friday 20 November 2026)');
  await expect(page.getByRole('status').filter({ hasText: 'names Marigold' })).toHaveCount(0);
  await expectAccessible(page, 'voices');
});

test('the Pledge tracker: status in words, change one, print the report', async ({ page, bridge }) => {
  await openSampleBoard(bridge);
  await page.goto('/#/pledge');
  await expect(page.getByRole('heading', { level: 1, name: 'Pledge tracker' })).toBeVisible();
  const home = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2, name: '3. A home where you feel safe' }) });
  await expect(home).toContainText('StatusAt risk');
  await expect(home).toContainText('Its actions suggestAt risk.');
  await expect(home.getByRole('heading', { name: 'Actions (4)' })).toBeVisible();
  await expect(home).toContainText('Red');

  const money = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2, name: '8. Money and your future' }) });
  await expect(money).toContainText('Not started (not judged yet)');
  await money.getByRole('button', { name: 'Change status of Money and your future' }).press('Enter');
  await expect(money.getByRole('radio', { name: 'Not started' })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(money.getByRole('radio', { name: 'At risk' })).toBeChecked();
  await money.getByLabel('Why (optional)').fill('The apprenticeships are behind.');
  await money.getByLabel('Date of this judgement').fill('21/11/2026');
  await money.getByRole('button', { name: 'Save status' }).press('Enter');
  await expect(money).toContainText('At risk (judged Saturday 21 November 2026: The apprenticeships are behind.)');
  await expect(money.getByRole('button', { name: 'Change status of Money and your future' })).toBeFocused();

  await money.getByRole('button', { name: 'Change linked actions of Money and your future' }).press('Enter');
  await expect(money.getByRole('checkbox', { name: /^1\.1 / })).toBeFocused();
  await money.getByRole('checkbox', { name: /^5\.3 Refresh the Local Offer/ }).check();
  await money.getByLabel('Indicator codes (optional)').fill('care_leavers_eet, Not a code');
  await money.getByRole('button', { name: 'Save links' }).press('Enter');
  await expect(money.getByLabel('Indicator codes (optional)')).toHaveAccessibleDescription(/An indicator code is lower-case letters, numbers and _/);
  await money.getByLabel('Indicator codes (optional)').fill('care_leavers_eet');
  await money.getByRole('button', { name: 'Save links' }).press('Enter');
  await expect(money.getByRole('heading', { name: 'Actions (4)' })).toBeVisible();
  await expect(money.getByRole('link', { name: /^5\.3 Refresh the Local Offer/ })).toBeVisible();
  await expect(money.getByRole('button', { name: 'Change linked actions of Money and your future' })).toBeFocused();

  const out = join(bridge.dataDir, 'pledge report.pdf');
  bridge.setFilePickerResponse(out);
  await page.getByRole('button', { name: 'Print the Pledge report' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Saved the Pledge report \(\d+ pages\)/ })).toContainText(out);
  expect(existsSync(out)).toBe(true);
  expect(readFileSync(out).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await expectAccessible(page, 'pledge');
});

test.describe('at 320 CSS px', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const [path, screen, heading] of [
    ['/#/voices', 'reflow-voices', "Children's voices"],
    ['/#/pledge', 'reflow-pledge', 'Pledge tracker'],
  ] as const) {
    test(`${heading} reflows and passes axe`, async ({ page, bridge }) => {
      await openSampleBoard(bridge);
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await expect(page.getByRole('list').first()).toBeVisible();
      if (screen === 'reflow-voices') await page.getByRole('button', { name: 'Add voice record' }).click();
      await page.waitForLoadState('networkidle');
      expect(await pageWidth(page)).toBe(320);
      await expectAccessible(page, screen);
      // The first screenful as a reader sees it (the full page is very tall at this width).
      await page.screenshot({ path: join(import.meta.dirname, '../../test-results/screens', `${screen}-top.png`) });
    });
  }
});
