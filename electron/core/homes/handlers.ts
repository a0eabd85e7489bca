import { defineArea, deleteBy } from '../area';
import { addRota, createHome, deleteHome, removeRota, updateHome } from './mutations';
import { getHome, getRota, listHomes, listRota } from './queries';

export const homesArea = defineArea('homes', ({ need, today }) => ({
  'homes:list': () => listHomes(need(), today()),
  'homes:create': (input) => getHome(need(), createHome(need(), input), today()),
  'homes:update': ({ id, ...input }) => {
    updateHome(need(), id, input);
    return getHome(need(), id, today());
  },
  'homes:delete': deleteBy(need, deleteHome),
  'rota:list': (filter) => listRota(need(), filter),
  'rota:add': (input) => getRota(need(), addRota(need(), input)),
  'rota:remove': deleteBy(need, removeRota),
}));
