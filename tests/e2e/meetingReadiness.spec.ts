/**
 * What a meeting still lacks before publishing, on the meeting page (before the Publish button,
 * each with a link that opens the field) and on Home (the next meeting, its deadline, what is
 * missing); and the agenda card's "More" for its rarer actions, by keyboard.
 */
import type { AgendaItem, Body, Meeting } from '../../shared/model/entities';
import { localToday, longDate, shiftDate } from '../../shared/logic/dates';
import { expect, saveScreen, test, type BridgeControl } from './fixtures';
import { MeetingPage } from './pages/meetings';
import { core, seedBoard } from './workspaces';

interface Arranged {
  board: Body;
  meeting: Meeting;
  item: AgendaItem;
}

/** A board meeting in three weeks with no venue, and one item with no report. */
async function meetingWithGaps(bridge: BridgeControl): Promise<Arranged> {
  await seedBoard(bridge);
  const board = await core(bridge, 'bodies:create', { name: 'Corporate Parenting Board', kind: 'board', chairRole: 'Lead Member for Children' });
  const meeting = await core(bridge, 'meetings:create', { bodyId: board.id, meetingDate: shiftDate(localToday(), 21), startTime: '14:00' });
  const item = await core(bridge, 'agenda:add', { meetingId: meeting.id, title: 'Sufficiency strategy refresh', purpose: 'decision' });
  return { board, meeting, item };
}

test('publishing waits for the venue; the link opens the field; then it publishes', async ({ page, bridge }) => {
  const { meeting } = await meetingWithGaps(bridge);
  await page.goto(`/#/meetings/${meeting.id}`);
  const m = new MeetingPage(page);
  const checks = m.publishing.locator('#publish-checks');
  await expect(checks.getByRole('heading')).toHaveText('Before you publish');
  const venueLink = checks.getByRole('link', { name: /^Set the venue/ });
  await expect(venueLink).toBeVisible();
  const noReport = checks.getByRole('link', { name: /has no report attached\.$/ });
  await expect(noReport).toContainText('Sufficiency strategy refresh');

  await m.publishing.getByRole('button', { name: 'Publish agenda and packs' }).click();
  await expect(checks.getByRole('heading')).toHaveText('Put these right before publishing');
  await expect(checks).toBeFocused();
  await saveScreen(page, 'meeting-publish-checks');
  expect(await core(bridge, 'publications:list', { meetingId: meeting.id })).toEqual([]);

  // The reminder's link goes to the item's "Attach report" button; the venue's to the venue field.
  await noReport.click();
  await expect(m.attachButton('Sufficiency strategy refresh')).toBeFocused();
  await venueLink.click();
  const venue = page.getByLabel('Venue (optional)');
  await expect(venue).toBeFocused();
  await venue.fill('Committee Room 1, Town Hall');
  await page.getByRole('button', { name: 'Save meeting details' }).click();
  await expect(checks.getByRole('link', { name: /^Set the venue/ })).toHaveCount(0);

  await m.publishing.getByRole('button', { name: 'Publish agenda and packs' }).click();
  await expect(m.publishing.getByRole('status')).toContainText('Published the agenda', { timeout: 20_000 });
  expect((await core(bridge, 'publications:list', { meetingId: meeting.id })).length).toBe(3);
});

