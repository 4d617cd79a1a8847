// The foundation a DPO relies on: an encrypted workspace that opens only with the passphrase,
// cases that are still there tomorrow, and a lock that really empties the window.
import { expect, test } from './fixtures';
import { AppShell } from './models/AppShell';
import { CasePage } from './models/CasePage';
import { CasesList } from './models/CasesList';
import { LockScreen } from './models/LockScreen';
import { NewCaseForm } from './models/NewCaseForm';

const PASSPHRASE = 'correct horse battery staple';

test('a DPO creates the workspace, records an access request, and finds it again after restarting the app', async ({ app }) => {
  const recoveryCode = await new LockScreen(app.page).createWorkspace(PASSPHRASE);
  expect(recoveryCode.replace(/[\s-]/g, '').length).toBeGreaterThanOrEqual(16);

  const shell = new AppShell(app.page);
  await shell.expectOpen();
  await shell.goto('Cases');
  const cases = new CasesList(app.page);
  await cases.newCase();
  const form = new NewCaseForm(app.page);
  await form.fill({ name: 'Erika Mustermann', email: 'erika@example.org', requestTypes: ['Access'], regimes: ['GDPR (EU)'], receivedOn: '2026-01-31', time: '10:15', timeZone: 'Europe/Berlin' });
  const ref = await form.submit();
  expect(ref).toMatch(/^DPO-2026-\d{4}$/);

  const casePage = new CasePage(app.page);
  await expect(casePage.heading(ref)).toBeVisible();
  await expect(app.page.getByText('Erika Mustermann')).toBeVisible();
  await expect(casePage.facts).toContainText('31 Jan 2026, 10:15');
  await expect(casePage.facts).toContainText('Europe/Berlin');
  // GDPR Art. 12(3): one month from 31 January ends on Saturday 28 February, so the reply is due Monday 2 March.
  const governing = casePage.deadlines.getByRole('row', { name: /Governing/ });
  await expect(governing).toContainText('Respond');
  await expect(governing).toContainText('2 Mar 2026');
  await expect(governing).toContainText('GDPR Art. 12(3)');
  await governing.getByRole('button', { name: 'How computed' }).click();
  await expect(casePage.deadlines.getByRole('listitem').first()).toBeVisible();
  await expect(casePage.history).toContainText('Case opened');

  const page = await app.restart();
  const lock = new LockScreen(page);
  await expect(page.getByText('Erika Mustermann')).toHaveCount(0);
  await lock.unlock(PASSPHRASE);
  await new AppShell(page).expectOpen();
  const list = new CasesList(page);
  await list.expectLoaded();
  await expect(list.row(ref)).toBeVisible();
  await expect(list.row(ref)).toContainText('erika@example.org');
  await expect(list.row(ref)).toContainText('Access');
  expect(app.externalRequests()).toEqual([]);
});

test('a wrong passphrase is refused with the reason and the workspace stays locked', async ({ app }) => {
  await new LockScreen(app.page).createWorkspace(PASSPHRASE);
  await new AppShell(app.page).expectOpen();

  const page = await app.restart();
  const lock = new LockScreen(page);
  await lock.unlock('not the passphrase at all');
  await expect(lock.alert).toContainText('passphrase');
  await expect(lock.passphrase).toHaveValue('');
  await expect(lock.passphrase).toBeFocused();
  await expect(lock.unlockHeading).toBeVisible();
  await expect(new AppShell(page).nav).toHaveCount(0);

  await lock.unlock(PASSPHRASE);
  await new AppShell(page).expectOpen();
});

test('the Lock button returns to the lock screen and the case list leaves the page', async ({ app }) => {
  const page = app.page;
  await new LockScreen(page).createWorkspace(PASSPHRASE);
  const shell = new AppShell(page);
  await shell.goto('Cases');
  await new CasesList(page).newCase();
  const form = new NewCaseForm(page);
  await form.fill({ name: 'John Doe', email: 'john.doe@example.com', requestTypes: ['Erasure'], regimes: ['CCPA / CPRA (California)'], receivedOn: '2026-11-02' });
  const ref = await form.submit();
  await shell.goto('Cases');
  const cases = new CasesList(page);
  await expect(cases.row(ref)).toBeVisible();

  await shell.lock();
  const lock = new LockScreen(page);
  await expect(lock.unlockHeading).toBeVisible();
  await expect(page.getByRole('grid')).toHaveCount(0);
  await expect(page.getByText(ref)).toHaveCount(0);
  await expect(page.getByText('John Doe')).toHaveCount(0);

  // Unlocking again starts fresh on the Cases screen, and Ctrl+L locks from the keyboard.
  await lock.unlock(PASSPHRASE);
  await expect(cases.row(ref)).toBeVisible();
  await page.keyboard.press('Control+l');
  await expect(lock.unlockHeading).toBeVisible();
  await expect(page.getByText(ref)).toHaveCount(0);
});
