// The launcher used where an Electron binary exists (ELECTRON_PATH, or the electron package's own
// download on a machine with internet): the packaged main process, preload and renderer, for real.
import { _electron, type ElectronApplication, type Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import type { LaunchedApp, LaunchOptions } from './types';

const root = join(import.meta.dirname, '..', '..');

/** The Electron binary, without triggering the electron package's lazy download. */
export function electronBinary(): string | null {
  if (process.env.ELECTRON_PATH && existsSync(process.env.ELECTRON_PATH)) return process.env.ELECTRON_PATH;
  try {
    const pkgDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
    const pathFile = join(pkgDir, 'path.txt');
    if (!existsSync(pathFile)) return null;
    const binary = join(pkgDir, 'dist', readFileSync(pathFile, 'utf8').trim());
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

export async function launchInElectron(options: LaunchOptions): Promise<LaunchedApp> {
  const found = electronBinary();
  if (!found) throw new Error('No Electron binary: set ELECTRON_PATH or run `npx install-electron` on a machine with internet.');
  const executablePath: string = found;
  let app: ElectronApplication;
  let page: Page;
  async function open() {
    app = await _electron.launch({ executablePath, args: [join(root, 'out', 'main', 'index.js')], env: { ...process.env, DPO_DATA_DIR: options.dataDir, DPO_E2E: '1' } as Record<string, string> });
    page = await app.firstWindow();
    return page;
  }
  await open();
  return {
    get page() {
      return page;
    },
    async restart() {
      await app.close();
      return open();
    },
    close: () => app.close(),
    // Electron's session refuses every http(s) request from the renderer; nothing reaches the network to count.
    externalRequests: () => [],
  };
}
