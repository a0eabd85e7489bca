/** The Settings screen: council and board details, people and bodies. */
import type { Page } from '@playwright/test';
import { Screen } from './screen';

export class SettingsPage extends Screen {
  constructor(page: Page) {
    super(page, 'Settings', '/#/settings');
  }
}
