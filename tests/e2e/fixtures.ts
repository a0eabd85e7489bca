/**
 * The browser test bridge (ARCHITECTURE.md "One contract, three callers" #3): the BUILT renderer
 * (out/renderer) is served from 127.0.0.1, and `window.panelpack` is injected with the preload's
 * shape. Each call goes through `page.exposeBinding` to core's `createApi(host).dispatch` running
 * in this test process over a real SQLite file in a per-test temp folder. Native dialogs are
 * stubbed at the edge: `setFilePickerResponse(path)` answers the next Open/Save dialog
 * (like Joplin's integration-tests/util/setFilePickerResponse.ts; Heynote's webapp/bridge.js).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { createApi, type Api } from '../../electron/core/api';
import type { Host } from '../../electron/core/host';
import type { PanelPackBridge } from '../../shared/ipc/bridge';
import type { ProgressEvent } from '../../shared/ipc/errors';
import { startStaticServer, type StaticServer } from './staticServer';

export type DialogKind =
  | 'chooseNewWorkspace'
  | 'chooseWorkspaceToOpen'
  | 'choosePdfDestination'
  | 'chooseReportFile'
  | 'chooseCalendarDestination'
  | 'chooseKitDestination'
  | 'chooseKitToOpen'
  | 'chooseMemberWorkspaceDestination'
  | 'chooseBundleDestination';

export interface BridgeControl {
  /** The test's own data folder (the sample board and new workspaces go here). */
  dataDir: string;
  /** Core, as the page sees it (for arranging data or checking it behind the UI). */
  api: Api;
  /** Every native dialog the app asked for, in order, with the default name it suggested. */
  dialogs: { kind: DialogKind; defaultName?: string }[];
  /** Progress events core sent to the page. */
  progress: ProgressEvent[];
  /** What the next Open/Save dialog returns; `null` (the default) is the user pressing Cancel. */
  setFilePickerResponse(path: string | null): void;
  /** Every channel the page has called, in order. */
  calls: string[];
  /** Holds every PDF layout until the returned function is called (to act while a run is under way). */
  holdRendering(): () => void;
}

interface TestFixtures {
  bridge: BridgeControl;
  /** What the next Open/Save dialog returns; `null` (the default) is the user pressing Cancel. */
  setFilePickerResponse: (path: string | null) => void;
}

interface WorkerFixtures {
  rendererServer: StaticServer;
}

/**
 * The page's globals as the bridge defines them. Test code runs under the node tsconfig (no DOM
 * lib), so callbacks passed to `page.evaluate` reach them as `globalThis as unknown as PageGlobals`.
 */
export interface PageGlobals {
  panelpack: PanelPackBridge;
  __panelpackInvoke(channel: string, input: unknown): Promise<unknown>;
  __panelpackProgress(e: ProgressEvent): void;
}

/** Installs `window.panelpack` before any page script runs; the shape is PanelPackBridge's. */
function installBridge(): void {
  const w = globalThis as unknown as PageGlobals;
  const listeners = new Set<(e: ProgressEvent) => void>();
  w.__panelpackProgress = (e) => listeners.forEach((l) => l(e));
  const bridge: PanelPackBridge = {
    invoke: (channel, input) => w.__panelpackInvoke(channel, input) as ReturnType<PanelPackBridge['invoke']>,
    onProgress(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
  Object.defineProperty(w, 'panelpack', { value: Object.freeze(bridge), writable: false, configurable: false });
}

async function wireBridge(page: Page, api: Api, calls: string[]): Promise<void> {
  await page.exposeBinding('__panelpackInvoke', (_source, channel: string, input: unknown) => {
    calls.push(channel);
    return api.dispatch(channel, input);
  });
  await page.addInitScript(installBridge);
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  rendererServer: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern; this one has none.
    async ({}, use) => {
      const server = await startStaticServer(join(import.meta.dirname, '../../out/renderer'));
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],

  baseURL: async ({ rendererServer }, use) => {
    await use(rendererServer.url);
  },

  // Automatic: every test's page has the bridge, even a test that never names it.
  bridge: [
    async ({ page }, use, testInfo) => {
      const dataDir = mkdtempSync(join(tmpdir(), 'panelpack-e2e-'));
      const dialogs: BridgeControl['dialogs'] = [];
      const progress: ProgressEvent[] = [];
      const internalErrors: string[] = [];
      let recent: string[] = [];
      let pickerResponse: string | null = null;
      const calls: string[] = [];
      let held: Promise<void> | null = null;
      // Progress is pushed to the page in order; teardown awaits the chain so a failed push fails the test.
      let pushes: Promise<unknown> = Promise.resolve();

      const answer = (kind: DialogKind, defaultName?: string): Promise<string | null> => {
        dialogs.push({ kind, defaultName });
        const path = pickerResponse;
        pickerResponse = null;
        return Promise.resolve(path);
      };

      const host: Host = {
        actor: 'E2E clerk',
        dataDir,
        // Automatic backups (issue 7 part 4) go inside the test's own folder.
        backupDir: join(dataDir, 'backups'),
        dialogs: {
          chooseNewWorkspace: (name) => answer('chooseNewWorkspace', name),
          chooseWorkspaceToOpen: () => answer('chooseWorkspaceToOpen'),
          choosePdfDestination: (name) => answer('choosePdfDestination', name),
          chooseReportFile: () => answer('chooseReportFile'),
          chooseCalendarDestination: (name) => answer('chooseCalendarDestination', name),
          chooseKitDestination: (name) => answer('chooseKitDestination', name),
          chooseKitToOpen: () => answer('chooseKitToOpen'),
          chooseMemberWorkspaceDestination: (name) => answer('chooseMemberWorkspaceDestination', name),
          chooseBundleDestination: (name) => answer('chooseBundleDestination', name),
        },
        recent: {
          list: () => [...recent],
          add: (path) => {
            recent = [path, ...recent.filter((p) => p !== path)].slice(0, 10);
          },
        },
        progress: (event) => {
          progress.push(event);
          pushes = pushes.then(() => page.evaluate((e) => (globalThis as unknown as PageGlobals).__panelpackProgress(e), event));
        },
        // In this process, as the CLI does; a test can hold it (holdRendering).
        renderPdf: async (doc, onProgress) => {
          if (held) await held;
          const { renderInProcess } = await import('../../electron/core/packs/render');
          return renderInProcess(doc, onProgress);
        },
        log: (err, context) => {
          internalErrors.push(`${context}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
        },
      };
      const api = createApi(host);
      await wireBridge(page, api, calls);

      await use({
        dataDir,
        api,
        dialogs,
        progress,
        setFilePickerResponse: (path) => {
          pickerResponse = path;
        },
        calls,
        holdRendering: () => {
          let release = (): void => undefined;
          held = new Promise((done) => {
            release = () => {
              held = null;
              done();
            };
          });
          return release;
        },
      });

      await pushes;
      api.close();
      if (testInfo.status === testInfo.expectedStatus) rmSync(dataDir, { recursive: true, force: true });
      // An `internal` error is a bug in core, whatever the page showed.
      expect(internalErrors, 'core logged unexpected errors').toEqual([]);
    },
    { auto: true },
  ],

  setFilePickerResponse: async ({ bridge }, use) => {
    await use((path) => bridge.setFilePickerResponse(path));
  },
});

export { expect };

/** Saves a full-page screenshot of a screen to test-results/screens/<name>.png for people to look at. */
export async function saveScreen(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(import.meta.dirname, '../../test-results/screens', `${name}.png`), fullPage: true });
}
