/**
 * The Meetings screens over the real core: create a meeting, build its agenda (add, reorder by
 * keyboard, mark Part II), attach a real PDF and a refused Word file, publish; axe on the list and
 * the meeting page. Core is checked behind the UI, so the order and the exclusion item are core's.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AgendaItem, Body } from '../../shared/model/entities';
import { localToday, longDate, numericDate, shiftDate } from '../../shared/logic/dates';
import { docx, realPdf } from '../helpers/pdfFixtures';
import { hostileCorpus } from '../core/packs/hostilePdfs';
import { oddCorpus } from '../helpers/oddPdfs';
import { expectAccessible } from './axe';
import { expect, saveScreen, test, type BridgeControl } from './fixtures';
import { MeetingPage, MeetingsPage } from './pages/meetings';
import { core, openSampleBoard, seedBoard } from './workspaces';

/** seedBoard's workspace (two priorities) with the board itself, which meetings belong to. */
async function seedMeetingsBoard(bridge: BridgeControl): Promise<Body> {
  await seedBoard(bridge);
  return core(bridge, 'bodies:create', { name: 'Corporate Parenting Board', kind: 'board', chairRole: 'Lead Member for Children' });
}

/** The meeting's items as core has them, in agenda order. */
async function coreItems(bridge: BridgeControl, meetingId: string): Promise<AgendaItem[]> {
  const agenda = await core(bridge, 'agenda:list', { meetingId });
  return agenda.entries.filter((e): e is AgendaItem => e.kind === 'item');
}

