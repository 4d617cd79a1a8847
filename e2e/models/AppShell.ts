// The unlocked app's frame: navigation and the Lock button.
import { expect, type Locator, type Page } from '@playwright/test';

export type Section = 'Inbox' | 'Cases' | 'Overdue' | 'Letters' | 'Settings';

export class AppShell {
  constructor(readonly page: Page) {}

  get nav(): Locator {
    return this.page.getByRole('navigation', { name: 'Main' });
  }
  get lockButton(): Locator {
    return this.page.getByRole('button', { name: /^Lock/ });
  }

  async expectOpen(): Promise<void> {
    await expect(this.nav).toBeVisible();
    await expect(this.page.getByText('Workspace unlocked')).toBeVisible();
  }

  async goto(section: Section): Promise<void> {
    await this.nav.getByRole('button', { name: new RegExp(`^${section}`) }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: section })).toBeVisible();
  }

  async lock(): Promise<void> {
    await this.lockButton.click();
  }
}
