/** The Settings screen: council and board details, people and bodies. */
import { type Locator, type Page } from '@playwright/test';

export class SettingsPage {
  readonly heading: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Settings' });
  }
}
