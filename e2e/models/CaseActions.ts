// The case page's actions bar, its dialogs, the banner after an action and the ladder panel.
import { expect, type Locator, type Page } from '@playwright/test';

export class CaseActions {
  constructor(readonly page: Page) {}

  get bar(): Locator {
    return this.page.getByRole('group', { name: 'Case actions' });
  }
  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }
  get result(): Locator {
    return this.page.getByRole('status', { name: 'Result of the last action' });
  }
  get ladder(): Locator {
    return this.page.getByRole('region', { name: 'Escalation ladder' });
  }
  get events(): Locator {
    return this.page.getByRole('region', { name: 'Clock events' });
  }

  /** Opens an action's dialog from the bar, or from "More events" when it is not among the case's own. */
  async open(button: string, dialogTitle: string | RegExp): Promise<Locator> {
    const direct = this.bar.getByRole('button', { name: button, exact: true });
    if (!(await direct.isVisible())) await this.bar.getByText('More events').click();
    await this.bar.getByRole('button', { name: button, exact: true }).click();
    await expect(this.dialog.getByRole('heading', { name: dialogTitle })).toBeVisible();
    return this.dialog;
  }

  /** Submits the open dialog with Ctrl+Enter and waits for it to close. */
  async submit(): Promise<void> {
    await this.dialog.locator('input, textarea, select').first().press('Control+Enter');
    await expect(this.dialog).toHaveCount(0);
  }
}
