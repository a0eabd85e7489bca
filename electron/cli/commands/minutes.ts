/**
 * `panelpack minutes`: a meeting's minutes as a PDF: the members' version (with the confidential
 * annex), the public version (--public), or the child-friendly summary (--child-friendly).
 * --meeting last is the most recent held meeting.
 */
import { resolve } from 'node:path';
import { z } from 'zod';
import { AppError } from '../../core/errors';
import type { Workspace } from '../../core/workspace';
import { pagesWord, requireOut, withWorkspace, type Command, type Values } from '../command';
import { UsageError } from '../usageError';

function requireMeeting(values: Values): string {
  const v = typeof values.meeting === 'string' ? values.meeting.trim() : '';
  if (!v) throw new UsageError('"minutes" needs --meeting <id> (as "panelpack meetings --all" shows it) or --meeting last.');
  if (v !== 'last' && !z.uuid().safeParse(v).success) throw new UsageError(`--meeting needs a meeting's ID, as "panelpack meetings --all" shows it, or "last" (not "${v}").`);
  return v;
}

/** The meeting's ID; "last" is the most recent meeting that was held. */
function resolveHeld(ws: Workspace, which: string): string {
  if (which !== 'last') return which;
  const row = ws.stmt("SELECT id FROM meetings WHERE status IN ('held','minutes_approved') ORDER BY meeting_date DESC, start_time DESC LIMIT 1").get() as { id: string } | undefined;
  if (!row) throw new AppError('not_found', 'No meeting in this workspace has been held yet, so there are no minutes to print.');
  return row.id;
}

export const minutes: Command = {
  options: { out: { type: 'string' }, meeting: { type: 'string' }, public: { type: 'boolean' }, 'child-friendly': { type: 'boolean' } },
  run({ file, values, io, today }) {
    if (values.public && values['child-friendly']) throw new UsageError('Give --public or --child-friendly, not both.');
    const out = resolve(io.cwd, requireOut(values, 'minutes'));
    const which = requireMeeting(values);
    const document = values['child-friendly'] ? 'child' : values.public ? 'public' : 'members';
    const what = { members: "members' minutes", public: 'public minutes', child: 'child-friendly summary' }[document];
    return withWorkspace(file, async (ws) => {
      const meetingId = resolveHeld(ws, which);
      // The PDF code (pdfmake, fonts) is imported by the commands that print only.
      const { printMinutes } = await import('../../core/packs/minutes/printMinutes');
      const result = await printMinutes(ws, { meetingId, document, today, out });
      io.stdout(`Wrote the ${what} (${pagesWord(result.pages)}): ${result.path}\n`);
      return 0;
    });
  },
};
