import { nextTick } from 'vue';

/** Where an item stands in its ordered list (0-based), for its move buttons. */
export interface Place {
  index: number;
  count: number;
}

/**
 * After a "Move up"/"Move down", Vue moves the item's DOM node, which drops focus. Put focus back on
 * the same button, or on its partner when the item has reached the end of the list (the pressed
 * button is then disabled and cannot take focus).
 */
export async function focusAfterMove(idBase: string, delta: -1 | 1): Promise<void> {
  await nextTick();
  const same = document.getElementById(`${idBase}-${delta < 0 ? 'up' : 'down'}`) as HTMLButtonElement | null;
  const other = document.getElementById(`${idBase}-${delta < 0 ? 'down' : 'up'}`) as HTMLButtonElement | null;
  const target = same && !same.disabled ? same : other;
  target?.focus();
}

/** "Moved to position 2 of 5." for the live region. */
export function positionMessage(what: string, index: number, count: number): string {
  return `${what} moved to position ${index + 1} of ${count}.`;
}
