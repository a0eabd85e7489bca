/**
 * The IPC binding with `electron` stubbed at the edge and core real (a temporary SQLite file):
 * only the app's own main frame gets through; errors come back as data with a stable code.
 */
import type { IpcMainInvokeEvent, WebContents, WebFrameMain } from 'electron';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApi } from '../../../electron/core/api';
import type { Host } from '../../../electron/core/host';
import { isAppUrl, type RendererTarget } from '../../../electron/main/appUrl';
import { bindIpc, createInvokeHandler, sendProgress, type IpcDeps } from '../../../electron/main/ipc';
import { IPC_INVOKE, IPC_PROGRESS } from '../../../shared/ipc/channels';
import { contract } from '../../../shared/ipc/contract';
import { testHost } from '../../helpers/host';
import { tempDir } from '../../helpers/tempWorkspace';

const electron = vi.hoisted(() => ({ ipcMain: { handle: vi.fn(), removeHandler: vi.fn() } }));
vi.mock('electron', () => electron);

const target: RendererTarget = { kind: 'app', rendererDir: '/opt/PanelPack/out/renderer', url: 'app://panelpack/index.html' };
const APP_URL = 'app://panelpack/index.html#/actions';

function frame(over: Partial<{ url: string; processId: number; routingId: number; parent: unknown }> = {}): WebFrameMain {
  return { url: APP_URL, processId: 4, routingId: 1, parent: null, ...over } as unknown as WebFrameMain;
}

function fakeContents(mainFrame: WebFrameMain, destroyed = false) {
  return { mainFrame, isDestroyed: () => destroyed, send: vi.fn() };
}

function event(sender: unknown, senderFrame: WebFrameMain | null): IpcMainInvokeEvent {
  return { sender, senderFrame } as unknown as IpcMainInvokeEvent;
}

const t = tempDir();
afterAll(() => t.cleanup());

function realHost(over: Partial<Host> = {}): Host {
  return { ...testHost({ dir: t.dir, actor: 'clerk', log: vi.fn() }), ...over };
}

