/**
 * The annual report on the Evidence screen (issue 10), by keyboard: choose the annual report
 * preset and a board year with no sections, start with the usual sections, write the Chair's
 * foreword (saved as typed; the identity checks name a child's first name, which is replaced), keep
 * a councillor's name as written in another section, move a section by its
 * buttons, add one, build the report and find the words in the PDF in order. The sample's own year
 * with its narrative at 1280, 1024 and 320 px (axe at 1280 and 320, nothing sideways at 320).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectAccessible } from './axe';
import { expect, saveScreen, test } from './fixtures';
import { tabTo } from './keyboard';
import { openSampleBoard } from './workspaces';

test('write the annual report by keyboard and build it; the sample year accessible at 1280, 1024 and 320 px', async ({ page, bridge }) => {
  test.setTimeout(240_000);
  /** A section's autosave status ("Saving…", "Saved"), beside its fields. */
  const savedOf = (group: ReturnType<typeof page.getByRole>) => page.locator('li.report-section', { has: group }).locator('.save-status');
  await openSampleBoard(bridge);
  await page.goto('/#/evidence');
  await expect(page.getByRole('heading', { level: 1, name: 'Evidence pack' })).toBeVisible();

  // The preset radio, then the annual report, by keyboard.
  await page.getByRole('radio', { name: /^Children in care, care leavers, or the annual report/ }).focus();
  await page.keyboard.press('Space');
  const preset = page.getByLabel('Preset', { exact: true });
  await preset.focus();
  await preset.selectOption('annual-report');
  // The sample's last complete year is offered first, with its narrative.
  await expect(page.getByRole('heading', { level: 2, name: /^The annual report's own words, \d{4}-\d{2}$/ })).toBeVisible();
  await expect(page.getByRole('group', { name: "Section 1: Chair's foreword" })).toBeVisible();
  await expectAccessible(page, 'annual-report-1280');

  // A year with no sections yet.
  const year = page.getByRole('textbox', { name: "Board's year" });
  await year.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('2030-31');
  await expect(page.getByRole('heading', { level: 2, name: "The annual report's own words, 2030-31" })).toBeVisible();
  const startButton = page.getByRole('button', { name: 'Start with the usual sections' });
  await tabTo(page, startButton);
  await page.keyboard.press('Enter');
  const foreword = page.getByRole('group', { name: "Section 1: Chair's foreword" });
  await expect(foreword).toBeVisible();
  await expect(page.getByRole('group', { name: /^Section 5: Priorities for next year$/ })).toBeVisible();
  // Focus is on the first heading; Tab to its text and write.
  await expect(foreword.getByRole('textbox', { name: 'Heading' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(foreword.getByRole('textbox', { name: 'Text' })).toBeFocused();
  await page.keyboard.type('FOREWORD-E2E This year Jayden and his friends in Voices Unlocked changed how the board works.');
  await expect(savedOf(foreword)).toHaveText('Saved', { timeout: 10_000 });
  const checks = page.locator('.report-section').first().locator('.identity-checks');
  await expect(checks).toContainText('"Jayden": Replace with initials ("J.") or a role');
  await foreword.scrollIntoViewIfNeeded();
  await saveScreen(page, 'annual-report-flag-1280');
  // Replace the name, by keyboard: the flag goes.
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('FOREWORD-E2E This year J. and his friends in Voices Unlocked changed how the board works.');
  await expect(checks).toContainText('Nothing in the text looks identifying.', { timeout: 10_000 });

  // A councillor's name is right to print: keep it as written, by keyboard; the decision is recorded.
  const board = page.getByRole('group', { name: 'Section 2: The Corporate Parenting Board and how it works' });
  await board.getByRole('textbox', { name: 'Text' }).focus();
  await page.keyboard.type('CHAIR-E2E The board is chaired by Councillor Marigold Pennycuick.');
  const boardChecks = page.locator('li.report-section', { has: board }).locator('.identity-checks');
  await expect(boardChecks).toContainText('"Marigold Pennycuick": Use their role instead', { timeout: 10_000 });
  await expect(boardChecks).toContainText('While any remains, the public version leaves this section out.');
  const keep = boardChecks.getByRole('button', { name: 'Keep as written: "Marigold Pennycuick"' });
  await tabTo(page, keep);
  await page.keyboard.press('Enter');
  await expect(boardChecks.getByRole('status')).toHaveText('"Marigold Pennycuick" kept as written; the decision is recorded.');
  await expect(boardChecks).toContainText('Nothing in the text looks identifying.');
  await expect(boardChecks).toContainText('Kept as written: "Marigold Pennycuick".');

  // Section 5 up one place by its button, focus kept on it.
  const up5 = page.getByRole('button', { name: 'Move up: section 5, Priorities for next year' });
  await tabTo(page, up5);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: 'Section 4: Priorities for next year' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Move up: section 4, Priorities for next year' })).toBeFocused();
  const next = page.getByRole('group', { name: 'Section 4: Priorities for next year' });
  await next.getByRole('textbox', { name: 'Text' }).focus();
  await page.keyboard.type('NEXT-YEAR-E2E Stable homes close to school.');
  await expect(savedOf(next)).toHaveText('Saved', { timeout: 10_000 });

  // A new section, members only.
  const newHeading = page.getByRole('textbox', { name: "New section's heading" });
  await tabTo(page, newHeading);
  await page.keyboard.type('Recommendations to Cabinet');
  await page.keyboard.press('Enter');
  const added = page.getByRole('group', { name: 'Section 6: Recommendations to Cabinet' });
  await expect(added.getByRole('textbox', { name: 'Text' })).toBeFocused();
  await page.keyboard.type('MEMBERS-ONLY-E2E That Cabinet notes the report.');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(added.getByRole('checkbox', { name: 'Include in the public version' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(savedOf(added)).toHaveText('Saved', { timeout: 10_000 });

  // Build the public version: the foreword first, next year's priorities after the evidence, no members-only words.
  await page.getByRole('radio', { name: /^Public version/ }).check();
  const out = join(bridge.dataDir, 'annual public.pdf');
  bridge.setFilePickerResponse(out);
  await page.getByRole('button', { name: 'Build the evidence pack' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Saved the evidence pack' })).toContainText(out, { timeout: 90_000 });
  expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
  const text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain('Annual report 2030-31');
  const at = (s: string): number => text.indexOf(s);
  expect(at('FOREWORD-E2E This year J. and his friends')).toBeGreaterThan(at('Page numbers are the pages of this pack'));
  expect(at('NEXT-YEAR-E2E')).toBeGreaterThan(at('Actions by RAG'));
  expect(text).not.toContain('MEMBERS-ONLY-E2E');
  expect(text).not.toContain('Jayden');
  expect(text).toContain('CHAIR-E2E The board is chaired by Councillor Marigold Pennycuick.');

  // The sample's own year again, at three widths.
  await year.fill('2025-26');
  await expect(page.getByRole('group', { name: "Section 1: Chair's foreword" })).toBeVisible();
  await page.getByRole('heading', { level: 2, name: "The annual report's own words, 2025-26" }).scrollIntoViewIfNeeded();
  await saveScreen(page, 'annual-report-sections-1280');
  await page.setViewportSize({ width: 1024, height: 900 });
  await saveScreen(page, 'annual-report-sections-1024');
  await page.setViewportSize({ width: 320, height: 900 });
  const fits = await page.locator('html').evaluate((el) => {
    const root = el as unknown as { scrollWidth: number; clientWidth: number };
    return root.scrollWidth <= root.clientWidth;
  });
  expect(fits).toBe(true);
  await expectAccessible(page, 'annual-report-320');
});
