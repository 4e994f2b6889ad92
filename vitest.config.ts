import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Explicit include: Playwright's *.spec.ts files must not be picked up by vitest.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // The default (cores - 1) means one worker on a 2-core machine; the tests mostly wait on scrypt,
    // which runs on libuv's thread pool, so two workers halve the suite there.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
