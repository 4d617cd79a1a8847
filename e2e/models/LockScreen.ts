// The screens before the workspace opens: create, recovery code, unlock, recover.
import { expect, type Locator, type Page } from '@playwright/test';

export class LockScreen {
  constructor(readonly page: Page) {}

  get unlockHeading(): Locator {
    return this.page.getByRole('heading', { name: 'Unlock', exact: true });
  }
  get passphrase(): Locator {
    return this.page.getByRole('textbox', { name: 'Passphrase', exact: true });
  }
  get alert(): Locator {
    return this.page.getByRole('alert');
  }

  /** Creates the workspace, confirms the recovery code was noted, and returns the code. */
  async createWorkspace(passphrase: string): Promise<string> {
    await expect(this.page.getByRole('heading', { name: 'Create your workspace' })).toBeVisible();
    await this.passphrase.fill(passphrase);
    await this.page.getByLabel('Repeat the passphrase').fill(passphrase);
    await this.page.getByRole('button', { name: 'Create workspace' }).click();
    await expect(this.page.getByRole('heading', { name: 'Your recovery code' })).toBeVisible();
    const code = (await this.page.getByRole('textbox', { name: 'Recovery code' }).inputValue()).trim();
    const next = this.page.getByRole('button', { name: 'Continue to the workspace' });
    await expect(next).toBeDisabled();
    await this.page.getByRole('checkbox', { name: 'I have written it down' }).check();
    await next.click();
    return code;
  }

  async unlock(passphrase: string): Promise<void> {
    await expect(this.unlockHeading).toBeVisible();
    await this.passphrase.fill(passphrase);
    await this.passphrase.press('Enter');
  }
}
