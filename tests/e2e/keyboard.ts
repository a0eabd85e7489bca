/** Moving focus the way a keyboard user does: Tab (or Shift+Tab) until the target has it. */
import type { Locator, Page } from '@playwright/test';

/** Node's tsconfig has no DOM lib: the page-side element, as far as this check needs it. */
interface PageElement {
  ownerDocument: { activeElement: unknown };
}

export async function tabTo(page: Page, target: Locator, opts: { backwards?: boolean; max?: number } = {}): Promise<number> {
  const max = opts.max ?? 80;
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press(opts.backwards ? 'Shift+Tab' : 'Tab');
    // Runs in the page: it cannot call functions from this module.
    const focused = await target.evaluate((el) => {
      const e = el as unknown as PageElement;
      return e === e.ownerDocument.activeElement;
    });
    if (focused) return presses;
  }
  const focused = await page.evaluate(() => {
    const el = (globalThis as unknown as { document: { activeElement: { outerHTML: string } | null } }).document.activeElement;
    return el ? el.outerHTML.slice(0, 200) : 'nothing';
  });
  throw new Error(`${max} presses of ${opts.backwards ? 'Shift+Tab' : 'Tab'} did not reach ${target.toString()}; focus is on ${focused}`);
}
