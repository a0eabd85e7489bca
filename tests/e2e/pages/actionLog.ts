/** The Action log screen: filters, the table and the side panel with "Add an update". */
import { expect, type Locator, type Page } from '@playwright/test';
import { Screen } from './screen';

export class ActionLogPage extends Screen {
  readonly table: Locator;
  readonly search: Locator;
  readonly overdueOnly: Locator;
  readonly clearFilters: Locator;
  readonly print: Locator;
  readonly updateHeading: Locator;
  readonly updateDate: Locator;
  readonly updateText: Locator;
  readonly rag: Locator;
  readonly saveUpdate: Locator;

  constructor(page: Page) {
    super(page, 'Action log', '/#/actions');
    this.table = page.getByRole('table', { name: 'Action log' });
    this.search = page.getByLabel('Search actions');
    this.overdueOnly = page.getByRole('checkbox', { name: 'Overdue only' });
    this.clearFilters = page.getByRole('button', { name: 'Clear filters' });
    this.print = page.getByRole('button', { name: 'Print action log' });
    this.updateHeading = page.getByRole('heading', { name: 'Add an update' });
    this.updateDate = page.getByLabel('Date of update');
    this.updateText = page.getByLabel('Update', { exact: true });
    this.rag = page.getByRole('group', { name: 'RAG rating' });
    this.saveUpdate = page.getByRole('button', { name: 'Save update' });
  }

  rows(): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('cell') });
  }

  row(title: string): Locator {
    return this.rows().filter({ has: this.page.getByRole('link', { name: title, exact: true }) });
  }

  /** The side panel of the open action, named by its heading. */
  panel(): Locator {
    return this.page.locator('section.side-panel');
  }

  async open(title: string): Promise<void> {
    await this.row(title).getByRole('link', { name: title, exact: true }).click();
    await expect(this.updateHeading).toBeVisible();
  }

  async addUpdate(rag: 'Red' | 'Amber' | 'Green', text: string): Promise<void> {
    await this.rag.getByRole('radio', { name: rag }).check();
    await this.updateText.fill(text);
    await this.saveUpdate.click();
    await expect(this.panel().getByRole('listitem').filter({ hasText: text })).toBeVisible();
  }
}
