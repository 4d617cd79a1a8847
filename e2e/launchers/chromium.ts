// The launcher used where no Electron binary exists: the real host in this process behind the
// loopback bridge (random token, 127.0.0.1 only), the built renderer in Debian's Chromium.
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { join } from 'node:path';
import { startBridge, type Bridge } from '../../electron/bridge/server';
import { createHost, type Host } from '../../electron/host/host';
import { nodePorts } from '../../electron/host/node-ports';
import type { LaunchedApp, LaunchOptions } from './types';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const rendererDir = join(import.meta.dirname, '..', '..', 'out', 'renderer');

export async function launchInChromium(options: LaunchOptions): Promise<LaunchedApp> {
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  const external: string[] = [];
  let host: Host;
  let bridge: Bridge;
  let context: BrowserContext;
  let page: Page;

  async function open(): Promise<Page> {
    host = createHost({ dir: options.dataDir, ports: nodePorts(options.dataDir) });
    bridge = await startBridge({ host, rendererDir });
    context = await browser.newContext({ viewport: { width: 1360, height: 860 } });
    // Anything not addressed to the bridge is refused and remembered: the UI must never call out.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(bridge.origin + '/') || url.startsWith('data:') || url.startsWith('blob:') || url === 'about:srcdoc') return route.continue();
      external.push(url);
      return route.abort('blockedbyclient');
    });
    page = await context.newPage();
    await page.goto(bridge.oneTimeUrl);
    return page;
  }

  async function shut() {
    await context?.close();
    await bridge?.close();
    host?.dispose();
  }

  await open();
  return {
    get page() {
      return page;
    },
    async restart() {
      await shut();
      return open();
    },
    async close() {
      await shut();
      await browser.close();
    },
    externalRequests: () => [...external],
    get host() {
      return host;
    },
  };
}
