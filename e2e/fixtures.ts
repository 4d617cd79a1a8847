// One fixture, two launchers. The specs never know which one runs them.
import { test as base } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchInChromium } from './launchers/chromium';
import { electronBinary, launchInElectron } from './launchers/electron';
import type { LaunchedApp } from './launchers/types';

export const launcherName = process.env.DPO_E2E_LAUNCHER ?? (electronBinary() ? 'electron' : 'chromium');

/** Writes a workspace into the data folder before the app starts (e.g. 100k cases), the same way for both launchers. */
export type PrepareWorkspace = ((dataDir: string) => Promise<void>) | null;

export const test = base.extend<{ app: LaunchedApp; dataDir: string; prepareWorkspace: PrepareWorkspace }>({
  prepareWorkspace: [null, { option: true }],
  dataDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'dpo-e2e-'));
    await use(join(dir, 'workspace'));
    rmSync(dir, { recursive: true, force: true });
  },
  app: async ({ dataDir, prepareWorkspace }, use) => {
    if (prepareWorkspace) await prepareWorkspace(dataDir);
    const app = launcherName === 'electron' ? await launchInElectron({ dataDir }) : await launchInChromium({ dataDir });
    await use(app);
    await app.close();
  },
});

export { expect } from '@playwright/test';
