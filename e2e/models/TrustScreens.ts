// Backups, retention and evidence bundles: Settings → Backups & retention, the two screens behind it,
// and the case page's "Export evidence" dialog.
import { expect, type Locator, type Page } from '@playwright/test';
import { AppShell } from './AppShell';

export class TrustSettings {
  constructor(readonly page: Page) {}

  get panel(): Locator {
    return this.page.getByRole('region', { name: 'Backups & retention' });
  }
  async open(): Promise<void> {
    await new AppShell(this.page).goto('Settings');
    await expect(this.panel).toBeVisible();
  }
  async openBackups(): Promise<BackupsScreen> {
    await this.open();
    await this.panel.getByRole('button', { name: 'Backups…' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Backups' })).toBeVisible();
    return new BackupsScreen(this.page);
  }
  async openRetention(): Promise<RetentionScreen> {
    await this.open();
    await this.panel.getByRole('button', { name: 'Retention and deletion…' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Retention' })).toBeVisible();
    return new RetentionScreen(this.page);
  }
}

export class BackupsScreen {
  constructor(readonly page: Page) {}

  get list(): Locator {
    return this.page.getByRole('table', { name: 'Backups' });
  }
  get made(): Locator {
    return this.page.getByRole('status', { name: 'Backup made' });
  }
  /** Backs up into the backups folder and returns the new file's path. */
  async backUpNow(): Promise<string> {
    await this.page.getByRole('button', { name: 'Back up now' }).click();
    await expect(this.made).toBeVisible();
    return this.made.getByRole('textbox', { name: 'Backup path' }).inputValue();
  }
}

export class RetentionScreen {
  constructor(readonly page: Page) {}

  get table(): Locator {
    return this.page.getByRole('table', { name: 'Cases due for deletion' });
  }
  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }
  get done(): Locator {
    return this.page.getByRole('status', { name: 'Deletion done' });
  }
  row(ref: string): Locator {
    return this.table.getByRole('row', { name: new RegExp(ref) });
  }
  async asOf(date: string): Promise<void> {
    await this.page.getByLabel('Due for deletion as of').fill(date);
  }
  async select(ref: string): Promise<void> {
    await this.row(ref).getByRole('checkbox', { name: `Select ${ref}` }).check();
  }
  /** Opens the confirmation for the selected cases. */
  async askToDelete(): Promise<Locator> {
    await this.page.getByRole('button', { name: /^Delete selected/ }).click();
    await expect(this.dialog.getByRole('heading', { name: /^Delete the content of/ })).toBeVisible();
    return this.dialog;
  }
  /** Confirms in the open dialog and returns the certificate's path. */
  async confirmDeletion(): Promise<string> {
    await this.dialog.getByRole('checkbox', { name: /I understand/ }).check();
    await this.dialog.getByRole('button', { name: /^Delete \d+ cases?$/ }).click();
    await expect(this.dialog).toHaveCount(0);
    await expect(this.done).toBeVisible();
    return this.done.getByRole('textbox', { name: 'Deletion certificate path' }).inputValue();
  }
}

export class EvidenceDialog {
  constructor(readonly page: Page) {}

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }
  get path(): Locator {
    return this.dialog.getByLabel('Save the bundle as');
  }
  get verification(): Locator {
    return this.dialog.getByRole('status', { name: 'Verification' });
  }
  async open(ref: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Export evidence' }).click();
    await expect(this.dialog.getByRole('heading', { name: `Export evidence for ${ref}` })).toBeVisible();
    await expect(this.path).not.toHaveValue('');
  }
  /** Exports to the path in the field and returns where the bundle was written. */
  async export(): Promise<string> {
    await this.dialog.getByRole('button', { name: 'Export', exact: true }).click();
    const written = this.dialog.getByRole('textbox', { name: 'Evidence bundle path' });
    await expect(written).toBeVisible();
    return written.inputValue();
  }
  async verify(): Promise<void> {
    await this.dialog.getByRole('button', { name: /^Verify/ }).click();
    await expect(this.verification).toBeVisible();
  }
}
