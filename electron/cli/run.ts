/**
 * The `panelpack` command: plain Node over electron/core, never Electron. `run` takes its output
 * streams and working folder as arguments, so tests call it directly instead of spawning.
 * This file only dispatches: parses the command line, makes the automatic backup that is due, runs
 * the command (one module each in commands/, listed in commands/index.ts) and turns errors into
 * one plain line. Exit codes: 0 success, 1 failure (one plain line on stderr), 2 usage error (usage on stderr).
 */
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { version } from '../../package.json';
import { localToday } from '../../shared/logic/dates';
import { AppError, toErrorData } from '../core/errors';
import { canOpenReadOnly, takeNotices, type CliIo } from './command';
import { COMMANDS } from './commands/index';
import { USAGE } from './usage';
import { UsageError } from './usageError';

export type { CliIo } from './command';
export { USAGE } from './usage';

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
  const sys = err as { code?: unknown; path?: unknown };
  if (err instanceof Error && typeof sys.code === 'string' && SYSTEM_REASONS[sys.code]) {
    const where = typeof sys.path === 'string' ? `"${basename(sys.path)}"` : 'A file';
    return `${where} could not be used: ${SYSTEM_REASONS[sys.code]}.`;
  }
  const data = toErrorData(err); // a validation error (zod) becomes its plain message here
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
  const [first, ...rest] = argv;
  if (first === undefined) return usageError('Say which command to run.');
  let name = first;
  if (name === 'help' || name === '--help' || name === '-h') {
    io.stdout(USAGE);
    return 0;
  }
  if (name === '--version') {
    io.stdout(`panelpack ${version}\n`);
    return 0;
  }
  // A command with sub-commands ("indicators import") is listed under both words.
  const both = rest[0] === undefined ? '' : `${name} ${rest[0]}`;
  const sub = Object.hasOwn(COMMANDS, both);
  const load = sub ? COMMANDS[both] : Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  const subs = Object.keys(COMMANDS).filter((k) => k.startsWith(`${name} `)).map((k) => k.slice(name.length + 1));
  if (!load && subs.length > 0) return usageError(`"${name}" needs one of: ${subs.join(', ')}.`);
  if (!load) return usageError(name.startsWith('-') ? `Put the command first (found ${name}).` : `There is no command called "${name}".`);
  if (sub) {
    name = both;
    rest.shift();
  }

  try {
    const command = await load();
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
    // Automatic backups (issue 7 part 4); never throws. A reading command that opens the file
    // read-only changes nothing, so needs none.
    if (!(command.readsOnly && canOpenReadOnly(file))) await (await import('./autoBackup')).autoBackupBeforeCommand(name, file, io);
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
  for (const n of takeNotices()) io.stderr(`panelpack: ${n}\n`);
}
