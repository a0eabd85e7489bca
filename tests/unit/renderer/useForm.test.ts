/**
 * The form kit's composable (renderer/src/components/form/useForm.ts) outside a component: the
 * autosave mode the next issues' minute taking and visit reports use (debounced, one save at a
 * time, the last change never lost, a status line), and the submit mode's guard against a
 * second Save while the first is running.
 */
import { effectScope, nextTick } from 'vue';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { saveAllPending, useForm } from '../../../renderer/src/components/form/useForm';

const schema = z.object({ text: z.string().trim().min(1, 'Enter the minute.') });

/** A save that resolves only when the test says so, recording what it was given. */
function slowSaver() {
  const saved: string[] = [];
  const pending: (() => void)[] = [];
  const save = vi.fn(async (d: { text: string }, check: (s: typeof schema, v: unknown) => { text: string }) => {
    const input = check(schema, d);
    await new Promise<void>((resolve) => pending.push(resolve));
    saved.push(input.text);
  });
  return { saved, save, finishOne: async () => { pending.shift()?.(); await flushPromises(); } };
}

async function flushPromises(): Promise<void> {
  for (let i = 0; i < 5; i++) await Promise.resolve();
  await nextTick();
}

describe('useForm in autosave mode', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('saves once, within a second of the last keystroke, and says "Saved"', async () => {
    const scope = effectScope();
    const s = slowSaver();
    const form = scope.run(() => useForm({ id: 'm', mode: 'autosave', initial: () => ({ text: '' }), save: s.save, delay: 600 }))!;
    expect(form.statusText.value).toBe('');
    form.draft.value.text = 'The';
    await vi.advanceTimersByTimeAsync(300);
    form.draft.value.text = 'The board noted';
    await vi.advanceTimersByTimeAsync(300);
    form.draft.value.text = 'The board noted the report.';
    expect(s.save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(600);
    expect(s.save).toHaveBeenCalledTimes(1);
    expect(form.statusText.value).toBe('Saving…');
    await s.finishOne();
    expect(s.saved).toEqual(['The board noted the report.']);
    expect(form.statusText.value).toBe('Saved');
    scope.stop();
  });

  it('never says "Saved" while a change waits for its delay; saveAllPending saves it at once', async () => {
    const scope = effectScope();
    const s = slowSaver();
    const form = scope.run(() => useForm({ id: 'm', mode: 'autosave', initial: () => ({ text: '' }), save: s.save, delay: 600 }))!;
    form.draft.value.text = 'First';
    await vi.advanceTimersByTimeAsync(600);
    await s.finishOne();
    expect(form.statusText.value).toBe('Saved');
    form.draft.value.text = 'First, then more';
    // Typed but not yet saved: the line no longer says "Saved".
    expect(form.statusText.value).toBe('Saving…');
    expect(s.save).toHaveBeenCalledTimes(1);
    // An action that reads the saved record (marking a report ready) saves what waits first.
    const all = saveAllPending();
    await flushPromises();
    expect(s.save).toHaveBeenCalledTimes(2);
    await s.finishOne();
    expect(await all).toBe(true);
    expect(s.saved).toEqual(['First', 'First, then more']);
    expect(form.statusText.value).toBe('Saved');
    scope.stop();
  });

  it('runs one save at a time and saves a change made while saving straight after', async () => {
    const scope = effectScope();
    const s = slowSaver();
    const form = scope.run(() => useForm({ id: 'm', mode: 'autosave', initial: () => ({ text: '' }), save: s.save, delay: 600 }))!;
    form.draft.value.text = 'First';
    await vi.advanceTimersByTimeAsync(600);
    expect(s.save).toHaveBeenCalledTimes(1);
    form.draft.value.text = 'First and second';
    await vi.advanceTimersByTimeAsync(600);
    // Still one call: the second waits for the first.
    expect(s.save).toHaveBeenCalledTimes(1);
    await s.finishOne();
    expect(s.save).toHaveBeenCalledTimes(2);
    await s.finishOne();
    expect(s.saved).toEqual(['First', 'First and second']);
    expect(form.statusText.value).toBe('Saved');
    scope.stop();
  });

  it('says "Not saved: <reason>" with the field message, keeps the text, and saves once it is fixed', async () => {
    const scope = effectScope();
    const s = slowSaver();
    const form = scope.run(() => useForm({ id: 'm', mode: 'autosave', initial: () => ({ text: 'Draft' }), save: s.save, delay: 600 }))!;
    form.draft.value.text = '   ';
    await vi.advanceTimersByTimeAsync(600);
    await flushPromises();
    expect(form.statusText.value).toBe('Not saved: Enter the minute.');
    expect(form.errors.value).toEqual({ text: 'Enter the minute.' });
    expect(form.draft.value.text).toBe('   ');
    form.draft.value.text = 'Agreed.';
    await vi.advanceTimersByTimeAsync(600);
    await s.finishOne();
    expect(s.saved).toEqual(['Agreed.']);
    expect(form.errors.value).toEqual({});
    expect(form.statusText.value).toBe('Saved');
    scope.stop();
  });

  it('says why core refused, in its words', async () => {
    const scope = effectScope();
    const form = scope.run(() =>
      useForm({
        id: 'm',
        mode: 'autosave',
        initial: () => ({ text: '' }),
        save: () => Promise.reject(new Error('disk full')),
        delay: 600,
      }),
    )!;
    form.draft.value.text = 'Noted.';
    await vi.advanceTimersByTimeAsync(600);
    await flushPromises();
    expect(form.state.value).toBe('failed');
    expect(form.statusText.value).toMatch(/^Not saved: Something went wrong\. Nothing was changed\./);
    scope.stop();
  });

  it('does not save values put in by reset (a record loaded afresh)', async () => {
    const scope = effectScope();
    const s = slowSaver();
    const form = scope.run(() => useForm({ id: 'm', mode: 'autosave', initial: () => ({ text: '' }), save: s.save, delay: 600 }))!;
    form.reset({ text: 'As loaded' });
    await vi.advanceTimersByTimeAsync(2000);
    expect(s.save).not.toHaveBeenCalled();
    scope.stop();
  });
});

describe('useForm in submit mode', () => {
  it('ignores a second submit while the first is saving, and forgets the draft after saving', async () => {
    const scope = effectScope();
    const s = slowSaver();
    const form = scope.run(() => useForm({ id: 'u', initial: () => ({ text: '' }), save: s.save }))!;
    form.draft.value.text = 'Three carers approved.';
    const first = form.submit();
    const second = form.submit();
    expect(await second).toBe(false);
    await s.finishOne();
    expect(await first).toBe(true);
    expect(s.save).toHaveBeenCalledTimes(1);
    expect(s.saved).toEqual(['Three carers approved.']);
    expect(form.draft.value.text).toBe('');
    scope.stop();
  });

  it('shows the schema messages and does not save', async () => {
    const scope = effectScope();
    const s = slowSaver();
    const form = scope.run(() => useForm({ id: 'u', initial: () => ({ text: '' }), save: s.save }))!;
    expect(await form.submit()).toBe(false);
    expect(form.errors.value).toEqual({ text: 'Enter the minute.' });
    expect(form.draft.value.text).toBe('');
    scope.stop();
  });
});
