import { withPrintWarnings } from '../../../shared/logic/printable';
import type { Body } from '../../../shared/model/entities';
import { defineArea, deleteBy } from '../area';
import { createBody, deleteBody, updateBody } from './mutations';
import { listBodies } from './queries';

/** The saved body, with a warning when its name holds characters no PDF font has. */
const printed = (b: Body) => withPrintWarnings(b, { 'the name': b.name });

export const bodiesArea = defineArea('bodies', ({ need }) => ({
  'bodies:list': () => listBodies(need()),
  'bodies:create': (input) => printed(createBody(need(), input)),
  'bodies:update': ({ id, ...input }) => printed(updateBody(need(), id, input)),
  'bodies:delete': deleteBy(need, deleteBody),
}));
