/** Adding an update with the keyboard alone: only Tab, Shift+Tab, Enter, Space, arrows and typing. */
import { localToday, numericDate } from '../../shared/logic/dates';
import { expect, saveScreen, test } from './fixtures';
import { tabTo } from './keyboard';
import { ActionLogPage } from './pages/actionLog';
import { core, seedBoard } from './workspaces';

test('a keyboard-only path through adding an update', async ({ page, bridge }) => {
  const { inProgress: target } = await seedBoard(bridge);
  const text = 'Keyboard only: the working group met and the plan is on track for the spring.';

  await page.goto('/#/actions');
  const log = new ActionLogPage(page);
  await expect(log.heading).toBeVisible();

  // Narrow the log to the one action by typing in the search box.
  await tabTo(page, log.search);
  await page.keyboard.type(target.title);
  await expect(log.rows()).toHaveCount(1);

  // Open it: the side panel appears with "Add an update".
  const link = log.row(target.title).getByRole('link', { name: target.title, exact: true });
  await tabTo(page, link);
  await page.keyboard.press('Enter');
  await expect(log.updateHeading).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`#/actions/${target.id}$`));

  // Date defaults to today; Tab on into the RAG rating and choose with the arrow keys.
  await tabTo(page, log.updateDate);
  await expect(log.updateDate).toHaveValue(numericDate(localToday()));
  const red = log.rag.getByRole('radio', { name: 'Red' });
  const amber = log.rag.getByRole('radio', { name: 'Amber' });
  const green = log.rag.getByRole('radio', { name: 'Green' });
  await tabTo(page, red);
  await page.keyboard.press('Space');
  await expect(red).toBeChecked();
  await page.keyboard.press('ArrowRight');
  await expect(amber).toBeFocused();
  await expect(amber).toBeChecked();
  await page.keyboard.press('ArrowRight');
  await expect(green).toBeChecked();
  await page.keyboard.press('ArrowLeft');
  await expect(amber).toBeChecked();
  await expect(red).not.toBeChecked();

  await tabTo(page, log.updateText);
  await page.keyboard.type(text);
  // Back one field and forward again: the text is kept.
  await page.keyboard.press('Shift+Tab');
  await expect(log.updateText).not.toBeFocused();
  await tabTo(page, log.updateText, { max: 1 });
  await expect(log.updateText).toHaveValue(text);

  await tabTo(page, log.saveUpdate);
  await saveScreen(page, 'action-log-keyboard-update');
  await page.keyboard.press('Enter');
  const saved = log.panel().getByRole('listitem').filter({ hasText: text });
  await expect(saved).toBeVisible();
  await expect(saved).toContainText('Amber');

  const updates = await core(bridge, 'actions:updates', { id: target.id });
  expect(updates.filter((u) => u.text === text)).toMatchObject([{ rag: 'amber', date: localToday() }]);
});
