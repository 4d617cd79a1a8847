// What lets a DPO trust the workspace with years of cases: a backup made on demand (and one a day on its
// own), closed cases deleted when their retention runs out with a certificate to show for it, and an
// evidence bundle for a regulator that proves itself, and catches any change.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import JSZip from 'jszip';
import { expect, test } from './fixtures';
import { AppShell } from './models/AppShell';
import { CaseActions } from './models/CaseActions';
import { CasePage } from './models/CasePage';
import { CasesList } from './models/CasesList';
import { LockScreen } from './models/LockScreen';
import { NewCaseForm } from './models/NewCaseForm';
import { seedCases } from './models/seed';
import { EvidenceDialog, TrustSettings } from './models/TrustScreens';

const PASSPHRASE = 'granite willow 7 harbour';
const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screens/${name}.png` });

function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

test('the daily backup is made after unlocking, and "Back up now" adds one to the backups folder', async ({ app }) => {
  const page = app.page;
  const errors = watchErrors(page);
  await new LockScreen(page).createWorkspace(PASSPHRASE);
  const settings = new TrustSettings(page);
  await settings.open();
  // No backup existed, so the automatic one is made shortly after unlocking.
  await expect(settings.panel).toContainText(/Last backup\s*\d{1,2} \w{3} \d{4}, \d{2}:\d{2}/);
  await shot(page, 'trust-01-settings-panel');

  const backups = await settings.openBackups();
  await expect(backups.list.getByRole('row')).toHaveCount(2);
  const path = await backups.backUpNow();
  expect(path).toMatch(/dpo-backup-.*\.dpobackup$/);
  expect(existsSync(path)).toBe(true);
  await expect(backups.made).toContainText(/SHA-256\s*[0-9a-f]{64}/);
  await expect(backups.made).toContainText(/Size\s*\d+(\.\d)? (KB|MB)/);
  const rows = backups.list.getByRole('row');
  await expect(rows).toHaveCount(3);
  await expect.poll(() => backups.list.getByRole('textbox', { name: /Path of the backup/ }).evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))).toContain(path);
  await shot(page, 'trust-02-backups-screen');
  expect(statSync(path).size).toBeGreaterThan(1000);
  // A backup is a zip of the encrypted database: the plaintext SQLite header is nowhere in it.
  expect(readFileSync(path).includes(Buffer.from('SQLite format 3\0', 'latin1'))).toBe(false);
  expect(errors).toEqual([]);
});

test('a closed case past its retention is deleted after confirmation: the requester\'s name is gone and a certificate is written', async ({ app }) => {
  const page = app.page;
  const errors = watchErrors(page);
  await new LockScreen(page).createWorkspace(PASSPHRASE);
  const shell = new AppShell(page);
  await shell.goto('Cases');
  await new CasesList(page).newCase();
  const form = new NewCaseForm(page);
  await form.fill({ name: 'Margarethe Kowalczyk', email: 'm.kowalczyk@example.pl', requestTypes: ['Erasure'], regimes: ['GDPR (EU)'], receivedOn: '2026-01-31', subject: 'Please erase my account' });
  const ref = await form.submit();
  const [kept] = await seedCases(page, [{ requester: { name: 'Tomasz Zieliński', email: 'tomasz@example.pl' }, requestTypes: ['access'], regimes: ['gdpr'], receivedLocal: '2026-02-02', timeZone: 'Europe/Warsaw' }]);

  const actions = new CaseActions(page);
  const close = await actions.open('Close case…', 'Close the case');
  await close.getByRole('radio', { name: 'Complied in full' }).check();
  await actions.submit();
  await expect(actions.bar).toContainText('Closed');

  const retention = await new TrustSettings(page).openRetention();
  // Today nothing is due: the case was closed today and is kept for 36 months.
  await expect(page.getByText(/^0 cases due on/)).toBeVisible();
  await retention.asOf('2040-01-01');
  await expect(retention.row(ref)).toBeVisible();
  await expect(retention.row(ref)).toContainText('36 months');
  await expect(retention.row(ref)).toContainText('default');
  // An open case is never due, however far ahead.
  await expect(retention.table).not.toContainText(kept);
  await retention.select(ref);
  await shot(page, 'trust-03-retention-screen');

  const dialog = await retention.askToDelete();
  await expect(dialog).toContainText(ref);
  await expect(dialog.getByRole('region', { name: 'Destroyed for good' })).toContainText("the requester's name and e-mail address");
  await expect(dialog.getByRole('region', { name: 'Stays' })).toContainText('anonymised stub');
  await expect(dialog.getByRole('region', { name: 'Stays' })).toContainText('audit events');
  await expect(dialog.getByRole('button', { name: 'Delete 1 case' })).toBeDisabled();
  await shot(page, 'trust-04-purge-confirmation');
  const certificate = await retention.confirmDeletion();
  expect(certificate).toMatch(/dpo-deletion-certificate-2040-01-01-.*\.pdf$/);
  expect(readFileSync(certificate).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await expect(retention.table).toHaveCount(0);
  await expect(page.getByText('Nothing is due for deletion on 1 Jan 2040.')).toBeVisible();
  await shot(page, 'trust-05-purge-done');

  await retention.done.getByRole('button', { name: ref, exact: true }).click();
  const casePage = new CasePage(page);
  await expect(casePage.heading(ref)).toBeVisible();
  await expect(page.locator('.case-requester')).toContainText('[erased]');
  await expect(page.getByText('Margarethe Kowalczyk')).toHaveCount(0);
  await expect(casePage.history).toContainText(/Content deleted at the end of retention/);

  await shell.goto('Cases');
  const list = new CasesList(page);
  await page.getByLabel('Status').selectOption('all');
  await list.expectLoaded();
  await expect(list.row(ref)).toBeVisible();
  await expect(list.table).not.toContainText('Kowalczyk');
  await expect(list.row(kept)).toContainText('tomasz@example.pl');
  expect(errors).toEqual([]);
});

test('an evidence bundle exported from the case page verifies, and a changed file in it is caught', async ({ app }) => {
  const page = app.page;
  const errors = watchErrors(page);
  await new LockScreen(page).createWorkspace(PASSPHRASE);
  const [ref] = await seedCases(page, [{ requester: { name: 'Aoife Ní Bhriain', email: 'aoife@example.ie' }, requestTypes: ['access'], regimes: ['gdpr'], receivedLocal: '2026-03-02', timeZone: 'Europe/Dublin', subject: 'Subject access request' }]);
  // The Cases list was loaded (empty) at unlock: going through Settings loads it again with the new case.
  const shell = new AppShell(page);
  await shell.goto('Settings');
  await shell.goto('Cases');
  await new CasesList(page).open(ref);
  await expect(new CasePage(page).heading(ref)).toBeVisible();

  const evidence = new EvidenceDialog(page);
  await evidence.open(ref);
  await expect(evidence.path).toHaveValue(new RegExp(`${ref}-evidence-\\d{4}-\\d{2}-\\d{2}\\.zip$`));
  await shot(page, 'trust-06-evidence-dialog');
  const bundle = await evidence.export();
  expect(existsSync(bundle)).toBe(true);
  await expect(evidence.dialog).toContainText(/Manifest SHA-256\s*[0-9a-f]{64}/);
  await evidence.verify();
  await expect(evidence.verification).toContainText('✓ Verified.');
  await expect(evidence.verification).toContainText(ref);
  await shot(page, 'trust-07-evidence-verified');

  // Someone edits the case file inside the bundle: the manifest no longer matches.
  const zip = await JSZip.loadAsync(readFileSync(bundle));
  const caseJson = await zip.file('case.json')!.async('string');
  zip.file('case.json', caseJson.replace('Aoife', 'Eva'));
  writeFileSync(bundle, await zip.generateAsync({ type: 'nodebuffer' }));
  await evidence.verify();
  await expect(evidence.verification).toContainText('✗ The bundle does not verify.');
  await expect(evidence.verification).toContainText('case.json');
  await shot(page, 'trust-08-evidence-tampered');

  // Esc closes the dialog; the case page stays.
  await page.keyboard.press('Escape');
  await expect(evidence.dialog).toHaveCount(0);
  await expect(new CasePage(page).heading(ref)).toBeVisible();
  expect(errors).toEqual([]);
});