test('build an agenda: add, reorder by keyboard, Part II, attach reports', async ({ page, bridge }) => {
  // A long journey with two axe scans, on two shared cores.
  test.setTimeout(90_000);
  await seedMeetingsBoard(bridge);
  const today = localToday();
  // Far enough ahead that the deadline has not passed, whatever today is.
  const date = shiftDate(today, 70);
  const list = new MeetingsPage(page);
  await list.goto();
  await list.create({ date: numericDate(date), time: '14:00', venue: 'Committee Room 2, Town Hall', theme: '1. Stable homes' });

  // The app opens the new meeting; its heading names the board and the date in words.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Corporate Parenting Board: ${longDate(date)}`);
  const [meeting] = await core(bridge, 'meetings:list', {});
  expect(meeting).toBeDefined();
  if (!meeting) return;
  expect(meeting).toMatchObject({ meetingDate: date, startTime: '14:00', venue: 'Committee Room 2, Town Hall', themePriorityTitle: 'Stable homes', status: 'draft' });
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details).toContainText(`Publish by ${longDate(meeting.publishBy)}`);
  await expect(details).toContainText('Draft');

  const m = new MeetingPage(page);
  const standing = await coreItems(bridge, meeting.id);
  expect(standing.length).toBeGreaterThan(0);
  await expect(m.agenda.locator('.agenda-item-title').first()).toHaveText(`${standing[0]?.number} ${standing[0]?.title}`);

  await m.addItem({ title: 'Fostering sufficiency report', purpose: 'For decision', presenter: 'Head of Fostering', minutes: '20' });
  await m.addItem({ title: 'Children in Care Council update', purpose: 'For discussion', presenter: 'CiCC members' });
  const before = (await coreItems(bridge, meeting.id)).map((i) => i.title);
  const fosteringAt = before.indexOf('Fostering sufficiency report');
  const ciccAt = before.indexOf('Children in Care Council update');
  expect(ciccAt).toBeGreaterThan(fosteringAt);
  // What the page shows is core's numbering, in core's order.
  const shown = await m.itemHeadings();
  expect(shown).toEqual((await coreItems(bridge, meeting.id)).map((i) => `${i.number} ${i.title}`));

  // Reorder by keyboard: focus "Move up" on the CiCC update and press Enter until it is above fostering.
  const cicc = m.item('Children in Care Council update');
  const moveUp = cicc.getByRole('button', { name: /^Move up: item .*Children in Care Council update/ });
  // Moving is one of the card's rarer actions, under "More".
  await m.openMore('Children in Care Council update');
  for (let i = 0; i < ciccAt - fosteringAt; i++) {
    await moveUp.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: '"Children in Care Council update" is now item' })).toHaveCount(1);
  }
  await expect(moveUp).toBeFocused();
  // Escape closes "More" and returns focus to it.
  await page.keyboard.press('Escape');
  const more = cicc.getByRole('button', { name: /^More for item/ });
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  await expect(more).toBeFocused();
  const after = (await coreItems(bridge, meeting.id)).map((i) => i.title);
  expect(after.indexOf('Children in Care Council update')).toBe(fosteringAt);
  expect(after.indexOf('Fostering sufficiency report')).toBe(fosteringAt + 1);
  expect(await m.itemHeadings()).toEqual((await coreItems(bridge, meeting.id)).map((i) => `${i.number} ${i.title}`));

  // And with the mouse: dragging the fostering report by its handle onto the CiCC update puts it back first.
  // (Both cards in view first: a drag that has to scroll the page on the way never starts.)
  await cicc.scrollIntoViewIfNeeded();
  await m.item('Fostering sufficiency report').locator('.drag-handle').dragTo(cicc);
  await expect(page.getByRole('status').filter({ hasText: '"Fostering sufficiency report" is now item' })).toHaveCount(1);
  const dragged = (await coreItems(bridge, meeting.id)).map((i) => i.title);
  expect(dragged.indexOf('Fostering sufficiency report')).toBe(fosteringAt);
  expect(dragged.indexOf('Children in Care Council update')).toBe(fosteringAt + 1);

  // Part II with paragraph 1: core derives the exclusion of the press and public, and the page shows it.
  await m.editItem('Fostering sufficiency report', { partTwoParagraph: 1, publicTitle: 'Fostering placements (exempt)' });
  await expect(m.item('Fostering sufficiency report')).toContainText('Part II (paragraph 1)');
  const agenda = await core(bridge, 'agenda:list', { meetingId: meeting.id });
  const exclusion = agenda.entries.find((e) => e.kind === 'exclusion');
  expect(exclusion).toMatchObject({ kind: 'exclusion', paragraphs: [1] });
  const exclusionCard = m.item('Exclusion of the press and public');
  await expect(exclusionCard).toContainText(`${exclusion?.number} Exclusion of the press and public`);
  await expect(exclusionCard).toContainText('Added automatically');
  await expect(exclusionCard.getByRole('button')).toHaveCount(0);
  for (const w of agenda.warnings) await expect(m.agenda).toContainText(w);

  // Attach a real three-page PDF through the stubbed file dialog.
  const pdf = join(bridge.dataDir, 'Fostering sufficiency.pdf');
  writeFileSync(pdf, await realPdf(3, 'Fostering sufficiency'));
  bridge.setFilePickerResponse(pdf);
  await m.attachButton('Fostering sufficiency report').click();
  await expect(m.item('Fostering sufficiency report').getByRole('list', { name: /^Reports for item/ })).toContainText('(PDF, 3 pages)');
  const fostering = (await coreItems(bridge, meeting.id)).find((i) => i.title === 'Fostering sufficiency report');
  expect(fostering?.attachments).toHaveLength(1);
  expect(fostering?.attachments[0]?.pages).toBe(3);
  await expect(m.item('Fostering sufficiency report').locator('.attachment-removed')).toHaveCount(0);

  // A report with page-open scripts is attached, and the clerk is told what no pack will carry.
  const scripted = (await hostileCorpus()).find((h) => h.filename === 'Page open script.pdf');
  const scriptedPath = join(bridge.dataDir, 'Page open script.pdf');
  writeFileSync(scriptedPath, scripted?.bytes ?? new Uint8Array());
  bridge.setFilePickerResponse(scriptedPath);
  await m.attachButton('Fostering sufficiency report').click();
  await expect(m.item('Fostering sufficiency report').locator('.attachment-removed')).toHaveText('Page open script: Removed 2 scripts from this report.');
  await expect(page.getByRole('status').filter({ hasText: 'Page open script attached to item' })).toContainText(': 1 page. Removed 2 scripts from this report.');

  // A report with an image that cannot be decoded is attached, and the page that may print blank is named.
  const broken = oddCorpus().find((o) => o.filename === 'Broken image.pdf');
  const brokenPath = join(bridge.dataDir, 'Broken image.pdf');
  writeFileSync(brokenPath, broken?.bytes ?? new Uint8Array());
  bridge.setFilePickerResponse(brokenPath);
  await m.attachButton('Fostering sufficiency report').click();
  const damage = 'Page 2 has an image that may print blank. Check that page in the pack, or save or print the report as a new PDF and attach that.';
  await expect(m.item('Fostering sufficiency report').locator('.attachment-damaged')).toHaveText(`Broken image: ${damage}`);
  await expect(page.getByRole('status').filter({ hasText: 'Broken image attached to item' })).toContainText(`: 2 pages. ${damage}`);

  // A Word document is refused with the plain message beside its item, and nothing changes.
  const word = join(bridge.dataDir, 'CiCC update.docx');
  writeFileSync(word, docx());
  bridge.setFilePickerResponse(word);
  await m.attachButton('Children in Care Council update').click();
  await expect(m.item('Children in Care Council update').getByRole('alert')).toContainText('Convert it to PDF first');
  const ciccItem = (await coreItems(bridge, meeting.id)).find((i) => i.title === 'Children in Care Council update');
  expect(ciccItem?.attachments).toEqual([]);
  expect(bridge.dialogs.filter((d) => d.kind === 'chooseReportFile')).toHaveLength(4);

  // A sub-item takes its number from its item ("5.1"), then is removed after a confirmation.
  const ciccCard = m.item('Children in Care Council update');
  await m.openMore('Children in Care Council update');
  await ciccCard.getByRole('button', { name: /^Add sub-item/ }).click();
  await ciccCard.locator('.sub-item-panel').getByLabel('Item title').fill('Care leavers’ forum: housing survey');
  await ciccCard.locator('.sub-item-panel').getByRole('button', { name: 'Add sub-item' }).click();
  const subItem = (await coreItems(bridge, meeting.id)).find((i) => i.title === 'Care leavers’ forum: housing survey');
  const ciccNow = (await coreItems(bridge, meeting.id)).find((i) => i.title === 'Children in Care Council update');
  expect(subItem?.parentId).toBe(ciccNow?.id);
  expect(subItem?.number).toBe(`${ciccNow?.number}.1`);
  const subCard = m.item('Care leavers’ forum: housing survey');
  await expect(subCard.getByRole('heading')).toHaveText(`${subItem?.number} Care leavers’ forum: housing survey`);
  await expectAccessible(page, 'meeting');

  await m.openMore('Care leavers’ forum: housing survey');
  await subCard.getByRole('button', { name: /^Remove item/ }).click();
  await expect(subCard.getByRole('group')).toContainText(`Remove item ${subItem?.number}, Care leavers’ forum: housing survey?`);
  await subCard.getByRole('button', { name: 'Yes, remove item' }).click();
  await expect(subCard).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Agenda', exact: true })).toBeFocused();
  expect((await coreItems(bridge, meeting.id)).some((i) => i.title === 'Care leavers’ forum: housing survey')).toBe(false);

  // And with the forms open: the meeting's details and a new Part II item.
  await page.getByRole('button', { name: 'Edit meeting details' }).click();
  await m.agenda.getByRole('button', { name: 'Add item', exact: true }).click();
  await m.agenda.locator('.add-panel').getByRole('radio', { name: /^Part II/ }).check();
  await expectAccessible(page, 'meeting-forms');
  await m.agenda.locator('.add-panel').getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('region', { name: 'Details' }).getByRole('button', { name: 'Cancel' }).click();

  // Back on the list: the meeting's row, in words, with its deadline.
  await page.getByRole('link', { name: 'All meetings' }).click();
  await expect(list.heading).toBeVisible();
  const row = list.row(longDate(date));
  await expect(row).toContainText('14:00');
  await expect(row).toContainText('Corporate Parenting Board');
  await expect(row).toContainText('Ordinary meeting');
  await expect(row).toContainText('1. Stable homes');
  await expect(row).toContainText('Draft');
  await expect(row).toContainText(`Publish by ${longDate(meeting.publishBy)}`);
  await expect(row).not.toContainText('Deadline passed');
});

