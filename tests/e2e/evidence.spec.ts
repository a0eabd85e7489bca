/**
 * The Evidence pack screen (issue 10), by keyboard: choose a principle and the public version,
 * Build; the file chosen in the (bridged) dialog is a PDF; Cancel saves nothing; a period that ends
 * before it begins is refused in plain words by the field. axe at 1280 and 320 px, and nothing
 * scrolls sideways at 320 px.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectAccessible } from './axe';
import { expect, saveScreen, test } from './fixtures';
import { openSampleBoard } from './workspaces';

test('build a public evidence pack for a principle, by keyboard; a bad period refused; accessible at 1280 and 320 px', async ({ page, bridge }) => {
  await openSampleBoard(bridge);
  await page.goto('/#/evidence');
  await expect(page.getByRole('heading', { level: 1, name: 'Evidence pack' })).toBeVisible();
  await expectAccessible(page, 'evidence-1280');

  // By keyboard: the principle radio, the principle (f), the public version, Build.
  await page.getByRole('radio', { name: 'A corporate parenting principle' }).focus();
  await page.keyboard.press('Space');
  await page.getByLabel('Principle', { exact: true }).focus();
  await page.getByLabel('Principle', { exact: true }).selectOption('f');
  await page.getByRole('radio', { name: /^Public version/ }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('radio', { name: /^Public version/ })).toBeChecked();
  const out = join(bridge.dataDir, 'evidence public.pdf');
  bridge.setFilePickerResponse(out);
  await page.getByRole('button', { name: 'Build the evidence pack' }).focus();
  await page.keyboard.press('Enter');
  const status = page.getByRole('status').filter({ hasText: 'Saved the evidence pack' });
  await expect(status).toContainText(out, { timeout: 60_000 });
  const bytes = readFileSync(out);
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  expect(bytes.includes('SENTINEL-PART-II')).toBe(false);
  await saveScreen(page, 'evidence-built-1280');

  bridge.setFilePickerResponse(null);
  await page.getByRole('button', { name: 'Build the evidence pack' }).click();
  await expect(page.locator('.evidence-status')).toHaveText('Building cancelled. Nothing was saved.');

  // A period that ends before it begins: the field's message, nothing asked.
  await page.getByRole('radio', { name: 'A period (from and to dates)' }).check();
  await page.getByRole('textbox', { name: 'From' }).fill('31/12/2026');
  await page.getByRole('textbox', { name: 'To' }).fill('1/12/2026');
  await page.getByRole('button', { name: 'Build the evidence pack' }).click();
  await expect(page.locator('.field-error').first()).toContainText('The period must end on or after the day it begins.');

  await page.setViewportSize({ width: 320, height: 900 });
  const fits = await page.locator('html').evaluate((el) => {
    const root = el as unknown as { scrollWidth: number; clientWidth: number };
    return root.scrollWidth <= root.clientWidth;
  });
  expect(fits).toBe(true);
  await expectAccessible(page, 'evidence-320');
});
