/**
 * One form's state, in one of two modes:
 *
 * - **submit** (every form but the minutes' fields): the draft is a session draft (./drafts.ts) kept across
 *   navigation and reloads until it is saved or cancelled ("Your unsaved changes have been kept");
 *   Save checks it with the shared zod schema, shows field messages (the schema's or core's) in the
 *   GOV.UK error summary and moves focus there; a second Save while the first is saving is ignored.
 * - **autosave** (the Minutes screen's item minute and resolutions; later visit reports): no session draft; every change is saved to the
 *   workspace about `delay` ms after the clerk stops typing, one save at a time (a change made
 *   while saving is saved straight after), with a visible status: "Saving…", "Saved" or
 *   "Not saved: <reason>". Messages show beside the fields without moving focus.
 *
 * `save(draft, check)` builds the operation's input from the draft, calls `check(schema, input)`
 * (which returns the parsed input or stops the save with the schema's messages) and calls a store.
 */
import { computed, getCurrentInstance, getCurrentScope, nextTick, onBeforeUnmount, onScopeDispose, provide, reactive, ref, watch, type Ref } from 'vue';
import type { z } from 'zod';
import { fieldErrors, messageOf } from '../../api';
import { FORM, type FormContext } from './context';
import { useDraft } from './drafts';
import { issuesToFields } from '@shared/logic/fieldErrors';

/** Parses `value` with `schema`; on failure (or with `extra` messages) stops the save and shows them. */
export type Check = <S extends z.ZodType>(schema: S, value: unknown, extra?: Record<string, string>) => z.output<S>;

export interface FormOptions<D extends object, R> {
  /** Prefix of every id in the form ("af-<id>"): inputs, hints, messages, the error summary. */
  id: string;
  initial: () => D;
  mode?: 'submit' | 'autosave';
  /** Submit mode: the session draft's key ("action:<id>", "new-priority"). None: no draft is kept. */
  draftKey?: string;
  save: (draft: D, check: Check) => Promise<R>;
  /** After a save in submit mode (the draft is already forgotten). */
  onSaved?: (result: R) => void | Promise<void>;
  /** Submit mode: keep the draft after this result (for example a Save dialog the clerk cancelled). */
  keepDraft?: (result: R) => boolean;
  /** A prefix core puts on field names ("strategy.") that the form's fields do not have. */
  fieldPrefix?: string;
  /** Autosave: how long after the last change to save, in ms (default 600). */
  delay?: number;
}

export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

/** Every autosave form on screen, so an action that depends on what was just typed can save it first. */
const autosaving = new Set<() => Promise<boolean>>();

/**
 * Saves now whatever any autosave form on screen is still waiting to save (the 500 ms after the
 * last keystroke), and waits for saves under way. False when one of them failed. Call it before
 * an action whose check reads those fields (marking a visit report finished reads its opinions).
 */
export async function saveAllPending(): Promise<boolean> {
  const results = await Promise.all([...autosaving].map((save) => save()));
  return results.every(Boolean);
}

/** Thrown by `check` to stop a save; its messages are already on the form. */
class Invalid extends Error {
  constructor(readonly fields: Record<string, string>) {
    super('invalid');
  }
}

