// The triage inbox: import files, pick a message, act on it.
import { expect, type Locator, type Page } from '@playwright/test';

export class InboxPage {
  constructor(readonly page: Page) {}

  get queue(): Locator {
    return this.page.getByRole('table', { name: 'Messages waiting for triage' });
  }
  get selectedMessage(): Locator {
    return this.page.getByRole('article', { name: 'Selected message' });
  }
  get messageFrame() {
    return this.page.frameLocator('iframe[title="Message (formatted, safe view)"]');
  }
  row(subject: string | RegExp): Locator {
    return this.queue.getByRole('row').filter({ hasText: subject });
  }

  /** Imports files through the file input, as a DPO picking them in the dialog. */
  async importFiles(files: { name: string; content: string }[]): Promise<void> {
    await this.page.getByLabel('Import .eml or .mbox files').setInputFiles(files.map((f) => ({ name: f.name, mimeType: 'message/rfc822', buffer: Buffer.from(f.content) })));
    // The first import loads the language model; allow for it.
    await expect(this.page.getByRole('status').filter({ hasText: /^Imported \d+/ })).toBeVisible({ timeout: 90_000 });
  }

  async accept(): Promise<void> {
    await this.page.getByRole('toolbar', { name: 'Triage actions' }).getByRole('button', { name: /^Accept/ }).click();
  }
}
