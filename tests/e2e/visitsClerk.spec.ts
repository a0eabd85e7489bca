/**
 * The clerk's side of visits on the sample board, through the bridge (real core), by keyboard:
 * a received Regulation 44 report filed from a PDF (a damaged PDF refused plainly with nothing
 * written), read in the app and saved as a copy to print, its opinions, reasons, manager's response
 * and recommendation entered, and the recommendation accepted into the action log with the owner
 * and due date the clerk chose; a draft moved to another home, then fixed once ready (the screen
 * says why); the visits paper attached to an agenda item in one step. axe at 1280 and 320 px;
 * screens at 1280, 1024 and 320 px in test-results/screens/.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { makeReturn } from '../../electron/core/exchange/bundle';
import { makeKit, openKit } from '../../electron/core/exchange/kit';
import { addRota, createHome } from '../../electron/core/homes/mutations';
import { createPerson } from '../../electron/core/people/mutations';
import { createVisit, setVisitStatus } from '../../electron/core/visits/mutations';
import { Workspace } from '../../electron/core/workspace';
import { damagedPdf, realPdf } from '../helpers/pdfFixtures';
import { expectAccessible } from './axe';
import { expect, saveScreen, test } from './fixtures';
import { core, createWorkspace, openSampleBoard } from './workspaces';

const pageWidth = (page: Page): Promise<number> =>
  page.evaluate(() => (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement.scrollWidth);

/** Replaces a focused text box's contents by typing, as a keyboard user does. */
async function retype(page: Page, text: string): Promise<void> {
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(text);
}

