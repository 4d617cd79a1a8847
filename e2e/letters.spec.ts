// A DPO answers an IMAPS member's access request: writes the acknowledgement from the case page, sees
// the due date in the preview in the member's language, saves, finalises and exports the PDF.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AppShell } from './models/AppShell';
import { CasesList } from './models/CasesList';
import { invokeHost, LetterEditorPage } from './models/LetterEditorPage';
import { LockScreen } from './models/LockScreen';
import { NewCaseForm } from './models/NewCaseForm';

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/letters/${name}.png`, fullPage: true });

test('an acknowledgement is written from the case, previewed with its due date, finalised and exported as PDF', async ({ app }) => {
  const page = app.page;
  await new LockScreen(page).createWorkspace('correct horse battery staple');
  const shell = new AppShell(page);
  await shell.expectOpen();
  await invokeHost(page, 'organisations.addPreset', { presetId: 'imaps' });

  await shell.goto('Cases');
  await new CasesList(page).newCase();
  const form = new NewCaseForm(page);
  // The organisation first: choosing it sets its own time zone, which the request's Berlin time then replaces.
  await page.getByLabel('Case for', { exact: true }).selectOption({ label: 'IMAPS' });
  await form.fill({
    name: 'Zofia Łukasiewicz-Dvořák', email: 'zofia.lukasiewicz@example.org', requestTypes: ['Access'], regimes: ['GDPR (EU)'],
    receivedOn: '2026-01-31', time: '10:15', timeZone: 'Europe/Berlin', subject: 'Auskunft über meine Daten',
  });
  const ref = await form.submit();
  await expect(page.getByRole('region', { name: 'Facts' })).toContainText('Europe/Berlin');
  await shot(page, '00-case-page');

  await page.getByRole('button', { name: 'Write letter' }).click();
  const editor = new LetterEditorPage(page);
  await expect(page.getByRole('heading', { level: 1, name: /Acknowledgement of your request/ })).toBeVisible();
  // Received Saturday 31 January: one month ends Saturday 28 February, so the answer is due Monday 2 March.
  await expect(editor.preview).toContainText('2 March 2026');
  await expect(editor.preview).toContainText(ref);
  await expect(editor.preview).toContainText('Zofia Łukasiewicz-Dvořák');

  // A fee notice needs facts the case cannot know: they are named in red before anything is exported.
  await editor.chooseTemplate('Notice of a fee');
  await expect(editor.missing).toContainText('the fee amount');
  await expect(page.getByRole('button', { name: 'Export PDF' })).toBeDisabled();
  await shot(page, '01-missing-facts');

  await editor.chooseTemplate('Acknowledgement of your request');
  await editor.chooseLanguage(/^Deutsch/);
  await expect(editor.preview).toContainText('spätestens bis zum 2. März 2026');
  await page.getByLabel('Letter text').fill(`${await page.getByLabel('Letter text').inputValue()}\n\nIhre Mitgliedsnummer benötigen wir nicht.`);
  await expect(editor.preview).toContainText('Ihre Mitgliedsnummer benötigen wir nicht.');
  await shot(page, '02-editing');

  await editor.save();
  await expect(editor.status).toHaveText('Draft · version 1');
  await editor.finalise();
  await expect(editor.status).toHaveText('Finalised · version 1');
  await expect(page.getByLabel('Letter text')).toHaveAttribute('readonly', '');
  await expect(page.getByText(/is finalised and locked/)).toBeVisible();

  const download = await editor.export('PDF');
  expect(download.suggestedFilename()).toBe(`${ref}-acknowledgement-de.pdf`);
  const bytes = readFileSync((await download.path())!);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await expect(page.getByText(/Filed in the correspondence log/)).toBeVisible();
  await shot(page, '03-finalised-exported');

  await shell.goto('Letters');
  const recent = page.getByRole('region', { name: 'Recent letters' });
  await expect(recent).toContainText(ref);
  await expect(recent).toContainText('Finalised · v1');
  await shot(page, '04-letters-screen');
});