describe('IPC binding', () => {
  const main = frame();
  const contents = fakeContents(main);
  let log: ReturnType<typeof vi.fn<IpcDeps['log']>>;
  beforeEach(() => {
    log = vi.fn<IpcDeps['log']>();
  });
  const deps = (dispatch: IpcDeps['dispatch']): IpcDeps => ({
    contents: () => contents as unknown as WebContents,
    isAppUrl: (url) => isAppUrl(url, target),
    dispatch,
    log,
  });

  it('passes calls from the main frame to core and returns its data (real SQLite)', async () => {
    const api = createApi(realHost());
    const handle = createInvokeHandler(deps((c, i) => api.dispatch(c, i)));
    expect(await handle(event(contents, main), 'workspace:current', {})).toEqual({ ok: true, data: null });
    const opened = await handle(event(contents, main), 'workspace:openSample', {});
    expect(opened).toMatchObject({ ok: true, data: { councilName: 'Northbrook Metropolitan Borough Council' } });
    const created = await handle(event(contents, main), 'actions:create', { title: 'Review the pledge with care leavers', dueDate: '2027-01-31' });
    expect(created).toMatchObject({ ok: true, data: { title: 'Review the pledge with care leavers' } });
    const list = await handle(event(contents, main), 'actions:list', { filter: { text: 'pledge with care leavers' } });
    expect(list).toMatchObject({ ok: true, data: { total: 1, rows: [{ title: 'Review the pledge with care leavers' }] } });
    api.close();
  });

  const refused: [string, () => IpcMainInvokeEvent][] = [
    ['a subframe of our window', () => event(contents, frame({ routingId: 7, parent: main }))],
    ['our main frame showing another page', () => event(contents, frame({ url: 'https://example.com/' }))],
    ['our main frame showing another local file', () => event(contents, frame({ url: 'file:///tmp/evil.html' }))],
    ['our main frame showing the built page over file://', () => event(contents, frame({ url: 'file:///opt/PanelPack/out/renderer/index.html' }))],
    ['our main frame showing another page of the app’s origin', () => event(contents, frame({ url: 'app://panelpack/pdfjs/openjpeg_nowasm_fallback.js' }))],
    ['another webContents', () => event(fakeContents(main), main)],
    ['a frame that has gone', () => event(contents, null)],
  ];
  it.each(refused)('refuses %s with forbidden, without calling core', async (_name, make) => {
    const dispatch = vi.fn<IpcDeps['dispatch']>();
    const res = await createInvokeHandler(deps(dispatch))(make(), 'workspace:current', {});
    expect(res).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(dispatch).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledWith(expect.any(Error), 'ipc:forbidden');
  });

  it('refuses everything once the window is destroyed', async () => {
    const dispatch = vi.fn<IpcDeps['dispatch']>();
    const gone = fakeContents(main, true);
    const handle = createInvokeHandler({ ...deps(dispatch), contents: () => gone as unknown as WebContents });
    expect(await handle(event(gone, main), 'workspace:current', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it.each([['fs:readFile'], ['__proto__'], [42], [undefined]])('answers unknown channel %s with unknown_channel, without calling core', async (channel) => {
    const dispatch = vi.fn<IpcDeps['dispatch']>();
    const res = await createInvokeHandler(deps(dispatch))(event(contents, main), channel, {});
    expect(res).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it("answers bad input with invalid_input and the schema's own message", async () => {
    const api = createApi(realHost());
    const handle = createInvokeHandler(deps((c, i) => api.dispatch(c, i)));
    const bad = { title: '' };
    const parsed = contract['actions:create'].input.safeParse(bad);
    expect(parsed.success).toBe(false);
    const expected = parsed.error?.issues[0]?.message;
    expect(expected).toBeTruthy();
    const res = await handle(event(contents, main), 'actions:create', bad);
    expect(res).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expected } });
    api.close();
  });

  it('turns an error thrown inside core into internal, stack only in the log', async () => {
    const boom = new Error('disk exploded at /secret/path');
    const hostLog = vi.fn();
    const api = createApi(realHost({ log: hostLog, dialogs: { chooseNewWorkspace: async () => null, chooseWorkspaceToOpen: () => Promise.reject(boom), choosePdfDestination: async () => null } }));
    const res = await createInvokeHandler(deps((c, i) => api.dispatch(c, i)))(event(contents, main), 'workspace:open', {});
    expect(res).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(res)).not.toMatch(/secret|stack|at /);
    expect(hostLog).toHaveBeenCalledWith(boom, 'workspace:open');
    api.close();
  });

  it('turns a throw that escapes dispatch into internal, stack only in the log', async () => {
    const boom = new Error('unexpected /secret/path');
    const res = await createInvokeHandler(deps(() => Promise.reject(boom)))(event(contents, main), 'home:summary', {});
    expect(res).toEqual({ ok: false, error: { code: 'internal', message: expect.stringMatching(/^Something went wrong inside PanelPack/) as string } });
    expect(Object.keys((res as { error: object }).error)).toEqual(['code', 'message']);
    expect(log).toHaveBeenCalledWith(boom, 'home:summary');
  });

  it('registers one handler on the invoke channel and can remove it', () => {
    const unbind = bindIpc(deps(vi.fn()));
    expect(electron.ipcMain.handle).toHaveBeenCalledTimes(1);
    expect(electron.ipcMain.handle).toHaveBeenCalledWith(IPC_INVOKE, expect.any(Function));
    unbind();
    expect(electron.ipcMain.removeHandler).toHaveBeenCalledWith(IPC_INVOKE);
  });

  it('sends progress to a live window only', () => {
    const live = fakeContents(main);
    const progress = { task: 'pdf', done: 1, total: 3, label: 'Page 1 of 3' };
    sendProgress(live as unknown as WebContents, progress);
    expect(live.send).toHaveBeenCalledWith(IPC_PROGRESS, progress);
    const dead = fakeContents(main, true);
    sendProgress(dead as unknown as WebContents, progress);
    expect(dead.send).not.toHaveBeenCalled();
  });
});
