/**
 * The member's side of the exchange in the app, through the bridge (real core): the clerk's kit
 * is made from the sample board (a core call), then the member opens it on the Welcome screen by
 * keyboard (the kit file through the Open dialog, the passphrase, the member workspace through the
 * Save dialog); a wrong passphrase first is one plain message with nothing written. The member
 * workspace shows the member banner and only the member's screens (no publishing or editing of the
 * board's records), the kit's papers open in the viewer, a short visit report is written, and
 * "Send my reports to the clerk" saves the return bundle, which the clerk's workspace imports
 * (a core call). axe at 1280 and 320 px; screens at 1280, 1024 and 320 px.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { REFUSED } from '../../electron/core/exchange/format';
import { recordPublication } from '../../electron/core/meetings/publications';
import { localToday } from '../../shared/logic/dates';
import { expectAccessible } from './axe';
import { expect, saveScreen, test } from './fixtures';
import { buildTestPack } from './papersPdf';
import { core, openSampleBoard } from './workspaces';

const PASS = 'correct horse battery staple';
const pageWidth = (page: Page): Promise<number> =>
  page.evaluate(() => (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement.scrollWidth);

test('a member opens their kit by keyboard, writes a visit report and sends it back; the clerk imports it', async ({ page, bridge }) => {
  test.setTimeout(120_000);
  // The clerk's side, behind the UI: the sample board, and a kit for a member with rota visits.
  const sample = await openSampleBoard(bridge);
  const rota = await core(bridge, 'rota:list', {});
  const member = rota[0];
  if (!member) throw new Error('The sample board has no rota.');
  // The next meeting's members' pack, published (as a publishing run leaves it), for the kit to carry.
  const next = (await core(bridge, 'meetings:list', { from: localToday() }))[0];
  const ws = bridge.api.workspace;
  if (!next || !ws) throw new Error('The sample board has no meeting to come.');
  const pack = await buildTestPack();
  recordPublication(ws, { meetingId: next.id, kind: 'members_pack', bytes: pack.bytes, pages: pack.pages.length });
  ws.db.prepare("UPDATE meetings SET status = 'published', published_on = ? WHERE id = ?").run(localToday(), next.id);
  const kitPath = join(bridge.dataDir, 'member.kit');
  bridge.setFilePickerResponse(kitPath);
  const kit = await core(bridge, 'exchange:makeKit', { personId: member.personId, passphrase: PASS, confirm: PASS });
  expect(kit?.path).toBe(kitPath);
  await core(bridge, 'workspace:close', {});
  const memberPath = join(bridge.dataDir, 'member visits.panelpack');

  await page.goto('/');
  await page.setViewportSize({ width: 1280, height: 900 });
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to PanelPack' })).toBeVisible();
  const panel = page.getByRole('region', { name: 'Open a member kit' });
  await panel.getByRole('button', { name: 'Open a member kit…' }).focus();
  await page.keyboard.press('Enter');
  const choose = panel.getByRole('button', { name: 'Choose the kit file…' });
  await expect(choose).toBeFocused();

  // Nothing chosen: the form says what is missing.
  await panel.getByLabel('Passphrase').focus();
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('alert')).toContainText('Choose the kit file the clerk sent you.');
  await expect(panel.getByRole('alert')).toContainText('Type the passphrase the clerk gave you.');

  bridge.setFilePickerResponse(kitPath);
  await choose.focus();
  await page.keyboard.press('Enter');
  await expect(panel.getByText('Chosen: member.kit')).toBeVisible();
  await expect(panel.getByLabel('Passphrase')).toBeFocused();
  await expectAccessible(page, 'member-open-kit-1280');

  // A wrong passphrase: one plain message, no Save dialog, nothing written.
  const files = readdirSync(bridge.dataDir).sort();
  await page.keyboard.type(`${PASS}?`);
  await page.keyboard.press('Enter');
  await expect(panel.getByText('Opening the kit… This takes a few seconds.')).toBeVisible();
  await expect(panel.getByRole('alert')).toContainText(REFUSED.kitUnreadable);
  await expect(panel.getByRole('alert')).toBeFocused();
  expect(bridge.dialogs.filter((d) => d.kind === 'chooseMemberWorkspaceDestination')).toHaveLength(0);
  expect(readdirSync(bridge.dataDir).sort()).toEqual(files);
  await expectAccessible(page, 'member-open-kit-refused-1280');

  // The right passphrase; the Save dialog chooses the member workspace, which opens.
  bridge.setFilePickerResponse(memberPath);
  await panel.getByLabel('Passphrase').focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(PASS);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Your member workspace' })).toBeFocused({ timeout: 15_000 });
  expect(bridge.dialogs.find((d) => d.kind === 'chooseMemberWorkspaceDestination')?.defaultName).toBe(`${member.personName} visits.panelpack`);
  await expect(page.getByText(`Member workspace for ${member.personName} — the board's records are read-only here.`)).toBeVisible();
  await expect(page.locator(".app-notice").getByText(`Opened the kit for ${member.personName} (2 homes on your rota, 1 published paper)`)).toBeVisible();

  // Only the member's screens: no Strategy, Action log, Meetings, Settings, and nothing to publish or edit.
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link')).toHaveText(['Home', 'Visits']);
  await expect(page.getByRole('region', { name: 'Your rota' })).toContainText(member.homeName);
  await expectAccessible(page, 'member-home-1280');
  for (const path of ['/#/meetings', '/#/strategy', '/#/actions', '/#/settings', '/#/']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: 'Your member workspace' })).toBeVisible();
  }
  await expect(page.getByRole('button', { name: /publish|make a member kit|import|add an action|edit/i })).toHaveCount(0);

  // The kit's papers open in the viewer.
  const papers = page.getByRole('region', { name: 'Papers from the clerk' });
  await expect(papers.getByRole('link')).toHaveText(["Members' pack"]);
  await papers.getByRole('link', { name: "Members' pack" }).click();
  await expect(page.getByRole('heading', { level: 1, name: "Members' pack" })).toBeVisible();
  await expect(page.locator('.paper-page canvas').first()).toBeVisible({ timeout: 15_000 });
  await expect(page.getByText(`Member workspace for ${member.personName}`)).toBeVisible();
  await saveScreen(page, 'member-paper-1280');
  await page.getByRole('link', { name: 'Back to your papers' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your member workspace' })).toBeVisible();

  // The Visits screen: the member's reports and the send panel, no kit making or importing.
  await nav.getByRole('link', { name: 'Visits' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Visits' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Make a member kit' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Import a return bundle' })).toHaveCount(0);
  const send = page.getByRole('region', { name: 'Send my reports to the clerk' });
  await expect(send).toBeVisible();

  // Nothing written yet: said in one line, and no Save dialog.
  await send.getByRole('button', { name: 'Send my reports to the clerk…' }).click();
  await expect(send.getByRole('alert')).toHaveText('There are no visit reports to send yet: write a visit report first.');
  expect(bridge.dialogs.filter((d) => d.kind === 'chooseBundleDestination')).toHaveLength(0);

  // A short visit report, by keyboard.
  await page.getByRole('button', { name: 'New visit report' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Home visited')).toBeFocused();
  await page.getByLabel('Home visited').selectOption({ label: member.homeName });
  await page.getByRole('button', { name: 'Start the report' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(`^Visit report: ${member.homeName}`) })).toBeVisible();
  const report = page.locator('.visit-report-form');
  await report.getByRole('textbox', { name: 'Visitors' }).focus();
  await page.keyboard.type(member.personName);
  await expect(report.locator('.save-status')).toHaveText('Saved', { timeout: 1500 });
  // The manager's response is the clerk's to add.
  await expect(report.getByRole('textbox', { name: "The manager's response (optional)" })).toHaveCount(0);
  // Finished only once both opinions are given.
  const finished = page.getByRole('region', { name: 'Finished?' });
  await finished.getByRole('button', { name: 'Mark the report finished' }).click();
  await expect(finished.getByRole('alert')).toContainText('Give both opinions');
  await report.getByRole('group', { name: 'Are children effectively safeguarded?' }).getByRole('radio', { name: 'Yes', exact: true }).check();
  await report.getByRole('group', { name: "Does the home's conduct promote children's well-being?" }).getByRole('radio', { name: 'Yes, with concerns' }).check();
  // At once, within the form's half-second autosave delay: the button saves what waits first.
  const visitId = page.url().split('/').pop() ?? '';
  await finished.getByRole('button', { name: 'Mark the report finished' }).focus();
  await page.keyboard.press('Enter');
  await expect(finished.getByRole('status')).toHaveText('Marked finished. Send it to the clerk from the Visits screen.');
  await expect(finished.getByRole('alert')).toHaveText('');
  await expect(page.getByText('Status: Ready.')).toBeVisible();
  expect(Object.values(await core(bridge, 'visits:get', { id: visitId })).filter((v) => v === 'yes' || v === 'concerns').length).toBe(2);
  await expectAccessible(page, 'member-report-1280');
  await nav.getByRole('link', { name: 'Visits' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Visits' })).toBeVisible();

  // Send: cancelled first (nothing made), then saved, with what it holds and what to do next.
  await send.getByRole('button', { name: 'Send my reports to the clerk…' }).focus();
  await page.keyboard.press('Enter');
  await expect(send.getByRole('status')).toHaveText('No place was chosen, so no bundle was made.');
  await expect(send.getByRole('alert')).toHaveText('');
  const bundlePath = join(bridge.dataDir, 'member.bundle');
  bridge.setFilePickerResponse(bundlePath);
  await page.keyboard.press('Enter');
  await expect(send.getByRole('status')).toContainText(`Saved your return bundle with 1 visit report: ${bundlePath}`);
  await expect(send.getByRole('status')).toContainText('Next: send this file to the clerk by e-mail or on a USB stick.');
  expect(bridge.dialogs.find((d) => d.kind === 'chooseBundleDestination')?.defaultName).toMatch(new RegExp(`^${member.personName} visit reports \\d{4}-\\d{2}-\\d{2}\\.bundle$`));
  await expectAccessible(page, 'member-visits-1280');
  await page.setViewportSize({ width: 1024, height: 800 });
  await saveScreen(page, 'member-visits-1024');
  await page.setViewportSize({ width: 320, height: 640 });
  await send.scrollIntoViewIfNeeded();
  expect(await pageWidth(page)).toBe(320);
  await expectAccessible(page, 'member-visits-320');
  await nav.getByRole('link', { name: 'Home' }).click();
  expect(await pageWidth(page)).toBe(320);
  await expectAccessible(page, 'member-home-320');

  // The clerk's workspace (the sample file as it is, not rebuilt) imports the bundle.
  await core(bridge, 'workspace:close', {});
  bridge.setFilePickerResponse(sample.path);
  await core(bridge, 'workspace:open', {});
  const imported = await core(bridge, 'exchange:importReturn', { base64: readFileSync(bundlePath).toString('base64'), acceptRecommendations: false });
  expect(imported).toMatchObject({ memberName: member.personName, added: 1, already: false });

  // The Welcome form at 1024 and 320 px, for people to look at.
  await core(bridge, 'workspace:close', {});
  await page.goto('/');
  await page.setViewportSize({ width: 1024, height: 800 });
  await page.getByRole('button', { name: 'Open a member kit…' }).click();
  await saveScreen(page, 'member-open-kit-1024');
  await page.setViewportSize({ width: 320, height: 640 });
  expect(await pageWidth(page)).toBe(320);
  await expectAccessible(page, 'member-open-kit-320');
});
