/**
 * Evidence files in the action log's panel (issue 10), by keyboard: the sample's file shown with
 * "Public" in words; "Add an evidence file" for an update, a Word document refused in plain words
 * with nothing added, then a real PDF added (members only by default); Edit makes it public and
 * renames it; Remove asks first. axe at 1280 px (panel beside the log) and 320 px (drawer).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { docx, realPdf } from '../helpers/pdfFixtures';
import { expectAccessible } from './axe';
import { expect, saveScreen, test } from './fixtures';
import { ActionLogPage } from './pages/actionLog';
import { openSampleBoard } from './workspaces';

const TITLE = 'Run the Bright Spots surveys every two years and report the results to the board';

test('add, refuse, make public and remove an evidence file by keyboard; accessible at 1280 and 320 px', async ({ page, bridge }) => {
  await openSampleBoard(bridge);
  const log = new ActionLogPage(page);
  await log.goto();
  await log.search.fill('Bright Spots surveys');
  await log.open(TITLE);
  const panel = log.panel();
  const files = panel.getByRole('list', { name: 'Evidence files' });
  await expect(files.getByRole('listitem')).toHaveCount(1);
  await expect(files.getByRole('listitem').first()).toContainText('Bright Spots survey: summary of results');
  await expect(files.getByRole('listitem').first()).toContainText('Public');

  // Add: the form opens with focus on its first field; a Word document is refused, nothing added.
  const add = panel.getByRole('button', { name: 'Add an evidence file' });
  await add.focus();
  await page.keyboard.press('Enter');
  const evidenceFor = panel.getByLabel('Evidence for');
  await expect(evidenceFor).toBeFocused();
  const options = await evidenceFor.locator('option').allTextContents();
  expect(options[0]).toBe('The action as a whole');
  await evidenceFor.selectOption({ label: options[1] ?? '' });
  await page.keyboard.press('Tab');
  await page.keyboard.type('Survey results for councillors');
  const word = join(bridge.dataDir, 'Survey results.docx');
  writeFileSync(word, docx());
  bridge.setFilePickerResponse(word);
  await panel.getByRole('button', { name: 'Choose a PDF and add it' }).focus();
  await page.keyboard.press('Enter');
  const summary = panel.locator('.error-summary, [role="alert"]').filter({ hasText: 'Survey results.docx is a Word document' });
  await expect(summary.first()).toBeVisible();
  await expect(files.getByRole('listitem')).toHaveCount(1);
  await saveScreen(page, 'evidence-files-refused-1280');

  // A real PDF: added, members only by default, announced.
  const pdf = join(bridge.dataDir, 'Survey results.pdf');
  writeFileSync(pdf, await realPdf(2, 'Survey results'));
  bridge.setFilePickerResponse(pdf);
  await panel.getByRole('button', { name: 'Choose a PDF and add it' }).focus();
  await page.keyboard.press('Enter');
  await expect(files.getByRole('listitem')).toHaveCount(2);
  const added = files.getByRole('listitem').filter({ hasText: 'Survey results for councillors' });
  await expect(added).toContainText('Members only');
  await expect(added).toContainText('PDF, 2 pages. For the update of');
  await expect(page.getByText('Survey results for councillors added: 2 pages, members only.')).toBeAttached();
  await expect(add).toBeFocused();
  await panel.getByRole('heading', { name: 'Evidence files' }).scrollIntoViewIfNeeded();
  await expectAccessible(page, 'evidence-files-1280');

  // Edit by keyboard: rename and tick "May appear in the public evidence pack".
  await added.getByRole('button', { name: /^Edit/ }).focus();
  await page.keyboard.press('Enter');
  const title = panel.getByLabel('Title', { exact: true });
  await expect(title).toBeFocused();
  await title.fill('Bright Spots results for councillors');
  await page.keyboard.press('Tab');
  await expect(panel.getByRole('checkbox', { name: 'May appear in the public evidence pack' })).toBeFocused();
  await page.keyboard.press('Space');
  await panel.getByRole('button', { name: 'Save file details' }).focus();
  await page.keyboard.press('Enter');
  const renamed = files.getByRole('listitem').filter({ hasText: 'Bright Spots results for councillors' });
  await expect(renamed).toContainText('Public');

  // Remove asks first, then the file is gone.
  await renamed.getByRole('button', { name: /^Remove/ }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Yes, remove Bright Spots results for councillors' }).press('Enter');
  await expect(files.getByRole('listitem')).toHaveCount(1);
  await expect(panel.getByRole('heading', { name: 'Evidence files' })).toBeFocused();

  // 320 px: the panel is a drawer; the list still reads and nothing scrolls sideways.
  await page.setViewportSize({ width: 320, height: 900 });
  await panel.getByRole('heading', { name: 'Evidence files' }).scrollIntoViewIfNeeded();
  const fits = await panel.evaluate((el) => {
    const box = el as unknown as { scrollWidth: number; clientWidth: number };
    return box.scrollWidth <= box.clientWidth + 1;
  });
  expect(fits).toBe(true);
  await panel.getByRole('button', { name: 'Add an evidence file' }).click();
  await expectAccessible(page, 'evidence-files-320');
});
