/** The `panelpack` command run in process (as `run(argv, io)`), its output captured, and the shapes its failures take. */
import { expect } from 'vitest';
import { addUpdate, createAction } from '../../electron/core/actions/mutations';
import { createPerson } from '../../electron/core/people/mutations';
import { createPriority, saveStrategy } from '../../electron/core/strategy/mutations';
import { shiftDate } from '../../shared/logic/dates';
import { newWorkspace } from './tempWorkspace';
import { run, USAGE, type CliIo } from '../../electron/cli/run';

export interface CliResult {
  code: number;
  out: string;
  err: string;
}

/** Runs one command line; `io` gives the folder, and pins today, the clock and the environment as a test needs. */
export async function runCli(args: string[], io: Omit<CliIo, 'stdout' | 'stderr'>): Promise<CliResult> {
  let out = '';
  let err = '';
  const code = await run(args, { ...io, stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, out, err };
}

/** A failure: exit 1, exactly one line on stderr, nothing on stdout, and no stack trace. Returns the line. */
export function expectOneLine(r: CliResult): string {
  expect(r.code, r.err).toBe(1);
  expect(r.out).toBe('');
  expect(r.err.endsWith('\n')).toBe(true);
  expect(r.err.trimEnd().split('\n')).toHaveLength(1);
  expect(r.err).not.toMatch(/^\s+at /m);
  return r.err.trim();
}

/** A command written wrongly: exit 2, the message, then the usage text, on stderr. */
export function expectUsage(r: CliResult, message: RegExp): void {
  expect(r.code).toBe(2);
  expect(r.out).toBe('');
  expect(r.err).toMatch(message);
  expect(r.err).toContain(USAGE);
}

/**
 * A workspace for the CLI's action commands (board.panelpack in `dir`): one priority, an owner, an
 * overdue action with a stale amber update, a green one due in a month, and a completed one whose
 * title and description hold a formula, a comma, quotes and a line break. Dated from `today`,
 * since created_at is the real clock.
 */
export function cliBoard(dir: string, TODAY: string): string {
  const ws = newWorkspace(dir, 'board.panelpack');
  saveStrategy(ws, null, { title: 'Our promise', periodStart: '2025-04-01', periodEnd: '2028-03-31', status: 'adopted', vision: '' });
  const p = createPriority(ws, { title: 'Stable homes' });
  const owner = createPerson(ws, { name: 'Priya Shah', kind: 'officer' });
  const a1 = createAction(ws, { priorityId: p.id, title: 'Recruit 20 more foster carers', ownerId: owner.id, dueDate: shiftDate(TODAY, -10) });
  addUpdate(ws, { actionId: a1.id, date: shiftDate(TODAY, -200), text: 'Campaign planned', rag: 'amber', status: 'in_progress' }, TODAY);
  const a2 = createAction(ws, { priorityId: p.id, title: "Care leavers' council tax exemption", dueDate: shiftDate(TODAY, 30) });
  addUpdate(ws, { actionId: a2.id, date: TODAY, text: 'Agreed by Cabinet', rag: 'green', status: 'in_progress' }, TODAY);
  createAction(ws, {
    priorityId: p.id,
    title: '=HYPERLINK("x"), a title with a comma',
    description: 'Two lines,\nwith "quotes"',
    status: 'complete',
  });
  ws.close();
  return ws.path;
}
