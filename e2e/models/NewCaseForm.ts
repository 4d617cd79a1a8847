// The new-case form, filled the way a DPO would.
import { expect, type Page } from '@playwright/test';

export interface NewCaseValues {
  name: string;
  email: string;
  requestTypes: string[];
  regimes: string[];
  receivedOn?: string;
  time?: string;
  timeZone?: string;
  subject?: string;
  /** The organisation's name as listed in the form. */
  organisation?: string;
}

export class NewCaseForm {
  constructor(readonly page: Page) {}

  async fill(v: NewCaseValues): Promise<void> {
    await this.page.getByLabel('Requester name').fill(v.name);
    await this.page.getByLabel('Requester email').fill(v.email);
    for (const t of v.requestTypes) await this.page.getByRole('group', { name: /Request type/ }).getByRole('checkbox', { name: t, exact: true }).check();
    for (const r of v.regimes) await this.page.getByRole('group', { name: /Regime/ }).getByRole('checkbox', { name: r, exact: true }).check();
    if (v.receivedOn) await this.page.getByLabel('Received on').fill(v.receivedOn);
    if (v.time) await this.page.getByLabel('Time received').fill(v.time);
    if (v.timeZone) await this.page.getByLabel('Time zone').selectOption(v.timeZone);
    if (v.subject) await this.page.getByLabel('Subject').fill(v.subject);
    if (v.organisation) await this.page.getByLabel('Case for', { exact: true }).selectOption({ label: v.organisation });
  }

  /** Submits with Ctrl+Enter and returns the new case's ref from the case page heading. */
  async submit(): Promise<string> {
    await this.page.getByLabel('Requester name').press('Control+Enter');
    const heading = this.page.getByRole('heading', { level: 1, name: /^DPO-\d{4}-\d{4,6}$/ });
    await expect(heading).toBeVisible();
    return ((await heading.textContent()) ?? '').trim();
  }
}
