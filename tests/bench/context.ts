import { existsSync } from 'node:fs';
import type { Sqlite } from '../../db/open';
import { buildDemoCentre } from '../../electron/cli/demo-centre';
import { contract, type MethodInput, type MethodName, type MethodOutput, type MethodParsedInput } from '../../electron/contract';
import { findUserById } from '../../db/repositories/users';
import { withRead } from '../../db/transaction';
import type { CallContext, Handler } from '../../electron/services/call-context';
import { Random } from '../../electron/core/demo/random';
import { AppContext } from '../../electron/services/app-context';
import { vilniusDate } from '../../electron/services/cycle-clock';
import { DEMO_PASSWORD } from '../../electron/services/demo';
import { createDispatcher, handlers, type Dispatch } from '../../electron/services/dispatcher';

/** A demo centre of one size, opened and signed into, shared by every benchmark of that size. */
export interface BenchContext {
  cases: number;
  dataDir: string;
  app: AppContext;
  dispatch: Dispatch;
  /** The same connection the services use, for the hand-written queries. */
  sqlite: Sqlite;
  today: string;
  rng: Random;
  sessions: { admin: string; supervisor: string; busyCaseManager: string };
  users: { supervisorId: number; busyCaseManagerId: number };
  /** Calls a method as the UI would (through the dispatcher) and throws if it is refused. */
  call<M extends MethodName>(session: string, method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  /**
   * Runs `fn` with `call` going straight to the handler: the user loaded once, the input parsed, no
   * session or role check and no output check. Shows how much of a call is the contract's own cost.
   */
  withoutContract<T>(fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface BuildInfo {
  built: boolean;
  seconds: number;
}

/**
 * Opens the centre in `dataDir`, building it with the demo writer first when it has none (so a kept
 * folder from --data-dir is reused instead of rebuilt).
 */
export async function openBenchCentre(dataDir: string, cases: number, seed: number, log: (s: string) => void): Promise<{ ctx: BenchContext; info: BuildInfo }> {
  const started = performance.now();
  let built = false;
  if (!existsSync(`${dataDir}/atvejis.keys.json`)) {
    let last = 0;
    const centre = await buildDemoCentre({
      dataDir,
      cases,
      seed,
      automaticBackups: false,
      onProgress: (n) => {
        if (performance.now() - last > 5000) {
          last = performance.now();
          log(`    … ${n.toLocaleString('en')} cases written`);
        }
      },
    });
    await centre.app.shutdown();
    built = true;
  }
  const seconds = (performance.now() - started) / 1000;

  // No start-up backup: copying a large database in the background would be measured along with the queries.
  const app = new AppContext({ dataDir, automaticBackups: false });
  const dispatch = createDispatcher(app);
  let direct = false;
  const callers = new Map<string, CallContext>();
  const call = async <M extends MethodName>(session: string, method: M, input: MethodInput<M>): Promise<MethodOutput<M>> => {
    if (direct) {
      let c = callers.get(session);
      if (!c) {
        const s = app.session(session);
        const user = (await withRead(app.handle, (db) => findUserById(db, s.userId!))) ?? null;
        callers.set(session, (c = { app, session: s, user }));
      }
      const handler = handlers[method] as Handler<M>;
      return handler(contract[method].input.parse(input) as MethodParsedInput<M>, c);
    }
    const r = await dispatch(session, method, input);
    if (!r.ok) throw new Error(`${method} refused: ${JSON.stringify(r.error)}`);
    return r.value as MethodOutput<M>;
  };
  await call('bench-admin', 'auth.signIn', { username: 'admin', password: DEMO_PASSWORD });
  const sqlite = app.handle.sqlite;
  const pick = (q: string) => sqlite.prepare(q).get() as { id: number; username: string } | undefined;
  const supervisor = pick("SELECT u.id, u.username FROM users u JOIN user_roles r ON r.user_id = u.id AND r.role = 'supervisor' ORDER BY u.id LIMIT 1");
  // The busiest case manager: the most open cases.
  const busy = pick(
    `SELECT u.id, u.username FROM users u JOIN cases c ON c.case_manager_id = u.id AND c.phase <> 'closed'
     GROUP BY u.id ORDER BY count(*) DESC LIMIT 1`,
  );
  if (!supervisor || !busy) throw new Error(`${dataDir} holds no demo supervisor or case manager`);
  await call('bench-supervisor', 'auth.signIn', { username: supervisor.username, password: DEMO_PASSWORD });
  await call('bench-cm', 'auth.signIn', { username: busy.username, password: DEMO_PASSWORD });
  const actual = (sqlite.prepare('SELECT count(*) AS n FROM cases').get() as { n: number }).n;

  const ctx: BenchContext = {
    cases: actual,
    dataDir,
    app,
    dispatch,
    sqlite,
    today: vilniusDate(app.now()),
    rng: new Random(seed),
    sessions: { admin: 'bench-admin', supervisor: 'bench-supervisor', busyCaseManager: 'bench-cm' },
    users: { supervisorId: supervisor.id, busyCaseManagerId: busy.id },
    call,
    withoutContract: async (fn) => {
      direct = true;
      try {
        return await fn();
      } finally {
        direct = false;
      }
    },
    close: () => app.shutdown(),
  };
  return { ctx, info: { built, seconds } };
}
