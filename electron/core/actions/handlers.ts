/** The action log: actions, their updates and history, the printed log, coverage and Home's summary. */
import { withPrintWarnings } from '../../../shared/logic/printable';
import type { ActionRow } from '../../../shared/model/entities';
import { defineArea, deleteBy } from '../area';
import { addUpdate, createAction, deleteAction, reorderActions, updateAction } from './mutations';
import { actionHistory, countActions, getAction, listUpdates } from './queries';
import { listActions } from './list';
import { coverageMatrix, homeSummary } from './summary';

/** The saved action, with a warning when its title holds characters no PDF font has. */
const printed = (a: ActionRow) => withPrintWarnings(a, { 'the action': a.title });

export const actionsArea = defineArea('actions', ({ host, today, need }) => ({
  'actions:list': (input) => listActions(need(), { ...input, today: input.today ?? today() }),
  'actions:count': ({ filter }) => countActions(need(), filter, today()),
  'actions:get': ({ id }) => getAction(need(), id, today()),
  'actions:create': (input) => printed(createAction(need(), input)),
  'actions:update': ({ id, ...input }) => printed(updateAction(need(), id, input)),
  'actions:delete': deleteBy(need, deleteAction),
  'actions:reorder': ({ priorityId, ids }) => {
    reorderActions(need(), priorityId, ids);
    return null;
  },
  'actions:updates': ({ id }) => listUpdates(need(), id),
  'actions:addUpdate': (input) => addUpdate(need(), input, today()),
  'actions:history': ({ id }) => actionHistory(need(), id),
  'actions:printLog': async ({ filter }) => {
    const ws = need();
    const path = await host.dialogs.choosePdfDestination(`Action log ${today()}.pdf`);
    if (!path) return null;
    // Loaded here only: the app and the CLI start without the PDF stack (tests/cli/lazyLoad.test.ts).
    const { printActionLog } = await import('../packs/printActionLog');
    return printActionLog(ws, { filter, today: today(), out: path, render: host.renderPdf, onProgress: (e) => host.progress(e) });
  },
  'strategy:coverage': () => coverageMatrix(need()),
  'home:summary': () => homeSummary(need(), today()),
}));
