/**
 * "Print action log": every action matching the filter, built (actionLog.ts), rendered (in a
 * worker under Electron, in-process otherwise) and saved with writeFileAtomic (saveFile.ts), so a
 * failure at any step leaves `out` as it was: never half-written.
 */
import type { ProgressEvent } from '../../../shared/ipc/errors';
import type { ActionFilter } from '../../../shared/model/schemas';
import { allMatchingActions } from '../actions/queries';
import { AppError } from '../errors';
import { getPerson } from '../people/queries';
import { writeFileAtomic } from '../saveFile';
import { getSettings } from '../settings/queries';
import { getPriority } from '../strategy/queries';
import type { Workspace } from '../workspace';
import { buildActionLogDoc, describeFilter, type FilterNames } from './actionLog';
import { renderInProcess, type PdfRenderer } from './render';

export interface PrintActionLogOptions {
  filter: ActionFilter;
  today: string;
  out: string;
  render?: PdfRenderer;
  onProgress?: (e: ProgressEvent) => void;
}

export const PRINT_TASK = 'actions:printLog';
/** A record that is gone is described as gone, not a reason to refuse to print. */
function lookup<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch (err) {
    if (err instanceof AppError && err.code === 'not_found') return undefined;
    throw err;
  }
}

function filterNames(ws: Workspace, filter: ActionFilter, reviewIntervalDays: number): FilterNames {
  const ownerId = filter.ownerId;
  const priorityId = filter.priorityId;
  const priority = priorityId ? lookup(() => getPriority(ws, priorityId)) : undefined;
  return {
    ownerName: ownerId ? lookup(() => getPerson(ws, ownerId))?.name : undefined,
    priority: priority ? { number: priority.number, title: priority.title } : undefined,
    reviewIntervalDays,
  };
}

export async function printActionLog(ws: Workspace, opts: PrintActionLogOptions): Promise<{ path: string; pages: number }> {
  const report = (done: number, label: string): void => opts.onProgress?.({ task: PRINT_TASK, done, total: 100, label });
  report(0, 'Reading the action log…');
  const rows = allMatchingActions(ws, opts.filter, opts.today);
  const settings = getSettings(ws);

  report(5, `Laying out ${rows.length} ${rows.length === 1 ? 'action' : 'actions'}…`);
  const doc = buildActionLogDoc({
    councilName: settings.councilName,
    boardName: settings.boardName,
    today: opts.today,
    createdAt: new Date().toISOString(),
    filterWords: describeFilter(opts.filter, filterNames(ws, opts.filter, settings.reviewIntervalDays)),
    rows,
  });

  const render = opts.render ?? renderInProcess;
  // The renderer reports the drawing phase; it fills 10–95 of the bar.
  const { buffer, pages } = await render(doc, (done, total) => report(10 + Math.floor((done / total) * 85), 'Drawing the pages…'));

  report(95, 'Saving the PDF…');
  await writeFileAtomic(opts.out, buffer, 'The action log');
  report(100, `Saved ${pages} ${pages === 1 ? 'page' : 'pages'}.`);
  return { path: opts.out, pages };
}
