import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// better-sqlite3 13's N-API build segfaults on Node 20; npm scripts run the project's own Node 24
// (devDependency "node", whose install script package.json allows). Say so instead of crashing.
const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  throw new Error(`Tests need Node >= 22 (found ${process.version}). Run them through npm (npm test), which uses the project's Node 24 from node_modules/.bin.`);
}

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
