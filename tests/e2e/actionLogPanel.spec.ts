/**
 * The action log and its side panel at every width, with the sample board's long titles and
 * updates: beside the table at 1280 px (the table's columns give way so nothing is cut or scrolls
 * sideways), a modal drawer over the table at 1024 px and below (focus inside, Tab kept inside,
 * Escape closes and returns to the row). And "Add action" on the log itself.
 */
import type { Locator } from '@playwright/test';
import { expect, saveScreen, test } from './fixtures';
import { tabTo } from './keyboard';
import { ActionLogPage } from './pages/actionLog';
import { core, openSampleBoard, seedBoard } from './workspaces';

/** Whether focus is inside the element (runs in the page; the Node tsconfig has no DOM lib). */
async function focusInside(el: Locator): Promise<boolean> {
  return el.evaluate((e) => {
    const node = e as unknown as { contains(other: unknown): boolean; ownerDocument: { activeElement: unknown } };
    return node.contains(node.ownerDocument.activeElement);
  });
}

const TITLE = 'Co-produce a refreshed Northbrook Pledge with Voices Unlocked';

test('at 1280 px the panel sits beside the table, and the table fits beside it', async ({ page, bridge }) => {
  await openSampleBoard(bridge);
  const log = new ActionLogPage(page);
  await log.goto();
  await expect(log.table.getByRole('columnheader', { name: /Latest update/ })).toBeVisible();
  await log.open(TITLE);
  // Not a dialog: the filters and the table stay in use beside it.
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(log.panel()).toBeVisible();
  // Columns give way (Priority, then Latest update) rather than being cut or scrolled.
  await expect(log.table.getByRole('columnheader', { name: /Latest update/ })).toBeHidden();
  await expect(log.table.getByRole('columnheader', { name: /RAG/ })).toBeVisible();
  const wrap = page.locator('.action-table-region .table-wrap');
  expect(
    await wrap.evaluate((el) => {
      const box = el as unknown as { scrollWidth: number; clientWidth: number };
      return box.scrollWidth - box.clientWidth;
    }),
  ).toBeLessThanOrEqual(1);
  // "Add an update" is in the window without scrolling the panel.
  const box = await log.updateHeading.boundingBox();
  expect(box && box.y + box.height).toBeLessThan(800);
  await log.overdueOnly.check();
  await expect(log.rows().first()).toBeVisible();
  await saveScreen(page, 'action-log-panel-1280');
});

test('at 1024 px the panel is a drawer over the table: focus inside, Tab kept inside, Escape returns to the row', async ({ page, bridge }) => {
  await openSampleBoard(bridge);
  await page.setViewportSize({ width: 1024, height: 700 });
  const log = new ActionLogPage(page);
  await log.goto();
  const link = log.row(TITLE).getByRole('link', { name: TITLE, exact: true });
  await tabTo(page, link);
  await page.keyboard.press('Enter');

  const drawer = page.getByRole('dialog', { name: `1.1 ${TITLE}` });
  await expect(drawer).toBeVisible();
  await expect(drawer.getByRole('heading', { level: 2 })).toBeFocused();
  await expect(log.updateHeading).toBeInViewport();
  await saveScreen(page, 'action-log-drawer-1024');

  // Shift+Tab from the heading goes round to the drawer's last control, never to the log behind.
  await page.keyboard.press('Shift+Tab');
  expect(await focusInside(drawer)).toBe(true);
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('Tab');
    expect(await focusInside(drawer)).toBe(true);
  }
  // The log behind cannot be reached while the drawer is open.
  await expect(page.locator('.action-log-main')).toHaveAttribute('inert');

  await page.keyboard.press('Escape');
  await expect(drawer).toHaveCount(0);
  await expect(link).toBeFocused();
  await expect(page).toHaveURL(/#\/actions$/);
});

test('"Add action" on the action log adds an action and opens it in the panel', async ({ page, bridge }) => {
  await seedBoard(bridge);
  const log = new ActionLogPage(page);
  await log.goto();
  await page.getByRole('button', { name: 'Add action' }).click();
  const form = page.getByRole('region', { name: 'New action' }).locator('form.action-form');
  await expect(form.getByLabel('Action', { exact: true })).toBeFocused();
  await form.getByLabel('Priority').selectOption({ label: '2. Leaving care well' });
  await form.getByLabel('Action', { exact: true }).fill('Run a money advice drop-in for care leavers');
  await form.getByRole('button', { name: 'Save action' }).click();

  await expect(page.getByRole('heading', { level: 2, name: /^2\.2 Run a money advice drop-in for care leavers$/ })).toBeVisible();
  await expect(page).toHaveURL(/#\/actions\/.+/);
  await expect(log.rows()).toHaveCount(4);
  const list = await core(bridge, 'actions:list', {});
  expect(list.rows.find((a) => a.title === 'Run a money advice drop-in for care leavers')).toMatchObject({ reference: '2.2', priorityTitle: 'Leaving care well' });
});

test('an action from a board meeting names the meeting it came from, in the panel', async ({ page, bridge }) => {
  await seedBoard(bridge);
  const board = await core(bridge, 'bodies:create', { name: 'Corporate Parenting Board', kind: 'board' });
  await core(bridge, 'meetings:create', { bodyId: board.id, meetingDate: '2026-08-20', startTime: '16:00', venue: 'Committee Room 1' });
  const log = new ActionLogPage(page);
  await log.goto();
  await page.getByRole('button', { name: 'Add action' }).click();
  const form = page.getByRole('region', { name: 'New action' }).locator('form.action-form');
  await form.getByLabel('Action', { exact: true }).fill('Write to every care leaver about the council tax exemption');
  // The meeting is asked for only once the action is from a board meeting.
  await expect(form.getByLabel('Which meeting (optional)')).toHaveCount(0);
  await form.getByLabel('Where it came from').selectOption({ label: 'Board meeting' });
  await form.getByLabel('Which meeting (optional)').selectOption({ label: 'Thursday 20 August 2026, Corporate Parenting Board' });
  await form.getByRole('button', { name: 'Save action' }).click();

  const panel = page.locator('.side-panel');
  await expect(panel.getByRole('heading', { level: 2, name: /Write to every care leaver/ })).toBeVisible();
  await expect(panel).toContainText('From the board meeting of Thursday 20 August 2026');
});
