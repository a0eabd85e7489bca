/**
 * Visits on the sample board, through the bridge (real core): a visit report written with the
 * keyboard only and saved as typed; the identity check flags a child's name in the anonymised
 * summary, the member fixes it (and dismisses a flag that is not identifying), marks it ready;
 * after a reload everything is there. axe at 1280 and 320 px, with no sideways scrolling at 320 px;
 * screens at 1280, 1024 and 320 px in test-results/screens/.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expectAccessible } from './axe';
import { expect, saveScreen, test } from './fixtures';
import { openSampleBoard } from './workspaces';

const pageWidth = (page: Page): Promise<number> =>
  page.evaluate(() => (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement.scrollWidth);

/** Replaces a focused text box's contents by typing, as a keyboard user does. */
async function retype(page: Page, text: string): Promise<void> {
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(text);
}

/** Within a second of typing, the form says "Saved". */
const saved = (status: Locator) => expect(status).toHaveText('Saved', { timeout: 1500 });

test('write a visit report by keyboard, fix what the identity check flags, mark it ready', async ({ page, bridge }) => {
  await openSampleBoard(bridge);
  // Home says what needs attention and leads to Visits.
  await page.goto('/#/');
  const due = page.getByRole('region', { name: "Visits to children's homes" });
  await expect(due).toContainText('3 rota visits overdue; 1 report not finished.');
  await expect(due).toContainText('Beacon View: Ifeoma Castellane, due in April 2026');
  await due.getByRole('link', { name: 'Go to Visits' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Visits' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Wendale Farm: Ifeoma Castellane, due in July 2026, no report' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Visit reports (6)' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Homes (4)' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Needs attention' })).toBeVisible();
  await expectAccessible(page, 'visits-1280');

  await page.getByRole('button', { name: 'New visit report' }).focus();
  await page.keyboard.press('Enter');
  const home = page.getByLabel('Home visited');
  await expect(home).toBeFocused();
  // The home by keyboard: the list starts at the first home; the arrow keys move through it, and
  // typing a name's first letters jumps to it.
  await expect(home.locator('option:checked')).toHaveText('Beacon View');
  await page.keyboard.press('ArrowDown');
  await expect(home.locator('option:checked')).toHaveText('Hollins Moor House');
  await page.keyboard.type('Wen');
  await expect(home.locator('option:checked')).toHaveText('Wendale Farm');
  await page.keyboard.press('Tab');
  await retype(page, '03/12/2026');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: 'Member rota visit' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: 'Visit report: Wendale Farm, Thursday 3 December 2026' })).toBeVisible();
  const report = page.locator('.visit-report-form');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Visits' })).toHaveAttribute('aria-current', 'page');
  const reportStatus = report.locator('.save-status');
  await expect(reportStatus).toHaveAttribute('role', 'status');
  await report.getByLabel('Date of the visit').focus();
  await page.keyboard.press('Tab');
  await expect(report.getByRole('radio', { name: 'Announced', exact: true })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(report.getByRole('radio', { name: 'Unannounced' })).toBeChecked();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(report.getByRole('textbox', { name: 'Visitors' })).toBeFocused();
  // The radio's change is saved; typing then says "Saving…" until what was typed is saved too.
  await saved(reportStatus);
  await page.keyboard.type('Councillor Ruth Okafor');
  await expect(reportStatus).toHaveText('Saving…');
  await saved(reportStatus);

  await page.keyboard.press('Tab');
  await expect(report.getByRole('textbox', { name: 'Children', exact: true })).toBeFocused();
  await retype(page, '2');
  await page.keyboard.press('Tab');
  await retype(page, '3');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await retype(page, 'two');
  await expect(report.getByRole('textbox', { name: 'Professionals', exact: true })).toHaveAccessibleDescription(/Enter a number of people|whole number/, { timeout: 1500 });
  await retype(page, '1');
  await page.keyboard.press('Tab');
  await expect(report.getByRole('checkbox', { name: 'Daily log' })).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(report.getByRole('checkbox', { name: 'Sanctions' })).toBeChecked();
  await saved(reportStatus);

  await report.getByLabel('Protection of children').focus();
  await page.keyboard.type('Jack was missing overnight once; staff followed the missing protocol and the return interview was done the next day.');
  await report.getByRole('group', { name: 'Are children effectively safeguarded?' }).getByRole('radio', { name: 'Yes', exact: true }).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await expect(report.getByRole('group', { name: "Does the home's conduct promote children's well-being?" }).getByRole('radio', { name: 'Yes', exact: true })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(report.getByRole('radio', { name: 'Yes, with concerns' }).nth(1)).toBeChecked();
  await page.keyboard.press('Tab');
  await page.keyboard.type('Children are safe; staffing at weekends is thin, so activities are often cancelled.');
  await saved(reportStatus);
  // The home's recommendation from the September visit, carried to this report for its progress.
  const earlier = report.getByRole('group', { name: 'Progress on earlier recommendations' }).getByRole('textbox');
  await expect(earlier).toHaveCount(1);
  await expect(earlier).toHaveAccessibleName(/^Progress on: .+\(Friday 11 September 2026/);
  await page.keyboard.press('Tab');
  await expect(earlier).toBeFocused();
  await page.keyboard.type('Partly done: the rota is agreed, recruitment is under way.');
  await saved(reportStatus);

  // A recommendation with its timescale: typed, then Enter.
  await page.getByLabel('New recommendation').focus();
  await page.keyboard.type('Recruit a second waking night worker for weekends.');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Timescale (optional)')).toBeFocused();
  await page.keyboard.type('31/01/2027');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Recommendations (1)' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Recruit a second waking night worker' })).toContainText('by Sunday 31 January 2027');
  await expect(page.getByLabel('New recommendation')).toBeFocused();
  await page.getByRole('button', { name: 'Change recommendation: Recruit a second waking night worker for weekends.' }).press('Enter');
  await expect(page.getByRole('textbox', { name: 'Recommendation', exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await retype(page, '28/02/2027');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('listitem').filter({ hasText: 'Recruit a second waking night worker' })).toContainText('by Sunday 28 February 2027');
  await expect(page.getByRole('button', { name: 'Change recommendation: Recruit a second waking night worker for weekends.' })).toBeFocused();

  // The summary for the board: a child's name and a school are flagged.
  const summary = page.locator('.visit-summary');
  await summary.getByLabel('Anonymised summary').focus();
  await page.keyboard.type('Jack told us he feels safe and likes Hillside Academy. Staff know the children well.');
  await saved(summary.locator('.save-status'));
  const flags = summary.locator('.identity-flags');
  await expect(flags.getByRole('listitem').filter({ hasText: '"Jack"' })).toContainText('Replace with initials');
  await expect(flags.getByRole('listitem').filter({ hasText: '"Hillside Academy"' })).toContainText('their school');
  await summary.getByRole('button', { name: 'Mark ready' }).press('Enter');
  await expect(summary.getByRole('alert')).toContainText('The summary may still identify someone: "Jack" and 1 more.');
  await expect(summary).not.toContainText('Ready for the board.');

  // Dismissed (recorded), and the name replaced with initials.
  await summary.getByRole('button', { name: 'Dismiss the flag on "Hillside Academy"' }).press('Enter');
  await expect(summary.getByRole('status').filter({ hasText: 'dismissed; the decision is recorded' })).toBeVisible();
  await expect(flags.getByRole('listitem')).toHaveCount(1);
  await summary.getByLabel('Anonymised summary').focus();
  await retype(page, 'J. told us he feels safe and likes Hillside Academy. Staff know the children well.');
  await saved(summary.locator('.save-status'));
  await expect(summary.getByText('Nothing in the summary looks identifying.')).toBeVisible();
  await summary.getByRole('button', { name: 'Mark ready' }).press('Enter');
  await expect(summary.getByText('Ready for the board.', { exact: true })).toBeVisible();
  await expect(summary.getByRole('alert')).toHaveText('');
  await expect(summary.getByRole('button', { name: 'Mark not ready' })).toBeFocused();
  await expectAccessible(page, 'visit-report-1280');
  await page.setViewportSize({ width: 1024, height: 768 });
  await saveScreen(page, 'visit-report-1024');
  await page.setViewportSize({ width: 1280, height: 800 });

  // After a reload, everything is there.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Visit report: Wendale Farm, Thursday 3 December 2026' })).toBeVisible();
  await expect(report.getByRole('radio', { name: 'Unannounced' })).toBeChecked();
  await expect(report.getByRole('textbox', { name: 'Visitors' })).toHaveValue('Councillor Ruth Okafor');
  await expect(report.getByRole('textbox', { name: 'Children', exact: true })).toHaveValue('2');
  await expect(report.getByRole('textbox', { name: 'Staff', exact: true })).toHaveValue('3');
  await expect(report.getByRole('textbox', { name: 'Professionals', exact: true })).toHaveValue('1');
  await expect(report.getByRole('checkbox', { name: 'Daily log' })).toBeChecked();
  await expect(report.getByRole('checkbox', { name: 'Sanctions' })).toBeChecked();
  await expect(report.getByRole('checkbox', { name: 'Restraint' })).not.toBeChecked();
  await expect(report.getByLabel('Protection of children')).toHaveValue(/^Jack was missing overnight once/);
  await expect(report.getByRole('group', { name: 'Are children effectively safeguarded?' }).getByRole('radio', { name: 'Yes', exact: true })).toBeChecked();
  await expect(report.getByRole('group', { name: "Does the home's conduct promote children's well-being?" }).getByRole('radio', { name: 'Yes, with concerns' })).toBeChecked();
  await expect(report.getByLabel('Reasons for the opinions')).toHaveValue(/staffing at weekends is thin/);
  await expect(earlier).toHaveValue('Partly done: the rota is agreed, recruitment is under way.');
  await expect(page.getByRole('listitem').filter({ hasText: 'Recruit a second waking night worker' })).toContainText('by Sunday 28 February 2027');
  await expect(summary.getByLabel('Anonymised summary')).toHaveValue(/^J\. told us/);
  await expect(summary.getByText('Ready for the board.', { exact: true })).toBeVisible();

  // Both PDFs through the Save dialog; the summary for the board has no child's name in it.
  const full = join(bridge.dataDir, 'visit report.pdf');
  bridge.setFilePickerResponse(full);
  await page.getByRole('button', { name: 'Print the visit report (confidential)' }).press('Enter');
  await expect(page.getByRole('status').filter({ hasText: /^Saved the visit report \(\d+ pages?\)/ })).toContainText(full);
  expect(readFileSync(full).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const anon = join(bridge.dataDir, 'visit summary.pdf');
  bridge.setFilePickerResponse(anon);
  await page.getByRole('button', { name: 'Print the summary for the board' }).press('Enter');
  await expect(page.getByRole('status').filter({ hasText: /^Saved the anonymised summary \(\d+ pages?\)/ })).toContainText(anon);
  expect(readFileSync(anon).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  // pdftotext comes with poppler-utils (as in print.spec.ts).
  const pdfText = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(pdfText(full)).toContain('Jack was missing overnight once');
  const summaryText = pdfText(anon);
  expect(summaryText).toContain('J. told us he feels safe');
  expect(summaryText).not.toContain('Jack');

  await page.getByRole('link', { name: 'Back to visits' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Visit reports (7)' })).toBeVisible();
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: 'Wendale Farm, Thursday 3 December 2026' }) });
  await expect(row).toContainText('Member rota visit');
  await expect(row).toContainText('summary ready');
});

test.describe('at 320 CSS px', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  test('the Visits screen and a visit report reflow and pass axe', async ({ page, bridge }) => {
    await openSampleBoard(bridge);
    await page.goto('/#/visits');
    await expect(page.getByRole('heading', { level: 2, name: 'Visit reports (6)' })).toBeVisible();
    expect(await pageWidth(page)).toBe(320);
    await expectAccessible(page, 'visits-320');
    await page.screenshot({ path: join(import.meta.dirname, '../../test-results/screens', 'visits-320-top.png') });

    await page.getByRole('row').nth(1).getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1, name: /^Visit report: / })).toBeVisible();
    await expect(page.getByLabel('Anonymised summary')).toBeVisible();
    expect(await pageWidth(page)).toBe(320);
    await expectAccessible(page, 'visit-report-320');
    await page.screenshot({ path: join(import.meta.dirname, '../../test-results/screens', 'visit-report-320-top.png') });
  });
});
