/** The welcome screen shown when no workspace is open. */
import { type Locator, type Page } from '@playwright/test';

export class WelcomePage {
  readonly openSample: Locator;
  readonly createWorkspace: Locator;
  readonly openWorkspace: Locator;
  /** The plain-English message after a refused file. */
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.openSample = page.getByRole('button', { name: 'Open the sample board' });
    this.createWorkspace = page.getByRole('button', { name: 'Create a new workspace' });
    this.openWorkspace = page.getByRole('button', { name: /^Open a workspace/ });
    this.error = page.getByRole('alert');
  }

  async goto(): Promise<void> {
    await this.page.goto('/');
  }
}
