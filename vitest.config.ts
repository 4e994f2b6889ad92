import { defineConfig } from 'vitest/config';

// Explicit include: Playwright's *.spec.ts files must not be picked up by vitest.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
