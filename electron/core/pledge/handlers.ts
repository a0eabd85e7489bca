/** The Pledge tracker: each promise's status, evidence and links (the promises themselves are strategy's). */
import { defineArea } from '../area';
import { judgePledge, linkPledge } from './mutations';
import { pledgeTracker } from './queries';

export const pledgeArea = defineArea('pledge', ({ host, need, today }) => ({
  'pledge:tracker': () => pledgeTracker(need(), today()),
  'pledge:judge': (input) => judgePledge(need(), input, today()),
  'pledge:link': (input) => linkPledge(need(), input, today()),
  'pledge:printReport': async () => {
    const ws = need();
    const path = await host.dialogs.choosePdfDestination(`Pledge report ${today()}.pdf`);
    if (!path) return null;
    // Loaded here only: the app and the CLI start without the PDF stack (tests/cli/lazyLoad.test.ts).
    const { printPledgeReport } = await import('./printReport');
    return printPledgeReport(ws, { today: today(), out: path, render: host.renderPdf, onProgress: (e) => host.progress(e) });
  },
}));
