/**
 * The `panelpack` command: plain Node over electron/core, never Electron. `run` takes its output
 * streams and working folder as arguments, so tests call it directly instead of spawning.
 * Exit codes: 0 success, 1 failure (one plain line on stderr), 2 usage error (usage on stderr).
 */
import { existsSync } from 'node:fs';
import { userInfo } from 'node:os';
import { basename, dirname, resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { z } from 'zod';
import { version } from '../../package.json';
import { settingsInput, type ActionFilter } from '../../shared/model/schemas';
import { localToday } from '../../shared/logic/dates';
import { allMatchingActions } from '../core/actions/queries';
import { backupWorkspace, checkWorkspace } from '../core/backup';
import { AppError, invalidInput, toErrorData } from '../core/errors';
import { countEntities, workspaceSummary } from '../core/settings/queries';
import { Workspace } from '../core/workspace';
import { listMeetings } from '../core/meetings/queries';
import { actionsCsv, actionsTable, checkText, infoText, meetingsText } from './format';
import { attachmentCommands } from './commands/attachments';
import { UsageError } from './usageError';
import { BACKUP_COMMANDS, autoBackupBeforeCommand } from './commands/backups';

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

export const USAGE = `Usage: panelpack <command> <file> [options]

Commands:
  init <file> --council <name> [--board <name>]
                        Create a new, empty workspace (the board defaults to
                        "Corporate Parenting Board")
  init <file> --sample  Create the Northbrook sample board, dated from today
  info <file> [--json]  Show the council, board, schema version and record counts
  actions <file> [--overdue] [--stale] [--format table|json|csv]
                        List the action log (table is the default)
  action-log <file> --out <pdf> [--overdue] [--stale]
                        Print the action log as a PDF
  meetings <file> [--all] [--json]
                        List meetings from today on (--all: every meeting), each
                        with its agenda's publication deadline
  agenda <file> --meeting <id|next> --out <pdf> [--public]
                        Print a meeting's agenda (front sheet and items, with page
                        references into the pack); --public leaves Part II out
  pack <file> --meeting <id|next> --out <pdf> [--public] [--supplement]
                        Print a meeting's agenda pack: the agenda, then every
                        item's cover and reports, each page numbered; --public
                        leaves Part II out entirely; --supplement prints only the
                        items added or changed since the papers were published
  ics <file> --out <ics> [--meeting <id>]
                        Save the upcoming meetings (or one meeting) as a calendar
                        file for Outlook, Google Calendar or Apple Calendar
  check <file>          Check the file's integrity and schema version
  backup <file> --out <copy> [--force]
                        Make a checked copy, safe while PanelPack has the file open;
                        an existing copy is replaced only with --force
  attach <file> --meeting <id|next> --item <n> <report.pdf> [--title <t>]
                        Attach a report to agenda item n (as numbered on the agenda,
                        e.g. 5 or 5.1), saying what active content (scripts, forms,
                        attached files, comments) no pack will carry
  detach <file> --meeting <id|next> --item <n> --title <t>
                        Remove the report with that title from item n
  backups <file> [--json]
                        List the automatic backups of the workspace: date, reason,
                        size, whether each passes its check now, and its path
  restore <file> --from <backup|date|latest> [--force]
                        Replace the workspace with a checked backup; the current
                        file (and its -wal, -shm) is kept aside, never deleted
  help                  Show this help

Options:
  -h, --help            Show this help
  --version             Show the PanelPack version

Exit status: 0 done, 1 failed, 2 the command was not written correctly.
`;


type Values = Record<string, string | boolean | undefined>;

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

// The sample data and the PDF code (pdfmake, fonts) are imported by the one command that needs
// them, so `info`, `check` and the rest start quickly and never load them.

/** The person recorded in the change log for anything the command writes: the OS account. */
function cliActor(): string {
  try {
    return userInfo().username.trim() || 'PanelPack command line';
  } catch {
    // Some sandboxed or domain set-ups have no local account record.
    return 'PanelPack command line';
  }
}

const wsOptions = () => ({ actor: cliActor() });

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

/** What opening did beside a file (a WAL set aside); `run` prints them on stderr once the command ends. */
const openNotices: string[] = [];

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

function filterOf(values: Values): ActionFilter {
  return { ...(values.overdue ? { overdue: true } : {}), ...(values.stale ? { stale: true } : {}) };
}

function requireOut(values: Values, command: string): string {
  if (typeof values.out !== 'string' || values.out.trim() === '') throw new UsageError(`"${command}" needs --out <file>.`);
  return values.out;
}

const COMMANDS: Record<string, Command> = {
  init: {
    options: { sample: { type: 'boolean' }, council: { type: 'string' }, board: { type: 'string' } },
    async run({ file, values, io, today }) {
      // Checked here too so the refusal is the same whichever way the workspace is built.
      if (existsSync(file)) throw new AppError('conflict', `A file called "${basename(file)}" already exists there. Choose another name.`);
      if (!existsSync(dirname(file))) throw new AppError('not_found', `The folder for "${basename(file)}" does not exist.`);
      let ws: Workspace;
      if (values.sample) {
        if (values.council !== undefined || values.board !== undefined) throw new UsageError('--sample has its own council and board: leave out --council and --board.');
        const { buildSampleWorkspace } = await import('../core/sample/buildSample');
        ws = await buildSampleWorkspace(file, { ...wsOptions(), today, overwrite: false });
      } else {
        if (values.council === undefined) throw new UsageError('"init" needs --council <name> (or --sample for the sample board).');
        const names = settingsInput
          .pick({ councilName: true, boardName: true })
          .parse({ councilName: values.council, boardName: values.board ?? 'Corporate Parenting Board' });
        ws = Workspace.create(file, names, { ...wsOptions(), overwrite: false });
      }
      try {
        const s = workspaceSummary(ws);
        const actions = countEntities(ws).actions;
        const what = values.sample ? `the sample workspace, with ${actions} action${actions === 1 ? '' : 's'}` : 'an empty workspace';
        io.stdout(`Created ${what}: ${s.path}\n${s.councilName}, ${s.boardName} (schema version ${s.schemaVersion}).\n`);
      } finally {
        ws.close();
      }
      return 0;
    },
  },

  info: {
    options: { json: { type: 'boolean' } },
    run: ({ file, values, io }) =>
      withWorkspace(file, (ws) => {
        // The same shape as the app's 'workspace:info'.
        const info = { summary: workspaceSummary(ws), counts: countEntities(ws) };
        io.stdout(values.json ? `${JSON.stringify(info, null, 2)}\n` : infoText(info.summary, info.counts));
        return 0;
      }),
  },

  actions: {
    options: { overdue: { type: 'boolean' }, stale: { type: 'boolean' }, format: { type: 'string', default: 'table' } },
    run({ file, values, io, today }) {
      const format = values.format;
      if (format !== 'table' && format !== 'json' && format !== 'csv') {
        throw new UsageError(`--format must be table, json or csv (not "${String(format)}").`);
      }
      return withWorkspace(file, (ws) => {
        const filter = filterOf(values);
        const rows = allMatchingActions(ws, filter, today);
        if (format === 'json') io.stdout(`${JSON.stringify({ today, filter, total: rows.length, actions: rows }, null, 2)}\n`);
        else if (format === 'csv') io.stdout(actionsCsv(rows));
        else io.stdout(actionsTable(rows, today, Object.keys(filter).length > 0));
        return 0;
      });
    },
  },

  'action-log': {
    options: { out: { type: 'string' }, overdue: { type: 'boolean' }, stale: { type: 'boolean' } },
    run({ file, values, io, today }) {
      const out = resolve(io.cwd, requireOut(values, 'action-log'));
      return withWorkspace(file, async (ws) => {
        const { printActionLog } = await import('../core/packs/printActionLog');
        const result = await printActionLog(ws, { filter: filterOf(values), today, out });
        io.stdout(`Wrote the action log (${result.pages} page${result.pages === 1 ? '' : 's'}): ${result.path}\n`);
        return 0;
      });
    },
  },

  meetings: {
    options: { json: { type: 'boolean' }, all: { type: 'boolean' } },
    run: ({ file, values, io, today }) =>
      withWorkspace(file, (ws) => {
        const all = values.all === true;
        const meetings = listMeetings(ws, all ? {} : { from: today }, today);
        io.stdout(values.json ? `${JSON.stringify({ today, meetings }, null, 2)}\n` : meetingsText(meetings, today, all));
        return 0;
      }),
  },

  agenda: {
    options: { out: { type: 'string' }, meeting: { type: 'string' }, public: { type: 'boolean' } },
    run({ file, values, io, today }) {
      const out = resolve(io.cwd, requireOut(values, 'agenda'));
      const which = requireMeetingArg(values, 'agenda');
      return withWorkspace(file, async (ws) => {
        const { printAgenda } = await import('../core/packs/publish');
        const meetingId = resolveMeeting(ws, which, today);
        const result = await printAgenda(ws, { meetingId, version: values.public ? 'public' : 'members', today, out });
        io.stdout(`Wrote the ${values.public ? 'public' : "members'"} agenda (${result.pages} page${result.pages === 1 ? '' : 's'}): ${result.path}\n`);
        return 0;
      });
    },
  },

  pack: {
    options: { out: { type: 'string' }, meeting: { type: 'string' }, public: { type: 'boolean' }, supplement: { type: 'boolean' } },
    run({ file, values, io, today }) {
      const out = resolve(io.cwd, requireOut(values, 'pack'));
      const which = requireMeetingArg(values, 'pack');
      return withWorkspace(file, async (ws) => {
        const { printPack } = await import('../core/packs/publish');
        const meetingId = resolveMeeting(ws, which, today);
        const result = await printPack(ws, { meetingId, version: values.public ? 'public' : 'members', today, out, supplement: values.supplement === true });
        const what = `${values.public ? 'public' : "members'"} ${values.supplement ? 'supplementary pack' : 'agenda pack'}`;
        io.stdout(`Wrote the ${what} (${result.pages} page${result.pages === 1 ? '' : 's'}): ${result.path}\n`);
        return 0;
      });
    },
  },

  ics: {
    options: { out: { type: 'string' }, meeting: { type: 'string' } },
    run({ file, values, io, today }) {
      const out = resolve(io.cwd, requireOut(values, 'ics'));
      const meetingId = typeof values.meeting === 'string' ? values.meeting.trim() : undefined;
      if (meetingId !== undefined && !z.uuid().safeParse(meetingId).success) {
        throw new UsageError(`--meeting needs a meeting's ID, as "panelpack meetings" shows it (not "${meetingId}").`);
      }
      return withWorkspace(file, async (ws) => {
        const { exportIcs } = await import('../core/ics');
        const result = await exportIcs(ws, { meetingId, today, out });
        io.stdout(`Wrote ${result.events} meeting${result.events === 1 ? '' : 's'} to the calendar file: ${result.path}\n`);
        return 0;
      });
    },
  },

  check: {
    options: {},
    run({ file, io }) {
      const result = checkWorkspace(file);
      io.stdout(checkText(result, basename(file)));
      if (result.ok) return 0;
      io.stderr(`panelpack: "${basename(file)}" failed its integrity check. Restore it from a backup; PanelPack has not changed it.\n`);
      return 1;
    },
  },

  backup: {
    options: { out: { type: 'string' }, force: { type: 'boolean' } },
    async run({ file, values, io }) {
      const out = resolve(io.cwd, requireOut(values, 'backup'));
      const result = await backupWorkspace(file, out, { force: values.force === true });
      io.stdout(`Backed up to ${result.path} (${formatBytes(result.bytes)}); the copy passed its integrity check.\n`);
      if (result.walLeftOut) io.stderr(`panelpack: The "-wal" file beside "${basename(file)}" does not belong to it (${result.walLeftOut}), so it was left out of the backup and not applied. Opening the workspace sets it aside, renamed and kept.\n`);
      return 0;
    },
  },

  ...attachmentCommands(),
  ...BACKUP_COMMANDS,
};

function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(0)} KB`;
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}

/** parseArgs' messages are written for programmers; these say the same for anyone. */
function usageMessage(err: Error & { code?: string }, command: string): string {
  const option = /'(-[^']*)'/.exec(err.message)?.[1];
  switch (err.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `"${command}" has no option ${option ?? ''}.`.replace(' .', '.');
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return option ? `${option.split(' ')[0]} needs a value.` : err.message;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `"${command}" takes one workspace file.`;
    default:
      return err.message;
  }
}

const SYSTEM_REASONS: Record<string, string> = {
  ENOENT: 'the file or folder does not exist',
  EACCES: 'permission was refused',
  EPERM: 'permission was refused',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
  EISDIR: 'it is a folder',
  EBUSY: 'it is in use by another program',
};

/**
 * One plain line for an error. Expected failures (a file that is not a workspace, a full disk)
 * say what happened; anything else is a fault in PanelPack and points to the debug switch.
 */
function explain(err: unknown): string {
  if (err instanceof AppError) return err.message;
  if (err instanceof z.ZodError) return invalidInput(err).message;
  const sys = err as { code?: unknown; path?: unknown };
  if (err instanceof Error && typeof sys.code === 'string' && SYSTEM_REASONS[sys.code]) {
    const where = typeof sys.path === 'string' ? `"${basename(sys.path)}"` : 'A file';
    return `${where} could not be used: ${SYSTEM_REASONS[sys.code]}.`;
  }
  const data = toErrorData(err);
  if (data.code !== 'internal') return data.message;
  const detail = err instanceof Error ? err.message.split('\n')[0] : String(err);
  return `Something went wrong inside PanelPack: ${detail} (run with PANELPACK_DEBUG=1 for details)`;
}

/** Runs one `panelpack` command line and returns its exit code; never throws. */
export async function run(argv: string[], io: CliIo): Promise<number> {
  const usageError = (message: string): number => {
    io.stderr(`panelpack: ${message}\n\n${USAGE}`);
    return 2;
  };
  const [name, ...rest] = argv;
  if (name === undefined) return usageError('Say which command to run.');
  if (name === 'help' || name === '--help' || name === '-h') {
    io.stdout(USAGE);
    return 0;
  }
  if (name === '--version') {
    io.stdout(`panelpack ${version}\n`);
    return 0;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) return usageError(name.startsWith('-') ? `Put the command first (found ${name}).` : `There is no command called "${name}".`);

  try {
    const { values, positionals } = parseArgs({
      args: rest,
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    if (values.help) {
      io.stdout(USAGE);
      return 0;
    }
    if (positionals.length === 0) throw new UsageError(`"${name}" needs a workspace file.`);
    const args = command.args ?? [];
    if (positionals.length <= args.length) throw new UsageError(`"${name}" needs ${args[positionals.length - 1]} after the workspace file.`);
    if (positionals.length > 1 + args.length) {
      throw new UsageError(args.length === 0 ? `"${name}" takes one workspace file (found ${positionals.length}).` : `"${name}" takes a workspace file and ${args.join(' and ')}.`);
    }
    const file = resolve(io.cwd, positionals[0] ?? '');
    const today = io.today?.() ?? localToday();
    await autoBackupBeforeCommand(name, file, io); // Automatic backups (issue 7 part 4); never throws.
    return await command.run({ file, values, io, today, args: positionals.slice(1) });
  } catch (err) {
    flushNotices(io);
    if (err instanceof UsageError) return usageError(err.message);
    if (err instanceof TypeError && String((err as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS')) {
      return usageError(usageMessage(err, name));
    }
    io.stderr(`panelpack: ${explain(err)}\n`);
    if (io.debug && err instanceof Error && err.stack) io.stderr(`${err.stack}\n`);
    return 1;
  } finally {
    flushNotices(io);
  }
}

function flushNotices(io: CliIo): void {
  for (const n of openNotices.splice(0)) io.stderr(`panelpack: ${n}\n`);
}
