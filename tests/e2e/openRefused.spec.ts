/**
 * "Open a workspace…" on a file that is not a workspace, or is damaged: the clerk sees the plain
 * reason, stays on the welcome screen, and the file is byte-for-byte unchanged.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Workspace } from '../../electron/core/workspace';
import { scribble } from '../helpers/workspaceFiles';
import { sha256 } from '../helpers/tempWorkspace';
import { expect, saveScreen, test } from './fixtures';
import { WelcomePage } from './pages/welcome';

interface Case {
  name: string;
  file: string;
  make(path: string): void;
  message: RegExp;
}

const cases: Case[] = [
  {
    name: 'a text file',
    file: 'minutes.panelpack',
    make: (path) => writeFileSync(path, 'Minutes of the Corporate Parenting Board, 12 March.\n'.repeat(20)),
    message: /"minutes\.panelpack" is not a PanelPack workspace/,
  },
  {
    name: 'another program’s database',
    file: 'budget.sqlite',
    make: (path) => {
      const db = new Database(path);
      db.exec("CREATE TABLE lines (id INTEGER PRIMARY KEY, item TEXT); INSERT INTO lines (item) VALUES ('Foster care allowances');");
      db.close();
    },
    message: /"budget\.sqlite" is a database, but not a PanelPack workspace/,
  },
  {
    name: 'a damaged workspace',
    file: 'damaged.panelpack',
    make: (path) => {
      Workspace.create(path, { councilName: 'Testshire County Council', boardName: 'Corporate Parenting Board' }, { actor: 'e2e' }).close();
      scribble(path);
    },
    message: /"damaged\.panelpack" is damaged and cannot be opened/,
  },
];

for (const c of cases) {
  test(`opening ${c.name} shows the plain reason and leaves the file unchanged`, async ({ page, bridge }) => {
    const path = join(bridge.dataDir, c.file);
    c.make(path);
    const before = sha256(path);

    const welcome = new WelcomePage(page);
    await welcome.goto();
    bridge.setFilePickerResponse(path);
    await welcome.openWorkspace.click();

    await expect(welcome.error).toContainText(c.message);
    await expect(welcome.openSample).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
    expect(bridge.dialogs.map((d) => d.kind)).toEqual(['chooseWorkspaceToOpen']);
    expect(bridge.api.workspace).toBeNull();
    expect(sha256(path)).toBe(before);
    await saveScreen(page, `welcome-refused-${c.file.replace(/\W+/g, '-')}`);
  });
}
