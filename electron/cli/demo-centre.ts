import { mkdirSync } from 'node:fs';
import { findUserByUsername } from '../../db/repositories/users';
import { withRead } from '../../db/transaction';
import type { DemoFillResult } from '../contract/methods/demo';
import { AppContext } from '../services/app-context';
import { DEMO_PASSWORD, fillDemo } from '../services/demo';
import { createDispatcher, type Dispatch } from '../services/dispatcher';

export interface DemoCentreOptions {
  dataDir: string;
  cases: number;
  seed: number;
  force?: boolean;
  /** An administrator of an existing centre, or the first administrator of a new one. */
  username?: string;
  password?: string;
  centre?: { name: string; code: string; municipality: string };
  language?: 'lt' | 'en';
  /** The clock the services run on (tests and benchmarks pin it). */
  now?: () => number;
  /** The start-up backup (on by default, as in the program); benchmarks turn it off. */
  automaticBackups?: boolean;
  onProgress?: (casesWritten: number) => void;
  log?: (line: string) => void;
}

export interface DemoCentre {
  app: AppContext;
  dispatch: Dispatch;
  /** The session the administrator is signed in on. */
  adminSession: string;
  admin: { username: string; password: string };
  /** Set when this run created the centre: shown once, like the first-run screen does. */
  recoveryKey: string | null;
  result: DemoFillResult;
}

export const DEMO_CENTRE = { name: 'Demonstracinis socialinių paslaugų centras', code: 'DEMO', municipality: 'LT-57' } as const;

/**
 * Sets up a centre in `dataDir` if there is none (through setup.initialise, as the first-run screen
 * does), signs the administrator in and fills it with demo data. The caller closes `app` when done.
 */
export async function buildDemoCentre(opts: DemoCentreOptions): Promise<DemoCentre> {
  const log = opts.log ?? (() => undefined);
  mkdirSync(opts.dataDir, { recursive: true, mode: 0o700 });
  const app = new AppContext({ dataDir: opts.dataDir, now: opts.now, automaticBackups: opts.automaticBackups });
  const dispatch = createDispatcher(app);
  const admin = { username: opts.username ?? 'admin', password: opts.password ?? DEMO_PASSWORD };
  let recoveryKey: string | null = null;
  try {
    if (!app.initialised) {
      const r = await dispatch('cli', 'setup.initialise', {
        centre: opts.centre ?? DEMO_CENTRE,
        admin: { fullName: 'Demonstracinis Administratorius', username: admin.username, password: admin.password },
        language: opts.language ?? 'lt',
      });
      if (!r.ok) throw new Error(`Setting up the centre failed: ${JSON.stringify(r.error)}`);
      recoveryKey = (r.value as { recoveryKey: string }).recoveryKey;
      log(`Set up a new centre in ${opts.dataDir}.`);
    }
    const signIn = await dispatch('cli', 'auth.signIn', admin);
    if (!signIn.ok) {
      throw new Error(
        `Signing in as ${admin.username} failed (${signIn.error.code}). For a centre that already exists, give an administrator's --username and --password.`,
      );
    }
    const user = await withRead(app.handle, (db) => findUserByUsername(db, admin.username));
    if (!user?.roles.includes('admin')) throw new Error(`${admin.username} is not an administrator of this centre.`);
    const result = await fillDemo(app, user, { cases: opts.cases, seed: opts.seed, force: opts.force, onProgress: opts.onProgress });
    return { app, dispatch, adminSession: 'cli', admin, recoveryKey, result };
  } catch (err) {
    await app.shutdown();
    throw err;
  }
}
