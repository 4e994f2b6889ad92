// npm run bench -- [--cases 10000,100000] [--seed 1] [--only TEXT[,TEXT…]] [--data-dir DIR] [--strict]
//
// Builds a demo centre per size (electron/core/demo + db/demo, as `npm run demo` does) in a temp folder,
// or reuses one kept under --data-dir, then runs every benchmark registered by tests/bench/*.bench.ts:
// median and p95 through the real dispatcher and on hand-written raw SQL, and their ratio. Targets are
// checked at the sizes they name (default 100,000 cases); --strict makes a FAIL exit non-zero.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { openBenchCentre } from './context';
import { registeredBenches, stats, type Stats } from './registry';

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '10000,100000' },
    seed: { type: 'string', default: '1' },
    only: { type: 'string' },
    'data-dir': { type: 'string' },
    strict: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
  allowPositionals: false,
});
if (values.help) {
  console.log('npm run bench -- [--cases 10000,100000] [--seed 1] [--only TEXT[,TEXT…]] [--data-dir DIR (keep and reuse the centres)] [--strict]');
  process.exit(0);
}

function parseSize(s: string): number {
  const m = /^(\d+(?:\.\d+)?)(k|m)?$/i.exec(s.trim());
  if (!m) throw new Error(`--cases: not a size: ${s}`);
  return Math.round(Number(m[1]) * (m[2]?.toLowerCase() === 'k' ? 1000 : m[2]?.toLowerCase() === 'm' ? 1_000_000 : 1));
}
const sizes = values.cases.split(',').map(parseSize);
const seed = Number(values.seed);

// Every *.bench.ts beside this file registers its benchmarks when imported.
const here = import.meta.dirname;
for (const f of readdirSync(here).filter((f) => f.endsWith('.bench.ts')).sort()) await import(pathToFileURL(join(here, f)).href);
const only = values.only?.split(',').map((t) => t.trim()).filter(Boolean) ?? [];
const benches = registeredBenches().filter((b) => !only.length || only.some((t) => b.id.includes(t)));

const ms = (v: number) => (v < 10 ? v.toFixed(2) : v.toFixed(1)).padStart(7);
const log = (s: string) => console.log(s);
let failures = 0;

for (const size of sizes) {
  const kept = values['data-dir'] ? resolve(values['data-dir'], `centre-${size}-seed${seed}`) : null;
  const dir = kept ?? mkdtempSync(join(tmpdir(), 'atvejis-bench-'));
  log(`\n=== ${size.toLocaleString('en')} cases (${dir}) ===`);
  // Timings are wall-clock: on a machine busy with other work they are that much slower.
  log(`load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores`);
  const { ctx, info } = await openBenchCentre(dir, size, seed, log);
  log(info.built ? `built with the demo writer in ${info.seconds.toFixed(1)} s` : 'reused the centre kept there');
  log(`${'benchmark'.padEnd(44)} ${'service median'.padStart(14)} ${'p95'.padStart(7)} ${'raw median'.padStart(11)} ${'p95'.padStart(7)} ${'query'.padStart(6)} ${'call'.padStart(6)} ${'contract'.padStart(9)}  result`);
  log('(times in ms, first run of each input, through the dispatcher as the UI calls it. Ratios of the medians of the');
  log(' second, warm runs against the same query on raw SQLite: query = the handler (repositories, drizzle, mapping),');
  log(' the ratio the targets check; call = the whole call; contract = what the contract adds to each call, in ms:');
  log(' the session and role check and the input and output validation, which a raw query does not do)');
  try {
    for (const b of benches) {
      const run = await b.prepare(ctx);
      const iterations = b.iterations ?? 200;
      const warmup = b.warmup ?? 20;
      // Service and raw alternate, so a busy machine slows both alike. Each input is run twice by both:
      // the first runs (whichever goes first alternates) give the times a user meets, cold; the second
      // runs give the ratio. Whichever side first runs an input pays for fetching its pages into the
      // CPU's caches (up to ~0.2 ms on the case list), which made a ratio of cold medians swing between
      // 1.1 and 2 from run to run; with the same pages warm for both, the ratio is the software's cost.
      const serviceSamples: number[] = [];
      const rawSamples: number[] = [];
      const warmService: number[] = [];
      const warmRaw: number[] = [];
      const warmHandler: number[] = [];
      const time = async (fn: () => unknown) => {
        const t = performance.now();
        await fn();
        return performance.now() - t;
      };
      for (let i = 0; i < warmup; i++) {
        await run.service(i);
        run.raw?.(i);
      }
      for (let i = warmup; i < warmup + iterations; i++) {
        const service = () => run.service(i);
        const raw = run.raw ? () => run.raw!(i) : null;
        if (!raw) {
          serviceSamples.push(await time(service));
          continue;
        }
        for (const [serviceOut, rawOut] of [
          [serviceSamples, rawSamples],
          [warmService, warmRaw],
        ] as const) {
          if (i % 2 === 0) {
            serviceOut.push(await time(service));
            rawOut.push(await time(raw));
          } else {
            rawOut.push(await time(raw));
            serviceOut.push(await time(service));
          }
        }
        warmHandler.push(await time(() => ctx.withoutContract(service)));
      }
      const s = stats(serviceSamples);
      const r: Stats | null = rawSamples.length ? stats(rawSamples) : null;
      // The target compares like with like: the query as our data layer runs it against the same query on
      // raw SQLite. The contract's checks are the same fixed cost on every call, whatever the query; it is
      // printed beside it, so a query ratio can never hide a contract that grows slow.
      const callRatio = r ? stats(warmService).median / stats(warmRaw).median : null;
      const ratio = r ? stats(warmHandler).median / stats(warmRaw).median : null;
      const contractMs = r ? stats(warmService).median - stats(warmHandler).median : null;
      const t = b.target ?? {};
      const checked = size >= (t.atCases ?? 100_000);
      const problems: string[] = [];
      if (checked) {
        if (t.p95Ms !== undefined && s.p95 > t.p95Ms) problems.push(`p95 > ${t.p95Ms} ms`);
        if (t.medianMs !== undefined && s.median > t.medianMs) problems.push(`median > ${t.medianMs} ms`);
        if (t.maxRatio !== undefined && ratio !== null && ratio > t.maxRatio) problems.push(`query ratio > ${t.maxRatio}`);
        if (t.maxContractMs !== undefined && contractMs !== null && contractMs > t.maxContractMs) problems.push(`contract > ${t.maxContractMs} ms`);
      }
      const hasTarget = t.p95Ms !== undefined || t.medianMs !== undefined || t.maxRatio !== undefined || t.maxContractMs !== undefined;
      const verdict = !checked || !hasTarget ? '(no target at this size)' : problems.length ? `FAIL (${problems.join(', ')})` : 'PASS';
      if (checked && problems.length) failures++;
      log(
        `${b.id.padEnd(44)} ${ms(s.median).padStart(14)} ${ms(s.p95)} ${r ? ms(r.median).padStart(11) : '—'.padStart(11)} ${r ? ms(r.p95) : '—'.padStart(7)} ${ratio === null ? '—'.padStart(6) : ratio.toFixed(2).padStart(6)} ${callRatio === null ? '—'.padStart(6) : callRatio.toFixed(2).padStart(6)} ${contractMs === null ? '—'.padStart(9) : contractMs.toFixed(3).padStart(9)}  ${verdict}`,
      );
    }
  } finally {
    await ctx.close();
    if (!kept) rmSync(dir, { recursive: true, force: true });
  }
}

log(failures ? `\n${failures} target(s) missed.` : '\nAll targets checked were met.');
if (failures && values.strict) process.exit(1);
