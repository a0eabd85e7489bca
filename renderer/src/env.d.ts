/// <reference types="vite/client" />
// This file has no top-level import, so it is a global script and `declare module '*.vue'` is a
// real ambient shim (in a module file it would be an augmentation and plain `tsc`, which ESLint's
// type-aware rules use, could not resolve `.vue` imports).

interface Window {
  /** Exposed by electron/preload (or the Playwright bridge): the only way to reach core. */
  panelpack: import('@shared/ipc/bridge').PanelPackBridge;
}

declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent<object, object, unknown>;
  export default component;
}
