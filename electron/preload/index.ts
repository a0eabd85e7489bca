/**
 * The sandbox's one narrow door: `window.panelpack` with `invoke` over the contract's channel list
 * and a progress subscription, nothing else (never ipcRenderer itself). Imports only the channel
 * names (no zod): a sandboxed preload is a small CommonJS bundle (out/preload/index.cjs).
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { PanelPackBridge } from '../../shared/ipc/bridge';
import { IPC_INVOKE, IPC_PROGRESS, isChannelName } from '../../shared/ipc/channels';
import type { IpcResult, ProgressEvent } from '../../shared/ipc/errors';

export const bridge = {
  invoke(channel, input) {
    // Refused here, before anything reaches ipcRenderer; answered as data like every other error.
    if (!isChannelName(channel)) {
      const refused: IpcResult<unknown> = {
        ok: false,
        error: { code: 'unknown_channel', message: 'PanelPack does not know that request.' },
      };
      return Promise.resolve(refused);
    }
    return ipcRenderer.invoke(IPC_INVOKE, channel, input) as Promise<IpcResult<unknown>>;
  },
  onProgress(listener) {
    // The IPC event (which carries `sender`, i.e. ipcRenderer) is not passed on to the page.
    const wrapped = (_event: IpcRendererEvent, progress: ProgressEvent): void => listener(progress);
    ipcRenderer.on(IPC_PROGRESS, wrapped);
    return () => {
      ipcRenderer.removeListener(IPC_PROGRESS, wrapped);
    };
  },
} satisfies PanelPackBridge;

contextBridge.exposeInMainWorld('panelpack', bridge);
