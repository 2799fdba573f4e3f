/**
 * Browser tests (npm run e2e): the real server on a temporary SQLite database, Debian's Chromium
 * driven by playwright-core, one file at a time. Kept out of `npm test` so that stays fast.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 240_000,
    hookTimeout: 120_000,
    env: { TZ: 'UTC' },
  },
});
