/**
 * Starting afresh when the workspace changes. Area stores keep what they loaded (and the action
 * log's filters) across navigation on purpose; across workspaces that would show one board's
 * actions under another board's name until the reload finished.
 */
import { getActivePinia } from 'pinia';
import { forgetAllDrafts } from '../composables/useDraft';
import { useActionsStore } from './actions';
import { useHomeStore } from './home';
import { useMeetingsStore } from './meetings';
import { useSettingsStore } from './settings';
import { useStrategyStore } from './strategy';

const AREA_STORES = [useActionsStore, useHomeStore, useMeetingsStore, useSettingsStore, useStrategyStore];

export function resetAreaStores(): void {
  const pinia = getActivePinia();
  for (const useStore of AREA_STORES) {
    const store = useStore();
    store.$dispose();
    // A setup store created again takes its state from here if it is left behind (pinia hydration).
    if (pinia) delete pinia.state.value[store.$id];
  }
  forgetAllDrafts();
}
