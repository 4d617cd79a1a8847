// Settings → Organisations and one organisation's profile editor.
import { expect, type Locator, type Page } from '@playwright/test';

export class OrganisationEditor {
  constructor(readonly page: Page) {}

  get list(): Locator {
    return this.page.getByRole('region', { name: 'Organisations' });
  }
  get rules(): Locator {
    return this.page.getByRole('table', { name: 'Deadline rules' });
  }

  async addPreset(name: string): Promise<void> {
    await this.list.getByRole('combobox', { name: 'Preset' }).selectOption({ label: name });
    await this.list.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(this.list.getByRole('status')).toContainText(`Added ${name}`);
    await expect(this.list.getByRole('button', { name: `Edit ${name}` })).toBeVisible();
  }

  async open(name: string): Promise<void> {
    await this.list.getByRole('button', { name: `Edit ${name}` }).click();
    await expect(this.page.getByRole('heading', { level: 1, name })).toBeVisible();
  }

  override(ruleId: string): Locator {
    return this.page.getByLabel(`Override for ${ruleId}`);
  }
  rule(ruleId: string): Locator {
    return this.rules.locator(`tr[data-rule="${ruleId}"]`);
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: /^Save profile/ }).click();
    await expect(this.page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  }

  async back(): Promise<void> {
    await this.page.getByRole('button', { name: '← Settings' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  }
}
