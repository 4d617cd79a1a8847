// A walk through every screen, saving a picture of each to test-results/screens/ for review.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AppShell } from './models/AppShell';
import { CasesList } from './models/CasesList';
import { LockScreen } from './models/LockScreen';
import { manyCases, seedCases } from './models/seed';

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screens/${name}.png` });

test('every screen can be reached and shows its purpose', async ({ app }) => {
  test.setTimeout(180_000);
  const page = app.page;
  // A CSP violation or a React error shows up here; the tour must finish without one.
  const consoleErrors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  page.on('pageerror', (e) => consoleErrors.push(e.message));

  await expect(page.getByRole('heading', { name: 'Create your workspace' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Passphrase', exact: true }).fill('short');
  await page.getByRole('button', { name: 'Create workspace' }).click();
  await expect(page.getByText(/Too short/)).toBeVisible();
  await shot(page, '01-create-workspace');

  const lock = new LockScreen(page);
  await page.getByRole('textbox', { name: 'Passphrase', exact: true }).fill('');
  const code = await (async () => {
    await page.getByRole('textbox', { name: 'Passphrase', exact: true }).fill('maple orbit 42 lantern');
    await page.getByLabel('Repeat the passphrase').fill('maple orbit 42 lantern');
    await page.getByRole('button', { name: 'Create workspace' }).click();
    await expect(page.getByRole('heading', { name: 'Your recovery code' })).toBeVisible();
    await shot(page, '02-recovery-code');
    const value = await page.getByRole('textbox', { name: 'Recovery code' }).inputValue();
    await page.getByRole('checkbox', { name: 'I have written it down' }).check();
    await page.getByRole('button', { name: 'Continue to the workspace' }).click();
    return value;
  })();
  expect(code.length).toBeGreaterThan(10);

  await seedCases(page, [
    ...manyCases(36),
    { requester: { name: 'Sofia Marin', email: 'sofia.marin@example.es' }, requestTypes: ['erasure'], regimes: ['gdpr'], receivedLocal: '2026-10-27T09:40', timeZone: 'Europe/Madrid', subject: 'Please delete my account and all marketing data' },
    { requester: { name: 'Tom Becker', email: 'tom@becker.example' }, requestTypes: ['access', 'portability'], regimes: ['gdpr', 'uk-gdpr'], receivedLocal: '2026-11-10T16:05', timeZone: 'Europe/London', subject: 'Subject access request' },
    { requester: { name: 'Riley Chen', email: 'riley.chen@example.com' }, requestTypes: ['sale-share-opt-out', 'access'], regimes: ['ccpa'], receivedLocal: '2026-10-12', timeZone: 'America/Los_Angeles', subject: 'Do not sell my data' },
  ]);

  const shell = new AppShell(page);
  await shell.goto('Overdue');
  await shell.goto('Cases');
  const cases = new CasesList(page);
  await cases.expectLoaded();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await shot(page, '03-cases');

  await cases.newCase();
  await page.getByRole('button', { name: /^Open case/ }).click();
  await expect(page.getByText('The requester needs a name.')).toBeVisible();
  await shot(page, '04-new-case-errors');
  await page.getByLabel('Requester name').fill('Marta Kowalska');
  await page.getByLabel('Requester email').fill('marta.k@example.pl');
  await page.getByRole('checkbox', { name: 'Rectification', exact: true }).check();
  await page.getByRole('checkbox', { name: 'GDPR (EU)', exact: true }).check();
  await page.getByLabel('Received on').fill('2026-11-16');
  await page.getByLabel('Subject').fill('My address is wrong in your records');
  await shot(page, '05-new-case-filled');
  await page.getByLabel('Subject').press('Control+Enter');
  await expect(page.getByRole('heading', { level: 1, name: /^DPO-2026-/ })).toBeVisible();
  await page.getByRole('button', { name: 'How computed' }).first().click();
  await shot(page, '06-case-page');

  await shell.goto('Overdue');
  await shot(page, '07-overdue');
  await shell.goto('Inbox');
  await shot(page, '08-inbox');
  await page.keyboard.press('Alt+4');
  await expect(page.getByRole('heading', { level: 1, name: 'Letters' })).toBeVisible();
  await shot(page, '09-letters');
  await page.keyboard.press('g');
  await page.keyboard.press('s');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'About this workspace' })).toContainText(/\d+ events/);
  await shot(page, '10-settings');

  await shell.lock();
  await lock.unlock('not it');
  await expect(lock.alert).toContainText('passphrase');
  await shot(page, '11-unlock-error');
  await page.getByRole('button', { name: 'Forgot passphrase? Use the recovery code' }).click();
  await expect(page.getByRole('heading', { name: 'Recover with the recovery code' })).toBeVisible();
  await shot(page, '12-recover');
  expect(consoleErrors).toEqual([]);
  expect(app.externalRequests()).toEqual([]);
});
