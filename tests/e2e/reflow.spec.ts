/**
 * Every screen at 320 CSS px wide (1280 px at 400% zoom) with the sample board: the page never
 * scrolls sideways (WCAG 1.4.10 reflow). A table too wide for its room may scroll inside its own
 * box, and that box must then be a labelled, focusable region (role=region, aria-label,
 * tabindex=0) a keyboard user can scroll. axe runs on each screen at this width too; each is
 * saved to test-results/screens/reflow-<screen>.png.
 */
import type { Locator, Page } from '@playwright/test';
import type { Meeting } from '../../shared/model/entities';
import { expectAccessible } from './axe';
import { expect, test, type BridgeControl } from './fixtures';
import { ActionLogPage } from './pages/actionLog';
import { WelcomePage } from './pages/welcome';
import { core, openSampleBoard } from './workspaces';

const WIDTH = 320;
test.use({ viewport: { width: WIDTH, height: 640 } });

interface Overflow {
  scrollWidth: number;
  /** Boxes that scroll sideways without being a labelled, focusable region. */
  unlabelled: string[];
}

/** How wide the page is, and every box in it that scrolls sideways but is not a labelled, focusable region. */
async function overflow(page: Page): Promise<Overflow> {
  return page.evaluate(() => {
    // Runs in the page; the Node tsconfig has no DOM lib.
    const doc = (globalThis as unknown as { document: DocumentLike }).document;
    const unlabelled: string[] = [];
    for (const el of Array.from(doc.querySelectorAll('main *'))) {
      if (el.scrollWidth <= el.clientWidth + 1) continue;
      const style = doc.defaultView.getComputedStyle(el);
      if (style.overflowX !== 'auto' && style.overflowX !== 'scroll') continue;
      const ok = el.getAttribute('role') === 'region' && !!el.getAttribute('aria-label') && el.getAttribute('tabindex') === '0';
      if (!ok) unlabelled.push(`<${el.tagName.toLowerCase()} class="${el.className}">`);
    }
    return { scrollWidth: doc.documentElement.scrollWidth, unlabelled };
  });
}

interface ElementLike {
  scrollWidth: number;
  clientWidth: number;
  tagName: string;
  className: string;
  getAttribute(name: string): string | null;
}
interface DocumentLike {
  documentElement: ElementLike;
  defaultView: { getComputedStyle(el: ElementLike): { overflowX: string } };
  querySelectorAll(selector: string): ArrayLike<ElementLike>;
}

async function expectReflows(page: Page, screen: string): Promise<void> {
  // Let late content (tables filled after their first paint, pdf.js pages) settle first.
  await page.waitForLoadState('networkidle');
  const found = await overflow(page);
  expect(found.scrollWidth, `${screen} is wider than the window at ${WIDTH} CSS px`).toBe(WIDTH);
  expect(found.unlabelled, `${screen}: boxes that scroll sideways must be labelled, focusable regions`).toEqual([]);
  await expectAccessible(page, `reflow-${screen}`);
}

/** The element is on the page between its left and right edges (scrolled to, if it is further down). */
async function expectWithinWidth(target: Locator): Promise<void> {
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  expect(box, `${target.toString()} is not shown`).not.toBeNull();
  expect(box && box.x >= 0 && box.x + box.width <= WIDTH, `${target.toString()} runs off the side`).toBe(true);
}

test('Welcome', async ({ page }) => {
  await new WelcomePage(page).goto();
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to PanelPack' })).toBeVisible();
  await expectReflows(page, 'welcome');
});

test.describe('the sample board', () => {
  test.beforeEach(async ({ bridge }) => {
    await openSampleBoard(bridge);
  });

  async function nextMeeting(bridge: BridgeControl): Promise<Meeting> {
    const summary = await core(bridge, 'meetings:list', {});
    const next = summary.find((m) => m.status === 'draft');
    if (!next) throw new Error('The sample has no draft meeting');
    return next;
  }

  test('Home', async ({ page }) => {
    await page.goto('/#/');
    await expect(page.getByRole('heading', { level: 2, name: 'The action log at a glance' })).toBeVisible();
    await expectReflows(page, 'home');
  });

  test('Strategy', async ({ page }) => {
    await page.goto('/#/strategy');
    const actions = page.getByRole('table', { name: /^Actions for priority 1/ });
    await expect(actions).toBeVisible();
    await expectReflows(page, 'strategy');
    // A priority's actions stay inside its card, Edit and the move buttons included.
    await expectWithinWidth(actions.getByRole('button', { name: 'Edit action 1.1' }));
    await expectWithinWidth(actions.getByRole('button', { name: /^Move down: action 1\.1/ }));
  });

  test('Action log', async ({ page }) => {
    const log = new ActionLogPage(page);
    await log.goto();
    await expect(log.rows().first()).toBeVisible();
    await expectReflows(page, 'action-log');
  });

  test('Action log with the side panel open', async ({ page }) => {
    const log = new ActionLogPage(page);
    await log.goto();
    const first = log.rows().first().getByRole('link');
    await first.click();
    await expect(log.updateHeading).toBeVisible();
    await expectReflows(page, 'action-log-panel');
  });

  test('Meetings', async ({ page }) => {
    await page.goto('/#/meetings');
    const upcoming = page.getByRole('table', { name: 'Upcoming meetings' });
    await expect(upcoming).toBeVisible();
    await expectReflows(page, 'meetings');
    // Status and Publication are not lost off the side.
    const first = upcoming.getByRole('row').nth(1);
    await expectWithinWidth(first.locator('.meeting-status'));
    await expectWithinWidth(first.locator('.deadline'));
  });

  test('a meeting', async ({ page, bridge }) => {
    const m = await nextMeeting(bridge);
    await page.goto(`/#/meetings/${m.id}`);
    await expect(page.getByRole('region', { name: 'Agenda', exact: true })).toBeVisible();
    await expectReflows(page, 'meeting');
  });

  test('Papers', async ({ page, bridge }) => {
    // Core reports publishing's progress to the page, so the page is open first.
    await page.goto('/#/');
    await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
    const m = await nextMeeting(bridge);
    const published = await core(bridge, 'meetings:publish', { meetingId: m.id, supplement: false });
    const pack = published?.publications.find((p) => p.kind === 'members_pack');
    if (!pack) throw new Error('Publishing made no members’ pack');
    await page.goto(`/#/meetings/${m.id}/papers/${pack.id}`);
    await expect(page.getByTestId('page-indicator')).toContainText('Page');
    await expectReflows(page, 'papers');
    // The meeting page once published: its list of published papers fits too.
    await page.goto(`/#/meetings/${m.id}`);
    await expect(page.getByRole('table', { name: 'Published papers, newest first' })).toBeVisible();
    await expectReflows(page, 'meeting-published');
  });

  test('Settings', async ({ page }) => {
    await page.goto('/#/settings');
    const people = page.getByRole('table', { name: 'People' });
    await expect(people).toBeVisible();
    await expectReflows(page, 'settings');
    // Edit and Delete are within the window, and an address breaks only before its @ and dots.
    const row = people.getByRole('row').filter({ hasText: 'Anselm Quarrington' });
    for (const name of ['Edit Anselm Quarrington', 'Delete Anselm Quarrington']) await expectWithinWidth(row.getByRole('button', { name }));
    await expect(row.locator('td.email')).toHaveText(/anselm\.quarrington@northbrook\.example/);
    expect(await row.locator('td.email wbr').count()).toBe(3);
  });
});
