// A small registry of benchmarks for `npm run bench`. A file tests/bench/<area>.bench.ts calls
// registerBench() for each measurement; run.ts loads every *.bench.ts file, builds a demo centre per
// size and runs them all. Each benchmark measures the real service (through the dispatcher, as the UI
// calls it) and, when given, the same work hand-written on raw better-sqlite3, and prints the ratio.
import type { BenchContext } from './context';

export interface BenchRun {
  /** One operation through the services (the dispatcher); `i` picks the input. */
  service(i: number): Promise<unknown>;
  /** The same operation hand-written on raw better-sqlite3, for the service/raw ratio. */
  raw?(i: number): unknown;
}

export interface BenchCase {
  /** Short id printed in the table, e.g. 'clients.search (name)'. */
  id: string;
  /** Which issue's targets it checks (printed only). */
  issue?: string;
  /** Timed iterations per size (after the warm-up); default 200. */
  iterations?: number;
  warmup?: number;
  /**
   * Targets, checked at sizes of at least `atCases` (default 100,000). maxRatio bounds the query ratio
   * (the handler against raw SQL); maxContractMs what the contract's per-call checks add, in ms.
   */
  target?: { p95Ms?: number; medianMs?: number; maxRatio?: number; maxContractMs?: number; atCases?: number };
  /** Builds the inputs once per size (may query the database) and returns the two runners. */
  prepare(ctx: BenchContext): Promise<BenchRun>;
}

const registry: BenchCase[] = [];

export function registerBench(b: BenchCase): void {
  if (registry.some((r) => r.id === b.id)) throw new Error(`benchmark ${b.id} registered twice`);
  registry.push(b);
}

export function registeredBenches(): readonly BenchCase[] {
  return registry;
}

export interface Stats {
  n: number;
  median: number;
  p95: number;
  mean: number;
  max: number;
}

export function stats(samples: number[]): Stats {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!;
  return { n: s.length, median: at(0.5), p95: at(0.95), mean: s.reduce((a, b) => a + b, 0) / s.length, max: s[s.length - 1]! };
}
