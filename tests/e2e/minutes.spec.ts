/**
 * The Minutes screen over the real core, by keyboard only: open the sample board's last held
 * meeting, take its minutes (attendance, a declaration, a minute, two resolutions with a vote, an
 * action arising), reload and find it all there, and the action in the action log with "From the
 * minutes of <date>, item <n>". Approved minutes are read-only and take a recorded correction.
 * axe at 1280 and 320 px; screenshots at 1280, 1024 and 320 px.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Meeting } from '../../shared/model/entities';
import type { MinutesItem } from '../../shared/model/minuteRecords';
import { longDate } from '../../shared/logic/dates';
import { expectAccessible } from './axe';
import { expect, saveScreen, test, type BridgeControl } from './fixtures';
import { core, openSampleBoard } from './workspaces';

/** The sample board's most recent held meeting (its minutes a draft: the sample minutes it). */
async function lastHeld(bridge: BridgeControl): Promise<Meeting> {
  await openSampleBoard(bridge);
  const held = (await core(bridge, 'meetings:list', {})).filter((m) => m.status === 'held');
  const last = held.at(-1);
  if (!last) throw new Error('The sample board has no held meeting.');
  return last;
}

const current = (page: Page) => page.locator('#minutes-current');

/** Moves with Alt+Page Down (or Up) until the current pane's heading starts with `heading`. */
async function moveTo(page: Page, heading: string, key = 'Alt+PageDown'): Promise<void> {
  for (let i = 0; i < 40; i++) {
    if ((await current(page).textContent())?.startsWith(heading)) break;
    await page.keyboard.press(key);
    await expect(current(page)).toBeFocused();
  }
  await expect(current(page)).toHaveText(new RegExp(`^${heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
}

/** Presses Tab until `name`'s control has focus (keyboard only), at most `max` times. */
async function tabTo(page: Page, selector: string, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.locator(selector).evaluate((el) => el === (el as unknown as { ownerDocument: { activeElement: unknown } }).ownerDocument.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(page.locator(selector)).toBeFocused();
}

test('minute a whole meeting by keyboard only; reload; all there; the action in the log', async ({ page, bridge }) => {
  test.setTimeout(120_000);
  const meeting = await lastHeld(bridge);
  const agenda = await core(bridge, 'agenda:list', { meetingId: meeting.id });
  const report = agenda.entries.find((e) => e.kind === 'item' && e.part === 1 && e.standingKey === null && e.parentId === null);
  if (!report || report.kind !== 'item') throw new Error('No report item on the sample agenda.');

  // The sample has minuted this meeting already: everyone starts absent here, so the quorum line
  // and the lists of who is present count only what this test marks.
  const sampled = await core(bridge, 'minutes:start', { meetingId: meeting.id });
  for (const a of sampled.attendance) {
    await core(bridge, 'minutes:setAttendance', { id: a.id, patch: { status: 'absent', arrivedItemId: null, leftItemId: null, substituteForId: null } });
  }
  const sampledDeclarations = sampled.declarations.length;

  // From the meeting page: Tab to "Take minutes" (or "Minutes"), Enter.
  await page.goto(`/#/meetings/${meeting.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(longDate(meeting.meetingDate));
  const link = page.locator('#meeting-minutes');
  await expect(link).toHaveText(/^(Take minutes|Minutes)$/);
  await page.locator('#meeting-title').focus();
  await tabTo(page, '#meeting-minutes');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/minutes/);
  const start = page.getByRole('button', { name: 'Start the minutes' });
  if (await start.isVisible().catch(() => false)) {
    await start.focus();
    await page.keyboard.press('Enter');
  }
  await expect(current(page)).toHaveText('Attendance');
  await expect(page.getByText('Keyboard shortcuts')).toBeVisible();

  // Attendance: the chair present, the next member's apologies (Arrow keys on the closed select).
  const started = await core(bridge, 'minutes:get', { meetingId: meeting.id });
  const members = (started?.attendance ?? []).filter((a) => a.bodyRole !== null);
  const [chair, second, third] = members;
  if (!chair || !second || !third) throw new Error('The sample board has fewer than three members.');
  const chairStatus = page.locator(`#att-${chair.id}-status`);
  await tabTo(page, `#att-${chair.id}-status`);
  await chairStatus.press('Home');
  await expect(chairStatus).toHaveValue('present');
  await expect(page.locator('.attendance .save-status')).toHaveText('Saved');
  await tabTo(page, `#att-${second.id}-status`);
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator(`#att-${second.id}-status`)).toHaveValue('apologies');
  await tabTo(page, `#att-${third.id}-status`);
  await page.keyboard.press('Home');
  await expect(page.locator(`#att-${third.id}-status`)).toHaveValue('present');
  await expect(page.locator('.minutes-bar .quorum')).toContainText('2 members');

  // A declaration (Alt+Shift+D).
  await page.keyboard.press('Alt+Shift+D');
  await expect(current(page)).toHaveText('Declarations of interest');
  await expect(current(page)).toBeFocused();
  await tabTo(page, '#decl-add', 5);
  await page.keyboard.press('Enter');
  await expect(page.locator('#decl-new-person')).toBeFocused();
  await page.keyboard.press('ArrowDown'); // the first member listed
  await page.keyboard.press('Tab');
  await expect(page.locator('#decl-new-item')).toBeFocused();
  await page.keyboard.press('ArrowDown'); // item 1
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space'); // kind of interest: the first option, "Disclosable pecuniary interest"
  await expect(page.locator('#decl-new-category-disclosable_pecuniary')).toBeChecked();
  await tabTo(page, '#decl-new-nature', 6);
  await page.keyboard.type('Her son is a foster carer for the council.');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space'); // what the member did: "Left the room"
  await expect(page.locator('#decl-new-action-left_room')).toBeChecked();
  await tabTo(page, '#decl-new-dispensation', 6);
  await page.keyboard.press('Enter');
  await expect(page.locator('.declaration-list')).toContainText('Her son is a foster carer for the council.');
  await expect(page.locator('.declaration-list')).toContainText('Left the room');

  // The report item (Alt+Page Down), its minute, two resolutions (Alt+Shift+R), a vote.
  await moveTo(page, `Item ${report.number}:`);
  // The third member leaves during this item: recorded against it, and the quorum line follows.
  await tabTo(page, `.coming-and-going summary`);
  await page.keyboard.press('Enter');
  await tabTo(page, `#cg-${report.id}-who`, 3);
  await page.keyboard.press('End');
  await expect(page.locator(`#cg-${report.id}-who`)).toHaveValue(third.id);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('.coming-and-going [role="status"]')).toHaveText(`Saved: ${third.name} left at item ${report.number}.`);
  await expect(page.locator('.minutes-bar .quorum')).toContainText('1 member');
  await tabTo(page, `#im-${report.id}-text`);
  await page.keyboard.type('The Head of Fostering presented the sufficiency report. Members asked about sibling groups.');
  await page.keyboard.press('Alt+Shift+R');
  const firstText = page.locator('.resolution textarea').nth(0);
  await expect(firstText).toBeFocused();
  await page.keyboard.type('the report be noted.');
  await page.keyboard.press('Alt+Shift+R');
  const secondText = page.locator('.resolution textarea').nth(1);
  await expect(secondText).toBeFocused();
  await page.keyboard.type('a recruitment campaign for foster carers of sibling groups be launched in the spring.');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space'); // "A vote was taken"
  await page.keyboard.press('Tab');
  await page.keyboard.type('7');
  await page.keyboard.press('Tab');
  await page.keyboard.type('1');
  await page.keyboard.press('Tab');
  await page.keyboard.type('0');
  await expect(page.locator('.resolution .save-status').nth(1)).toHaveText('Saved');
  await expect(page.locator('.item-minute-form .save-status')).toHaveText('Saved');

  // An action arising (Alt+Shift+N): title, owner, due date; Enter adds it.
  await page.keyboard.press('Alt+Shift+N');
  await expect(page.locator(`#aa-${report.id}-title`)).toBeFocused();
  await page.keyboard.type('Launch a sibling-group foster carer campaign');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown'); // the first person as owner
  await page.keyboard.press('Tab');
  await page.keyboard.type('31/03/2027');
  await page.keyboard.press('Enter');
  const list = page.locator('.actions-arising-list');
  await expect(list).toContainText('Launch a sibling-group foster carer campaign');
  await expect(page.getByRole('heading', { name: 'Actions arising' })).toBeFocused();
  await expect(page.locator('.minutes-nav [aria-current="true"]')).toContainText('2 resolutions, 1 action');

  // Reload: all there, from the workspace.
  await page.reload();
  await expect(current(page)).toHaveText(new RegExp(`^Item ${report.number}:`));
  await expect(page.locator(`#im-${report.id}-text`)).toHaveValue('The Head of Fostering presented the sufficiency report. Members asked about sibling groups.');
  await expect(page.locator('.resolution textarea')).toHaveCount(2);
  await expect(page.locator('.resolution textarea').nth(0)).toHaveValue('the report be noted.');
  await expect(page.locator('.resolution textarea').nth(1)).toHaveValue('a recruitment campaign for foster carers of sibling groups be launched in the spring.');
  await expect(page.locator('.resolution input[inputmode="numeric"]')).toHaveCount(3);
  await expect(page.locator('.resolution input[inputmode="numeric"]').nth(0)).toHaveValue('7');
  await expect(list).toContainText('Launch a sibling-group foster carer campaign');
  await page.keyboard.press('Alt+Shift+A');
  await expect(page.locator(`#att-${chair.id}-status`)).toHaveValue('present');
  await expect(page.locator(`#att-${second.id}-status`)).toHaveValue('apologies');
  await expect(page.locator(`#att-${third.id}-left`)).toHaveValue(report.id);

  // Behind the UI: core has it all.
  const saved = await core(bridge, 'minutes:get', { meetingId: meeting.id });
  const item = saved?.entries.find((e): e is MinutesItem => e.kind === 'item' && e.itemId === report.id);
  expect(item?.resolutions.map((r) => [r.number, r.text, r.vote])).toEqual([
    [1, 'the report be noted.', null],
    [2, 'a recruitment campaign for foster carers of sibling groups be launched in the spring.', { for: 7, against: 1, abstained: 0 }],
  ]);
  expect(saved?.declarations.slice(sampledDeclarations).map((d) => [d.category, d.nature, d.memberAction])).toEqual([['disclosable_pecuniary', 'Her son is a foster carer for the council.', 'left_room']]);
  const action = item?.actions[0];
  expect(action).toMatchObject({ title: 'Launch a sibling-group foster carer campaign', dueDate: '2027-03-31', sourceMeetingId: meeting.id, sourceItemId: report.id });

  // The action log says where it came from.
  await page.goto(`/#/actions/${action?.id}`);
  await expect(page.getByText(`From the minutes of ${longDate(meeting.meetingDate)}, item ${report.number}`)).toBeVisible();
});

