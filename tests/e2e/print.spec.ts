/**
 * "Print action log" through the stubbed Save dialog: cancelling saves nothing; saving writes a
 * real PDF of the filtered log, with progress pushed from core to the page over the bridge.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { ActionLogPage } from './pages/actionLog';
import { seedBoard } from './workspaces';

test('cancelling the Save dialog prints nothing', async ({ page, bridge }) => {
  await seedBoard(bridge);
  const log = new ActionLogPage(page);
  await log.goto();
  bridge.setFilePickerResponse(null);
  await log.print.click();
  await expect(page.getByRole('status').filter({ hasText: 'Printing cancelled. Nothing was saved.' })).toBeVisible();
  expect(bridge.dialogs.at(-1)).toEqual({ kind: 'choosePdfDestination', defaultName: expect.stringMatching(/^Action log .*\.pdf$/) as unknown });
  expect(bridge.progress).toEqual([]);
});

test('printing the overdue actions writes a PDF and reports progress', async ({ page, bridge }) => {
  const board = await seedBoard(bridge);
  const out = join(bridge.dataDir, 'overdue actions.pdf');
  const log = new ActionLogPage(page);
  await log.goto();
  await log.overdueOnly.check();
  await expect(log.rows()).toHaveCount(1);

  bridge.setFilePickerResponse(out);
  await log.print.click();
  await expect(page.getByRole('status').filter({ hasText: /^Saved \d+ pages? to / })).toContainText(out);
  expect(existsSync(out)).toBe(true);
  expect(readFileSync(out).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(bridge.progress.length).toBeGreaterThan(0);

  // Only the overdue action is in it (pdftotext comes with poppler-utils, installed by .ci/run).
  const text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' });
  expect(text).toContain(board.overdue.title);
  expect(text).not.toContain(board.inProgress.title);
  expect(text).toContain('Page 1 of');
});
