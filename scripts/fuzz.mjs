// npm run fuzz -- [runs per method, default 2000] [seed]: the long contract fuzz run.
import { spawnSync } from 'node:child_process';

const runs = process.argv[2] ?? '2000';
const seed = process.argv[3];
if (!/^\d+$/.test(runs)) {
  console.error('usage: npm run fuzz -- <runs per method> [seed]');
  process.exit(2);
}
const env = { ...process.env, FUZZ_RUNS: runs, ...(seed ? { FUZZ_SEED: seed } : {}) };
const r = spawnSync('npx', ['vitest', 'run', 'tests/unit/contract-fuzz.test.ts', '--testTimeout', '0'], { stdio: 'inherit', env });
process.exit(r.status ?? 1);
