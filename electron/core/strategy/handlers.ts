/** The strategy, its priorities and the pledges (promises) to children and young people. */
import { withPrintWarnings } from '../../../shared/logic/printable';
import type { Priority } from '../../../shared/model/entities';
import { defineArea, deleteBy } from '../area';
import { createPledge, createPriority, deletePledge, deletePriority, reorderPledges, reorderPriorities, saveStrategy, updatePledge, updatePriority } from './mutations';
import { currentStrategy, listPledges, listPriorities } from './queries';

/** The saved priority, with a warning when its title holds characters no PDF font has. */
const printed = (p: Priority) => withPrintWarnings(p, { 'the title': p.title });

export const strategyArea = defineArea('strategy', ({ need }) => ({
  'strategy:get': () => currentStrategy(need()),
  'strategy:save': ({ id, strategy }) => saveStrategy(need(), id, strategy),

  'priorities:list': () => listPriorities(need()),
  'priorities:create': (input) => printed(createPriority(need(), input)),
  'priorities:update': ({ id, ...input }) => printed(updatePriority(need(), id, input)),
  'priorities:delete': deleteBy(need, deletePriority),
  'priorities:reorder': ({ ids }) => reorderPriorities(need(), ids),

  'pledges:list': () => listPledges(need()),
  'pledges:create': (input) => createPledge(need(), input),
  'pledges:update': ({ id, ...input }) => updatePledge(need(), id, input),
  'pledges:delete': deleteBy(need, deletePledge),
  'pledges:reorder': ({ ids }) => reorderPledges(need(), ids),
}));
