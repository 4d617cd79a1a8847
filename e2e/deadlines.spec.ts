// Deadlines a DPO can act on: an extension moves the UK reply date the way the ICO says, the trace says
// why in words, a late notice is flagged, and a DPF complaint climbs its ladder with the body's reference.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AppShell } from './models/AppShell';
import { CaseActions } from './models/CaseActions';
import { CasePage } from './models/CasePage';
import { CasesList } from './models/CasesList';
import { LockScreen } from './models/LockScreen';
import { NewCaseForm } from './models/NewCaseForm';
import { OrganisationEditor } from './models/OrganisationEditor';
import { seedCases } from './models/seed';

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screens/${name}.png` });

test('a UK access request received on 3 September 2025 is due on 3 October; an extension told on 20 September moves it to 3 December', async ({ app }) => {
  const page = app.page;
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await new LockScreen(page).createWorkspace('maple orbit 42 lantern');
  const shell = new AppShell(page);
  await shell.goto('Cases');
  await new CasesList(page).newCase();
  const form = new NewCaseForm(page);
  await form.fill({ name: 'Oliver Bennett', email: 'oliver.bennett@example.co.uk', requestTypes: ['Access'], regimes: ['UK GDPR'], receivedOn: '2025-09-03', time: '10:00', timeZone: 'Europe/London', subject: 'Subject access request' });
  const ref = await form.submit();

  const casePage = new CasePage(page);
  const governing = casePage.deadlines.getByRole('row', { name: /Governing/ });
  await expect(governing).toContainText('3 Oct 2025');

  const actions = new CaseActions(page);
  // Only the events UK GDPR knows are on the bar; the DPF ones wait under "More events".
  await expect(actions.bar.getByRole('button', { name: 'Extend', exact: true })).toBeVisible();
  await expect(actions.bar.getByRole('button', { name: 'DPF panel referral' })).toBeHidden();

  // Esc closes a dialog without leaving the case.
  let dialog = await actions.open('Extend', 'Extend the deadline');
  await page.keyboard.press('Escape');
  await expect(actions.dialog).toHaveCount(0);
  await expect(casePage.heading(ref)).toBeVisible();

  dialog = await actions.open('Extend', 'Extend the deadline');
  await dialog.getByLabel('Requester told on').fill('2025-09-20');
  await dialog.getByRole('button', { name: /^Record/ }).click();
  await expect(dialog.getByText('Give the reasons told to the requester.')).toBeVisible();
  await dialog.getByLabel('Reasons given').fill('The request covers twelve years of records held in three systems.');
  await shot(page, 'deadlines-01-extend-dialog');
  await actions.submit();

  await expect(actions.result).toContainText('Now due 3 Dec 2025');
  await expect(governing).toContainText('3 Dec 2025');
  await expect(governing).toContainText('Respond (extended)');
  await governing.getByRole('button', { name: 'How computed' }).click();
  await expect(casePage.deadlines.locator('.trace-row')).toContainText(/three months/i);
  await expect(actions.events).toContainText('20 Sep 2025');
  await expect(actions.events).toContainText('Extension notified');
  await expect(actions.events).toContainText('twelve years of records');
  await shot(page, 'deadlines-02-case-after-extension');

  // A clock event the case's regimes do not know is still reachable under "More events".
  await actions.open('Appeal', 'The consumer appealed');
  await shot(page, 'deadlines-03-more-events-dialog');
  await page.keyboard.press('Escape');

  // A note and a call, then closing with a refusal that needs its reason.
  dialog = await actions.open('Log call', 'Log a call');
  await dialog.getByLabel('What was said').fill('Requester asked for the records by post; agreed.');
  await actions.submit();
  await expect(page.getByRole('region', { name: 'Timeline' })).toContainText('agreed');

  // An extension told after the first month is recorded, and the host's warning is shown where the DPO looks.
  const [late] = await seedCases(page, [{ requester: { name: 'Priya Shah', email: 'priya@example.co.uk' }, requestTypes: ['access'], regimes: ['uk-gdpr'], receivedLocal: '2025-09-03T10:00', timeZone: 'Europe/London' }]);
  await shell.goto('Cases');
  await new CasesList(page).open(late);
  dialog = await actions.open('Extend', 'Extend the deadline');
  await dialog.getByLabel('Requester told on').fill('2025-10-10');
  await dialog.getByLabel('Reasons given').fill('Complex request');
  await actions.submit();
  await expect(actions.result).toContainText('after its deadline of Fri 3 Oct 2025');
  await shot(page, 'deadlines-04-late-extension-warning');

  dialog = await actions.open('Close case…', 'Close the case');
  await dialog.getByRole('radio', { name: 'Refused' }).check();
  await dialog.getByRole('button', { name: /^Close case/ }).click();
  await expect(dialog.getByText('Give the reason told to the requester.')).toBeVisible();
  await dialog.getByLabel('Reason').fill('Manifestly excessive: the same request for the fourth time this year.');
  await shot(page, 'deadlines-05-close-dialog');
  await actions.submit();
  await expect(casePage.facts).toContainText('Refused');
  await expect(actions.bar).toContainText('Closed');
  expect(errors).toEqual([]);
});

test('a DPF complaint against Innovative Micro Technology moved to the recourse body shows the body\'s reference on the ladder', async ({ app }) => {
  const page = app.page;
  await new LockScreen(page).createWorkspace('maple orbit 42 lantern');
  const shell = new AppShell(page);
  await shell.goto('Settings');
  await new OrganisationEditor(page).addPreset('Innovative Micro Technology');

  await shell.goto('Cases');
  await new CasesList(page).newCase();
  const form = new NewCaseForm(page);
  await form.fill({ name: 'Lena Berg', email: 'lena.berg@example.de', requestTypes: ['Complaint'], regimes: ['Data Privacy Framework'], receivedOn: '2025-09-03', organisation: 'Innovative Micro Technology' });
  await shot(page, 'deadlines-06-new-case-with-organisation');
  await form.submit();

  const casePage = new CasePage(page);
  await expect(casePage.facts).toContainText('Innovative Micro Technology');
  const actions = new CaseActions(page);
  await expect(actions.ladder.locator('[aria-current="step"]')).toContainText('Complaint to the organisation');
  // DPF events come first for a DPF case.
  await expect(actions.bar.getByRole('button', { name: 'Arbitration notice' })).toBeVisible();

  const dialog = await actions.open('Move on ladder', 'Move on the escalation ladder');
  await dialog.getByRole('radio', { name: /Independent recourse mechanism/ }).check();
  await dialog.getByLabel('Date entered').fill('2025-10-20');
  await dialog.getByLabel('External reference').fill('BBB-123');
  await dialog.getByLabel('Contact at the body').fill('Case officer J. Ortiz, dpf@bbbnp.example');
  await shot(page, 'deadlines-07-move-dialog');
  await actions.submit();

  await expect(actions.result).toContainText('Moved to Independent recourse mechanism');
  const current = actions.ladder.locator('[aria-current="step"]');
  await expect(current).toContainText('Independent recourse mechanism');
  await expect(current).toContainText('BBB-123');
  await expect(current).toContainText('20 Oct 2025');
  await expect(casePage.facts).toContainText('Recourse body');
  // Arbitration is offered, with what must come first.
  await expect(actions.ladder).toContainText('Next possible steps');
  await expect(actions.ladder).toContainText('Annex I binding arbitration');
  await shot(page, 'deadlines-08-ladder');

  // Arbitration before the earlier routes: the dialog warns before saving.
  const again = await actions.open('Move on ladder', 'Move on the escalation ladder');
  await again.getByRole('radio', { name: /Annex I binding arbitration/ }).check();
  await expect(again.getByRole('alert')).toContainText('Before this stage');
  await expect(again.getByRole('button', { name: /Record the move anyway/ })).toBeVisible();
  await shot(page, 'deadlines-09-move-unmet-preconditions');
  await page.keyboard.press('Escape');
});
