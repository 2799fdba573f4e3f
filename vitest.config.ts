import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'bench/**/*.test.ts', 'web/src/**/*.test.{ts,tsx}'],
    environment: 'node',
    globalSetup: ['src/db/test-support/global-setup.ts'],
    testTimeout: 30_000,
    env: { TZ: 'UTC' },
  },
});
