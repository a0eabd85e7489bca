/**
 * Which priority cards the clerk has folded on the Strategy screen, by priority id. Kept for the
 * session at module level, so leaving the screen and coming back keeps the overview as it was
 * (ids are unique, so another workspace's priorities are never folded by mistake).
 */
import { ref } from 'vue';

export const foldedPriorities = ref(new Set<string>());
