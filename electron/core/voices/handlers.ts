/** Children's voice records: "You said", "We will", and later "We did" or "Not yet, because …". */
import { defineArea, deleteBy } from '../area';
import { createVoice, deleteVoice, updateVoice } from './mutations';
import { getVoice, listVoices } from './queries';

export const voicesArea = defineArea('voices', ({ need }) => ({
  'voices:list': (filter) => listVoices(need(), filter),
  'voices:get': ({ id }) => getVoice(need(), id),
  'voices:create': (input) => createVoice(need(), input),
  'voices:update': ({ id, ...input }) => updateVoice(need(), id, input),
  'voices:delete': deleteBy(need, deleteVoice),
}));
