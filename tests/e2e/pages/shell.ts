/** The app shell: main navigation between areas. */
import { expect, type Locator, type Page } from '@playwright/test';

export type Area = 'Home' | 'Strategy' | 'Action log' | 'Settings';

export class AppShell {
  readonly nav: Locator;
  readonly main: Locator;

  constructor(readonly page: Page) {
    this.nav = page.getByRole('navigation', { name: 'Main' });
    this.main = page.getByRole('main');
  }

  link(area: Area): Locator {
    return this.nav.getByRole('link', { name: area, exact: true });
  }

  /** Follows the navigation link and waits for the area's own heading. */
  async goTo(area: Area): Promise<void> {
    await this.link(area).click();
    await expect(this.page.getByRole('heading', { level: 1, name: area, exact: true })).toBeVisible();
  }
}
