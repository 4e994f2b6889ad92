import { AppContext } from '/work/main/electron/services/app-context';
import * as R from '/work/main/db/repositories/reports';
import { dashboardFor } from '/work/main/electron/services/reports';
import { vilniusDate } from '/work/main/electron/services/cycle-clock';
import { addDays } from '/work/main/electron/core/calendar-dates';
const dir = process.argv[2]!;
const app = new AppContext({ dataDir: dir, automaticBackups: false });
const { createDispatcher } = await import('/work/main/electron/services/dispatcher');
const dispatch = createDispatcher(app);
const { DEMO_PASSWORD } = await import('/work/main/electron/services/demo'); await dispatch('s', 'auth.signIn', { username: 'admin', password: DEMO_PASSWORD } as never);
const db = app.handle.db;
const to = vilniusDate(app.now()); const from = addDays(to, -91);
const s = {};
const user = { id: 1, roles: ['admin'], language: 'lt' } as never;
const fns: [string, () => Promise<unknown>][] = [
  ['open', () => R.openCasesByGroupPhase(db, s)],
  ['intakes', () => R.intakesByMonth(db, s, from, to)],
  ['closedM', () => R.closuresByMonth(db, s, from, to)],
  ['reasons', () => R.closureReasons(db, s, from, to)],
  ['refs', () => R.referralsBySectorStatus(db, s, from, to)],
  ['load', () => R.caseloadByManager(db, s)],
  ['ind', () => R.loadIndicatorRecords(db, s, { from, to, planStartFrom: addDays(from, -32), planStartTo: addDays(to, -27), anchorFrom: addDays(from, -185), documentation: false, dateOf: (x) => x.slice(0, 10) })],
  ['all', () => dashboardFor(db, user, { from, to })],
];
for (const [n, f] of fns) {
  await f();
  const ts: number[] = [];
  for (let i = 0; i < 10; i++) { const t = performance.now(); await f(); ts.push(performance.now() - t); }
  ts.sort((a, b) => a - b);
  console.log(n, ts[5]!.toFixed(1));
}
await app.shutdown();
