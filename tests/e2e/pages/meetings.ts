/** The Meetings list and a meeting's page: details, the agenda builder, attachments, publishing. */
import { expect, type Locator, type Page } from '@playwright/test';
import { Screen } from './screen';

export interface NewMeeting {
  /** As a clerk types it, e.g. "17/12/2026". */
  date: string;
  time: string;
  venue?: string;
  /** The theme's option text, e.g. "1. Stable homes". */
  theme?: string;
}

export interface ItemFields {
  title?: string;
  purpose?: 'For decision' | 'For discussion' | 'For information';
  presenter?: string;
  minutes?: string;
  /** Part II with this Schedule 12A paragraph (1-7). */
  partTwoParagraph?: number;
  publicTitle?: string;
}

export class MeetingsPage extends Screen {
  readonly upcoming: Locator;
  readonly past: Locator;

  constructor(page: Page) {
    super(page, 'Meetings', '/#/meetings');
    this.upcoming = page.getByRole('table', { name: 'Upcoming meetings' });
    this.past = page.getByRole('table', { name: 'Past meetings' });
  }

  /** Fills "New meeting" and creates it; the app then opens the meeting's page. */
  async create(m: NewMeeting): Promise<void> {
    await this.page.getByRole('button', { name: 'New meeting' }).click();
    const form = this.page.locator('form.meeting-form');
    await form.getByLabel('Date of meeting').fill(m.date);
    await form.getByLabel('Start time').fill(m.time);
    if (m.venue) await form.getByLabel('Venue (optional)').fill(m.venue);
    if (m.theme) await form.getByLabel('Theme (optional)').selectOption({ label: m.theme });
    await form.getByRole('button', { name: 'Create meeting' }).click();
  }

  /** The row of a meeting, found by its date in words ("Thursday 17 December 2026"). */
  row(dateInWords: string): Locator {
    return this.page.getByRole('row').filter({ has: this.page.getByRole('link', { name: dateInWords }) });
  }
}

export class MeetingPage {
  readonly agenda: Locator;
  readonly publishing: Locator;

  constructor(readonly page: Page) {
    this.agenda = page.getByRole('region', { name: 'Agenda', exact: true });
    this.publishing = page.getByRole('region', { name: 'Publishing', exact: true });
  }

  /** An agenda entry's card, found by its title. */
  item(title: string): Locator {
    return this.agenda.getByRole('article').filter({ has: this.page.getByRole('heading', { name: title }) });
  }

  /** The item headings in order, as shown: "1 Apologies and substitutions"… */
  async itemHeadings(): Promise<string[]> {
    return (await this.agenda.locator('.agenda-item-title').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
  }

  async addItem(fields: ItemFields & { title: string }): Promise<void> {
    await this.agenda.getByRole('button', { name: 'Add item', exact: true }).click();
    const form = this.agenda.locator('.add-panel form.agenda-item-form');
    await this.fill(form, fields);
    await form.getByRole('button', { name: 'Add item' }).click();
    await expect(this.item(fields.title)).toBeVisible();
  }

  async editItem(title: string, fields: ItemFields): Promise<void> {
    const card = this.item(title);
    await card.getByRole('button', { name: /^Edit item/ }).click();
    const form = card.locator('form.agenda-item-form');
    await this.fill(form, fields);
    await form.getByRole('button', { name: 'Save item' }).click();
    await expect(form).toBeHidden();
  }

  private async fill(form: Locator, f: ItemFields): Promise<void> {
    if (f.title !== undefined) await form.getByLabel('Item title').fill(f.title);
    if (f.purpose) await form.getByRole('radio', { name: f.purpose }).check();
    if (f.presenter !== undefined) await form.getByLabel('Presenter (optional)').fill(f.presenter);
    if (f.minutes !== undefined) await form.getByLabel('Time allowed in minutes (optional)').fill(f.minutes);
    if (f.partTwoParagraph) {
      await form.getByRole('radio', { name: /^Part II/ }).check();
      await form.getByLabel('Schedule 12A paragraph').selectOption({ value: String(f.partTwoParagraph) });
      if (f.publicTitle !== undefined) await form.getByLabel('Public title (optional)').fill(f.publicTitle);
    }
  }

  /** Opens the card's "More" (its rarer actions: move up and down, add a sub-item, remove). */
  async openMore(title: string): Promise<void> {
    const more = this.item(title).getByRole('button', { name: /^More for item/ });
    if ((await more.getAttribute('aria-expanded')) !== 'true') await more.click();
    await expect(more).toHaveAttribute('aria-expanded', 'true');
  }

  attachButton(title: string): Locator {
    return this.item(title).getByRole('button', { name: /^Attach report \(PDF\)/ });
  }
}
