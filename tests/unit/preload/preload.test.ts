/**
 * The preload with `electron` stubbed: it exposes exactly `invoke` and `onProgress`, refuses
 * channels outside the contract before touching ipcRenderer, and never hands the page the IPC event.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAMES, IPC_INVOKE, IPC_PROGRESS } from '../../../shared/ipc/channels';
import { CHANNELS } from '../../../shared/ipc/contract';
import type { PanelPackBridge } from '../../../shared/ipc/bridge';
import type { Channel } from '../../../shared/ipc/contract';

type Listener = (event: unknown, ...args: unknown[]) => void;
const electron = vi.hoisted(() => {
  const listeners = new Map<string, Set<Listener>>();
  return {
    listeners,
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcRenderer: {
      invoke: vi.fn(),
      on: vi.fn((channel: string, fn: Listener) => {
        if (!listeners.has(channel)) listeners.set(channel, new Set());
        listeners.get(channel)?.add(fn);
      }),
      removeListener: vi.fn((channel: string, fn: Listener) => listeners.get(channel)?.delete(fn)),
    },
  };
});
vi.mock('electron', () => electron);

async function exposed(): Promise<PanelPackBridge> {
  vi.resetModules();
  electron.contextBridge.exposeInMainWorld.mockClear();
  await import('../../../electron/preload/index');
  expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
  const [name, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as [string, PanelPackBridge];
  expect(name).toBe('panelpack');
  return api;
}

describe('preload', () => {
  beforeEach(() => {
    electron.ipcRenderer.invoke.mockReset();
    electron.listeners.clear();
  });

  it('exposes window.panelpack with only invoke and onProgress, never ipcRenderer', async () => {
    const api = await exposed();
    expect(Object.keys(api).sort()).toEqual(['invoke', 'onProgress']);
    expect(Object.values(api).every((v) => typeof v === 'function')).toBe(true);
    expect(Object.values(api)).not.toContain(electron.ipcRenderer);
  });

  it('sends contract channels over the one invoke channel and returns main’s answer', async () => {
    const api = await exposed();
    const answer = { ok: true, data: { total: 0, rows: [] } };
    electron.ipcRenderer.invoke.mockResolvedValueOnce(answer);
    await expect(api.invoke('actions:list', { filter: { overdue: true } })).resolves.toBe(answer);
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(IPC_INVOKE, 'actions:list', { filter: { overdue: true } });
  });

  it.each(['fs:readFile', 'panelpack:invoke', '__proto__', 'constructor', ''])('refuses %j before touching ipcRenderer', async (channel) => {
    const api = await exposed();
    const res = await api.invoke(channel as Channel, {});
    expect(res).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    expect(electron.ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it('delivers progress events without the IPC event, and unsubscribes', async () => {
    const api = await exposed();
    const seen: unknown[] = [];
    const off = api.onProgress((e) => seen.push(e));
    const progress = { task: 'pdf', done: 1, total: 2, label: 'Page 1 of 2' };
    const fire = () => electron.listeners.get(IPC_PROGRESS)?.forEach((fn) => fn({ sender: electron.ipcRenderer }, progress));
    fire();
    expect(seen).toEqual([progress]);
    off();
    fire();
    expect(seen).toEqual([progress]);
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledWith(IPC_PROGRESS, expect.any(Function));
  });
});

describe('channel list', () => {
  it('is the contract’s channels exactly, each once', () => {
    expect(new Set(CHANNEL_NAMES).size).toBe(CHANNEL_NAMES.length);
    expect([...CHANNEL_NAMES].sort()).toEqual([...CHANNELS].sort());
  });
});
