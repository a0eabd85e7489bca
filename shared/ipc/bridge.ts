/** The shape of `window.panelpack`: the same in Electron's preload and in the test bridge. */
import type { Channel, InputOf } from './contract';
import type { IpcResult, ProgressEvent } from './errors';

export interface PanelPackBridge {
  invoke<C extends Channel>(channel: C, input: InputOf<C>): Promise<IpcResult<unknown>>;
  /** Subscribes to progress events; returns the unsubscribe function. */
  onProgress(listener: (event: ProgressEvent) => void): () => void;
}
