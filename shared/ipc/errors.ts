/** Errors cross every boundary as data with a stable code; stacks stay in the main-process log. */
export const ERROR_CODES = [
  'invalid_input',
  'not_found',
  'conflict',
  'locked',
  'no_workspace',
  'not_a_workspace',
  'newer_version',
  'corrupt',
  'io',
  'unknown_channel',
  'forbidden',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorData {
  code: ErrorCode;
  /** One plain-English sentence or two, fit to show a clerk. */
  message: string;
  /** For invalid_input: field path -> message, for showing beside form fields. */
  fields?: Record<string, string>;
}

export type IpcResult<T> = { ok: true; data: T } | { ok: false; error: ErrorData };

/** Progress of a long task (PDF rendering), pushed from main to the renderer. */
export interface ProgressEvent {
  task: string;
  done: number;
  total: number;
  label: string;
}
