/**
 * The one validated IPC binding (after VS Code's ValidatedIpcMain): every call must come from the
 * main frame of the app's own window, showing the app's own page; only then is it handed to core's
 * dispatch, which parses the input with the contract's schema. Errors go back as data with a
 * stable code; stacks stay in the main-process log.
 */
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { IPC_INVOKE, IPC_PROGRESS, isChannelName } from '../../shared/ipc/channels';
import type { ErrorData, IpcResult, ProgressEvent } from '../../shared/ipc/errors';

export interface IpcDeps {
  /** The main window's webContents, or null when there is no window. */
  contents(): WebContents | null;
  /** Whether a URL is the app's own page (see appUrl.ts). */
  isAppUrl(url: string): boolean;
  /** core's api.dispatch. */
  dispatch(channel: string, input: unknown): Promise<IpcResult<unknown>>;
  log(err: unknown, context: string): void;
}

const fail = (error: ErrorData): IpcResult<never> => ({ ok: false, error });

export const FORBIDDEN: ErrorData = { code: 'forbidden', message: 'That request did not come from PanelPack’s own window, so it was refused.' };
export const UNKNOWN_CHANNEL: ErrorData = { code: 'unknown_channel', message: 'PanelPack does not know that request.' };
export const INTERNAL: ErrorData = {
  code: 'internal',
  message: 'Something went wrong inside PanelPack. Nothing was changed; the details are in the log.',
};

/** True when the event came from the main frame of our window, showing our page. */
export function isTrustedSender(event: IpcMainInvokeEvent, deps: Pick<IpcDeps, 'contents' | 'isAppUrl'>): boolean {
  const contents = deps.contents();
  const frame = event.senderFrame;
  if (!contents || contents.isDestroyed() || !frame || event.sender !== contents) return false;
  const main = contents.mainFrame;
  // Same frame: identity, or the same process/routing ids if Electron handed us a fresh wrapper.
  const sameFrame = frame === main || (frame.processId === main.processId && frame.routingId === main.routingId);
  return sameFrame && frame.parent === null && deps.isAppUrl(frame.url);
}

/** The handler for IPC_INVOKE, separate from registration so tests can call it directly. */
export function createInvokeHandler(deps: IpcDeps) {
  return async (event: IpcMainInvokeEvent, channel: unknown, input: unknown): Promise<IpcResult<unknown>> => {
    if (!isTrustedSender(event, deps)) {
      deps.log(new Error(`Refused IPC from ${event.senderFrame?.url ?? 'a closed frame'}`), 'ipc:forbidden');
      return fail(FORBIDDEN);
    }
    if (!isChannelName(channel)) return fail(UNKNOWN_CHANNEL);
    try {
      return await deps.dispatch(channel, input);
    } catch (err) {
      // dispatch already turns handler errors into data; this catches anything that escapes it.
      deps.log(err, channel);
      return fail(INTERNAL);
    }
  };
}

/** Registers the single invoke handler; returns a function that removes it. */
export function bindIpc(deps: IpcDeps): () => void {
  ipcMain.handle(IPC_INVOKE, createInvokeHandler(deps));
  return () => ipcMain.removeHandler(IPC_INVOKE);
}

/** Pushes a progress event to the window, if it is still open. */
export function sendProgress(contents: WebContents | null, event: ProgressEvent): void {
  if (contents && !contents.isDestroyed()) contents.send(IPC_PROGRESS, event);
}
