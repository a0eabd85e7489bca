/**
 * What every `panelpack` command is (commands/*.ts: one module per command, listed in
 * commands/index.ts) and the helpers they share: opening the workspace as the app does, the
 * options several commands take, and the person recorded for what a command writes.
 */
import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import type { ParseArgsConfig } from 'node:util';
import type { ActionFilter } from '../../shared/model/schemas';
import { existsSync } from 'node:fs';
import { AppError } from '../core/errors';
import { LATEST_VERSION } from '../core/db/migrations';
import { APPLICATION_ID, readHeader } from '../core/db/open';
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
  /**
   * The command only reads the workspace: when the file is current and closed cleanly, it is
   * opened read-only (no WAL switch, no fsyncs, no automatic backup), see `canOpenReadOnly`.
   */
  readsOnly?: true;
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

/**
 * A file a reading command may open read-only: a PanelPack workspace at this version (nothing to
 * migrate) with nothing beside it (no -wal or -journal to replay, no -shm of an app that has it
 * open). Anything else is opened read-write as the app does, so it is replayed, migrated or
 * refused in the same words. The full integrity check runs either way.
 */
export function canOpenReadOnly(file: string): boolean {
  try {
    if (['-wal', '-journal', '-shm'].some((s) => existsSync(file + s))) return false;
    const h = readHeader(file);
    return h.applicationId === APPLICATION_ID && h.userVersion === LATEST_VERSION;
  } catch {
    return false; // the read-write open says what is wrong, in its own words
  }
}

/** withWorkspace's third argument for a command marked `readsOnly`. */
export const READS_ONLY = { readsOnly: true } as const;

/**
 * Opens the workspace as the app does (read-only for a reading command when `canOpenReadOnly`),
 * runs `fn`, and always closes it.
 */
export async function withWorkspace<T>(file: string, fn: (ws: Workspace) => T | Promise<T>, opts: { readsOnly?: boolean } = {}): Promise<T> {
  const ws = Workspace.open(file, { ...wsOptions(), readonly: opts.readsOnly === true && canOpenReadOnly(file) });
  openNotices.push(...ws.notices);
  try {
    return await fn(ws);
  } finally {
    ws.close();
  }
}

/** A meeting's ID as the workspace makes them (a UUID); a plain pattern, so start-up loads no schemas. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** --meeting: a meeting's ID or "next"; checked before the file is opened. */
export function requireMeetingArg(values: Values, command: string): string {
  const v = typeof values.meeting === 'string' ? values.meeting.trim() : '';
  if (!v) throw new UsageError(`"${command}" needs --meeting <id> (as "panelpack meetings" shows it) or --meeting next.`);
  if (v !== 'next' && !UUID.test(v)) throw new UsageError(`--meeting needs a meeting's ID, as "panelpack meetings" shows it, or "next" (not "${v}").`);
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
