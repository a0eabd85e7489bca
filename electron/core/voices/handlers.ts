/** Children's voice records: "You said", "We will", and later "We did" or "Not yet, because …". */
import { defineArea, deleteBy } from '../area';
import { dismissVoiceFlag, voiceIdentity } from './identity';
import { createVoice, deleteVoice, updateVoice } from './mutations';
import { getVoice, listVoices } from './queries';

export const voicesArea = defineArea('voices', ({ need, today }) => ({
  'voices:list': (filter) => listVoices(need(), filter),
  'voices:get': ({ id }) => getVoice(need(), id),
  'voices:create': (input) => createVoice(need(), input),
  'voices:update': ({ id, ...input }) => updateVoice(need(), id, input),
  'voices:delete': deleteBy(need, deleteVoice),
  'voices:identity': ({ id }) => voiceIdentity(need(), id, today()),
  'voices:dismissFlag': (input) => dismissVoiceFlag(need(), input, today()),
}));
