/** The papers viewer: a published pack read in the app, with its outline, pages and controls. */
import type { Locator, Page } from '@playwright/test';

export class PapersPage {
  readonly heading: Locator;
  readonly contents: Locator;
  readonly indicator: Locator;
  readonly pages: Locator;
  readonly previous: Locator;
  readonly next: Locator;
  readonly goTo: Locator;
  readonly go: Locator;
  readonly smaller: Locator;
  readonly larger: Locator;
  readonly fitWidth: Locator;
  readonly back: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.contents = page.getByRole('navigation', { name: 'Contents' });
    this.indicator = page.getByTestId('page-indicator');
    this.pages = page.locator('.paper-scroller');
    this.previous = page.getByRole('button', { name: 'Previous page' });
    this.next = page.getByRole('button', { name: 'Next page' });
    this.goTo = page.getByLabel('Go to page');
    this.go = page.getByRole('button', { name: 'Go', exact: true });
    this.smaller = page.getByRole('button', { name: 'Smaller' });
    this.larger = page.getByRole('button', { name: 'Larger' });
    this.fitWidth = page.getByRole('button', { name: 'Fit width' });
    this.back = page.getByRole('link', { name: 'Back to the meeting' });
  }

  async goto(meetingId: string, publicationId: string): Promise<void> {
    await this.page.goto(`/#/meetings/${meetingId}/papers/${publicationId}`);
  }

  /** An outline entry's button, by the entry's title (its page number follows in the name). */
  entry(title: string): Locator {
    return this.contents.getByRole('button', { name: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*, page `) });
  }

  /** A page of the file by its label, as a screen reader announces it ("Page 23"). */
  pageLabelled(label: string): Locator {
    return this.page.getByRole('region', { name: `Page ${label}`, exact: true });
  }

  /** The page at a 1-based position in the file, drawn or not. */
  pageAt(position: number): Locator {
    return this.page.locator(`.paper-page[data-page="${position}"]`);
  }
}
