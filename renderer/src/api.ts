/** The typed client over `window.panelpack`: one call per contract channel, errors as ApiError. */
import type { Channel, InputOf, ResultOf } from '@shared/ipc/contract';
import type { ErrorCode, ErrorData, ProgressEvent } from '@shared/ipc/errors';

export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly fields: Record<string, string>;
  constructor(data: ErrorData) {
    super(data.message);
    this.name = 'ApiError';
    this.code = data.code;
    this.fields = data.fields ?? {};
  }
}

export async function call<C extends Channel>(channel: C, input: InputOf<C>): Promise<ResultOf<C>> {
  const res = await window.panelpack.invoke(channel, input);
  if (res.ok) return res.data as ResultOf<C>;
  throw new ApiError(res.error);
}

export function onProgress(listener: (e: ProgressEvent) => void): () => void {
  return window.panelpack.onProgress(listener);
}

/** A message fit to show, whatever was thrown. */
export function messageOf(err: unknown): string {
  if (err instanceof ApiError) return err.message;
  return 'Something went wrong. Nothing was changed. Try again, and if it keeps happening, restart PanelPack.';
}

/** Field messages for a form, from an invalid_input error. */
export function fieldErrors(err: unknown): Record<string, string> {
  return err instanceof ApiError && err.code === 'invalid_input' ? err.fields : {};
}

/** A plain-English sentence for a failed load or action, whatever was thrown. */
export function plainError(err: unknown, doing: string): string {
  if (err instanceof ApiError) {
    if (err.code === 'no_workspace') return 'No workspace is open. Open or create one from the Home screen.';
    if (err.code === 'locked') return `Could not ${doing}: the workspace is busy in another window. Try again in a moment.`;
    return err.message;
  }
  return `Could not ${doing}. ${messageOf(err)}`;
}
