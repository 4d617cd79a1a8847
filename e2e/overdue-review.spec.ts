// The morning review: a DPO opens the dashboard, sees how many cases are overdue, due this week,
// waiting on the requester and escalated, and each number opens exactly those cases.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AppShell } from './models/AppShell';
import { CasesList } from './models/CasesList';
import { LockScreen } from './models/LockScreen';
import { seedCases } from './models/seed';

/** One host call through the same contract the UI uses (window.dpo in Electron, the bridge in a browser). */
async function invoke<T>(page: Page, method: string, input: unknown): Promise<T> {
  return page.evaluate(async ({ method, input }) => {
    const w = window as unknown as { dpo?: Record<string, (i: unknown) => Promise<{ ok: boolean; value?: unknown; error?: { message: string } }>> };
    const answer = w.dpo
      ? await w.dpo[method](input)
      : await (await fetch(`/api/invoke/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, credentials: 'same-origin', body: JSON.stringify(input) })).json();
    if (!answer.ok) throw new Error(answer.error?.message ?? `${method} failed`);
    return answer.value;
  }, { method, input }) as Promise<T>;
}

const daysAgo = (today: string, n: number) => new Date(Date.parse(`${today}T12:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);

test('each dashboard count is right and opens its own list', async ({ app }) => {
  const page = app.page;
  await new LockScreen(page).createWorkspace('a long workspace passphrase');
  const shell = new AppShell(page);
  await shell.expectOpen();
  const today = await page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
  const gdpr = (name: string, received: string) => ({ requester: { name, email: `${name.split(' ')[0].toLowerCase()}@example.org` }, requestTypes: ['access' as const], regimes: ['gdpr' as const], receivedLocal: received, timeZone: 'Europe/Berlin' });
  // GDPR: one month from receipt, moved to the next working day. 90 days ago is long past; 28 days
  // ago falls due within the week; 3 days ago is a month away.
  const [late, soon, fresh, waiting, escalated] = await seedCases(page, [
    gdpr('Olga Overdue', daysAgo(today, 90)),
    gdpr('Sam Soon', daysAgo(today, 28)),
    gdpr('Fay Fresh', daysAgo(today, 3)),
    gdpr('Wim Waiting', daysAgo(today, 10)),
    gdpr('Eli Escalated', daysAgo(today, 12)),
  ]);
  await invoke(page, 'cases.addEvent', { ref: waiting, event: { type: 'clock-stop', from: daysAgo(today, 5), reason: 'clarification' } });
  await invoke(page, 'cases.escalate', { ref: escalated, stage: 'dpa', enteredAt: daysAgo(today, 1), externalRef: 'BfDI-2026-77' });
  const due = async (ref: string) => (await invoke<{ dueAt: string }>(page, 'cases.get', { ref })).dueAt;
  expect(await due(late) < today).toBe(true);
  expect(await due(soon) >= today && (await due(soon)) <= daysAgo(today, -7)).toBe(true);
  expect(await due(fresh) > daysAgo(today, -7)).toBe(true);

  await shell.nav.getByRole('button', { name: /^Dashboard/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  const count = (key: string) => page.locator(`[data-count="${key}"] .dash-number`);
  await expect(count('overdue')).toHaveText('1');
  await expect(count('dueWithin7')).toHaveText('1');
  await expect(count('waitingRequester')).toHaveText('1');
  await expect(count('escalated')).toHaveText('1');
  await expect(count('newInTriage')).toHaveText('0');

  // Overdue opens the overdue list, with exactly that case.
  await page.locator('[data-count="overdue"]').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overdue' })).toBeVisible();
  const overdueGrid = page.getByRole('grid', { name: 'Overdue cases' });
  await expect(overdueGrid.getByRole('row', { name: new RegExp(late) })).toBeVisible();
  await expect(overdueGrid.locator('tbody tr:not(.spacer)')).toHaveCount(1);
  await expect(page.getByRole('grid', { name: 'Cases due within 7 days' }).getByRole('row', { name: new RegExp(soon) })).toBeVisible();

  // Waiting opens the case list filtered to cases whose clock is stopped.
  await shell.nav.getByRole('button', { name: /^Dashboard/ }).click();
  await page.locator('[data-count="waitingRequester"]').click();
  const cases = new CasesList(page);
  await cases.expectLoaded();
  await expect(cases.row(waiting)).toBeVisible();
  await expect(cases.table.locator('tbody tr:not(.spacer)')).toHaveCount(1);

  // Escalated likewise.
  await shell.nav.getByRole('button', { name: /^Dashboard/ }).click();
  await page.locator('[data-count="escalated"]').click();
  await cases.expectLoaded();
  await expect(cases.row(escalated)).toBeVisible();
  await expect(cases.table.locator('tbody tr:not(.spacer)')).toHaveCount(1);

  // The case page shows the whole story on one timeline.
  await cases.open(escalated);
  await expect(page.getByRole('heading', { level: 1, name: escalated })).toBeVisible();
  const timeline = page.getByRole('list', { name: `Timeline of ${escalated}` });
  await expect(timeline.locator('li[data-kind="escalation"]')).toContainText('Moved to dpa');
  await expect(timeline.locator('li[data-kind="deadline"]').first()).toBeVisible();
});

test('a filtered list saved as a view comes back with its filters', async ({ app }) => {
  const page = app.page;
  await new LockScreen(page).createWorkspace('a long workspace passphrase');
  const shell = new AppShell(page);
  await shell.expectOpen();
  const [, erasure] = await seedCases(page, [
    { requester: { name: 'Ada Access', email: 'ada@example.org' }, requestTypes: ['access'], regimes: ['gdpr'], receivedLocal: '2026-10-01', timeZone: 'Europe/Berlin' },
    { requester: { name: 'Erin Erasure', email: 'erin@example.org' }, requestTypes: ['erasure'], regimes: ['gdpr'], receivedLocal: '2026-10-02', timeZone: 'Europe/Berlin' },
  ]);
  await shell.goto('Settings');
  await shell.goto('Cases');
  const cases = new CasesList(page);
  await cases.expectLoaded();
  await expect(page.getByText('2 cases')).toBeVisible();

  await page.getByText('Filters', { exact: true }).click();
  await page.getByRole('combobox', { name: 'Request' }).selectOption('erasure');
  await expect(page.getByText('1 case', { exact: true })).toBeVisible();
  await expect(cases.row(erasure)).toBeVisible();

  await page.getByRole('button', { name: 'Save view' }).click();
  await page.getByRole('textbox', { name: 'Name of the view' }).fill('Erasures');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText('Saved “Erasures”.');

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.getByText('2 cases')).toBeVisible();
  await page.getByRole('combobox', { name: 'View' }).selectOption({ label: 'Erasures' });
  await expect(page.getByText('1 case', { exact: true })).toBeVisible();
  await expect(cases.row(erasure)).toBeVisible();
});
