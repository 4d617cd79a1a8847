import type { Page } from '@playwright/test';

export interface LaunchedApp {
  page: Page;
  /** Close the app completely and open it again on the same workspace folder. */
  restart(): Promise<Page>;
  close(): Promise<void>;
  /** Requests the UI tried to make to anywhere but the app itself (the bridge counts them; Electron blocks them in the session). */
  externalRequests(): string[];
}

export interface LaunchOptions {
  dataDir: string;
}
