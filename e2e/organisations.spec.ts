// Organisation profiles: both presets in one workspace, a rule override kept across saves, refused when it
// is not a value the rule takes, and written into the trace of a case for that organisation.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AppShell } from './models/AppShell';
import { CasePage } from './models/CasePage';
import { CasesList } from './models/CasesList';
import { LockScreen } from './models/LockScreen';
import { NewCaseForm } from './models/NewCaseForm';
import { OrganisationEditor } from './models/OrganisationEditor';

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: false });
const RULE = 'can-spam.stop.business-days';

test('the DPO adds both presets, shortens the CAN-SPAM opt-out for IMAPS, and a case for IMAPS shows the override in its trace', async ({ app }) => {
  const page = app.page;
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await new LockScreen(page).createWorkspace('maple orbit 42 lantern');
  const shell = new AppShell(page);
  await shell.goto('Settings');
  const orgs = new OrganisationEditor(page);
  await expect(orgs.list).toContainText('No organisation yet');
  await orgs.addPreset('Innovative Micro Technology');
  await orgs.addPreset('IMAPS');
  // Both presets are in; adding one again (and losing its overrides) is not offered.
  await expect(orgs.list.getByRole('combobox', { name: 'Preset' })).toBeDisabled();
  await expect(orgs.list.getByRole('row')).toHaveCount(3);
  await shot(page, 'organisations-01-settings-list');

  await orgs.open('IMAPS');
  await expect(page.getByRole('region', { name: 'Promises in the policy' })).toContainText('Please allow up to 30 days for us to reply.');
  await expect(page.getByRole('region', { name: 'Erasure exceptions in the policy' })).toContainText('Art. 17(3)(b)');
  // Unconfirmed figures are marked [?].
  await expect(orgs.rule('can-spam.business-day-calendar')).toContainText('[?]');
  await shot(page, 'organisations-02-profile-editor');

  // A wrong value is refused on its own row, and a missing name on its field; nothing is saved.
  await orgs.override(RULE).fill('ten');
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('');
  await page.getByRole('button', { name: /^Save profile/ }).click();
  await expect(orgs.rule(RULE)).toContainText('must be a whole number of at least 1');
  await expect(page.getByText('Some fields need attention.')).toBeVisible();
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('IMAPS');
  await orgs.override(RULE).fill('5');
  await orgs.rule(RULE).scrollIntoViewIfNeeded();
  await shot(page, 'organisations-03-rules-override');
  await orgs.save();
  await expect(orgs.rule(RULE)).toContainText('Overridden');
  await expect(orgs.rule(RULE)).toContainText('5 business days');

  await orgs.back();
  await orgs.open('IMAPS');
  await expect(orgs.override(RULE)).toHaveValue('5');
  await expect(orgs.rule(RULE)).toContainText('Overridden');
  await expect(page.getByText('1 overridden')).toBeVisible();
  await orgs.back();

  await shell.goto('Cases');
  await new CasesList(page).newCase();
  const form = new NewCaseForm(page);
  await form.fill({ name: 'Sam Carter', email: 'sam.carter@example.com', requestTypes: ['Objection / marketing opt-out'], regimes: ['CAN-SPAM'], receivedOn: '2025-09-03', time: '10:00', organisation: 'IMAPS' });
  await form.submit();
  const casePage = new CasePage(page);
  await expect(casePage.facts).toContainText('IMAPS');
  const governing = casePage.deadlines.getByRole('row', { name: /Governing/ });
  // Five business days after Wednesday 3 September 2025 instead of ten.
  await expect(governing).toContainText('10 Sep 2025');
  await governing.getByRole('button', { name: 'How computed' }).click();
  await expect(casePage.deadlines.locator('.trace-row')).toContainText('Overridden by organisation: 5 business days instead of 10 business days');
  await shot(page, 'organisations-04-case-trace-with-override');
  expect(errors).toEqual([]);
});
