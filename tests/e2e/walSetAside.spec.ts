/**
 * Opening a workspace with a -wal beside it that belongs to another copy: the app opens the file
 * as it is and says, above the screen, that the -wal was set aside and kept.
 */
import { copyFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createPerson } from '../../electron/core/people/mutations';
import { Workspace } from '../../electron/core/workspace';
import { expect, test } from './fixtures';
import { WelcomePage } from './pages/welcome';

test('a -wal that does not belong is set aside, kept, and the clerk is told', async ({ page, bridge }) => {
  const path = join(bridge.dataDir, 'board.panelpack');
  Workspace.create(path, { councilName: 'Testshire County Council', boardName: 'Corporate Parenting Board' }, { actor: 'e2e' }).close();
  const other = join(bridge.dataDir, 'other.panelpack');
  const ws = Workspace.create(other, { councilName: 'Elsewhere Council', boardName: 'Corporate Parenting Board' }, { actor: 'e2e' });
  createPerson(ws, { name: 'Only in the other file', kind: 'officer' });
  copyFileSync(`${other}-wal`, `${path}-wal`);
  ws.close();

  const welcome = new WelcomePage(page);
  await welcome.goto();
  bridge.setFilePickerResponse(path);
  await welcome.openWorkspace.click();

  const notice = page.getByRole('region', { name: 'Opened with a file set aside' });
  await expect(notice).toContainText(/"board\.panelpack-wal-set-aside-.*\.wal" was beside "board\.panelpack" but does not belong to it/);
  await expect(notice).toContainText('nothing has been deleted');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  expect(readdirSync(bridge.dataDir).filter((n) => n.includes('-wal-set-aside-'))).toHaveLength(1);
  await notice.getByRole('button', { name: 'OK' }).click();
  await expect(notice).toHaveCount(0);
});
