/**
 * Every screen at 320 CSS px wide (1280 px at 400% zoom) with the sample board: the page never
 * scrolls sideways (WCAG 1.4.10 reflow). A table too wide for its room may scroll inside its own
 * box, and that box must then be a labelled, focusable region (role=region, aria-label,
 * tabindex=0) a keyboard user can scroll. axe runs on each screen at this width too; each is
 * saved to test-results/screens/reflow-<screen>.png.
 */
import type { Page } from '@playwright/test';
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
    await expect(page.getByRole('table', { name: /^Actions for priority 1/ })).toBeVisible();
    await expectReflows(page, 'strategy');
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
    await expect(page.getByRole('table', { name: 'Upcoming meetings' })).toBeVisible();
    await expectReflows(page, 'meetings');
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
    await expect(page.getByRole('table', { name: 'People' })).toBeVisible();
    await expectReflows(page, 'settings');
  });
});
