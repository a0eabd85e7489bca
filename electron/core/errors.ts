/** Expected failures carry a stable code and a message fit for a clerk. */
import type { ErrorCode, ErrorData } from '../../shared/ipc/errors';
import type { z } from 'zod';
import { issuesToFields } from '../../shared/logic/fieldErrors';

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** A change to the board's records in a member's workspace (opened from a kit), refused by triggers or before the handler. */
export const MEMBER_READ_ONLY = "This is a member's workspace: the board's records come from the clerk's kit and cannot be changed here.";

/** "That action no longer exists. It may have been deleted." */
export const noLonger = (what: string): string => `That ${what} no longer exists. It may have been deleted.`;

export function notFound(what: string): AppError {
  return new AppError('not_found', noLonger(what));
}

export function invalidInput(err: z.ZodError): AppError {
  const fields = issuesToFields(err);
  const first = Object.values(fields)[0] ?? 'Some of the details are not valid.';
  return new AppError('invalid_input', first, fields);
}

/**
 * A zod validation error, known by its shape rather than `instanceof`: importing zod's class here
 * would make every command load zod at start-up, even those that validate nothing.
 */
export function isZodError(err: unknown): err is z.ZodError {
  return err instanceof Error && err.name === 'ZodError' && Array.isArray((err as { issues?: unknown }).issues);
}

/** Turns anything thrown into error data; unexpected errors get a generic message (log the stack). */
export function toErrorData(err: unknown): ErrorData {
  if (err instanceof AppError) {
    return err.fields ? { code: err.code, message: err.message, fields: err.fields } : { code: err.code, message: err.message };
  }
  if (isZodError(err)) return toErrorData(invalidInput(err));
  if (isSqliteError(err)) {
    if (err.code === 'SQLITE_BUSY' || err.code === 'SQLITE_LOCKED') {
      return { code: 'locked', message: 'The workspace is busy in another window or program. Try again in a moment.' };
    }
    if (err.code === 'SQLITE_CONSTRAINT_TRIGGER' && err.message.startsWith('member workspace')) {
      return { code: 'conflict', message: MEMBER_READ_ONLY };
    }
    if (err.code.startsWith('SQLITE_CONSTRAINT')) {
      return { code: 'conflict', message: 'That change clashes with other records, so it was not saved.' };
    }
    if (err.code === 'SQLITE_CORRUPT' || err.code === 'SQLITE_NOTADB') {
      return { code: 'corrupt', message: 'The workspace file is damaged. Restore it from a backup.' };
    }
    if (err.code === 'SQLITE_READONLY' || err.code === 'SQLITE_FULL' || err.code.startsWith('SQLITE_IOERR')) {
      return { code: 'io', message: 'The workspace could not be written (the disk may be full or read-only). Nothing was changed.' };
    }
  }
  return { code: 'internal', message: 'Something went wrong inside PanelPack. Nothing was changed; the details are in the log.' };
}

function isSqliteError(err: unknown): err is Error & { code: string } {
  return err instanceof Error && err.name === 'SqliteError' && typeof (err as { code?: unknown }).code === 'string';
}
