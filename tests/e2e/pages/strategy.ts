/** The Strategy screen: strategy details, priorities and their actions. */
import { expect, type Locator, type Page } from '@playwright/test';
import { Screen } from './screen';

export interface NewAction {
  title: string;
  /** As a clerk types it, e.g. "31/01/2027". */
  dueDate?: string;
  status?: string;
  principles?: string[];
}

export class StrategyPage extends Screen {

  constructor(page: Page) {
    super(page, 'Strategy', '/#/strategy');
  }

  async setUpStrategy(title: string, start: string, end: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Set up the strategy' }).click();
    await this.page.getByLabel('Title', { exact: true }).fill(title);
    await this.page.getByLabel('Start date').fill(start);
    await this.page.getByLabel('End date').fill(end);
    await this.page.getByRole('button', { name: 'Save strategy' }).click();
    await expect(this.page.getByRole('heading', { level: 2, name: title })).toBeVisible();
  }

  async addPriority(title: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Add priority' }).click();
    await this.page.getByLabel('Priority title').fill(title);
    await this.page.getByRole('button', { name: 'Save priority' }).click();
    await expect(this.priority(title)).toBeVisible();
  }

  priorityList(): Locator {
    return this.page.locator('.priority-list');
  }

  /** The priority's card: the list item whose heading names it. */
  priority(title: string): Locator {
    return this.priorityList().getByRole('listitem').filter({ has: this.page.getByRole('heading', { name: title }) });
  }

  async addAction(priorityTitle: string, action: NewAction): Promise<void> {
    const card = this.priority(priorityTitle);
    await card.getByRole('button', { name: 'Add action' }).click();
    const form = card.locator('form.action-form');
    await form.getByLabel('Action', { exact: true }).fill(action.title);
    if (action.dueDate) await form.getByLabel('Due date (optional)').fill(action.dueDate);
    if (action.status) await form.getByLabel('Status').selectOption({ label: action.status });
    for (const p of action.principles ?? []) await form.getByRole('checkbox', { name: p }).check();
    await form.getByRole('button', { name: 'Save action' }).click();
    await expect(card.getByRole('link', { name: action.title })).toBeVisible();
  }
}
