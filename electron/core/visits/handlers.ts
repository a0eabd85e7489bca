import { defineArea, deleteBy } from '../area';
import { requireId } from '../db/rows';
import { AppError } from '../errors';
import {
  acceptRecommendations, addRecommendation, changeVisitHome, createVisit, deleteVisit, dismissFlag, markSummaryReady, recommendationOf, removeRecommendation, saveVisitField, setVisitStatus,
  summaryFlags, updateRecommendation,
} from './mutations';
import { getVisit, listVisits, visitRow, visitsOverview } from './queries';

export const visitsArea = defineArea('visits', ({ need, today, host }) => ({
  'visits:list': (filter) => listVisits(need(), filter),
  'visits:get': ({ id }) => getVisit(need(), id),
  'visits:overview': () => visitsOverview(need(), today()),
  'visits:create': (input) => getVisit(need(), createVisit(need(), input)),
  'visits:saveField': (input) => {
    saveVisitField(need(), input);
    const row = visitRow(need(), input.id);
    return { id: row.id, revision: row.revision, summaryReady: row.summary_ready === 1 };
  },
  'visits:delete': deleteBy(need, deleteVisit),
  'visits:addRecommendation': ({ visitId, ...input }) => {
    addRecommendation(need(), visitId, input);
    return getVisit(need(), visitId);
  },
  'visits:updateRecommendation': ({ id, ...input }) => {
    updateRecommendation(need(), id, input);
    return getVisit(need(), recommendationOf(need(), id).visit_id);
  },
  'visits:removeRecommendation': ({ id }) => {
    const visitId = recommendationOf(need(), id).visit_id;
    removeRecommendation(need(), id);
    return getVisit(need(), visitId);
  },
  'visits:identityFlags': ({ id }) => summaryFlags(need(), id, today()),
  'visits:dismissFlag': (input) => {
    dismissFlag(need(), input);
    return getVisit(need(), input.visitId);
  },
  'visits:markSummaryReady': ({ id, ready }) => {
    markSummaryReady(need(), id, ready, today());
    return getVisit(need(), id);
  },
  'visits:setStatus': ({ id, status }) => {
    setVisitStatus(need(), id, status);
    return getVisit(need(), id);
  },
  'visits:acceptRecommendations': ({ visitId, ids, choices }) => {
    acceptRecommendations(need(), visitId, ids, choices);
    return getVisit(need(), visitId);
  },
  'visits:changeHome': ({ id, homeId }) => {
    changeVisitHome(need(), id, homeId);
    return getVisit(need(), id);
  },
  'visits:printReport': async ({ id, anonymised }) => {
    const ws = need();
    const v = getVisit(ws, id);
    const path = await host.dialogs.choosePdfDestination(`${v.homeName} ${v.date} ${anonymised ? 'summary' : 'visit report'}.pdf`);
    if (!path) return null;
    // Loaded here only: the app and the CLI start without the PDF stack (tests/cli/lazyLoad.test.ts).
    const { printVisitReport } = await import('./printVisit');
    return printVisitReport(ws, { visitId: id, anonymised, today: today(), out: path, render: host.renderPdf });
  },
  'visits:fileReport': async ({ id }) => {
    const ws = need();
    if (!host.dialogs.chooseReportFile) throw new AppError('forbidden', 'Filing reports is not available here.');
    visitRow(ws, id);
    const path = await host.dialogs.chooseReportFile();
    if (!path) return null;
    const { fileReceivedReport } = await import('./received');
    await fileReceivedReport(ws, id, path);
    return getVisit(ws, id);
  },
  'visits:fileNew': async (input) => {
    const ws = need();
    if (!host.dialogs.chooseReportFile) throw new AppError('forbidden', 'Filing reports is not available here.');
    requireId(ws, 'homes', input.homeId, 'The home chosen no longer exists.', { homeId: 'Choose a home.' });
    const path = await host.dialogs.chooseReportFile();
    if (!path) return null;
    const { fileNewReceivedReport } = await import('./received');
    return getVisit(ws, await fileNewReceivedReport(ws, input, path));
  },
  'visits:saveFile': async ({ id }) => {
    const ws = need();
    const { readReceivedReport, saveReceivedReport } = await import('./received');
    const { fileName } = readReceivedReport(ws, id);
    const path = await host.dialogs.choosePdfDestination(fileName);
    return path ? saveReceivedReport(ws, id, path) : null;
  },
  'visits:attachPaper': async ({ itemId, version }) => {
    // Loaded here only: the app and the CLI start without the PDF stack.
    const { attachVisitsPaper } = await import('./paper');
    return attachVisitsPaper(need(), { itemId, version, today: today(), render: host.renderPdf });
  },
  'visits:readFile': async ({ id }) => {
    const { readReceivedReport } = await import('./received');
    return readReceivedReport(need(), id);
  },
}));

