/** The Minutes screen's shortcuts: Alt+Page Down/Up and Alt+Shift+letter by key position; nothing else. */
import { describe, expect, it } from 'vitest';
import { SHORTCUTS, shortcutOf } from '../../../renderer/src/components/minutes/shortcuts';

const key = (code: string, mods: { alt?: boolean; shift?: boolean; ctrl?: boolean; meta?: boolean } = {}) => ({
  code,
  altKey: mods.alt ?? false,
  shiftKey: mods.shift ?? false,
  ctrlKey: mods.ctrl ?? false,
  metaKey: mods.meta ?? false,
});

describe('minute-taking shortcuts', () => {
  it('reads each documented combination', () => {
    expect(shortcutOf(key('PageDown', { alt: true }))).toBe('next');
    expect(shortcutOf(key('PageUp', { alt: true }))).toBe('previous');
    expect(shortcutOf(key('KeyR', { alt: true, shift: true }))).toBe('resolution');
    expect(shortcutOf(key('KeyN', { alt: true, shift: true }))).toBe('action');
    expect(shortcutOf(key('KeyA', { alt: true, shift: true }))).toBe('attendance');
    expect(shortcutOf(key('KeyD', { alt: true, shift: true }))).toBe('declarations');
    expect(new Set(SHORTCUTS.map((s) => s.command)).size).toBe(SHORTCUTS.length);
  });

  it('leaves typing, menu accelerators and other modifiers alone', () => {
    expect(shortcutOf(key('KeyR'))).toBeNull();
    expect(shortcutOf(key('KeyR', { shift: true }))).toBeNull();
    // Alt+letter alone is a menu accelerator.
    expect(shortcutOf(key('KeyR', { alt: true }))).toBeNull();
    expect(shortcutOf(key('KeyR', { alt: true, shift: true, ctrl: true }))).toBeNull();
    expect(shortcutOf(key('PageDown'))).toBeNull();
    expect(shortcutOf(key('PageDown', { alt: true, shift: true }))).toBeNull();
    expect(shortcutOf(key('PageDown', { alt: true, meta: true }))).toBeNull();
    expect(shortcutOf(key('KeyZ', { alt: true, shift: true }))).toBeNull();
  });
});
