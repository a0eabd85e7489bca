/// <reference types="vite/client" />
import type { PanelPackBridge } from '../../shared/ipc/bridge';

declare global {
  interface Window {
    /** Exposed by electron/preload (or the Playwright bridge): the only way to reach core. */
    panelpack: PanelPackBridge;
  }
}

declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent<object, object, unknown>;
  export default component;
}