test('approved minutes are read-only; a correction is recorded and shown', async ({ page, bridge }) => {
  test.setTimeout(90_000);
  // The sample board's two held meetings: the first's minutes are approved at the second.
  const latest = await lastHeld(bridge);
  const meeting = (await core(bridge, 'meetings:list', {})).filter((m) => m.bodyId === latest.bodyId && m.meetingDate < latest.meetingDate).at(-1);
  if (!meeting) throw new Error('No earlier held meeting.');
  const later = latest;
  // The sample approves them at the later meeting; approve them here if a sample ever does not.
  const draft = await core(bridge, 'minutes:start', { meetingId: meeting.id });
  if (draft.status !== 'approved') {
    for (const p of draft.problems) await core(bridge, 'minutes:saveItem', { itemId: p.itemId, patch: { [p.field]: 'The board discussed the item in private.' } });
    if (draft.status === 'draft') await core(bridge, 'minutes:circulate', { meetingId: meeting.id, circulatedOn: null });
    await core(bridge, 'minutes:approve', { meetingId: meeting.id, atMeetingId: later.id, approvedOn: null, signedById: null });
  }
  const corrected = (await core(bridge, 'minutes:get', { meetingId: meeting.id }))?.corrections.length ?? 0;

  await page.goto(`/#/meetings/${meeting.id}/minutes`);
  await expect(page.locator('.minutes-status')).toContainText('Approved and signed');
  await page.keyboard.press('Alt+PageDown');
  await page.keyboard.press('Alt+PageDown');
  await expect(page.locator('.item-minute-form textarea').first()).toBeDisabled();
  await expect(page.getByRole('button', { name: 'New resolution' })).toHaveCount(0);

  await page.locator('.minutes-nav button', { hasText: 'Status, approval and printing' }).focus();
  await page.keyboard.press('Enter');
  await expect(current(page)).toBeFocused();
  const open = page.getByRole('button', { name: 'Record a correction' });
  await open.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Record a correction' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('What was corrected')).toBeFocused();
  // Saving with nothing typed: plain messages, nothing recorded.
  await page.keyboard.press('Enter');
  await expect(dialog.getByText('Enter why it was corrected.').first()).toBeVisible();
  // Focus is on the error summary; its first link leads to the field.
  await expect(dialog.locator('#correct-errors')).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(dialog.getByLabel('What was corrected')).toBeFocused();
  await page.keyboard.type('The date of the next review');
  await page.keyboard.press('Tab');
  await page.keyboard.type('It was misheard in the meeting');
  await dialog.getByLabel('Agreed by').focus();
  await page.keyboard.type('The Board');
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(page.locator('.correction-list')).toContainText('The date of the next review');
  await expect(page.locator('.correction-list')).toContainText('Agreed by The Board');
  await expectAccessible(page, 'minutes-approved-1280');

  // Printing the public minutes to a file the clerk chooses; Cancel in the dialog saves nothing.
  const out = join(bridge.dataDir, 'public minutes.pdf');
  bridge.setFilePickerResponse(out);
  await page.getByRole('button', { name: 'Public minutes' }).click();
  await expect(page.locator('.minutes-print .notice')).toContainText(`to ${out}`, { timeout: 30_000 });
  expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
  bridge.setFilePickerResponse(null);
  await page.getByRole('button', { name: 'Child-friendly summary' }).click();
  await expect(page.locator('.minutes-print .notice')).toHaveText('Printing cancelled. Nothing was saved.');
  const after = await core(bridge, 'minutes:get', { meetingId: meeting.id });
  expect(after?.corrections.slice(corrected).map((c) => [c.what, c.why, c.agreedBy])).toEqual([['The date of the next review', 'It was misheard in the meeting', 'The Board']]);
});