export function useForm<D extends object, R = unknown>(opts: FormOptions<D, R>) {
  const mode = opts.mode ?? 'submit';
  const summaryId = `${opts.id}-errors`;
  const session = opts.draftKey && mode === 'submit' ? useDraft<D>(opts.draftKey, opts.initial) : null;
  const draft: Ref<D> = session ? session.draft : (ref(opts.initial()) as Ref<D>);
  /** A draft from before was restored: say so above the form. */
  const kept = ref(session?.hasDraft ?? false);
  const errors = ref<Record<string, string>>({});
  /** A message not tied to one field (for example "Priority 2 has 3 actions…"). */
  const problem = ref('');
  const busy = ref(false);
  const state = ref<SaveState>('idle');
  const failure = ref('');

  const context: FormContext = { prefix: opts.id, errors, fieldIds: reactive({}) };
  if (getCurrentInstance()) provide(FORM, context);

  const check: Check = (schema, value, extra = {}) => {
    const parsed = schema.safeParse(value);
    const fields = parsed.success ? {} : issuesToFields(parsed.error);
    if (!parsed.success || Object.keys(extra).length > 0) throw new Invalid({ ...extra, ...fields });
    return parsed.data;
  };

  function clearErrors(): void {
    errors.value = {};
    problem.value = '';
  }

  async function focusSummary(): Promise<void> {
    if (mode === 'autosave' || typeof document === 'undefined') return;
    await nextTick();
    document.getElementById(summaryId)?.focus();
  }

  /** Shows why a save failed: the schema's or core's field messages, else one plain sentence. */
  function showFailure(err: unknown): void {
    const fields = err instanceof Invalid ? err.fields : fieldErrors(err);
    const mapped: Record<string, string> = {};
    const cut = opts.fieldPrefix ?? '';
    for (const [k, v] of Object.entries(fields)) mapped[cut && k.startsWith(cut) ? k.slice(cut.length) : k] = v;
    errors.value = mapped;
    problem.value = Object.keys(mapped).length > 0 ? '' : messageOf(err);
    failure.value = Object.values(mapped)[0] ?? problem.value;
    state.value = 'failed';
    void focusSummary();
  }

  /** Submit mode: checks and saves; resolves true when saved. Ignored while a save is running. */
  async function submit(): Promise<boolean> {
    if (mode === 'autosave') return flush();
    if (busy.value) return false;
    clearErrors();
    return attempt(async (result) => {
      if (!opts.keepDraft?.(result)) forget();
      await opts.onSaved?.(result);
    });
  }

  /** One save: busy meanwhile; on success `after(result)`, on failure the messages. */
  async function attempt(after?: (result: R) => Promise<void>): Promise<boolean> {
    busy.value = true;
    try {
      const result = await opts.save(draft.value, check);
      clearErrors();
      state.value = 'saved';
      await after?.(result);
      return true;
    } catch (err) {
      showFailure(err);
      return false;
    } finally {
      busy.value = false;
    }
  }

  /** Starts afresh from `initial()` and forgets the kept draft. */
  function forget(): void {
    if (session) session.clear();
    else replace(opts.initial());
    kept.value = false;
  }

  /** Cancel or discard: forgets the draft and the messages. */
  function cancel(): void {
    forget();
    clearErrors();
  }

  /** Replaces the draft with fresh values (a reloaded record) without saving them. */
  function reset(value: D): void {
    if (session) session.reset(value);
    else replace(value);
    kept.value = false;
  }

  // ── Autosave ──
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<boolean> | null = null;
  let again = false;
  let quiet = false;

  function replace(value: D): void {
    quiet = true;
    draft.value = value;
    quiet = false;
  }

  /** Autosave: saves now what is waiting (and whatever changes while that save runs). */
  async function flush(): Promise<boolean> {
    clearTimeout(timer);
    timer = undefined;
    if (running) {
      again = true;
      return running;
    }
    state.value = 'saving';
    running = attempt();
    const ok = await running;
    running = null;
    if (again) {
      again = false;
      return flush();
    }
    return ok;
  }

  if (mode === 'autosave') {
    watch(
      draft,
      () => {
        if (quiet) return;
        clearTimeout(timer);
        // Not "Saved" while a change waits for the delay: the line says so until it is saved.
        if (state.value !== 'failed') state.value = 'saving';
        timer = setTimeout(() => void flush(), opts.delay ?? 600);
      },
      { deep: true, flush: 'sync' },
    );
    const pending = (): Promise<boolean> => (timer !== undefined || running ? flush() : Promise.resolve(state.value !== 'failed'));
    autosaving.add(pending);
    if (getCurrentScope()) onScopeDispose(() => autosaving.delete(pending));
    // Leaving the screen saves what was typed in the last moment.
    if (getCurrentInstance()) onBeforeUnmount(() => void (timer !== undefined ? flush() : undefined));
  }

  /** The autosave status line ('' before the first change). */
  const statusText = computed(() => {
    if (state.value === 'saving') return 'Saving…';
    if (state.value === 'saved') return 'Saved';
    if (state.value === 'failed') return `Not saved: ${failure.value}`;
    return '';
  });

  return {
    mode,
    summaryId,
    draft,
    kept,
    errors,
    problem,
    busy,
    state,
    statusText,
    fieldIds: context.fieldIds,
    submit,
    flush,
    cancel,
    reset,
  };
}

export type Form = ReturnType<typeof useForm>;
