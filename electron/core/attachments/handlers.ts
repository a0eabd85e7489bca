/** Reports (PDFs) attached to agenda items. */
import { defineArea } from '../area';
import { AppError } from '../errors';
import { assertCanAttach, attachPdfFile, removeAttachment } from './mutations';

export const attachmentsArea = defineArea('attachments', ({ host, need }) => ({
  'attachments:add': async ({ itemId, title }) => {
    const ws = need();
    if (!host.dialogs.chooseReportFile) throw new AppError('forbidden', 'Attaching files is not available here.');
    assertCanAttach(ws, itemId);
    const path = await host.dialogs.chooseReportFile();
    if (!path) return null;
    return attachPdfFile(ws, { itemId, path, title });
  },
  'attachments:remove': ({ id }) => {
    removeAttachment(need(), id);
    return null;
  },
}));