test("a late item with no reason for urgency: publishing waits, and the link opens the item's form at the reason", async ({ page, bridge }) => {
  const { meeting } = await meetingWithGaps(bridge);
  await core(bridge, 'meetings:update', { id: meeting.id, meetingDate: meeting.meetingDate, startTime: '14:00', venue: 'Committee Room 1' });
  // The database refuses a late item with no reason, so one can only come from elsewhere (an older
  // file, a future import): the page is shown this item's reason as empty, the rest is real.
  await page.addInitScript((title) => {
    const w = globalThis as unknown as { __panelpackInvoke(channel: string, input: unknown): Promise<unknown> };
    const invoke = w.__panelpackInvoke.bind(w);
    w.__panelpackInvoke = async (channel, input) => {
      const res = (await invoke(channel, input)) as { ok: boolean; data?: { entries?: { title?: string; urgencyReason?: string }[] } };
      for (const e of (channel === 'agenda:list' && res.ok && res.data?.entries) || []) if (e.title === title) e.urgencyReason = '';
      // What core's readiness check reports for such an agenda (tests/core/packs/readiness.test.ts runs the check itself).
      if (channel === 'meetings:readiness' && res.ok) {
        const agenda = (await invoke('agenda:list', input)) as { data: { entries: { kind: string; id: string; number: string; title?: string }[] } };
        const late = agenda.data.entries.find((x) => x.kind === 'item' && x.title === title);
        if (late) return { ok: true, data: [{ field: 'urgencyReason', itemId: late.id, message: `Item ${late.number}, ${title}, is a late item: record the chair's reason for urgency.` }] };
      }
      return res;
    };
  }, 'Emergency placement sufficiency');
  await page.goto('/#/');
  await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
  await core(bridge, 'meetings:publish', { meetingId: meeting.id, supplement: false });
  await core(bridge, 'agenda:add', { meetingId: meeting.id, title: 'Emergency placement sufficiency', purpose: 'decision', urgencyReason: 'Two homes closed.' });

  await page.goto(`/#/meetings/${meeting.id}`);
  const m = new MeetingPage(page);
  const link = m.publishing.getByRole('link', { name: /Emergency placement sufficiency, is a late item: record the chair's reason for urgency\.$/ });
  await expect(link).toBeVisible();
  await m.publishing.getByRole('button', { name: 'Publish supplementary pack' }).click();
  await expect(m.publishing.locator('#publish-checks')).toBeFocused();
  expect((await core(bridge, 'publications:list', { meetingId: meeting.id })).length).toBe(3);
  await link.click();
  await expect(m.item('Emergency placement sufficiency').getByLabel('Reason for urgency')).toBeFocused();
});

test('Home: the next meeting, its deadline and what is missing, each a link to put it right', async ({ page, bridge }) => {
  const { meeting } = await meetingWithGaps(bridge);
  await page.goto('/#/');
  const section = page.getByRole('region', { name: 'Next meeting' });
  await expect(section.getByRole('link', { name: `Corporate Parenting Board: ${longDate(meeting.meetingDate)}` })).toBeVisible();
  await expect(section).toContainText(`Publish by ${longDate(meeting.publishBy)}`);
  await expect(section).toContainText('Still to do before publishing');
  await saveScreen(page, 'home-next-meeting');
  await expect(section).toContainText(`No report attached yet for item`);
  await section.getByRole('link', { name: /^Set the venue/ }).click();
  await expect(page).toHaveURL(new RegExp(`#/meetings/${meeting.id}\\?fix=venue`));
  await expect(page.getByLabel('Venue (optional)')).toBeFocused();
});

test('an agenda card\'s "More": Down arrow into it, arrows between its actions, Escape back', async ({ page, bridge }) => {
  const { meeting } = await meetingWithGaps(bridge);
  await page.goto(`/#/meetings/${meeting.id}`);
  const m = new MeetingPage(page);
  const card = m.item('Sufficiency strategy refresh');
  const more = card.getByRole('button', { name: /^More for item \d+$/ });
  await expect(card.getByRole('button', { name: /^Remove item/ })).toBeHidden();
  await more.focus();
  await page.keyboard.press('ArrowDown');
  await expect(more).toHaveAttribute('aria-expanded', 'true');
  await saveScreen(page, 'meeting-item-more');
  const order = [/^Move up/, /^Move down/, /^Add sub-item/, /^Remove item/];
  await expect(card.getByRole('button', { name: order[0] })).toBeFocused();
  for (const name of [...order.slice(1), order[0]]) {
    await page.keyboard.press('ArrowDown');
    await expect(card.getByRole('button', { name })).toBeFocused();
  }
  await page.keyboard.press('ArrowUp');
  await expect(card.getByRole('button', { name: /^Remove item/ })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  await expect(more).toBeFocused();
  await expect(card.getByRole('button', { name: /^Remove item/ })).toBeHidden();
});

test('papers going out after the deadline: the link opens the meeting form at "Why the papers are late"; once given, they publish', async ({ page, bridge }) => {
  await seedBoard(bridge);
  const board = await core(bridge, 'bodies:create', { name: 'Corporate Parenting Board', kind: 'board', chairRole: 'Lead Member for Children' });
  // Three days away: the deadline of five clear days has passed.
  const meeting = await core(bridge, 'meetings:create', { bodyId: board.id, meetingDate: shiftDate(localToday(), 3), startTime: '14:00', venue: 'Committee Room 1' });
  await page.goto(`/#/meetings/${meeting.id}`);
  const m = new MeetingPage(page);
  const link = m.publishing.getByRole('link', { name: /^Record why the papers are late: they should have been published by / });
  await expect(link).toBeVisible();
  await m.publishing.getByRole('button', { name: 'Publish agenda and packs' }).click();
  await expect(m.publishing.locator('#publish-checks')).toBeFocused();
  expect(await core(bridge, 'publications:list', { meetingId: meeting.id })).toEqual([]);

  await link.click();
  const reason = page.getByLabel('Why the papers are late');
  await expect(reason).toBeFocused();
  await reason.fill('The Ofsted letter arrived on Monday and the board must consider it before the visit.');
  await page.getByRole('button', { name: 'Save meeting details' }).click();
  await expect(link).toHaveCount(0);
  await m.publishing.getByRole('button', { name: 'Publish agenda and packs' }).click();
  await expect(m.publishing.getByRole('status')).toContainText('Published the agenda', { timeout: 20_000 });
  expect((await core(bridge, 'meetings:get', { id: meeting.id })).lateReason).toBe('The Ofsted letter arrived on Monday and the board must consider it before the visit.');
});
