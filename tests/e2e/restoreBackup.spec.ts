/**
 * A damaged workspace with a good backup (issue 7 part 4): the refusal offers "Restore the backup
 * of <date>", by keyboard; restoring keeps the damaged file aside unchanged, opens the restored
 * workspace, moves focus to its heading and announces what was done. Without a good backup the
 * box says so and offers no button. Screens at 1280 and 320 wide, with axe.
 */
import AxeBuilder from '@axe-core/playwright';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { listBackups, makeBackup } from '../../electron/core/backups/store';
import { createPerson } from '../../electron/core/people/mutations';
import { listPeople } from '../../electron/core/people/queries';
import { Workspace } from '../../electron/core/workspace';
import { sha256 } from '../helpers/tempWorkspace';
import { expect, saveScreen, test } from './fixtures';
import { WelcomePage } from './pages/welcome';
import { scribble } from '../helpers/workspaceFiles';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

function makeWorkspace(path: string): void {
  const ws = Workspace.create(path, { councilName: 'Testshire County Council', boardName: 'Corporate Parenting Board' }, { actor: 'e2e' });
  createPerson(ws, { name: 'Councillor Amina Shah', kind: 'member' });
  ws.close();
}

test('a damaged workspace offers its newest good backup; restoring keeps the damaged file and opens the backup', async ({ page, bridge }) => {
  const path = join(bridge.dataDir, 'board.panelpack');
  makeWorkspace(path);
  const root = join(bridge.dataDir, 'backups');
  // Local time is what the clerk sees; the test's clock is whatever this machine's zone is.
  const taken = new Date(2026, 11, 1, 18, 30);
  await makeBackup(path, { root, reason: 'daily', now: taken });
  scribble(path);
  const damaged = sha256(path);

  const welcome = new WelcomePage(page);
  await welcome.goto();
  bridge.setFilePickerResponse(path);
  await welcome.openWorkspace.click();

  await expect(welcome.error).toContainText('"board.panelpack" is damaged and cannot be opened');
  const restore = page.getByRole('button', { name: 'Restore the backup of Tuesday 1 December 2026, 18:30' });
  await expect(restore).toBeVisible();
  await expect(welcome.error).toContainText('The damaged file is not deleted');
  // The refusal took focus; the offer is the next thing by keyboard.
  await expect(page.locator('#welcome-problem')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(restore).toBeFocused();

  const axe = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await saveScreen(page, 'restore-offer-1280');
  await page.setViewportSize({ width: 320, height: 900 });
  await saveScreen(page, 'restore-offer-320');
  await page.setViewportSize({ width: 1280, height: 900 });

  await page.keyboard.press('Enter');

  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav).toBeVisible();
  const asideName = readdirSync(bridge.dataDir).find((f) => f.startsWith('board.damaged-'));
  expect(asideName).toMatch(/^board\.damaged-\d{4}-\d{2}-\d{2}T\d{4}\.panelpack$/);
  const notice = `Restored the backup of Tuesday 1 December 2026, 18:30. The damaged file was kept beside it as "${asideName}".`;
  await expect(page.locator('.app-notice')).toContainText(notice);
  await expect(page.getByRole('status').filter({ hasText: 'Opened Corporate Parenting Board' })).toContainText(notice);
  await expect(page.locator('main h1')).toBeFocused();
  await saveScreen(page, 'restore-done-1280');

  expect(sha256(join(bridge.dataDir, asideName ?? ''))).toBe(damaged);
  expect(bridge.api.workspace?.path).toBe(path);
  expect(listPeople(bridge.api.workspace!).map((p) => p.name)).toEqual(['Councillor Amina Shah']);
  expect(listBackups(root, path)).toHaveLength(1);

  // Dismissing the notice puts focus on the heading, not nowhere.
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.locator('.app-notice')).toHaveCount(0);
  await expect(page.locator('main h1')).toBeFocused();
});

test('a damaged workspace with no good backup says so and offers no restore', async ({ page, bridge }) => {
  const path = join(bridge.dataDir, 'board.panelpack');
  makeWorkspace(path);
  scribble(path);
  const welcome = new WelcomePage(page);
  await welcome.goto();
  bridge.setFilePickerResponse(path);
  await welcome.openWorkspace.click();
  await expect(welcome.error).toContainText('PanelPack has no backup of "board.panelpack" that passes its check.');
  await expect(page.getByRole('button', { name: /^Restore the backup/ })).toHaveCount(0);
  expect(existsSync(path)).toBe(true);
  await saveScreen(page, 'restore-none-1280');
});
