/**
 * A Host for driving core's contract in tests, as Electron's or the Playwright bridge's would:
 * every native dialog answers "cancelled" unless the test gives an answer, the recent list lives in
 * memory, progress goes nowhere, and today is pinned. Override any part.
 */
import { createApi, type Api } from '../../electron/core/api';
import type { Host } from '../../electron/core/host';
import type { IpcResult } from '../../shared/ipc/errors';
import { TODAY } from './today';

export interface TestHostOptions extends Partial<Omit<Host, 'dialogs'>> {
  /** The data folder (the sample and the trust list go here). */
  dir: string;
  dialogs?: Partial<Host['dialogs']>;
}

export function testHost({ dir, dialogs, ...rest }: TestHostOptions): Host {
  return {
    actor: 'tester',
    dataDir: dir,
    today: () => TODAY,
    dialogs: {
      chooseNewWorkspace: () => Promise.resolve(null),
      chooseWorkspaceToOpen: () => Promise.resolve(null),
      choosePdfDestination: () => Promise.resolve(null),
      ...dialogs,
    },
    recent: { list: () => [], add: () => undefined },
    progress: () => undefined,
    ...rest,
  };
}

/** The contract over a test host whose "Open" dialog picks `path` (call workspace:open to open it). */
export function apiOpening(path: string, options: TestHostOptions): Api {
  return createApi(testHost({ ...options, dialogs: { chooseWorkspaceToOpen: () => Promise.resolve(path), ...options.dialogs } }));
}

/** The data of a dispatch that must succeed; fails the test with the error otherwise. */
export async function ok<T>(result: Promise<IpcResult<unknown>>, what = 'dispatch'): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(`${what}: expected ok, got ${JSON.stringify(r.error)}`);
  return r.data as T;
}
