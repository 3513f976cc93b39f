import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/cleanup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Native SQLite handles and child processes are simplest in forked workers.
    pool: 'forks',
  },
});
