/** The Pledge tracker: each promise's status, evidence and links (the promises themselves are strategy's). */
import { defineArea } from '../area';
import { judgePledge, linkPledge } from './mutations';
import { pledgeTracker } from './queries';

export const pledgeArea = defineArea('pledge', ({ need, today }) => ({
  'pledge:tracker': () => pledgeTracker(need(), today()),
  'pledge:judge': (input) => judgePledge(need(), input, today()),
  'pledge:link': (input) => linkPledge(need(), input, today()),
}));
