// A busy DPO's list: thousands of cases, and the window keeps only what is on screen.
import { expect, test } from './fixtures';
import { AppShell } from './models/AppShell';
import { CasesList } from './models/CasesList';
import { LockScreen } from './models/LockScreen';
import { manyCases, seedCases } from './models/seed';

test('a list of 1,200 cases renders only the visible rows and the keyboard reaches the last one', async ({ app }) => {
  test.setTimeout(240_000);
  const page = app.page;
  await new LockScreen(page).createWorkspace('a long workspace passphrase');
  await new AppShell(page).expectOpen();
  const started = Date.now();
  await seedCases(page, manyCases(1200));
  console.log(`seeded 1200 cases in ${Date.now() - started} ms`);

  const shell = new AppShell(page);
  await shell.goto('Settings');
  const opened = Date.now();
  await shell.goto('Cases');
  const cases = new CasesList(page);
  await cases.expectLoaded();
  await page.getByRole('combobox', { name: 'Status' }).selectOption('all');
  await expect(page.getByText('1,200 cases')).toBeVisible();
  console.log(`cases screen with 1,200 cases shown in ${Date.now() - opened} ms`);

  const rowsInDom = await cases.table.locator('tbody tr:not(.spacer)').count();
  expect(rowsInDom).toBeLessThan(80);

  await cases.table.focus();
  const toEnd = Date.now();
  await page.keyboard.press('End');
  const lastRow = cases.table.locator('tr[aria-rowindex="1201"]');
  await expect(lastRow).toHaveAttribute('aria-selected', 'true');
  await expect(lastRow).toContainText(/DPO-\d{4}-\d{4}/);
  console.log(`End key to last row loaded in ${Date.now() - toEnd} ms`);

  await page.keyboard.press('ArrowUp');
  await expect(cases.table.locator('tr[aria-rowindex="1200"]')).toHaveAttribute('aria-selected', 'true');
  const ref = (await cases.table.locator('tr[aria-rowindex="1200"] td').first().textContent())!.trim();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: ref })).toBeVisible();

  // Search narrows to the requester across the whole workspace, not only the loaded pages.
  await page.keyboard.press('Escape');
  await page.keyboard.press('/');
  await expect(cases.search).toBeFocused();
  await cases.search.fill('ana.schmidt0@');
  await expect(page.getByText('1 case', { exact: true })).toBeVisible();
  await expect(cases.table.locator('tbody tr:not(.spacer)')).toHaveCount(1);
  await expect(cases.table.locator('tbody tr').first()).toContainText('Ana Schmidt');
});