test('axe and screenshots: the Minutes screen at 1280, 1024 and 320 px', async ({ page, bridge }) => {
  test.setTimeout(120_000);
  const meeting = await lastHeld(bridge);
  const m = await core(bridge, 'minutes:start', { meetingId: meeting.id });
  const item = m.entries.find((e): e is MinutesItem => e.kind === 'item' && e.standingKey === null);
  if (!item) throw new Error('No report item.');
  await core(bridge, 'minutes:saveItem', { itemId: item.itemId, patch: { text: 'The board considered the report.', forChildren: true, childTalked: 'We talked about LAC and placement stability.' } });
  const r = await core(bridge, 'minutes:addResolution', { itemId: item.itemId, text: 'the report be noted.' });
  await core(bridge, 'minutes:updateResolution', { id: r.id, patch: { vote: { for: 6, against: 0, abstained: 1 } } });

  // Bad input: said in plain words beside the field, nothing saved, nothing typed lost; put right, saved.
  await page.goto(`/#/meetings/${meeting.id}/minutes?at=${item.itemId}`);
  const forVotes = page.locator(`#res-${r.id}-for`);
  await forVotes.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('six');
  const status = page.locator('.resolution .save-status');
  await expect(status).toHaveText('Not saved: Enter the number for as a whole number.');
  await expect(page.locator(`#res-${r.id}-for-error`)).toHaveText('Enter the number for as a whole number.');
  await expect(forVotes).toHaveValue('six');
  await expect(forVotes).toBeFocused();
  expect((await core(bridge, 'minutes:get', { meetingId: meeting.id }))?.entries.find((e): e is MinutesItem => e.kind === 'item' && e.itemId === item.itemId)?.resolutions.find((x) => x.id === r.id)?.vote).toEqual({ for: 6, against: 0, abstained: 1 });
  await page.keyboard.press('Control+A');
  await page.keyboard.type('5');
  await expect(status).toHaveText('Saved');
  expect((await core(bridge, 'minutes:get', { meetingId: meeting.id }))?.entries.find((e): e is MinutesItem => e.kind === 'item' && e.itemId === item.itemId)?.resolutions.find((x) => x.id === r.id)?.vote).toEqual({ for: 5, against: 0, abstained: 1 });
  await core(bridge, 'minutes:updateResolution', { id: r.id, patch: { vote: { for: 6, against: 0, abstained: 1 } } });

  // A declaration changed in place; an action arising raised by mistake removed (gone from the log too).
  const member = m.attendance.find((a) => a.bodyRole !== null && a.personId);
  if (!member?.personId) throw new Error('No member.');
  const d = await core(bridge, 'minutes:addDeclaration', { meetingId: meeting.id, personId: member.personId, itemId: item.itemId, category: 'non_registrable', nature: 'A cousin works for a provider.', memberAction: 'stayed' });
  const raised = await core(bridge, 'minutes:addAction', { itemId: item.itemId, action: { title: 'Raised by mistake' } });
  await page.goto(`/#/meetings/${meeting.id}/minutes?at=declarations`);
  // Written behind the screen: read again.
  await page.reload();
  await page.getByRole('button', { name: `Change ${member.name}'s declaration` }).click();
  await expect(page.locator(`#decl-${d.id}-person`)).toBeFocused();
  await page.locator(`#decl-${d.id}-nature`).fill('A cousin manages a children’s home used by the council.');
  await page.getByRole('button', { name: 'Save declaration' }).click();
  await expect(page.locator('.declaration-list')).toContainText('A cousin manages a children’s home used by the council.');
  expect((await core(bridge, 'minutes:get', { meetingId: meeting.id }))?.declarations.filter((x) => x.id === d.id).map((x) => x.nature)).toEqual(['A cousin manages a children’s home used by the council.']);
  await page.goto(`/#/meetings/${meeting.id}/minutes?at=${item.itemId}`);
  await page.getByRole('button', { name: `Remove ${raised.reference}` }).click();
  await page.getByRole('button', { name: `Yes, remove ${raised.reference}` }).click();
  await expect(page.getByRole('heading', { name: 'Actions arising' })).toBeFocused();
  await expect(page.locator('.actions-arising')).toContainText('No actions arising from this item yet.');
  expect((await core(bridge, 'actions:list', { filter: { text: 'Raised by mistake' } })).rows).toEqual([]);

  for (const width of [1280, 1024, 320]) {
    await page.setViewportSize({ width, height: 900 });
    /** Nothing scrolls sideways (WCAG 1.4.10). */
    const fits = () =>
      page.locator('html').evaluate((el) => {
        const root = el as unknown as { scrollWidth: number; clientWidth: number };
        return root.scrollWidth <= root.clientWidth;
      });
    await page.goto(`/#/meetings/${meeting.id}/minutes?at=attendance`);
    await expect(current(page)).toHaveText('Attendance');
    expect(await fits()).toBe(true);
    if (width !== 1024) await expectAccessible(page, `minutes-attendance-${width}`);
    else await saveScreen(page, `minutes-attendance-${width}`);
    await page.goto(`/#/meetings/${meeting.id}/minutes?at=${item.itemId}`);
    await expect(current(page)).toContainText(`Item ${item.number}:`);
    await expect(page.locator('.plain-words').first()).toContainText('"LAC": try');
    await page.getByText('Keyboard shortcuts').click();
    expect(await fits()).toBe(true);
    if (width !== 1024) await expectAccessible(page, `minutes-item-${width}`);
    else await saveScreen(page, `minutes-item-${width}`);
    await page.goto(`/#/meetings/${meeting.id}/minutes?at=declarations`);
    await page.getByRole('button', { name: 'Add a declaration' }).click();
    expect(await fits()).toBe(true);
    if (width !== 1024) await expectAccessible(page, `minutes-declaration-${width}`);
    await page.goto(`/#/meetings/${meeting.id}/minutes?at=status`);
    await expect(current(page)).toHaveText('Status, approval and printing');
    if (width !== 1024) await expectAccessible(page, `minutes-status-${width}`);
    expect(await fits()).toBe(true);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/#/settings');
  await expect(page.getByRole('heading', { name: 'Plain words' })).toBeVisible();
  await expect(page.getByText('How minutes are numbered')).toBeVisible();
  await expectAccessible(page, 'settings-minutes-1280');

  // The numbering saved; a word added to the list is flagged in the child-friendly summary.
  await page.getByLabel('Running through the municipal year (for example 23/26)').check();
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved.')).toBeVisible();
  expect((await core(bridge, 'settings:get', {})).minuteNumbering).toBe('running_year');
  await page.getByRole('button', { name: 'Add a word' }).click();
  await expect(page.locator('#pw-new-term')).toBeFocused();
  await page.keyboard.type('sufficiency');
  await page.keyboard.press('Tab');
  await page.keyboard.type('having enough homes');
  await page.keyboard.press('Enter');
  await expect(page.locator('.plain-word-list')).toContainText('sufficiency: having enough homes');
  await page.goto(`/#/meetings/${meeting.id}/minutes?at=${item.itemId}`);
  await page.reload();
  await page.locator(`#im-${item.itemId}-decided`).fill('We looked at sufficiency.');
  await expect(page.locator(`#im-${item.itemId}-decided-check`)).toContainText('"sufficiency": try "having enough homes"');
});

test('an action arising edited in place, and resolutions reordered, by keyboard', async ({ page, bridge }) => {
  const meeting = await lastHeld(bridge);
  const m = await core(bridge, 'minutes:start', { meetingId: meeting.id });
  const item = m.entries.find((e): e is MinutesItem => e.kind === 'item' && e.standingKey === null);
  if (!item) throw new Error('No report item.');
  const first = await core(bridge, 'minutes:addResolution', { itemId: item.itemId, text: 'the report be noted.' });
  const second = await core(bridge, 'minutes:addResolution', { itemId: item.itemId, text: 'a campaign be launched.' });
  const raised = await core(bridge, 'minutes:addAction', { itemId: item.itemId, action: { title: 'Report back on sibling placements', status: 'in_progress', reference: 'MA-9' } });
  await page.goto(`/#/meetings/${meeting.id}/minutes?at=${item.itemId}`);
  await expect(current(page)).toContainText(`Item ${item.number}:`);

  // Move the second resolution up: Enter on its button; focus stays with it; both renumbered.
  await page.locator(`#res-${second.id}-up`).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.resolution legend').nth(0)).toHaveText(`Resolution ${item.number}.1`);
  await expect(page.locator('.resolution textarea').nth(0)).toHaveValue('a campaign be launched.');
  await expect(page.locator(`#res-${second.id}-down`)).toBeFocused();
  await expect(page.locator(`#res-${first.id}-up`)).toBeVisible();
  const order = async () =>
    (await core(bridge, 'minutes:get', { meetingId: meeting.id }))?.entries.find((e): e is MinutesItem => e.kind === 'item' && e.itemId === item.itemId)?.resolutions.map((r) => [r.number, r.text]);
  expect(await order()).toEqual([
    [1, 'a campaign be launched.'],
    [2, 'the report be noted.'],
  ]);

  // Edit the action arising: the form opens on its title; the title and due date changed; Enter saves.
  await page.locator(`#aa-${raised.id}-edit`).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator(`#aa-edit-${raised.id}-title`)).toBeFocused();
  await expect(page.locator(`#aa-edit-${raised.id}-title`)).toHaveValue('Report back on sibling placements');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Report back on sibling placements by March');
  await page.locator(`#aa-edit-${raised.id}-due`).fill('31/03/2027');
  await page.locator(`#aa-edit-${raised.id}-title`).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator(`#aa-${raised.id}-edit`)).toBeFocused();
  await expect(page.locator('.actions-arising')).toContainText('Report back on sibling placements by March');
  await expect(page.locator('.actions-arising')).toContainText('Due: Wednesday 31 March 2027.');
  // What the log holds: the new title and date, and what the minutes' form does not show kept as it was.
  const saved = await core(bridge, 'actions:get', { id: raised.id });
  expect([saved.title, saved.dueDate, saved.status, saved.reference, saved.sourceItemId]).toEqual(['Report back on sibling placements by March', '2027-03-31', 'in_progress', 'MA-9', item.itemId]);
  await expectAccessible(page, 'minutes-edit-action-1280');
  // The move buttons and the edit form at 1024 and 320 px: nothing sideways, still accessible.
  await page.locator(`#aa-${raised.id}-edit`).press('Enter');
  for (const width of [1024, 320]) {
    await page.setViewportSize({ width, height: 900 });
    const wide = await page.locator('html').evaluate((el) => (el as unknown as { scrollWidth: number; clientWidth: number }).scrollWidth > (el as unknown as { clientWidth: number }).clientWidth);
    expect(wide).toBe(false);
    await expectAccessible(page, `minutes-edit-action-${width}`);
  }
});
