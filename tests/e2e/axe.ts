/** axe over the page as it stands (WCAG 2.0/2.1 A and AA, and 2.2 AA): serious and critical problems only. */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { saveScreen } from './fixtures';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Serious and critical violations, one readable paragraph each (rule, help, where). */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => {
      const where = v.nodes.map((n) => `    at ${n.target.join(' ')}\n      ${n.failureSummary?.replaceAll('\n', '\n      ') ?? ''}`).join('\n');
      return `${v.impact}: ${v.id}: ${v.help} (${v.helpUrl})\n${where}`;
    });
}

/** Saves the screen to test-results/screens/<screen>.png, then fails on any serious or critical problem axe finds. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  await saveScreen(page, screen);
  const found = await seriousViolations(page);
  expect(found, `axe found serious or critical problems on ${screen}:\n${found.join('\n')}`).toEqual([]);
}
