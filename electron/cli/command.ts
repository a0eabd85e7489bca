/**
 * What every `panelpack` command is (commands/*.ts: one module per command, listed in
 * commands/index.ts) and the helpers they share: opening the workspace as the app does, the
 * options several commands take, and the person recorded for what a command writes.
 */
import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import type { ParseArgsConfig } from 'node:util';
import { z } from 'zod';
import type { ActionFilter } from '../../shared/model/schemas';
import { AppError } from '../core/errors';
import { listMeetings } from '../core/meetings/queries';
import { Workspace, type WorkspaceOptions } from '../core/workspace';
import { UsageError } from './usageError';

export interface CliIo {
  stdout(s: string): void;
  stderr(s: string): void;
  /** Relative file names are resolved from here. */
  cwd: string;
  /** Today's date as YYYY-MM-DD; defaults to the local clock (tests pin it). */
  today?(): string;
  /** Print stacks for errors (PANELPACK_DEBUG=1). */
  debug?: boolean;
  /** The process environment, for the backup folder; without it no automatic backups are made. */
  env?: Record<string, string | undefined>;
  /** The clock, for backups; tests pin it. */
  now?(): Date;
}

export type Values = Record<string, string | boolean | undefined>;

export interface Context {
  file: string;
  values: Values;
  io: CliIo;
  today: string;
  /** Positional arguments after the workspace file (see Command.args). */
  args: string[];
}

export interface Command {
  options: NonNullable<ParseArgsConfig['options']>;
  /** What each positional argument after the workspace file is, in words ("the report's PDF file"). */
  args?: string[];
  run(ctx: Context): Promise<number> | number;
}

/** The person recorded in the change log for anything the command writes: the OS account. */
function cliActor(): string {
  try {
    return userInfo().username.trim() || 'PanelPack command line';
  } catch {
    // Some sandboxed or domain set-ups have no local account record.
    return 'PanelPack command line';
  }
}

export const wsOptions = (): WorkspaceOptions => ({ actor: cliActor() });

/** What opening did beside a file (a WAL set aside); `run` prints them on stderr once the command ends. */
const openNotices: string[] = [];

/** The notices gathered since the last call, cleared. */
export function takeNotices(): string[] {
  return openNotices.splice(0);
}

/** Opens the workspace as the app does, runs `fn`, and always closes it. */
export async function withWorkspace<T>(file: string, fn: (ws: Workspace) => T | Promise<T>): Promise<T> {
  const ws = Workspace.open(file, wsOptions());
  openNotices.push(...ws.notices);
  try {
    return await fn(ws);
  } finally {
    ws.close();
  }
}

/** --meeting: a meeting's ID or "next"; checked before the file is opened. */
export function requireMeetingArg(values: Values, command: string): string {
  const v = typeof values.meeting === 'string' ? values.meeting.trim() : '';
  if (!v) throw new UsageError(`"${command}" needs --meeting <id> (as "panelpack meetings" shows it) or --meeting next.`);
  if (v !== 'next' && !z.uuid().safeParse(v).success) throw new UsageError(`--meeting needs a meeting's ID, as "panelpack meetings" shows it, or "next" (not "${v}").`);
  return v;
}

/** The meeting's ID; "next" is the first meeting on or after today. */
export function resolveMeeting(ws: Workspace, which: string, today: string): string {
  if (which !== 'next') return which;
  const next = listMeetings(ws, { from: today }, today)[0];
  if (!next) throw new AppError('not_found', `There is no meeting on or after ${today} in this workspace. Add one, or give --meeting <id>.`);
  return next.id;
}

/** What printing one of a meeting's PDFs is given, from --meeting, --public and --out. */
export interface MeetingPdfRequest {
  meetingId: string;
  version: 'public' | 'members';
  today: string;
  out: string;
}

/**
 * A meeting's PDF (agenda, pack): --out and --meeting checked before the file is opened, the
 * meeting found ("next" resolved), `print` run, then "Wrote the <what> (<n> pages): <path>".
 */
export function printMeetingPdf(
  command: string,
  { file, values, io, today }: Context,
  what: string,
  print: (ws: Workspace, request: MeetingPdfRequest) => Promise<{ pages: number; path: string }>,
): Promise<number> {
  const out = resolve(io.cwd, requireOut(values, command));
  const which = requireMeetingArg(values, command);
  return withWorkspace(file, async (ws) => {
    const meetingId = resolveMeeting(ws, which, today);
    const result = await print(ws, { meetingId, version: values.public ? 'public' : 'members', today, out });
    io.stdout(`Wrote the ${what} (${pagesWord(result.pages)}): ${result.path}\n`);
    return 0;
  });
}

/** --out: where the command writes its file. */
export function requireOut(values: Values, command: string): string {
  if (typeof values.out !== 'string' || values.out.trim() === '') throw new UsageError(`"${command}" needs --out <file>.`);
  return values.out;
}

/** --overdue and --stale. */
export function filterOf(values: Values): ActionFilter {
  return { ...(values.overdue ? { overdue: true } : {}), ...(values.stale ? { stale: true } : {}) };
}

/** "1.2 MB", for the sizes of copies and backups. */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(0)} KB`;
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}

/** "3 pages", "1 page". */
export const pagesWord = (n: number): string => `${n} page${n === 1 ? '' : 's'}`;
