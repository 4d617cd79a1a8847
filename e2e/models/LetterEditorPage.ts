// The letter editor: template and language, facts, text, live preview, and the save/finalise/export row.
import { expect, type Download, type Locator, type Page } from '@playwright/test';

export class LetterEditorPage {
  constructor(readonly page: Page) {}

  get preview(): Locator {
    return this.page.getByTestId('letter-preview');
  }
  get missing(): Locator {
    return this.page.getByRole('alert', { name: 'Missing before export' });
  }
  get status(): Locator {
    return this.page.locator('.letter-status');
  }

  async chooseTemplate(title: string): Promise<void> {
    await this.page.getByLabel('Template').selectOption({ label: title });
  }
  async chooseLanguage(name: RegExp): Promise<void> {
    const option = this.page.getByLabel('Language').getByRole('option', { name });
    await this.page.getByLabel('Language').selectOption((await option.getAttribute('value'))!);
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save draft' }).click();
    await expect(this.page.getByRole('status').filter({ hasText: 'Draft saved.' })).toBeVisible();
  }
  async finalise(): Promise<void> {
    await this.page.getByRole('button', { name: 'Finalise' }).click();
    await expect(this.page.getByRole('status').filter({ hasText: /^Finalised/ })).toBeVisible();
  }
  async export(format: 'PDF' | 'DOCX' | '.eml'): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('group', { name: 'Export' }).getByRole('button', { name: `Export ${format}` }).click();
    return download;
  }
}

/** Calls the host the way the UI does (window.dpo in Electron, the loopback bridge in a browser). */
export async function invokeHost(page: Page, method: string, input: unknown): Promise<unknown> {
  return page.evaluate(async ({ method, input }) => {
    const w = window as unknown as { dpo?: Record<string, (i: unknown) => Promise<{ ok: boolean; value?: unknown; error?: { message: string } }>> };
    const answer = w.dpo
      ? await w.dpo[method](input)
      : await (await fetch(`/api/invoke/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, credentials: 'same-origin', body: JSON.stringify(input) })).json();
    if (!answer.ok) throw new Error(answer.error?.message ?? `${method} failed`);
    return answer.value;
  }, { method, input });
}
