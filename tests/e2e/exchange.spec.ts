/**
 * The clerk imports a member's return bundle on the Visits screen, through the bridge (real core):
 * the kit and bundle are made in the test with core functions (as tests/cli/exchange.test.ts does),
 * the clerk chooses the bundle, ticks "accept the recommendations" and sees what was imported
 * (role=status); a tampered copy is refused in one plain line (role=alert) with nothing changed.
 * axe at 1280 and 320 px. A member's workspace does not offer the import.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeReturn } from '../../electron/core/exchange/bundle';
import { makeKit, openKit } from '../../electron/core/exchange/kit';
import { addRota, createHome } from '../../electron/core/homes/mutations';
import { createPerson } from '../../electron/core/people/mutations';
import { createVisit, setVisitStatus } from '../../electron/core/visits/mutations';
import { Workspace } from '../../electron/core/workspace';
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { core, createWorkspace } from './workspaces';

const PASS = 'correct horse battery staple';

test('the clerk imports a return bundle, accepting its recommendation; a tampered copy is refused', async ({ page, bridge }) => {
  const { path } = await createWorkspace(bridge);
  await core(bridge, 'workspace:close', {});
  const p = (name: string): string => join(bridge.dataDir, name);
  // The clerk's board and Ann's kit, then Ann's visit and her return bundle.
  const clerk = Workspace.open(path, { actor: 'Clerk' });
  const ann = createPerson(clerk, { name: 'Ann Patel', kind: 'member' });
  const oak = createHome(clerk, { name: 'Oak House', ownership: 'in_house' });
  addRota(clerk, { homeId: oak, personId: ann.id, month: '2026-11' });
  await makeKit(clerk, { memberName: 'Ann Patel', passphrase: PASS, out: p('ann.kit'), today: '2026-11-01' });
  clerk.close();
  await openKit(p('ann.kit'), p('ann.panelpack'), PASS, 'Ann Patel');
  const member = Workspace.open(p('ann.panelpack'), { actor: 'Ann Patel' });
  const visitId = createVisit(member, { home: 'Oak House', date: '2026-11-12', kind: 'member', safeguarded: 'yes', wellbeing: 'yes', recommendations: [{ text: 'Fix the garden lighting.', due: '2027-01-31' }] });
  setVisitStatus(member, visitId, 'ready');
  await makeReturn(member, p('ann.bundle'));
  member.close();
  const tampered = readFileSync(p('ann.bundle'));
  const at = tampered.length - 40;
  tampered[at] = (tampered[at] ?? 0) ^ 0x01;
  writeFileSync(p('tampered.bundle'), tampered);

  bridge.setFilePickerResponse(path);
  await core(bridge, 'workspace:open', {});
  await page.goto('/#/visits');
  await expect(page.getByRole('heading', { level: 1, name: 'Visits' })).toBeVisible();
  const panel = page.getByRole('region', { name: 'Import a return bundle' });
  const status = panel.getByRole('status');
  const alert = panel.getByRole('alert');

  // Nothing chosen: the field says so and has the focus.
  await panel.getByRole('button', { name: 'Import the bundle' }).click();
  await expect(panel.getByText('Choose the return bundle the member sent you.')).toBeVisible();
  await expect(panel.getByLabel('Return bundle')).toBeFocused();

  // The tampered copy first: refused in one line, nothing imported.
  await panel.getByLabel('Return bundle').setInputFiles(p('tampered.bundle'));
  await panel.getByLabel('Accept the recommendations of finished reports into the action log').check();
  await panel.getByRole('button', { name: 'Import the bundle' }).click();
  await expect(alert).toContainText('Nothing was changed.');
  await expect(status).toHaveText('');
  expect((await core(bridge, 'exchange:status', {})).bundlesImported).toBe(0);
  await expect(page.getByRole('heading', { level: 2, name: 'Visit reports (0)' })).toBeVisible();

  // The real bundle, chosen and imported by keyboard.
  await panel.getByLabel('Return bundle').setInputFiles(p('ann.bundle'));
  await panel.getByRole('button', { name: 'Import the bundle' }).focus();
  await page.keyboard.press('Enter');
  await expect(status).toContainText('Imported the return bundle from Ann Patel: 1 report added, 0 replaced, 0 unchanged; 1 recommendation accepted into the action log.');
  await expect(alert).toHaveText('');
  await expect(page.getByRole('heading', { level: 2, name: 'Visit reports (1)' })).toBeVisible();
  expect((await core(bridge, 'exchange:status', {})).bundlesImported).toBe(1);
  await expectAccessible(page, 'exchange-import-1280');

  // Again: nothing changes, and it says so.
  await panel.getByRole('button', { name: 'Import the bundle' }).click();
  await expect(status).toContainText('This return bundle from Ann Patel was imported on');
  await expect(status).toContainText('nothing changed.');

  await page.setViewportSize({ width: 320, height: 640 });
  await panel.scrollIntoViewIfNeeded();
  expect(await page.evaluate(() => (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement.scrollWidth)).toBe(320);
  await expectAccessible(page, 'exchange-import-320');

  // A member's workspace does not offer the import.
  await core(bridge, 'workspace:close', {});
  bridge.setFilePickerResponse(p('ann.panelpack'));
  await core(bridge, 'workspace:open', {});
  expect(await core(bridge, 'exchange:status', {})).toMatchObject({ role: 'member', memberName: 'Ann Patel' });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Visits' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Visit reports (1)' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Homes (1)' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Import a return bundle' })).toHaveCount(0);
});

test('the clerk makes a member kit by keyboard: the passphrase typed twice, saved through the Save dialog', async ({ page, bridge }) => {
  await createWorkspace(bridge);
  const ann = await core(bridge, 'people:create', { name: 'Ann Patel', kind: 'member' });
  const oak = await core(bridge, 'homes:create', { name: 'Oak House', ownership: 'in_house' });
  await core(bridge, 'rota:add', { homeId: oak.id, personId: ann.id, month: '2026-11' });
  await page.goto('/#/visits');
  const panel = page.getByRole('region', { name: 'Make a member kit' });
  await panel.getByLabel('Member').focus();
  await panel.getByLabel('Member').selectOption({ label: 'Ann Patel' });
  await page.keyboard.press('Tab');
  await expect(panel.getByLabel('Passphrase', { exact: true })).toBeFocused();
  await page.keyboard.type(PASS);
  await page.keyboard.press('Tab');
  await page.keyboard.type(`${PASS}!`);
  await page.keyboard.press('Enter');
  await expect(panel.getByText('The two passphrases are different. Type the same passphrase twice.').first()).toBeVisible();
  expect(bridge.dialogs.filter((d) => d.kind === 'chooseKitDestination')).toHaveLength(0);

  const out = join(bridge.dataDir, 'ann.kit');
  bridge.setFilePickerResponse(out);
  await panel.getByLabel('Type the passphrase again').focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(PASS);
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('status').last()).toContainText(`Saved the member kit for Ann Patel (1 home on the rota, 0 earlier recommendations, 0 published papers): ${out}.`);
  expect(readFileSync(out).subarray(0, 21).toString()).toBe('age-encryption.org/v1');
  expect((await core(bridge, 'exchange:status', {})).kitsMade).toBe(1);
  expect(await openKit(out, join(bridge.dataDir, 'ann.panelpack'), PASS, 'Ann Patel')).toMatchObject({ memberName: 'Ann Patel', homes: 1 });
  await expectAccessible(page, 'exchange-kit-1280');
});
