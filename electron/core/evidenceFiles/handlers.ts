/** Evidence files on actions and their updates (issue 10). */
import { defineArea, deleteBy } from '../area';
import { AppError } from '../errors';
import { addEvidenceFileFromPath, assertCanAddEvidence, removeEvidenceFile, updateEvidenceFile } from './mutations';
import { listEvidenceFiles } from './queries';

export const evidenceFilesArea = defineArea('evidenceFiles', ({ host, need }) => ({
  'evidenceFiles:list': ({ actionId }) => listEvidenceFiles(need(), actionId),
  'evidenceFiles:add': async ({ actionId, updateId, title, visibility }) => {
    const ws = need();
    if (!host.dialogs.chooseReportFile) throw new AppError('forbidden', 'Adding files is not available here.');
    assertCanAddEvidence(ws, actionId, updateId);
    const path = await host.dialogs.chooseReportFile();
    if (!path) return null;
    return addEvidenceFileFromPath(ws, { actionId, updateId, title, visibility, path });
  },
  'evidenceFiles:update': (input) => updateEvidenceFile(need(), input),
  'evidenceFiles:remove': deleteBy(need, removeEvidenceFile),
}));
