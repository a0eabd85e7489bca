/**
 * Starting afresh when the workspace changes. Area stores keep what they loaded (and the action
 * log's filters) across navigation on purpose; across workspaces that would show one board's
 * actions under another board's name until the reload finished.
 *
 * Each area store registers itself here when its module loads (`resetWithWorkspace(useXStore)`),
 * so this file imports no area store and no store imports back through it.
 */
import { getActivePinia } from 'pinia';
import { forgetAllDrafts } from '../components/form/drafts';

/** What reset needs of a store's `useXStore`: the store it returns can be disposed. */
type AnyStore = () => { $id: string; $dispose: () => void };
const registered = new Set<AnyStore>();

/** Disposes `useStore` whenever the workspace changes (opened, created, restored or closed). */
export function resetWithWorkspace(useStore: AnyStore): void {
  registered.add(useStore);
}

export function resetAreaStores(): void {
  const pinia = getActivePinia();
  for (const useStore of registered) {
    const store = useStore();
    store.$dispose();
    // A setup store created again takes its state from here if it is left behind (pinia hydration).
    if (pinia) delete pinia.state.value[store.$id];
  }
  forgetAllDrafts();
}
