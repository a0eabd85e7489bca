/**
 * Form drafts that survive navigation and reloads: nothing a clerk types is lost by clicking away.
 * Each draft lives in a Pinia store (for navigation) mirrored to sessionStorage (for reloads), keyed
 * by the form and the record it edits ("action:<id>", "settings", "new-priority"…).
 */
import { defineStore } from 'pinia';
import { ref, watch, type Ref } from 'vue';

const PREFIX = 'panelpack:draft:';

const useDraftStore = defineStore('drafts', () => {
  const drafts = ref<Record<string, unknown>>({});
  return { drafts };
});

function readSession(key: string): unknown {
  try {
    const raw = sessionStorage.getItem(PREFIX + key);
    return raw === null ? undefined : (JSON.parse(raw) as unknown);
  } catch {
    return undefined;
  }
}

/**
 * A reactive draft for `key`, starting from the saved draft if there is one, else from `initial()`.
 * Call `clear()` after a successful save (or on cancel) to forget it.
 */
export function useDraft<T extends object>(key: string, initial: () => T): { draft: Ref<T>; hasDraft: boolean; clear: () => void; reset: (value: T) => void } {
  const store = useDraftStore();
  const saved = (store.drafts[key] ?? readSession(key)) as T | undefined;
  const draft = ref(saved ?? initial()) as Ref<T>;
  watch(
    draft,
    (value) => {
      store.drafts[key] = value;
      try {
        sessionStorage.setItem(PREFIX + key, JSON.stringify(value));
      } catch {
        // Storage full or unavailable: the in-memory draft still survives navigation.
      }
    },
    // Synchronous, so clear() and reset() can forget the copy they have just written.
    { deep: true, flush: 'sync' },
  );
  function forget(): void {
    delete store.drafts[key];
    try {
      sessionStorage.removeItem(PREFIX + key);
    } catch {
      // Nothing to forget.
    }
  }
  return {
    draft,
    hasDraft: saved !== undefined,
    /** Starts afresh from `initial()` and forgets the saved copy (after a save, or on cancel). */
    clear() {
      draft.value = initial();
      forget();
    },
    /** Replaces the draft with fresh values (e.g. after loading the record) and forgets the saved copy. */
    reset(value: T) {
      draft.value = value;
      forget();
    },
  };
}

/**
 * Forgets every draft. Called when a workspace is opened or closed: drafts are keyed by form
 * ("settings", "new-priority"…), not by file, so one workspace's half-typed council name must not
 * turn up, or be saved, in another.
 */
export function forgetAllDrafts(): void {
  useDraftStore().drafts = {};
  try {
    for (const key of Object.keys(sessionStorage)) if (key.startsWith(PREFIX)) sessionStorage.removeItem(key);
  } catch {
    // Storage unavailable: there is nothing in it to forget.
  }
}

/**
 * Whether a draft is waiting for `key`, so a form the clerk left half filled can be reopened when
 * they come back to the screen.
 */
export function draftExists(key: string): boolean {
  try {
    return sessionStorage.getItem(PREFIX + key) !== null;
  } catch {
    return false;
  }
}

/**
 * A form's first draft: each of the draft's fields taken from the record being edited (where it
 * has one, not null), else its default; a new record's draft is the defaults.
 */
export function draftFrom<D extends object>(record: { [K in keyof D]?: D[K] | null } | null, defaults: D): D {
  const draft = { ...defaults };
  if (!record) return draft;
  for (const key of Object.keys(defaults) as (keyof D)[]) {
    const value = record[key];
    if (value !== null && value !== undefined) draft[key] = value;
  }
  return draft;
}