test('missed deadlines warned in words; the calendar file; the status moves on by core\'s rules', async ({ page, bridge }) => {
  const board = await seedMeetingsBoard(bridge);
  const today = localToday();
  // Two days away: five clear days before it have already gone.
  const soon = await core(bridge, 'meetings:create', { bodyId: board.id, meetingDate: shiftDate(today, 2), startTime: '10:00' });
  const held = await core(bridge, 'meetings:create', { bodyId: board.id, meetingDate: shiftDate(today, -40), startTime: '17:30', kind: 'special' });
  expect(soon.deadlinePassed).toBe(true);

  const list = new MeetingsPage(page);
  await list.goto();
  const row = list.upcoming.getByRole('row').filter({ hasText: longDate(soon.meetingDate) });
  await expect(row).toContainText('Deadline passed');
  await expect(row).toContainText(`Publish by ${longDate(soon.publishBy)}`);
  await expect(list.past.getByRole('row').filter({ hasText: longDate(held.meetingDate) })).toContainText('Special meeting');
  await expectAccessible(page, 'meetings');

  // Every upcoming meeting as one calendar file, through the stubbed Save dialog.
  const ics = join(bridge.dataDir, 'meetings.ics');
  bridge.setFilePickerResponse(ics);
  await page.getByRole('button', { name: 'Export calendar (.ics)' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved 1 meeting to' })).toContainText(ics);
  const calendar = readFileSync(ics, 'utf8');
  expect(calendar).toContain('BEGIN:VCALENDAR');
  expect(calendar.match(/BEGIN:VEVENT/g)).toHaveLength(1);

  await list.row(longDate(soon.meetingDate)).getByRole('link').click();
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details).toContainText(`should have been published by ${longDate(soon.publishBy)}`);
  // Core's rule, in its words: a meeting is held only on or after its day.
  await details.getByLabel('Meeting status').selectOption({ label: 'Held' });
  await details.getByRole('button', { name: 'Change status' }).click();
  await expect(details.getByRole('alert')).toContainText(`it can be marked held on or after ${longDate(soon.meetingDate)}`);
  expect((await core(bridge, 'meetings:get', { id: soon.id })).status).toBe('draft');

  // The past meeting can be marked held; its agenda then no longer changes.
  await page.goto(`/#/meetings/${held.id}`);
  await details.getByLabel('Meeting status').selectOption({ label: 'Held' });
  await details.getByRole('button', { name: 'Change status' }).click();
  await expect(details.locator('.meeting-status')).toHaveText('Held');
  expect((await core(bridge, 'meetings:get', { id: held.id })).status).toBe('held');
  await expect(page.getByRole('region', { name: 'Agenda', exact: true })).toContainText('The meeting has been held, so its agenda can no longer change.');
  await expect(page.getByRole('button', { name: 'Add item', exact: true })).toHaveCount(0);
});

test('publish the agenda and packs: progress, then three published papers', async ({ page, bridge }) => {
  const board = await seedMeetingsBoard(bridge);
  const meeting = await core(bridge, 'meetings:create', { bodyId: board.id, meetingDate: shiftDate(localToday(), 60), startTime: '14:00', venue: 'Committee Room 1' });
  const item = await core(bridge, 'agenda:add', { meetingId: meeting.id, title: 'Virtual School annual report', purpose: 'information' });
  const pdf = join(bridge.dataDir, 'virtual school.pdf');
  writeFileSync(pdf, await realPdf(4, 'Virtual School'));
  bridge.setFilePickerResponse(pdf);
  await core(bridge, 'attachments:add', { itemId: item.id });

  await page.goto(`/#/meetings/${meeting.id}`);
  const m = new MeetingPage(page);
  await expect(m.publishing).toContainText('Nothing has been published for this meeting yet.');
  // Printed packs: the members' pack is fitted to A4 unless the clerk unticks it.
  await expect(m.publishing.getByRole('checkbox', { name: "Fit every page of the members' pack to A4" })).toBeChecked();
  await m.publishing.getByRole('button', { name: 'Publish agenda and packs' }).click();
  await expect(m.publishing.getByRole('status')).toContainText(/Published the agenda \(\d+ pages\), the members' pack \(\d+ pages\) and the public pack \(\d+ pages\)\./, { timeout: 20_000 });
  expect(bridge.progress.filter((e) => e.task === 'meetings:publish').length).toBeGreaterThan(0);

  const table = m.publishing.getByRole('table', { name: 'Published papers, newest first' });
  await expect(table.getByRole('row')).toHaveCount(4);
  for (const kind of ['Agenda', "Members' pack", 'Public pack']) await expect(table.getByRole('rowheader', { name: kind, exact: true })).toBeVisible();
  const published = await core(bridge, 'publications:list', { meetingId: meeting.id });
  expect(published.map((p) => p.kind).sort()).toEqual(['agenda', 'members_pack', 'public_pack']);
  // Once published, the next run is a supplement, and the status says so in words.
  await expect(m.publishing.getByRole('button', { name: 'Publish supplementary pack' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Details' })).toContainText('Agenda published');
  await saveScreen(page, 'meeting-published');
  // The narrow publishing panel must not push the page wider than the window.
  // (Test code has no DOM types: the page's document is reached through globalThis, as fixtures.ts does.)
  const pageWidth = await page.evaluate(() => (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement.scrollWidth);
  expect(pageWidth).toBeLessThanOrEqual(page.viewportSize()?.width ?? 0);

  // Each version can be read in the app and saved as a copy where the clerk chooses.
  const agendaPaper = published.find((p) => p.kind === 'agenda');
  const agendaRow = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Agenda', exact: true }) });
  await expect(agendaRow.getByRole('link', { name: 'Read the agenda' })).toHaveAttribute('href', `#/meetings/${meeting.id}/papers/${agendaPaper?.id}`);
  const copy = join(bridge.dataDir, 'agenda copy.pdf');
  bridge.setFilePickerResponse(copy);
  await agendaRow.getByRole('button', { name: 'Save a copy of the agenda' }).click();
  await expect(m.publishing.getByRole('status')).toContainText(`Saved a copy of the agenda (${agendaPaper?.pages} pages) to ${copy}`);
  expect(readFileSync(copy).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await expect(m.publishing.getByRole('progressbar')).toHaveCount(0);

  // An item added now is late: it needs the chair's reason for urgency, then goes out in a supplement.
  await m.agenda.getByRole('button', { name: 'Add item', exact: true }).click();
  const form = m.agenda.locator('.add-panel form.agenda-item-form');
  await form.getByLabel('Item title').fill('Emergency placement sufficiency');
  await form.getByRole('button', { name: 'Add item' }).click();
  await expect(form.getByRole('alert')).toContainText('Say why the item is urgent.');
  await form.getByLabel('Reason for urgency').fill('Two children’s homes closed this week; the board must agree the interim plan.');
  await form.getByRole('button', { name: 'Add item' }).click();
  const late = m.item('Emergency placement sufficiency');
  await expect(late).toContainText('Late item');
  await expect(late).toContainText('Two children’s homes closed this week');
  const lateItem = (await coreItems(bridge, meeting.id)).find((i) => i.title === 'Emergency placement sufficiency');
  expect(lateItem?.addedAfterPublication).toBe(true);

  await m.publishing.getByRole('button', { name: 'Publish supplementary pack' }).click();
  await expect(table.getByRole('row')).toHaveCount(6, { timeout: 20_000 });
  await expect(table.getByRole('rowheader', { name: "Supplementary pack (members') No. 1" })).toBeVisible();
  await expect(table.getByRole('rowheader', { name: 'Supplementary pack (public) No. 1' })).toBeVisible();
});

test('cancelling a publishing run keeps nothing', async ({ page, bridge }) => {
  const board = await seedMeetingsBoard(bridge);
  const meeting = await core(bridge, 'meetings:create', { bodyId: board.id, meetingDate: shiftDate(localToday(), 60), startTime: '14:00', venue: 'Committee Room 1' });
  const item = await core(bridge, 'agenda:add', { meetingId: meeting.id, title: 'Sufficiency strategy refresh', purpose: 'decision' });
  const pdf = join(bridge.dataDir, 'sufficiency.pdf');
  writeFileSync(pdf, await realPdf(20, 'Sufficiency'));
  bridge.setFilePickerResponse(pdf);
  await core(bridge, 'attachments:add', { itemId: item.id });

  await page.goto(`/#/meetings/${meeting.id}`);
  const m = new MeetingPage(page);
  // The run's layouts wait until Cancel has reached core, so it is cancelled mid-run whatever the machine's speed.
  const release = bridge.holdRendering();
  await m.publishing.getByRole('button', { name: 'Publish agenda and packs' }).click();
  await expect(m.publishing.getByRole('progressbar')).toBeVisible();
  await m.publishing.getByRole('button', { name: 'Cancel publishing' }).click();
  await expect(m.publishing.getByText('Cancelling…')).toBeVisible();
  await expect.poll(() => bridge.calls.includes('meetings:cancelPublish')).toBe(true);
  release();
  await expect(m.publishing.getByRole('status')).toContainText('Publishing cancelled. Nothing was kept.', { timeout: 20_000 });
  await expect(m.publishing.getByRole('progressbar')).toHaveCount(0);
  expect(await core(bridge, 'publications:list', { meetingId: meeting.id })).toEqual([]);
  expect((await core(bridge, 'meetings:get', { id: meeting.id })).status).toBe('draft');
  await expect(m.publishing).toContainText('Nothing has been published for this meeting yet.');
});

test("the sample board's forward plan: each upcoming meeting's theme and planned items, Part II in words", async ({ page, bridge }) => {
  await openSampleBoard(bridge);
  const plan = await core(bridge, 'meetings:forwardPlan', {});
  const next = plan[0];
  expect(next?.items.length).toBeGreaterThan(0);
  await page.goto('/#/meetings');
  const section = page.getByRole('region', { name: 'Forward plan' });
  await expect(section.getByRole('heading', { level: 3 })).toHaveCount(plan.length);
  const first = section.getByRole('listitem').filter({ has: page.getByRole('link', { name: longDate(next?.meeting.meetingDate ?? '') }) });
  await expect(first).toContainText(`Theme: ${next?.meeting.themePriorityNumber}. ${next?.meeting.themePriorityTitle}`);
  for (const item of next?.items ?? []) await expect(first).toContainText(`${item.number} ${item.title}`);
  const exempt = next?.items.find((i) => i.part === 2);
  if (exempt) await expect(first.getByRole('listitem').filter({ hasText: exempt.title })).toContainText('Part II (exempt)');
  await expectAccessible(page, 'meetings-forward-plan');
});
