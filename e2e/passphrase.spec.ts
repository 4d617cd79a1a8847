// The passphrase over the workspace's life: forgotten and recovered, or changed in Settings.
import { expect, test } from './fixtures';
import { AppShell } from './models/AppShell';
import { LockScreen } from './models/LockScreen';

test('a DPO who forgot the passphrase sets a new one with the recovery code', async ({ app }) => {
  const recoveryCode = await new LockScreen(app.page).createWorkspace('first passphrase, soon forgotten');
  const page = await app.restart();
  const lock = new LockScreen(page);
  await expect(lock.unlockHeading).toBeVisible();
  await page.getByRole('button', { name: 'Forgot passphrase? Use the recovery code' }).click();

  await page.getByRole('textbox', { name: 'Recovery code', exact: true }).fill('AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG');
  await page.getByLabel('New passphrase').fill('a new passphrase for winter');
  await page.getByLabel('Repeat the passphrase').fill('a new passphrase for winter');
  await page.getByRole('button', { name: 'Set new passphrase and unlock' }).click();
  await expect(page.getByRole('alert')).toContainText('recovery code');

  await page.getByRole('textbox', { name: 'Recovery code', exact: true }).fill(recoveryCode.toLowerCase());
  await page.getByRole('button', { name: 'Set new passphrase and unlock' }).click();
  await new AppShell(page).expectOpen();

  const again = await app.restart();
  await new LockScreen(again).unlock('a new passphrase for winter');
  await new AppShell(again).expectOpen();
});

test('changing the passphrase in Settings: the new one opens the workspace, the old one no longer does', async ({ app }) => {
  await new LockScreen(app.page).createWorkspace('the old passphrase here');
  const shell = new AppShell(app.page);
  await shell.goto('Settings');
  const panel = app.page.getByRole('region', { name: 'Change passphrase' });
  await panel.getByLabel('Current passphrase').fill('not the old one');
  await panel.getByLabel('New passphrase').fill('the new passphrase here');
  await panel.getByLabel('Repeat the passphrase').fill('the new passphrase here');
  await panel.getByRole('button', { name: 'Change passphrase' }).click();
  await expect(panel.getByRole('alert')).toContainText('passphrase');

  await panel.getByLabel('Current passphrase').fill('the old passphrase here');
  await panel.getByRole('button', { name: 'Change passphrase' }).click();
  await expect(panel.getByRole('status')).toContainText('Passphrase changed');

  const page = await app.restart();
  const lock = new LockScreen(page);
  await lock.unlock('the old passphrase here');
  await expect(lock.alert).toContainText('passphrase');
  await lock.unlock('the new passphrase here');
  await new AppShell(page).expectOpen();
});
