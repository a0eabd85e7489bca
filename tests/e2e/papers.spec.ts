/**
 * The papers viewer over a real published pack (tests/e2e/papersPdf.ts: 28 pages, a nested
 * outline, page labels i, ii, 1…26) kept in a real workspace by core's recordPublication, read
 * back through `publications:read` and drawn by pdf.js in the page, offline, under the app's CSP.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { createMeeting } from '../../electron/core/meetings/mutations';
import { recordPublication } from '../../electron/core/meetings/publications';
import { localToday } from '../../shared/logic/dates';
import { expect, saveScreen, test, type BridgeControl } from './fixtures';
import { tabTo } from './keyboard';
import { PapersPage } from './pages/papers';
import { buildTestPack, type TestPack } from './papersPdf';
import { core, createWorkspace } from './workspaces';

interface Published {
  meetingId: string;
  publicationId: string;
  pack: TestPack;
}

async function publishTestPack(bridge: BridgeControl, reportPages?: number): Promise<Published> {
  await createWorkspace(bridge);
  const board = await core(bridge, 'bodies:create', { name: 'Corporate Parenting Board', kind: 'board', chairRole: '', members: [] });
  const ws = bridge.api.workspace;
  if (!ws) throw new Error('No workspace open');
  const meeting = createMeeting(ws, { bodyId: board.id, meetingDate: '2026-12-17', startTime: '14:00', venue: 'Committee Room 1' }, localToday());
  const pack = await buildTestPack(reportPages);
  const publication = recordPublication(ws, { meetingId: meeting.id, kind: 'members_pack', bytes: pack.bytes, pages: pack.pages.length });
  return { meetingId: meeting.id, publicationId: publication.id, pack };
}

/** Dark pixels on a page's canvas: more than none means pdf.js really drew the page. */
async function inkOn(page: Page, position: number): Promise<number> {
  return page.locator(`.paper-page[data-page="${position}"] canvas`).evaluate((el) => {
    // Runs in the page; Node's tsconfig has no DOM lib.
    const canvas = el as unknown as { width: number; height: number; getContext(t: '2d'): { getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } } };
    const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
    let dark = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! < 128 && data[i + 3]! > 0) dark++;
    return dark;
  });
}

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact}: ${v.id}: ${v.help}\n${v.nodes.map((n) => `    at ${n.target.join(' ')}`).join('\n')}`);
}

/**
 * What the page said about pdf.js and the CSP: a refused worker or script, or pdf.js falling back
 * to running its worker on the page's own thread, would all show here.
 */
function watchConsole(page: Page): string[] {
  const said: string[] = [];
  // pdf.js's own warnings ("Warning: Setting up fake worker.") go to console.log.
  page.on('console', (m) => said.push(m.text()));
  page.on('pageerror', (e) => said.push(e.message));
  return said;
}

test('the outline, page labels, and pages drawn only as they come into view', async ({ page, bridge }) => {
  const { meetingId, publicationId, pack } = await publishTestPack(bridge);
  const said = watchConsole(page);
  const viewer = new PapersPage(page);
  await viewer.goto(meetingId, publicationId);

  await expect(viewer.heading).toHaveText("Members' pack");
  await expect(page.getByText('Corporate Parenting Board, Thursday 17 December 2026')).toBeVisible();
  await expect(page).toHaveTitle('Papers – PanelPack');
  await expect(viewer.indicator).toHaveText('Page i (1 of 28)');

  // The outline as the pack's bookmarks nest it: two parts, each with its item beneath it.
  const parts = viewer.contents.locator(':scope > ul > li');
  await expect(parts).toHaveCount(2);
  for (const [i, part] of pack.outline.entries()) {
    const li = parts.nth(i);
    await expect(li.locator(':scope > button')).toHaveText(new RegExp(`^${part.title}`));
    await expect(li.locator(':scope > ul > li > button')).toHaveText(part.children.map((c) => new RegExp(`^${c.title}`)));
  }
  // Each entry shows the page's label: "9 Exempt item" starts on the 25th page, labelled 23.
  await expect(viewer.entry('9 Exempt item')).toHaveText(/9 Exempt item\s*, page\s*23$/);

  // Lazy: the first page is drawn with its text; the last has no canvas until it is near.
  await expect(viewer.pageAt(1)).toHaveAttribute('data-drawn', 'yes');
  expect(await inkOn(page, 1)).toBeGreaterThan(100);
  await expect(viewer.pageAt(1).locator('.textLayer')).toContainText('Corporate Parenting Board');
  await expect(viewer.pageAt(28).locator('canvas')).toHaveCount(0);
  expect(await page.locator('.paper-page canvas').count()).toBeLessThan(6);
  // As first opened (Previous page unavailable) and after a jump.
  const atOpen = await seriousViolations(page);
  expect(atOpen, `axe found serious or critical problems on the papers viewer as opened:\n${atOpen.join('\n')}`).toEqual([]);

  await viewer.entry('9 Exempt item').click();
  await expect(viewer.indicator).toHaveText('Page 23 (25 of 28)');
  await expect(viewer.pageLabelled('23')).toBeFocused();
  await expect(viewer.entry('9 Exempt item')).toHaveAttribute('aria-current', 'location');
  await expect(viewer.pageAt(25)).toHaveAttribute('data-drawn', 'yes');
  await expect(viewer.pageAt(25).locator('.textLayer')).toContainText('Item 9: Placement commissioning costs');
  await expect(viewer.pageAt(25).locator('.textLayer')).toContainText('NOT FOR PUBLICATION');
  expect(await inkOn(page, 25)).toBeGreaterThan(100);
  // Far pages have let their canvases go.
  await expect(viewer.pageAt(1).locator('canvas')).toHaveCount(0);

  // pdf.js ran in its own worker, loaded from the app's files, and the CSP refused nothing.
  expect(said.filter((m) => /Refused to|fake worker|worker/i.test(m))).toEqual([]);

  await saveScreen(page, 'papers');
  const found = await seriousViolations(page);
  expect(found, `axe found serious or critical problems on the papers viewer:\n${found.join('\n')}`).toEqual([]);
});

test('a keyboard-only path: outline, next page, go to a page, zoom and scrolling', async ({ page, bridge }) => {
  const { meetingId, publicationId } = await publishTestPack(bridge);
  const viewer = new PapersPage(page);
  await viewer.goto(meetingId, publicationId);
  await expect(viewer.indicator).toHaveText('Page i (1 of 28)');

  await tabTo(page, viewer.entry('Part II'));
  await page.keyboard.press('Enter');
  await expect(viewer.indicator).toHaveText('Page 22 (24 of 28)');
  await expect(viewer.pageLabelled('22')).toBeFocused();
  await expect(viewer.pageAt(24).locator('.textLayer')).toContainText('Exclusion of the press and public');

  await tabTo(page, viewer.next);
  await page.keyboard.press('Enter');
  await expect(viewer.indicator).toHaveText('Page 23 (25 of 28)');
  await expect(viewer.next).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(viewer.indicator).toHaveText('Page 24 (26 of 28)');
  await saveScreen(page, 'papers-keyboard');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(viewer.indicator).toHaveText('Page 26 (28 of 28)');
  // At the last page Next says it is unavailable but keeps focus, and does nothing.
  await expect(viewer.next).toHaveAttribute('aria-disabled', 'true');
  await expect(viewer.next).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(viewer.indicator).toHaveText('Page 26 (28 of 28)');

  // A page by the number printed on it: "ii" is the agenda; "5" is the 7th page of the file.
  await tabTo(page, viewer.goTo);
  await page.keyboard.type('ii');
  await page.keyboard.press('Enter');
  await expect(viewer.indicator).toHaveText('Page ii (2 of 28)');
  await expect(viewer.pageLabelled('ii')).toBeFocused();
  await tabTo(page, viewer.goTo);
  await page.keyboard.type('5');
  await page.keyboard.press('Enter');
  await expect(viewer.indicator).toHaveText('Page 5 (7 of 28)');
  await expect(viewer.pageAt(7).locator('.textLayer')).toContainText('section 4');
  await tabTo(page, viewer.goTo);
  await page.keyboard.type('99');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toHaveText('There is no page "99". Enter a page number from i to 26.');
  await expect(viewer.indicator).toHaveText('Page 5 (7 of 28)');

  // Zoom: larger and smaller step from fit width; the page stays the same.
  const before = await viewer.pageAt(7).boundingBox();
  await tabTo(page, viewer.larger);
  await page.keyboard.press('Enter');
  await expect(viewer.fitWidth).toHaveAttribute('aria-pressed', 'false');
  await expect.poll(async () => (await viewer.pageAt(7).boundingBox())?.width).toBeGreaterThan(before!.width);
  await saveScreen(page, 'papers-larger');
  await expect(viewer.indicator).toHaveText('Page 5 (7 of 28)');
  await tabTo(page, viewer.fitWidth, { backwards: true });
  await page.keyboard.press('Enter');
  await expect(viewer.fitWidth).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(async () => (await viewer.pageAt(7).boundingBox())?.width).toBeCloseTo(before!.width, 0);

  // The pages scroll from the keyboard; the indicator follows.
  await tabTo(page, viewer.pages);
  await page.keyboard.press('End');
  await expect(viewer.indicator).toHaveText('Page 26 (28 of 28)');
  await expect(viewer.pageAt(28)).toHaveAttribute('data-drawn', 'yes');
  await page.keyboard.press('Home');
  await expect(viewer.indicator).toHaveText('Page i (1 of 28)');
  await expect(viewer.entry('Part I')).not.toHaveAttribute('aria-current', 'location');
});

test('papers of another meeting are not shown under this one', async ({ page, bridge }) => {
  const { publicationId } = await publishTestPack(bridge);
  const ws = bridge.api.workspace!;
  const board = await core(bridge, 'bodies:list', {});
  const other = createMeeting(ws, { bodyId: board[0]!.id, meetingDate: '2027-02-11', startTime: '14:00', venue: '' }, localToday());
  const viewer = new PapersPage(page);
  await viewer.goto(other.id, publicationId);
  await expect(page.getByRole('alert')).toHaveText('These papers belong to another meeting. Open them from that meeting’s page.');
  await expect(page.locator('.paper-page')).toHaveCount(0);
});

test('a 300-page pack opens with only the pages on screen drawn, and its last page is one step away', async ({ page, bridge }) => {
  const { meetingId, publicationId, pack } = await publishTestPack(bridge, 292);
  expect(pack.pages).toHaveLength(300);
  const viewer = new PapersPage(page);
  await viewer.goto(meetingId, publicationId);
  await expect(viewer.indicator).toHaveText('Page i (1 of 300)');
  await expect(page.locator('.paper-page')).toHaveCount(300);
  await expect(viewer.pageAt(1)).toHaveAttribute('data-drawn', 'yes');
  expect(await page.locator('.paper-page canvas').count()).toBeLessThan(6);
  // As first opened (Previous page unavailable) and after a jump.
  const atOpen = await seriousViolations(page);
  expect(atOpen, `axe found serious or critical problems on the papers viewer as opened:\n${atOpen.join('\n')}`).toEqual([]);

  await viewer.entry('9 Exempt item').click();
  await expect(viewer.indicator).toHaveText('Page 295 (297 of 300)');
  await expect(viewer.pageAt(297).locator('.textLayer')).toContainText('Item 9: Placement commissioning costs');
  await viewer.goTo.fill('298');
  await viewer.go.click();
  await expect(viewer.indicator).toHaveText('Page 298 (300 of 300)');
  await expect(viewer.pageAt(300)).toHaveAttribute('data-drawn', 'yes');
  expect(await page.locator('.paper-page canvas').count()).toBeLessThan(6);
});
