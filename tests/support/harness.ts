import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ApiResult, MethodInput, MethodName, MethodOutput } from '../../electron/contract';
import { AppContext } from '../../electron/services/app-context';
import { createDispatcher } from '../../electron/services/dispatcher';

export const ADMIN = { username: 'admin', password: 'Saugus-Slaptazodis-7', fullName: 'Rūta Žemaitienė' };

export interface Harness {
  dir: string;
  app: AppContext;
  /** Advances the injected clock. */
  tick(ms: number): void;
  raw(session: string, method: string, input: unknown): Promise<ApiResult<unknown>>;
  call<M extends MethodName>(session: string, method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  close(): Promise<void>;
}

/** A real AppContext on a real (encrypted) SQLite file in a fresh temp folder. */
export function makeHarness(dir = mkdtempSync(join(tmpdir(), 'atvejis-test-')), opts: { automaticBackups?: boolean } = {}): Harness {
  let now = Date.parse('2026-11-23T09:00:00Z');
  // The start-up backup is the backup tests' subject; elsewhere it would only slow every centre down.
  const app = new AppContext({ dataDir: dir, now: () => now, automaticBackups: opts.automaticBackups ?? false });
  const dispatch = createDispatcher(app, (m, e) => { if (process.env.DEBUG_DISPATCH) console.error(m, e); });
  const h: Harness = {
    dir,
    app,
    tick: (ms) => {
      now += ms;
    },
    raw: (session, method, input) => dispatch(session, method, input),
    call: async (session, method, input) => {
      const r = await dispatch(session, method, input);
      if (!r.ok) throw new Error(`${method} failed: ${JSON.stringify(r.error)}`);
      return r.value as never;
    },
    close: async () => {
      await app.shutdown();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return h;
}

/** A set-up centre with its administrator signed in on session 'admin'. */
export async function makeCentre(opts: { automaticBackups?: boolean } = {}): Promise<Harness & { recoveryKey: string }> {
  const h = makeHarness(undefined, opts);
  const { recoveryKey } = await h.call('s0', 'setup.initialise', {
    centre: { name: 'Vilniaus socialinių paslaugų centras', code: 'VSPC', municipality: 'LT-57' },
    admin: { fullName: ADMIN.fullName, username: ADMIN.username, password: ADMIN.password },
    language: 'lt',
  });
  await h.call('admin', 'auth.signIn', { username: ADMIN.username, password: ADMIN.password });
  return Object.assign(h, { recoveryKey });
}

/** Default own password for users made by addUser; it must not contain their username (the policy refuses that). */
export const OWN_PASSWORD = 'Nuosavas-Slaptas-42';
export const TEMPORARY_PASSWORD = 'Temporary-pass-9';

/** Adds a user with a temporary password, signs them in on `session` and sets their own password. */
export async function addUser(
  h: Harness,
  session: string,
  user: { username: string; fullName: string; roles: ('case_manager' | 'supervisor' | 'admin')[] },
  password = OWN_PASSWORD,
): Promise<number> {
  const created = await h.call('admin', 'users.create', { ...user, language: 'lt', temporaryPassword: TEMPORARY_PASSWORD });
  await h.call(session, 'auth.signIn', { username: user.username, password: TEMPORARY_PASSWORD });
  await h.call(session, 'auth.changePassword', { currentPassword: TEMPORARY_PASSWORD, newPassword: password });
  return created.id;
}
