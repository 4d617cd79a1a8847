// Walking away from the desk: after the chosen idle time the workspace locks and the window forgets.
import { expect, test } from './fixtures';
import { AppShell } from './models/AppShell';
import { CasesList } from './models/CasesList';
import { LockScreen } from './models/LockScreen';
import { seedCases } from './models/seed';

test('with a one-minute idle lock, activity keeps the workspace open and a quiet minute locks it', async ({ app }) => {
  const page = app.page;
  await new LockScreen(page).createWorkspace('quiet office afternoon');
  const shell = new AppShell(page);
  await shell.expectOpen();
  const [ref] = await seedCases(page, [
    { requester: { name: 'Lea Fischer', email: 'lea@example.de' }, requestTypes: ['erasure'], regimes: ['gdpr'], receivedLocal: '2026-11-02', timeZone: 'Europe/Berlin' },
  ]);
  await page.clock.install();

  await shell.goto('Settings');
  await page.getByLabel('Lock after (minutes)').fill('1');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved: locks after 1 minute.')).toBeVisible();
  await expect(page.getByText('locks after 1 min idle')).toBeVisible();

  await shell.goto('Cases');
  await expect(new CasesList(page).row(ref)).toBeVisible();
  await page.clock.fastForward('00:45');
  await page.mouse.move(400, 300);
  await page.clock.fastForward('00:45');
  await expect(new CasesList(page).row(ref)).toBeVisible();

  await page.clock.fastForward('00:20');
  const lock = new LockScreen(page);
  await expect(lock.unlockHeading).toBeVisible();
  await expect(page.getByRole('status')).toContainText('Locked after 1 minute without activity');
  await expect(page.getByText(ref)).toHaveCount(0);

  // The host was locked too: unlocking is needed, and the setting is kept.
  await lock.unlock('quiet office afternoon');
  await expect(page.getByText('locks after 1 min idle')).toBeVisible();
});
