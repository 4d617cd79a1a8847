import { defineConfig } from '@playwright/test';

// One suite, two launchers (see e2e/fixtures.ts): Electron where a binary exists, otherwise the host
// behind the loopback bridge with the renderer in Debian's Chromium.
export default defineConfig({
  testDir: 'e2e',
  // Without type-only path mappings (see tsconfig.run.json), which would redirect imports at run time.
  tsconfig: './tsconfig.run.json',
  testMatch: '**/*.spec.ts',
  timeout: 90_000,
  // Creating and unlocking run a deliberately slow key derivation (scrypt, 128 MiB): allow for a busy machine.
  expect: { timeout: 30_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  outputDir: 'test-results',
  use: { screenshot: 'only-on-failure', trace: 'off' },
});
