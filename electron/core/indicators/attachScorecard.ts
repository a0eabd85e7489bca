/**
 * "Attach the scorecard" to an agenda item in one step: the scorecard paper is printed and
 * attached as the item's report, through the same check every attached PDF goes through. A Part I
 * item's papers are published, so it gets the public version (small numbers hidden); a Part II
 * item, which the public pack leaves out, gets the members' version with every figure. Attaching
 * it again (the figures have changed) replaces the scorecard attached before, once the new one is in.
 */
import type { AttachedReport } from '../../../shared/model/entities';
import { longDate } from '../../../shared/logic/dates';
import type { Audience } from '../../../shared/logic/suppression';
import { attachPdf, removeAttachment } from '../attachments/mutations';
import { AppError } from '../errors';
import type { PdfRenderer } from '../packs/render';
import type { Workspace } from '../workspace';
import { scorecardPdf } from './printScorecard';

/** The file name every attached scorecard has, by the day it was printed. */
const FILE_NAME = /^Scorecard \d{4}-\d{2}-\d{2}\.pdf$/;

export async function attachScorecard(ws: Workspace, input: { itemId: string; today: string; render?: PdfRenderer }): Promise<AttachedReport & { audience: Audience; replaced: number }> {
  const item = ws.stmt('SELECT part FROM agenda_items WHERE id = ?').get(input.itemId) as { part: number } | undefined;
  if (!item) throw new AppError('not_found', 'That agenda item no longer exists. Reload the meeting and try again.');
  const audience: Audience = item.part === 2 ? 'members' : 'public';
  const { buffer } = await scorecardPdf(ws, { audience, today: input.today, render: input.render });
  const title = audience === 'public' ? `Scorecard, ${longDate(input.today)}` : `Scorecard (members' version), ${longDate(input.today)}`;
  const earlier = (ws.stmt('SELECT id, filename FROM attachments WHERE item_id = ?').all(input.itemId) as { id: string; filename: string }[]).filter((a) => FILE_NAME.test(a.filename));
  const report = await attachPdf(ws, { itemId: input.itemId, filename: `Scorecard ${input.today}.pdf`, bytes: buffer, title });
  for (const a of earlier) removeAttachment(ws, a.id);
  return { ...report, audience, replaced: earlier.length };
}
