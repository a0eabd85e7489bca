/**
 * The app's one polite live region (rendered by App.vue): messages about things that happen away
 * from where focus is, such as "Workspace closed" or "Settings saved".
 */
import { nextTick, ref } from 'vue';

const message = ref('');

/** Says `text` through the live region; cleared first, so the same words are read out again. */
async function announce(text: string): Promise<void> {
  message.value = '';
  await nextTick();
  message.value = text;
}

export function useAnnouncer(): { message: typeof message; announce: (text: string) => void } {
  return { message, announce: (text) => void announce(text) };
}
