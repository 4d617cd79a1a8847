// A workspace with 100,000 cases: the list opens and scrolls without freezing the window (no task
// on the page's main thread longer than 200 ms). The cases are written straight into the open
// workspace by the host in the test process, as the benchmark does; through the UI it would take hours.
//
// Long tasks are wall time. While the hypervisor withholds this virtual machine's CPU ("steal"), every
// task stretches by what was withheld: one CI run met a 485 ms task while the whole list took 7× its
// usual time. So each attempt also measures the stolen share. An attempt with a long task is repeated
// (three attempts at most) only if the hypervisor took at least STEAL_LIMIT % of the CPU during it; a
// long task measured without steal fails at once. Every attempt is logged.
import { createHost } from '../electron/host/host';
import { nodePorts } from '../electron/host/node-ports';
import { generateWorkspace } from '../scripts/bench/workspace-data';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AppShell } from './models/AppShell';
import { CasesList } from './models/CasesList';
import { LockScreen } from './models/LockScreen';
import { stealMeter } from './machine/cpu-steal';

const CASES = 100_000;
const PASSPHRASE = 'a long workspace passphrase';
const LONGEST_ALLOWED_MS = 200;
const STEAL_LIMIT = 3;
const MAX_ATTEMPTS = 3;

// The workspace is written before the app starts, so the same spec runs under either launcher.
test.use({
  // A function-valued option is given through a fixture, or Playwright would take it for one.
  prepareWorkspace: async ({}, use) => use(async (dataDir: string) => {
    const host = createHost({ dir: dataDir, ports: nodePorts(dataDir) });
    await host.api['workspace.create']({ passphrase: PASSPHRASE });
    const seeded = Date.now();
    generateWorkspace(host.workspace.database(), CASES, 0, 0);
    console.log(`seeded ${CASES} cases in ${Date.now() - seeded} ms`);
    host.dispose();
  }),
});

test.setTimeout(600_000);

interface LongTask { start: number; duration: number }
interface Attempt { longest: number; tasks: LongTask[]; phases: Record<string, number>; stealPercent: number }

/** Opens the list of every case from another screen and scrolls it as a person does, counting long tasks. */
async function openAndScroll(page: Page, shell: AppShell, cases: CasesList): Promise<Attempt> {
  const steal = stealMeter();
  await page.evaluate(() => void ((window as unknown as { longTasks: LongTask[] }).longTasks = []));
  const phases: Record<string, number> = {};
  const mark = async (name: string) => void (phases[name] = Math.round(await page.evaluate(() => performance.now())));
  await mark('start');
  await shell.goto('Settings');
  const opened = Date.now();
  await shell.goto('Cases');
  await cases.expectLoaded();
  await page.getByRole('combobox', { name: 'Status' }).selectOption('all');
  await expect(page.getByText(`${CASES.toLocaleString('en')} cases`)).toBeVisible({ timeout: 60_000 });
  console.log(`list of ${CASES} cases shown in ${Date.now() - opened} ms`);

  await mark('listed');
  // Wheel steps down a long way, then a jump to the end and back.
  await cases.table.hover();
  for (let i = 0; i < 40; i++) {
    await page.mouse.wheel(0, 1200);
    await page.waitForTimeout(25);
  }
  await mark('wheeled');
  await cases.table.focus();
  await page.keyboard.press('End');
  await expect(cases.table.locator(`tr[aria-rowindex="${CASES + 1}"]`)).toContainText(/DPO-\d{4}-\d{6}/, { timeout: 60_000 });
  await mark('end');
  await page.keyboard.press('Home');
  await expect(cases.table.locator('tr[aria-rowindex="2"]')).toContainText(/DPO-/);
  for (let i = 0; i < 10; i++) await page.keyboard.press('PageDown');
  await page.waitForTimeout(500);

  const tasks = await page.evaluate(() => (window as unknown as { longTasks: LongTask[] }).longTasks);
  return { longest: Math.max(0, ...tasks.map((t) => t.duration)), tasks, phases, stealPercent: steal.share() };
}

test('the case list with 100,000 cases opens and scrolls without a long task over 200 ms', async ({ app }) => {
  const page = app.page;
  await new LockScreen(page).unlock(PASSPHRASE);
  const shell = new AppShell(page);
  await shell.expectOpen();
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: LongTask[] };
    w.longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push({ start: Math.round(e.startTime), duration: Math.round(e.duration) }))).observe({ type: 'longtask', buffered: false });
  });
  const cases = new CasesList(page);

  let attempt: Attempt;
  for (let n = 1; ; n++) {
    attempt = await openAndScroll(page, shell, cases);
    const { tasks, longest, phases, stealPercent } = attempt;
    console.log(`attempt ${n}: long tasks: ${tasks.length} (${tasks.reduce((sum, t) => sum + t.duration, 0)} ms in all), longest ${longest} ms; CPU stolen by the hypervisor ${stealPercent.toFixed(1)} %; phases ${JSON.stringify(phases)}; tasks ${JSON.stringify(tasks.filter((t) => t.duration > 100))}`);
    if (longest < LONGEST_ALLOWED_MS || stealPercent < STEAL_LIMIT || n === MAX_ATTEMPTS) break;
  }
  expect(attempt.longest, `longest task, measured while ${attempt.stealPercent.toFixed(1)} % of the CPU was stolen`).toBeLessThan(LONGEST_ALLOWED_MS);
});
