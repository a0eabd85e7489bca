/**
 * The Minutes screen's shortcuts: Alt+Page Down/Up and Alt+Shift+letter, which neither text
 * editing nor the common screen readers (NVDA, JAWS: Insert or Caps Lock; VoiceOver: Control+Option)
 * use, and which no menu accelerator takes (those are Alt+letter). Letters are read from the key's
 * position (`code`), so they work whatever Alt+Shift types on the keyboard layout.
 */
export type ShortcutCommand = 'next' | 'previous' | 'resolution' | 'action' | 'attendance' | 'declarations';

export const SHORTCUTS: { keys: string; does: string; command: ShortcutCommand }[] = [
  { keys: 'Alt+Page Down', does: 'Next item', command: 'next' },
  { keys: 'Alt+Page Up', does: 'Previous item', command: 'previous' },
  { keys: 'Alt+Shift+R', does: 'New resolution on the current item', command: 'resolution' },
  { keys: 'Alt+Shift+N', does: 'New action arising from the current item', command: 'action' },
  { keys: 'Alt+Shift+A', does: 'Attendance', command: 'attendance' },
  { keys: 'Alt+Shift+D', does: 'Declarations of interest', command: 'declarations' },
];

/** The command a key press means, if any. */
export function shortcutOf(e: Pick<KeyboardEvent, 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'code'>): ShortcutCommand | null {
  if (!e.altKey || e.ctrlKey || e.metaKey) return null;
  if (!e.shiftKey && e.code === 'PageDown') return 'next';
  if (!e.shiftKey && e.code === 'PageUp') return 'previous';
  if (!e.shiftKey) return null;
  const byKey: Record<string, ShortcutCommand> = { KeyR: 'resolution', KeyN: 'action', KeyA: 'attendance', KeyD: 'declarations' };
  return byKey[e.code] ?? null;
}
