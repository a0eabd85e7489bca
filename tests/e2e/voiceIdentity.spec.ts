/**
 * Identity checks on voice records, on the sample board: a record naming a child shows its flags
 * beside the field ("replace with initials / a role"), says it is left out of public outputs, and
 * the clerk, by keyboard only, dismisses one flag (recorded: who and when) and replaces the other
 * (the form opens at the field); then the record goes into the public evidence pack. Axe and
 * screenshots at 1280 and 320 px, with no sideways scrolling at 320 px.
 */
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { core, openSampleBoard } from './workspaces';

const SCREENS = join(import.meta.dirname, '../../test-results/screens');
const pageWidth = (page: Page): Promise<number> =>
  page.evaluate(() => (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement.scrollWidth);

async function seedFlagged(bridge: Parameters<typeof openSampleBoard>[0]): Promise<string> {
  await openSampleBoard(bridge);
  const v = await core(bridge, 'voices:create', {
    source: 'children_in_care_council',
    heardOn: '2026-11-02',
    ageGroup: '13_to_15',
    theme: 'Moving homes',
    youSaid: 'Zara Quillfeather said nobody told her she was moving.',
    weWill: 'Marigold will write to every child a month ahead.',
    principles: ['f'],
  });
  return v.id;
}

test('flags beside the field: dismiss one by keyboard (recorded), replace the other, and the record can go public', async ({ page, bridge }) => {
  const id = await seedFlagged(bridge);
  await page.goto('/#/voices');
  const record = page.locator(`#voice-${id}-card`);
  await expect(record.getByRole('heading', { name: 'Moving homes' })).toBeVisible();
  await expect(record).toContainText('Left out of public outputs until its 2 identity flags are replaced or dismissed.');
  const saidFlags = record.getByRole('list', { name: 'Identity checks on You said' });
  await expect(saidFlags).toContainText('Check: "Zara" may identify someone. Replace with initials ("J.") or a role');
  const willFlags = record.getByRole('list', { name: 'Identity checks on We will' });
  await expect(willFlags).toContainText('"Marigold" may identify someone. Use their role instead');
  await expectAccessible(page, 'voice-identity-flags');
  await record.screenshot({ path: join(SCREENS, 'voice-identity-record-1280.png') });

  // Dismiss the officer's name, by keyboard: recorded, and focus moves to the next open flag.
  const dismiss = willFlags.getByRole('button', { name: 'Dismiss the flag on "Marigold" in We will: not identifying' });
  await dismiss.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Flag on "Marigold" dismissed as not identifying; the decision is recorded.' })).toBeVisible();
  await expect(willFlags).toContainText('Dismissed: "Marigold" is not identifying (E2E clerk,');
  await expect(record).toContainText('Left out of public outputs until its identity flag is replaced or dismissed.');
  await expect(saidFlags.getByRole('button', { name: /^Dismiss the flag on "Zara"/ })).toBeFocused();

  // Replace the child's name: the form opens at "You said".
  await page.keyboard.press('Shift+Tab');
  await expect(saidFlags.getByRole('button', { name: 'Replace "Zara" in You said' })).toBeFocused();
  await page.keyboard.press('Enter');
  const said = page.locator('.voice-form').getByRole('textbox', { name: 'You said' });
  await expect(said).toBeFocused();
  await said.fill('A young person said nobody told them they were moving.');
  await page.locator('.voice-form').getByRole('button', { name: 'Save voice record' }).press('Enter');
  await expect(record).not.toContainText('Left out of public outputs');
  await expect(record.getByRole('list', { name: 'Identity checks on You said' })).toHaveCount(0);

  // The record is now public-ready: the public evidence pack's check has it, with nothing open.
  const identity = await core(bridge, 'voices:identity', { id });
  expect(identity.open).toBe(0);
  expect(identity.dismissed).toEqual([expect.objectContaining({ text: 'Marigold', by: 'E2E clerk' })]);
  await expectAccessible(page, 'voice-identity-resolved');
});

test.describe('at 320 CSS px', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  test('the flags reflow and pass axe', async ({ page, bridge }) => {
    const id = await seedFlagged(bridge);
    await page.goto('/#/voices');
    const record = page.locator(`#voice-${id}-card`);
    await expect(record.getByRole('list', { name: 'Identity checks on You said' })).toBeVisible();
    await record.scrollIntoViewIfNeeded();
    expect(await pageWidth(page)).toBe(320);
    await expectAccessible(page, 'voice-identity-320');
    await record.screenshot({ path: join(SCREENS, 'voice-identity-record-320.png') });
  });
});
