// Working on several cases at once: tick them, change their status together, take them away as CSV.
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { AppShell } from './models/AppShell';
import { CasesList } from './models/CasesList';
import { LockScreen } from './models/LockScreen';
import { seedCases } from './models/seed';

const request = (name: string, email: string, receivedLocal: string) => ({
  requester: { name, email },
  requestTypes: ['access' as const],
  regimes: ['gdpr' as const],
  receivedLocal,
  timeZone: 'Europe/Berlin',
});

test('a DPO ticks two requests, marks both as waiting for the requester, and exports them as CSV', async ({ app }) => {
  const page = app.page;
  await new LockScreen(page).createWorkspace('a long workspace passphrase');
  const shell = new AppShell(page);
  await shell.expectOpen();
  const [first, second, third] = await seedCases(page, [
    request('Ana Schmidt', 'ana@example.net', '2026-03-02'),
    request('Ben Okafor', 'ben@example.net', '2026-03-09'),
    request('Chloé Dubois', 'chloe@example.net', '2026-03-16'),
  ]);
  await shell.goto('Settings');
  await shell.goto('Cases');
  const cases = new CasesList(page);
  await cases.expectLoaded();

  // The first by mouse, the second from the keyboard: the list is sorted by due date.
  await cases.row(first).getByRole('checkbox', { name: `Select ${first}` }).click();
  await expect(cases.table).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  await expect(cases.row(second).getByRole('checkbox')).toBeChecked();
  const bar = page.getByRole('toolbar', { name: 'Bulk actions' });
  await expect(bar).toContainText('2 selected');

  await bar.getByRole('combobox', { name: 'Change status' }).selectOption('waiting-requester');
  await bar.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Status set to' })).toContainText('2 cases changed');
  await expect(cases.row(first)).toContainText('Waiting for requester');
  await expect(cases.row(second)).toContainText('Waiting for requester');
  await expect(cases.row(third)).toContainText('Open');

  const downloading = page.waitForEvent('download');
  await bar.getByRole('button', { name: 'Export CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^cases-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync((await download.path())!, 'utf8');
  expect(csv).toContain(`"${first}","waiting-requester"`);
  expect(csv).toContain(`"${second}","waiting-requester"`);
  expect(csv).not.toContain(third);

  await bar.getByRole('button', { name: 'Clear' }).click();
  await expect(bar).toBeHidden();
});
