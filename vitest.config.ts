import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // better-sqlite3 and the browser tests are not thread-safe across workers sharing a file
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
