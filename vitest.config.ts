import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Dates in tests are pinned against UTC (STYLE.md).
    env: { TZ: 'UTC' },
    pool: 'forks',
  },
});