test('file a received Regulation 44 report by keyboard, enter its opinions and accept its recommendation into the action log', async ({ page, bridge }) => {
  await openSampleBoard(bridge);
  const bad = join(bridge.dataDir, 'not a report.pdf');
  writeFileSync(bad, damagedPdf());
  const good = join(bridge.dataDir, 'Larkspur Lodge Reg 44 November.pdf');
  const bytes = await realPdf(2, 'Independent visitor report');
  writeFileSync(good, bytes);

  await page.goto('/#/visits');
  await expect(page.getByRole('heading', { level: 2, name: 'Visit reports (6)' })).toBeVisible();
  await page.getByRole('button', { name: 'File a received report (PDF)' }).focus();
  await page.keyboard.press('Enter');
  const form = page.locator('.file-received-form');
  const home = form.getByLabel('Home', { exact: true });
  await expect(home).toBeFocused();
  await page.keyboard.type('Lark');
  await expect(home.locator('option:checked')).toHaveText('Larkspur Lodge');
  await page.keyboard.press('Tab');
  await retype(page, '20/11/2026');
  await page.keyboard.press('Tab');
  await expect(form.getByRole('radio', { name: 'Regulation 44 independent visitor’s report' })).toBeFocused();
  await expect(form.getByRole('radio', { name: 'Regulation 44 independent visitor’s report' })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(form.getByRole('button', { name: 'Choose the PDF and file it' })).toBeFocused();
  await expectAccessible(page, 'visits-file-received-1280');

  // A damaged PDF: refused in plain words, focus on the message, nothing written.
  bridge.setFilePickerResponse(bad);
  await page.keyboard.press('Enter');
  const summary = form.locator('.error-summary');
  await expect(summary).toContainText('not a report.pdf: This file is damaged');
  await expect(summary).toBeFocused();
  expect(await core(bridge, 'visits:list', {})).toHaveLength(6);
  expect(bridge.dialogs.filter((d) => d.kind === 'chooseReportFile')).toHaveLength(1);

  // The real report: filed, and the visit opens.
  bridge.setFilePickerResponse(good);
  await form.getByRole('button', { name: 'Choose the PDF and file it' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Visit report: Larkspur Lodge, Friday 20 November 2026' })).toBeVisible();
  expect(await core(bridge, 'visits:list', {})).toHaveLength(7);
  const received = page.getByRole('region', { name: 'Received report (PDF)' });
  await expect(received).toContainText('Filed against this visit.');
  const visitUrl = page.url();

  // Read in the app, and a copy saved to print.
  await received.getByRole('link', { name: 'View the received report' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Received report: Larkspur Lodge, Friday 20 November 2026' })).toBeVisible();
  await expect(page.getByRole('region', { name: /received report, 2 pages$/ })).toBeVisible();
  const copy = join(bridge.dataDir, 'copy to print.pdf');
  bridge.setFilePickerResponse(copy);
  await page.getByRole('button', { name: 'Save a copy to print' }).press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Saved a copy to print (2 pages)' })).toContainText(copy);
  expect(readFileSync(copy).equals(Buffer.from(bytes))).toBe(true);
  await saveScreen(page, 'visit-received-file-1280');
  await page.getByRole('link', { name: 'Back to the visit report' }).press('Enter');
  await expect(page).toHaveURL(visitUrl);

  // The two opinions with reasons, and the manager's response, as the clerk types them.
  const report = page.locator('.visit-report-form');
  const saved = report.locator('.save-status');
  await report.getByRole('group', { name: 'Are children effectively safeguarded?' }).getByRole('radio', { name: 'Yes', exact: true }).focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(report.getByRole('group', { name: 'Are children effectively safeguarded?' }).getByRole('radio', { name: 'Yes, with concerns' })).toBeChecked();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(report.getByRole('group', { name: "Does the home's conduct promote children's well-being?" }).getByRole('radio', { name: 'Yes', exact: true })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(report.getByLabel('Reasons for the opinions')).toBeFocused();
  await page.keyboard.type('Two missing episodes in the month; the return interviews were late.');
  await expect(saved).toHaveText('Saved', { timeout: 1500 });
  await report.getByLabel("The manager's response (optional)").focus();
  await page.keyboard.type('The manager has arranged return interviews within 72 hours.');
  // Saved as typed: core holds it (the status line already said "Saved" from the reasons).
  const visitIdNow = visitUrl.split('/').pop() ?? '';
  await expect.poll(async () => (await core(bridge, 'visits:get', { id: visitIdNow })).managerResponse, { timeout: 3000 }).toBe('The manager has arranged return interviews within 72 hours.');
  await expect(saved).toHaveText('Saved');

  await page.getByLabel('New recommendation').focus();
  await page.keyboard.type('Hold return interviews within 72 hours of a child coming back.');
  await page.keyboard.press('Tab');
  await page.keyboard.type('15/01/2027');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Recommendations (1)' })).toBeVisible();

  // Into the action log: the owner (the home's link officer to start with) and the due date changed.
  const accept = page.getByRole('region', { name: 'Into the action log' });
  await expect(accept).toContainText('1 of 1 not yet accepted.');
  const owner = accept.getByLabel('Owner of the action');
  await expect(owner.locator('option:checked')).toHaveText(/^Philippa Marchbanks/);
  await expect(accept.getByLabel('Due by (optional)')).toHaveValue('15/01/2027');
  await owner.focus();
  await page.keyboard.type('Hesk');
  await expect(owner.locator('option:checked')).toHaveText(/^Hesketh Lindqvist/);
  await page.keyboard.press('Tab');
  await retype(page, '31/12/2026');
  await page.keyboard.press('Enter');
  const link = accept.getByRole('link', { name: /^action .+\(Hold return interviews/ });
  await expect(link).toBeFocused();
  await expect(accept).toContainText('Every recommendation is in the action log.');
  await expect(accept).toContainText('in the action log, not started.');
  await expect(accept.getByRole('status')).toContainText('Accepted into the action log as action');
  const visit = await core(bridge, 'visits:get', { id: visitUrl.split('/').pop() ?? '' });
  const actionId = visit.recommendations[0]?.actionId ?? '';
  const action = await core(bridge, 'actions:get', { id: actionId });
  const hesketh = (await core(bridge, 'people:list', {})).find((p) => p.name === 'Hesketh Lindqvist');
  expect(action).toMatchObject({ title: 'Hold return interviews within 72 hours of a child coming back.', ownerId: hesketh?.id, dueDate: '2026-12-31', source: 'visit' });
  expect(visit).toMatchObject({ safeguarded: 'concerns', wellbeing: 'yes', managerResponse: 'The manager has arranged return interviews within 72 hours.', origin: 'file' });
  await expectAccessible(page, 'visit-received-1280');
  await page.setViewportSize({ width: 1024, height: 768 });
  await saveScreen(page, 'visit-received-1024');
  await page.setViewportSize({ width: 1280, height: 800 });
  await saveScreen(page, 'visit-received-1280');

  // Marked ready: the home is fixed, and the screen says why.
  await page.getByRole('button', { name: 'Mark the report ready' }).press('Enter');
  await expect(page.getByText('The home cannot be changed: the report is marked ready. Only a draft report can move to another home.')).toBeVisible();
  await expect(page.getByLabel('Move this draft to another home')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Mark the report reviewed' })).toBeFocused();

  // The link leads to the action in the log.
  await link.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/actions/${actionId}$`));
});

test('a draft report moves to another home by keyboard; once ready it cannot, and the screen says why', async ({ page, bridge }) => {
  await openSampleBoard(bridge);
  await page.goto('/#/visits');
  await page.getByRole('button', { name: 'New visit report' }).press('Enter');
  const newHome = page.getByLabel('Home visited');
  await expect(newHome).toBeFocused();
  await page.keyboard.type('Hol');
  await expect(newHome.locator('option:checked')).toHaveText('Hollins Moor House');
  await page.keyboard.press('Tab');
  await retype(page, '02/12/2026');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Visit report: Hollins Moor House, Wednesday 2 December 2026' })).toBeVisible();

  const move = page.getByLabel('Move this draft to another home');
  await expect(move.locator('option:checked')).toHaveText('Hollins Moor House');
  await move.focus();
  await page.keyboard.type('Bea');
  await expect(move.locator('option:checked')).toHaveText('Beacon View');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Change the home' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Visit report: Beacon View, Wednesday 2 December 2026' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'The report is now about Beacon View.' })).toBeVisible();
  await expectAccessible(page, 'visit-change-home-1280');

  // Not ready without both opinions: said plainly, and the home can still change.
  await page.getByRole('button', { name: 'Mark the report ready' }).press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'Give both opinions' })).toBeVisible();
  await expect(move).toBeVisible();
  const report = page.locator('.visit-report-form');
  await report.getByRole('group', { name: 'Are children effectively safeguarded?' }).getByRole('radio', { name: 'Yes', exact: true }).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(report.locator('.save-status')).toHaveText('Saved', { timeout: 1500 });
  await page.getByRole('button', { name: 'Mark the report ready' }).press('Enter');
  const why = page.getByText('The home cannot be changed: the report is marked ready. Only a draft report can move to another home.');
  await expect(why).toBeVisible();
  await expect(move).toHaveCount(0);
  expect((await core(bridge, 'visits:list', {})).find((v) => v.date === '2026-12-02')).toMatchObject({ home: 'Beacon View', status: 'ready' });

  // Reviewed: still fixed; a draft again: it can move.
  await page.getByRole('button', { name: 'Mark the report reviewed' }).press('Enter');
  await expect(page.getByText('The home cannot be changed: the clerk has reviewed the report. Only a draft report can move to another home.')).toBeVisible();
  await page.getByRole('button', { name: 'Make it a draft again' }).press('Enter');
  await expect(move).toBeVisible();
});

test('the visits paper attached to the agenda item about visits in one step', async ({ page, bridge }) => {
  await openSampleBoard(bridge);
  const meeting = (await core(bridge, 'meetings:list', {})).find((m) => m.status === 'draft');
  if (!meeting) throw new Error('The sample has no draft meeting');
  const item = await core(bridge, 'agenda:add', { meetingId: meeting.id, title: 'Visits to children’s homes: summary', purpose: 'information' });
  await page.goto(`/#/meetings/${meeting.id}`);
  const number = (await core(bridge, 'agenda:list', { meetingId: meeting.id })).entries.find((e) => e.kind === 'item' && e.id === item.id)?.number ?? '';
  const attach = page.getByRole('button', { name: `Attach the visits paper (summary) to item ${number}` });
  await attach.focus();
  await page.keyboard.press('Enter');
  const reports = page.getByRole('list', { name: `Reports for item ${number}` });
  await expect(reports).toContainText('Visits to children’s homes (summary)', { timeout: 30_000 });
  await expect(reports).toContainText(/PDF, \d+ pages?/);

  // On a Part II item the full reports (they identify children), attached in one step too.
  const exempt = await core(bridge, 'agenda:add', { meetingId: meeting.id, title: 'Regulation 44 reports in full', part: 2, exemptParagraph: 1, publicTitle: 'Exempt item' });
  await page.reload();
  const exemptNumber = (await core(bridge, 'agenda:list', { meetingId: meeting.id })).entries.find((e) => e.kind === 'item' && e.id === exempt.id)?.number ?? '';
  await page.getByRole('button', { name: `Attach the visits paper (full reports, Part II) to item ${exemptNumber}` }).press('Enter');
  await expect(page.getByRole('list', { name: `Reports for item ${exemptNumber}` })).toContainText('Visits to children’s homes (full reports)', { timeout: 30_000 });
  await expect(page.getByRole('button', { name: `Attach the visits paper (summary) to item ${exemptNumber}` })).toHaveCount(0);
});

test('after importing a return bundle, the clerk reviews a report and accepts its recommendations one by one', async ({ page, bridge }) => {
  const { path } = await createWorkspace(bridge);
  await core(bridge, 'workspace:close', {});
  const p = (name: string): string => join(bridge.dataDir, name);
  const pass = 'correct horse battery staple';
  const clerk = Workspace.open(path, { actor: 'Clerk' });
  const ann = createPerson(clerk, { name: 'Ann Patel', kind: 'member' });
  createPerson(clerk, { name: 'Priya Shah', kind: 'officer' });
  const oak = createHome(clerk, { name: 'Oak House', ownership: 'in_house' });
  addRota(clerk, { homeId: oak, personId: ann.id, month: '2026-11' });
  await makeKit(clerk, { memberName: 'Ann Patel', passphrase: pass, out: p('ann.kit'), today: '2026-11-01' });
  clerk.close();
  await openKit(p('ann.kit'), p('ann.panelpack'), pass, 'Ann Patel');
  const member = Workspace.open(p('ann.panelpack'), { actor: 'Ann Patel' });
  const recommendations = [
    { text: 'Fix the garden lighting.', due: '2027-01-31' },
    { text: 'Replace the worn lounge carpet.', due: null },
  ];
  setVisitStatus(member, createVisit(member, { home: 'Oak House', date: '2026-11-12', kind: 'member', safeguarded: 'yes', wellbeing: 'yes', recommendations }), 'ready');
  await makeReturn(member, p('ann.bundle'));
  member.close();

  bridge.setFilePickerResponse(path);
  await core(bridge, 'workspace:open', {});
  await page.goto('/#/visits');
  const panel = page.getByRole('region', { name: 'Import a return bundle' });
  await panel.getByLabel('Return bundle').setInputFiles(p('ann.bundle'));
  await panel.getByRole('button', { name: 'Import the bundle' }).press('Enter');
  await expect(panel.getByRole('status')).toContainText('1 report added');
  await expect(panel).toContainText('Oak House, Thursday 12 November 2026: 2 recommendations, 0 in the action log');
  await panel.getByRole('link', { name: 'Oak House, Thursday 12 November 2026' }).press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Visit report: Oak House, Thursday 12 November 2026' })).toBeVisible();
  // Received from the member: the home is fixed, and the screen says why.
  await expect(page.getByText('The home cannot be changed: the member sent this report back finished. Only a draft report can move to another home.')).toBeVisible();

  const accept = page.getByRole('region', { name: 'Into the action log' });
  await expect(accept).toContainText('2 of 2 not yet accepted.');
  // No link officer for this home: the owner starts empty; the clerk chooses one.
  const owner = accept.getByLabel('Owner of the action').first();
  await expect(owner.locator('option:checked')).toHaveText('No owner yet');
  await owner.focus();
  await page.keyboard.type('Priya');
  await page.keyboard.press('Tab');
  await expect(accept.getByLabel('Due by (optional)').first()).toHaveValue('31/01/2027');
  await page.keyboard.press('Enter');
  const first = accept.getByRole('link', { name: /\(Fix the garden lighting\.\)$/ });
  await expect(first).toBeFocused();
  await expect(accept).toContainText('1 of 2 not yet accepted.');
  // The second, with a date typed wrongly: refused beside the field, nothing accepted.
  await accept.getByLabel('Due by (optional)').focus();
  await page.keyboard.type('31/02/2027');
  await page.keyboard.press('Enter');
  await expect(accept.locator('.error-summary')).toBeFocused();
  await expect(accept).toContainText('1 of 2 not yet accepted.');
  // The summary's link leads back to the field.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(accept.getByLabel('Due by (optional)')).toBeFocused();
  await retype(page, '28/02/2027');
  await page.keyboard.press('Enter');
  await expect(accept.getByRole('link', { name: /\(Replace the worn lounge carpet\.\)$/ })).toBeFocused();
  await expect(accept).toContainText('Every recommendation is in the action log.');
  const visit = (await core(bridge, 'visits:list', {}))[0];
  const full = await core(bridge, 'visits:get', { id: visit?.id ?? '' });
  const actions = await Promise.all(full.recommendations.map((r) => core(bridge, 'actions:get', { id: r.actionId ?? '' })));
  const priya = (await core(bridge, 'people:list', {})).find((x) => x.name === 'Priya Shah');
  expect(actions.map((a) => [a.title, a.ownerId, a.dueDate])).toEqual([
    ['Fix the garden lighting.', priya?.id, '2027-01-31'],
    ['Replace the worn lounge carpet.', null, '2027-02-28'],
  ]);
});

test.describe('at 320 CSS px', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  test('filing a received report and a filed report reflow and pass axe', async ({ page, bridge }) => {
    await openSampleBoard(bridge);
    const good = join(bridge.dataDir, 'received.pdf');
    writeFileSync(good, await realPdf(1));
    await page.goto('/#/visits');
    await page.getByRole('button', { name: 'File a received report (PDF)' }).click();
    await expect(page.getByLabel('Home', { exact: true })).toBeFocused();
    expect(await pageWidth(page)).toBe(320);
    await expectAccessible(page, 'visits-file-received-320');
    bridge.setFilePickerResponse(good);
    await page.getByRole('button', { name: 'Choose the PDF and file it' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /^Visit report: Beacon View/ })).toBeVisible();
    await page.getByLabel('New recommendation').fill('Check the fire doors weekly.');
    await page.getByRole('button', { name: 'Add recommendation' }).click();
    await expect(page.getByRole('region', { name: 'Into the action log' }).getByLabel('Owner of the action')).toBeVisible();
    expect(await pageWidth(page)).toBe(320);
    await expectAccessible(page, 'visit-received-320');
    await page.getByRole('region', { name: 'Into the action log' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(import.meta.dirname, '../../test-results/screens', 'visit-received-320-accept.png') });
    await page.getByRole('region', { name: 'Received report (PDF)' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(import.meta.dirname, '../../test-results/screens', 'visit-received-320-file.png') });
  });
});
