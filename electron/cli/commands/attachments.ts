/**
 * `panelpack attach` and `panelpack detach`: reports on agenda items, for clerks' scripts (and the
 * sanitiser's end-to-end tests). An item is named by its number as the agenda prints it ("5",
 * "5.1"), since that is what a clerk reads off the papers; attaching says what the page sanitiser
 * takes out of the report in every pack.
 *
 * The two share how an item is found, so they share this module. The PDF code is imported only
 * when a command runs.
 */
import { basename, resolve } from 'node:path';
import type { AgendaItem } from '../../../shared/model/entities';
import { longDate } from '../../../shared/logic/dates';
import { AppError } from '../../core/errors';
import { meetingAgenda } from '../../core/meetings/agenda';
import type { Workspace } from '../../core/workspace';
import { pagesWord, requireMeetingArg, resolveMeeting, withWorkspace, type Command, type Values } from '../command';
import { UsageError } from '../usageError';

/** --item: an agenda number as printed, "5" or "5.1". */
function requireItemArg(values: Values, command: string): string {
  const v = typeof values.item === 'string' ? values.item.trim() : '';
  if (!v) throw new UsageError(`"${command}" needs --item <n>, the item's number as the agenda prints it (for example 5 or 5.1).`);
  if (!/^\d+(\.\d+)?$/.test(v)) throw new UsageError(`--item needs an item's number as the agenda prints it, such as 5 or 5.1 (not "${v}").`);
  return v;
}

/** The agenda item numbered `number` in the meeting, or a plain refusal naming the numbers there are. */
function findItem(ws: Workspace, meetingId: string, number: string, today: string): AgendaItem {
  let agenda;
  try {
    agenda = meetingAgenda(ws, meetingId, today);
  } catch (err) {
    if (err instanceof AppError && err.code === 'not_found') {
      throw new AppError('not_found', `There is no meeting with the ID ${meetingId} in this workspace. "panelpack meetings --all" lists every meeting with its ID.`);
    }
    throw err;
  }
  const when = `the meeting on ${longDate(agenda.meeting.meetingDate)}`;
  const entry = agenda.entries.find((e) => e.number === number);
  if (entry?.kind === 'exclusion') throw new AppError('invalid_input', `Item ${number} of ${when} is the exclusion of the press and public, which has no reports.`);
  if (entry) return entry;
  const numbers = agenda.entries.filter((e) => e.kind === 'item').map((e) => e.number);
  const have = numbers.length === 0 ? 'Its agenda has no items yet.' : `Its items are numbered ${numbers.join(', ')}.`;
  throw new AppError('not_found', `There is no item ${number} on the agenda of ${when}. ${have}`);
}

export const ATTACHMENT_COMMANDS: Record<'attach' | 'detach', Command> = {
  attach: {
    options: { meeting: { type: 'string' }, item: { type: 'string' }, title: { type: 'string' } },
    args: ["the report's PDF file"],
    run({ file, values, io, today, args }) {
      const which = requireMeetingArg(values, 'attach');
      const number = requireItemArg(values, 'attach');
      const report = resolve(io.cwd, args[0] ?? '');
      const title = typeof values.title === 'string' ? values.title : undefined;
      if (title !== undefined && title.trim() === '') throw new UsageError('--title needs the report\'s title (or leave it out to use the file name).');
      return withWorkspace(file, async (ws) => {
        const item = findItem(ws, resolveMeeting(ws, which, today), number, today);
        const { attachPdfFile } = await import('../../core/attachments/mutations');
        const att = await attachPdfFile(ws, { itemId: item.id, path: report, title });
        io.stdout(`Attached "${att.title}" (${pagesWord(att.pages)}, from ${basename(report)}) to item ${item.number}, ${item.title}.\n`);
        io.stdout(`${att.removedSummary ?? 'Nothing active found.'}\n`);
        if (att.damageSummary) io.stdout(`${att.damageSummary}\n`);
        return 0;
      });
    },
  },

  detach: {
    options: { meeting: { type: 'string' }, item: { type: 'string' }, title: { type: 'string' } },
    run({ file, values, io, today }) {
      const which = requireMeetingArg(values, 'detach');
      const number = requireItemArg(values, 'detach');
      const title = typeof values.title === 'string' ? values.title.trim() : '';
      if (!title) throw new UsageError('"detach" needs --title <t>, the title of the report to remove.');
      return withWorkspace(file, async (ws) => {
        const item = findItem(ws, resolveMeeting(ws, which, today), number, today);
        const same = (t: string): boolean => t.trim().toLocaleLowerCase('en-GB') === title.toLocaleLowerCase('en-GB');
        const exact = item.attachments.filter((a) => a.title.trim() === title);
        const matches = exact.length > 0 ? exact : item.attachments.filter((a) => same(a.title));
        if (matches.length === 0) {
          const have = item.attachments.length === 0 ? 'It has no reports.' : `Its reports are ${item.attachments.map((a) => `"${a.title}"`).join(', ')}.`;
          throw new AppError('not_found', `Item ${item.number} has no report called "${title}". ${have}`);
        }
        if (matches.length > 1) throw new AppError('conflict', `Item ${item.number} has ${matches.length} reports called "${title}". Remove them in the app, where each shows its file.`);
        const { removeAttachment } = await import('../../core/attachments/mutations');
        const att = matches[0]!;
        removeAttachment(ws, att.id);
        io.stdout(`Removed "${att.title}" from item ${item.number}, ${item.title}.\n`);
        return 0;
      });
    },
  },
};
