// Issue 8 ("Bench: the package for 100k cases ≤ 2 s"): the whole quarterly package through the
// dispatcher as the Administration screen makes it — one snapshot read of every case, the figures,
// protection, validation, CSV, XLSX, ZIP and its history entry. No raw-SQL twin: the work is the package.
import { endedQuarters } from '../../electron/core/ministry/quarter';
import { registerBench } from './registry';

registerBench({
  id: 'ministry.export (quarterly package)',
  issue: 'issue 8',
  iterations: 5,
  warmup: 1,
  target: { p95Ms: 2000 },
  async prepare(ctx) {
    const quarter = endedQuarters(ctx.today, 1)[0]!.code;
    return { service: () => ctx.call(ctx.sessions.admin, 'ministry.export', { quarter }) };
  },
});

registerBench({
  id: 'ministry.preview (figures only)',
  issue: 'issue 8',
  iterations: 5,
  warmup: 1,
  target: { p95Ms: 2000 },
  async prepare(ctx) {
    const quarter = endedQuarters(ctx.today, 1)[0]!.code;
    return { service: () => ctx.call(ctx.sessions.admin, 'ministry.preview', { quarter }) };
  },
});
