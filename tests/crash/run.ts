// npm run crash -- --kills 200 [--seed N]: the long crash-safety run (issue 6, item 3).
import { parseArgs } from 'node:util';
import { runCrashHarness } from './harness';

const { values } = parseArgs({ options: { kills: { type: 'string', default: '200' }, seed: { type: 'string' } }, allowPositionals: false });
const kills = Number(values.kills);
if (!Number.isInteger(kills) || kills < 1) {
  console.error('usage: npm run crash -- --kills N [--seed S]');
  process.exit(2);
}
const started = Date.now();
const r = await runCrashHarness({ kills, seed: values.seed ? Number(values.seed) : undefined, log: (l) => console.log(l) });
console.log(`crash harness: ${r.kills} kills survived (${r.killedBeforeReady} during start-up), ${r.acknowledged} acknowledged writes, ${r.verified} found after the kills, ${r.lost.length} lost, ${r.problems.length} problems, ${Math.round((Date.now() - started) / 1000)} s`);
console.log(`  rows at the end: ${JSON.stringify(r.rows)}`);
for (const l of r.lost.slice(0, 20)) console.log(`  LOST ${l}`);
for (const p of r.problems.slice(0, 20)) console.log(`  PROBLEM ${p}`);
process.exit(r.lost.length || r.problems.length || r.kills < kills ? 1 : 0);
