/** What every main screen's page object has: its level-1 heading, and going straight to it. */
import { expect, type Locator, type Page } from '@playwright/test';

export class Screen {
  readonly heading: Locator;

  constructor(
    readonly page: Page,
    name: string,
    /** The screen's route, e.g. "/#/actions". */
    private readonly route: string,
  ) {
    this.heading = page.getByRole('heading', { level: 1, name });
  }

  async goto(): Promise<void> {
    await this.page.goto(this.route);
    await expect(this.heading).toBeVisible();
  }
}
