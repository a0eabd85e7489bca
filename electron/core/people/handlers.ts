import { withPrintWarnings } from '../../../shared/logic/printable';
import type { Person } from '../../../shared/model/entities';
import { defineArea, deleteBy } from '../area';
import { createPerson, deletePerson, updatePerson } from './mutations';
import { listPeople } from './queries';

/** The saved person, with a warning for each printed field holding characters no PDF font has. */
const printed = (p: Person) => withPrintWarnings(p, { 'the name': p.name, 'the role': p.roleTitle });

export const peopleArea = defineArea('people', ({ need }) => ({
  'people:list': () => listPeople(need()),
  'people:create': (input) => printed(createPerson(need(), input)),
  'people:update': ({ id, ...input }) => printed(updatePerson(need(), id, input)),
  'people:delete': deleteBy(need, deletePerson),
}));
