import type { Page } from '@playwright/test';
import type { Host } from '../../electron/host/host';

export interface LaunchedApp {
  page: Page;
  /** Close the app completely and open it again on the same workspace folder. */
  restart(): Promise<Page>;
  close(): Promise<void>;
  /** Requests the UI tried to make to anywhere but the app itself (the bridge counts them; Electron blocks them in the session). */
  externalRequests(): string[];
  /** The host itself when it runs in the test process (the Chromium launcher), to seed a large workspace directly. */
  host?: Host;
}

export interface LaunchOptions {
  dataDir: string;
}
