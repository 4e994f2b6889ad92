// Issue 7 ("Bench: the dashboard at 100k cases ≤ 300 ms for all its figures together"): every figure
// of the reports dashboard in one call through the dispatcher, as a supervisor opens /reports on the
// last quarter of the year; and a case manager's own dashboard.
import { addDays } from '../../electron/core/calendar-dates';
import { registerBench } from './registry';

registerBench({
  id: 'reports.dashboard (supervisor, 3 months)',
  issue: 'issue 7',
  iterations: 20,
  warmup: 2,
  target: { p95Ms: 300 },
  async prepare(ctx) {
    const input = { from: addDays(ctx.today, -91), to: ctx.today };
    return { service: () => ctx.call(ctx.sessions.supervisor, 'reports.dashboard', input) };
  },
});

registerBench({
  id: 'reports.dashboard (case manager, 12 months)',
  issue: 'issue 7',
  iterations: 20,
  warmup: 2,
  target: { p95Ms: 300 },
  async prepare(ctx) {
    const input = { from: addDays(ctx.today, -365), to: ctx.today };
    return { service: () => ctx.call(ctx.sessions.busyCaseManager, 'reports.dashboard', input) };
  },
});
