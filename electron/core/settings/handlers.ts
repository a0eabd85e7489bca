/** The workspace file (the sample, create, open, recent, close, info) and its settings. */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { withPrintWarnings } from '../../../shared/logic/printable';
import { defineArea } from '../area';
import { AppError } from '../errors';
import { Workspace } from '../workspace';
import { updateSettings } from './mutations';
import { countEntities, getSettings, workspaceSummary } from './queries';

export const settingsArea = defineArea('settings', ({ host, today, need, session }) => ({
  'workspace:current': () => {
    const ws = session.current();
    return ws ? workspaceSummary(ws) : null;
  },
  'workspace:recent': () => host.recent.list().filter((p) => existsSync(p)),
  'workspace:openSample': async () => {
    mkdirSync(host.dataDir, { recursive: true });
    // Loaded here only: the app and the CLI start without the sample (tests/cli/lazyLoad.test.ts).
    const { SAMPLE_FILE_NAME, buildSampleWorkspace } = await import('../sample/buildSample');
    const path = join(host.dataDir, SAMPLE_FILE_NAME);
    // The sample is rebuilt each time so its dates stay relative to today.
    if (session.current()?.path === path) session.close();
    const built = await buildSampleWorkspace(path, { ...session.options(), today: today(), overwrite: true, render: host.renderPdf });
    return session.switchTo(() => built);
  },
  'workspace:create': async (input) => {
    const path = await host.dialogs.chooseNewWorkspace(`${input.boardName}.panelpack`);
    if (!path) return null;
    return session.switchTo(() => Workspace.create(path, input, { ...session.options(), overwrite: existsSync(path) }));
  },
  'workspace:open': async () => {
    const path = await host.dialogs.chooseWorkspaceToOpen();
    if (!path) return null;
    return session.openPath(path);
  },
  'workspace:openRecent': ({ path }) => {
    if (!host.recent.list().includes(path)) throw new AppError('forbidden', 'That file is not in the list of recent workspaces.');
    return session.openPath(path);
  },
  'workspace:close': () => {
    session.close();
    return null;
  },
  'workspace:info': () => {
    const ws = need();
    return { summary: workspaceSummary(ws), counts: countEntities(ws) };
  },

  'settings:get': () => getSettings(need()),
  'settings:update': (input) => {
    const s = updateSettings(need(), input);
    return withPrintWarnings(s, { 'the council name': s.councilName, 'the board name': s.boardName, "the clerk's name": s.clerkName });
  },
}));
