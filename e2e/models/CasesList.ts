// The Cases screen: search, filter, the table.
import { expect, type Locator, type Page } from '@playwright/test';

export class CasesList {
  constructor(readonly page: Page) {}

  get table(): Locator {
    return this.page.getByRole('grid', { name: 'Cases' });
  }
  get search(): Locator {
    return this.page.getByRole('searchbox', { name: 'Search cases' });
  }
  row(ref: string): Locator {
    return this.table.getByRole('row', { name: new RegExp(ref) });
  }
  async expectLoaded(): Promise<void> {
    await expect(this.table).toBeVisible();
    await expect(this.table).toHaveAttribute('aria-busy', 'false');
  }
  async open(ref: string): Promise<void> {
    await this.row(ref).click();
  }
  async newCase(): Promise<void> {
    await this.page.getByRole('button', { name: /^New case/ }).click();
    await expect(this.page.getByRole('heading', { name: 'New case' })).toBeVisible();
  }
}
