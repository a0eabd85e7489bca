/** Moving focus the way a keyboard user does: Tab (or Shift+Tab) until the target has it. */
import type { Locator, Page } from '@playwright/test';

export async function tabTo(page: Page, target: Locator, opts: { backwards?: boolean; max?: number } = {}): Promise<number> {
  const max = opts.max ?? 80;
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press(opts.backwards ? 'Shift+Tab' : 'Tab');
    if (await target.evaluate((el) => el === el.ownerDocument.activeElement)) return presses;
  }
  const focused = await page.evaluate(() => {
    const el = (globalThis as unknown as { document: { activeElement: { outerHTML: string } | null } }).document.activeElement;
    return el ? el.outerHTML.slice(0, 200) : 'nothing';
  });
  throw new Error(`${max} presses of ${opts.backwards ? 'Shift+Tab' : 'Tab'} did not reach ${target.toString()}; focus is on ${focused}`);
}
