// One case's page.
import type { Locator, Page } from '@playwright/test';

export class CasePage {
  constructor(readonly page: Page) {}

  heading(ref: string): Locator {
    return this.page.getByRole('heading', { level: 1, name: ref });
  }
  get deadlines(): Locator {
    return this.page.getByRole('region', { name: 'Deadlines' });
  }
  get facts(): Locator {
    return this.page.getByRole('region', { name: 'Facts' });
  }
  get history(): Locator {
    return this.page.getByRole('region', { name: 'History' });
  }
}
