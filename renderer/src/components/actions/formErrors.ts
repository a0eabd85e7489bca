/**
 * Form state shared by every form on the Strategy and Action log screens: validation with the
 * shared zod schemas before sending, server errors (field messages and plain sentences) after, and
 * the GOV.UK-style error summary that links to each field.
 */
import { nextTick, ref } from 'vue';
import type { z } from 'zod';
import { fieldErrors, messageOf } from '../../api';

/** Field path -> first message (the same shape core returns for invalid_input). */
export function issuesToFields(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_';
    out[key] ??= issue.message;
  }
  return out;
}

export function useFormErrors(summaryId: string) {
  const errors = ref<Record<string, string>>({});
  /** A message not tied to one field (for example "Priority 2 has 3 actions…"). */
  const problem = ref('');
  const busy = ref(false);

  function clear(): void {
    errors.value = {};
    problem.value = '';
  }

  async function focusSummary(): Promise<void> {
    await nextTick();
    document.getElementById(summaryId)?.focus();
  }

  /** Parses with the schema; on failure shows the messages and returns null. */
  function validate<S extends z.ZodType>(schema: S, value: unknown): z.output<S> | null {
    clear();
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    errors.value = issuesToFields(parsed.error);
    void focusSummary();
    return null;
  }

  /** Shows what the server said: field messages if it named fields, else one plain sentence. */
  function fromServer(err: unknown, fieldPrefix = ''): void {
    const fields = fieldErrors(err);
    const mapped: Record<string, string> = {};
    for (const [k, v] of Object.entries(fields)) mapped[fieldPrefix && k.startsWith(fieldPrefix) ? k.slice(fieldPrefix.length) : k] = v;
    errors.value = mapped;
    problem.value = Object.keys(mapped).length > 0 ? '' : messageOf(err);
    void focusSummary();
  }

  /**
   * Runs a save; returns true when it worked. A second press while saving is ignored. (The button
   * is not disabled meanwhile: disabling the focused button would throw keyboard focus to the page.)
   */
  async function submit(save: () => Promise<void>, fieldPrefix = ''): Promise<boolean> {
    if (busy.value) return false;
    busy.value = true;
    try {
      await save();
      clear();
      return true;
    } catch (err) {
      fromServer(err, fieldPrefix);
      return false;
    } finally {
      busy.value = false;
    }
  }

  return { errors, problem, busy, clear, validate, submit, fromServer, focusSummary };
}

/**
 * Whether a draft is waiting for `key` (see composables/useDraft), so a form the clerk left half
 * filled can be reopened when they come back to the screen.
 */
export function draftExists(key: string): boolean {
  try {
    return sessionStorage.getItem(`panelpack:draft:${key}`) !== null;
  } catch {
    return false;
  }
}
