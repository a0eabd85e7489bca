/**
 * The action log's side panel becomes a drawer over the table when the window is too narrow for
 * both (screens.css uses the same width). As a drawer it is a modal dialog: Tab and Shift+Tab go
 * round inside it, Escape closes it, and the log behind it is inert.
 */
import { onBeforeUnmount, ref, type Ref } from 'vue';

/** Below this width the panel is a drawer; keep in step with screens.css. */
export const DRAWER_QUERY = '(max-width: 69.99rem)';

/** Whether the window is narrow enough for the drawer, kept up to date as it is resized. */
export function useDrawerMode(): Ref<boolean> {
  const list = window.matchMedia(DRAWER_QUERY);
  const drawer = ref(list.matches);
  const onChange = (e: MediaQueryListEvent): void => {
    drawer.value = e.matches;
  };
  list.addEventListener('change', onChange);
  onBeforeUnmount(() => list.removeEventListener('change', onChange));
  return drawer;
}

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * Keeps Tab inside `container`: from the last control to the first, and Shift+Tab from the first
 * control (or the heading the panel focused on opening) to the last.
 */
export function keepTabInside(e: KeyboardEvent, container: HTMLElement): void {
  if (e.key !== 'Tab') return;
  const controls = Array.from(container.querySelectorAll<HTMLElement>(FOCUSABLE)).filter((el) => el.getClientRects().length > 0);
  const first = controls[0];
  const last = controls[controls.length - 1];
  if (!first || !last) return;
  const active = document.activeElement;
  if (e.shiftKey) {
    // Nothing to go back to inside the panel (focus on the first control, or on its heading).
    const earlier = controls.some((c) => c !== active && active !== null && (c.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0);
    if (!earlier) {
      e.preventDefault();
      last.focus();
    }
  } else if (active === last) {
    e.preventDefault();
    first.focus();
  }
}
