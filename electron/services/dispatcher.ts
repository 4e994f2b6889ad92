import type { z } from 'zod';
import { contract, isMethodName, type ApiResult, type MethodName, type ValidationIssue } from '../contract';
import type { MethodDef } from '../contract/define';
import { findCaller, type UserRow } from '../../db/repositories/users';
import { withRead } from '../../db/transaction';
import { callerStamp } from '../../db/change-stamp';
import type { DbHandle } from '../../db/open';
import type { AppContext, Session } from './app-context';
import { assessmentHandlers } from './assessments';
import { authHandlers } from './auth';
import { consentHandlers } from './consents';
import { referralHandlers } from './referrals';
import { serviceMapHandlers } from './service-map';
import { backupHandlers } from './backup';
import { caseHandlers } from './cases';
import { caseFileHandlers } from './case-file';
import { clientHandlers } from './clients';
import { closureHandlers } from './closure';
import { ministryHandlers } from './ministry/handlers';
import { reportsHandlers } from './reports';
import { documentHandlers } from './documents';
import { followupHandlers } from './followup';
import { planHandlers } from './plans';
import { reviewHandlers } from './reviews';
import { todayHandlers } from './today';
import { demoHandlers } from './demo';
import type { CallContext, Handler } from './call-context';
import { DomainError } from './errors';
import { settingsHandlers } from './settings';
import { setupHandlers } from './setup';
import { userHandlers } from './users';
import { qualityHandlers } from './quality';
import { qualityDocumentHandlers } from './quality-documents';
import { DEFAULT_AUTO_LOCK_MINUTES } from './user-view';

/** Every contract method has exactly one handler; the type makes a missing one a compile error. */
export const handlers: { [M in MethodName]: Handler<M> } = {
  ...setupHandlers,
  ...authHandlers,
  ...userHandlers,
  ...settingsHandlers,
  ...backupHandlers,
  ...clientHandlers,
  ...caseHandlers,
  ...caseFileHandlers,
  ...assessmentHandlers,
  ...planHandlers,
  ...followupHandlers,
  ...reviewHandlers,
  ...closureHandlers,
  ...documentHandlers,
  ...todayHandlers,
  ...ministryHandlers,
  ...reportsHandlers,
  ...serviceMapHandlers,
  ...consentHandlers,
  ...referralHandlers,
  ...demoHandlers,
  ...qualityHandlers,
  ...qualityDocumentHandlers,
};

// Grace beyond the renderer's own idle lock: the renderer locks first and sends heartbeats while
// someone types; this is the backstop if the renderer is gone or misbehaves.
const SERVER_IDLE_GRACE_MS = 60_000;

function issuesOf(error: z.ZodError): ValidationIssue[] {
  return error.issues.map((i) => ({
    path: i.path.join('.'),
    messageKey: i.message.startsWith('validation.') ? i.message : 'validation.invalid',
  }));
}

function fail(code: DomainError['code'], messageKey: string, extra: Partial<DomainError> = {}): ApiResult<never> {
  return { ok: false, error: new DomainError(code, messageKey, extra.params, extra.issues).toBody() };
}

type Caller = { user: UserRow; autoLockMinutes: number };

// Every call needs its caller's account, roles and the idle-lock minutes. They are read once and
// reused while the caller stamp stays the same: any write to accounts, roles or settings (a role taken
// away, an account disabled, a setting changed, here or by another process) makes the next call read
// them again, so a reused caller is always what the database holds.
const knownCallers = new WeakMap<Session, { handle: DbHandle; userId: number; stamp: string; caller: Caller }>();

/** The caller already read for this session, when its stamp shows nothing it was read from has changed since. */
function knownCaller(app: AppContext, session: Session): Caller | null {
  const known = knownCallers.get(session);
  if (!known || !app.isOpen) return null;
  const handle = app.handle;
  return known.handle === handle && known.userId === session.userId && known.stamp === callerStamp(handle) ? known.caller : null;
}

/** The caller's user (null when signed out, disabled or removed) and the centre's idle-lock minutes. */
async function readCaller(app: AppContext, session: Session): Promise<Caller | null> {
  const userId = session.userId;
  if (userId === null || !app.isOpen) return null;
  const handle = app.handle;
  const read = await withRead(handle, async (db) => ({ stamp: callerStamp(handle), found: await findCaller(db, userId) }));
  const found = read.found;
  if (!found || found.user.disabledAt) {
    knownCallers.delete(session);
    app.endSession(session.id);
    return null;
  }
  // Frozen: the same object serves the session's later calls, so no handler may change it in passing.
  Object.freeze(found.user.roles);
  const caller = { user: Object.freeze(found.user), autoLockMinutes: found.autoLockMinutes ?? DEFAULT_AUTO_LOCK_MINUTES };
  if (read.stamp !== null) knownCallers.set(session, { handle, userId, stamp: read.stamp, caller });
  return caller;
}

/** True when the session has been idle past the centre's limit (and the grace) and must be locked now. */
function idleTooLong(app: AppContext, session: Session, minutes: number): boolean {
  return !session.locked && app.now() - session.lastActivity > minutes * 60_000 + SERVER_IDLE_GRACE_MS;
}

async function lockIdleSession(app: AppContext, session: Session, user: UserRow): Promise<void> {
  session.locked = true;
  await app.audit({ userId: user.id, username: user.username, action: 'auth.autoLock' });
}

function allowed(def: MethodDef, user: UserRow): boolean {
  return def.access === 'public' || def.access === 'signedIn' || def.access.some((r) => user.roles.includes(r));
}

/**
 * The single entry for every transport (Electron IPC, the loopback bridge, tests):
 * who may call, is the input valid, run the handler, is the output what the contract promises.
 */
export function createDispatcher(app: AppContext, log: (msg: string, err: unknown) => void = console.error) {
  return async function dispatch(sessionId: string, method: unknown, rawInput: unknown): Promise<ApiResult<unknown>> {
    if (!isMethodName(method)) return fail('UNKNOWN_METHOD', 'errors.unknownMethod');
    const def: MethodDef = contract[method];
    const session = app.session(sessionId);
    try {
      // Most calls find their caller known and unchanged: no await, no query beyond the stamp.
      const current = knownCaller(app, session) ?? (await readCaller(app, session));
      const user = current?.user ?? null;
      // Before any method, public ones included: an idle session must not look unlocked to auth.session,
      // nor have its idle time reset by a public call.
      if (current && idleTooLong(app, session, current.autoLockMinutes)) await lockIdleSession(app, session, current.user);
      if (def.access !== 'public') {
        if (!user) return fail('UNAUTHENTICATED', 'errors.signInRequired');
        if (session.locked && !def.whileLocked) return fail('SESSION_LOCKED', 'errors.sessionLocked');
        if (user.mustChangePassword && !def.duringPasswordChange) return fail('PASSWORD_CHANGE_REQUIRED', 'errors.passwordChangeRequired');
        if (!allowed(def, user)) {
          await app.audit({ userId: user.id, username: user.username, action: 'access.denied', details: { method } });
          return fail('FORBIDDEN', 'errors.forbidden');
        }
      }
      const parsed = def.input.safeParse(rawInput ?? {});
      if (!parsed.success) return fail('VALIDATION', 'errors.validation', { issues: issuesOf(parsed.error) });
      // Only deliberate calls count as activity: a screen polling auth.session must not keep a session awake.
      if (user && !session.locked && def.access !== 'public') session.lastActivity = app.now();
      const ctx: CallContext = { app, session, user };
      const value = await (handlers[method] as Handler<MethodName>)(parsed.data as never, ctx);
      const checked = def.output.safeParse(value);
      if (!checked.success) {
        log(`contract: ${method} returned a value outside its output schema`, checked.error);
        return fail('INTERNAL', 'errors.internal');
      }
      return { ok: true, value: checked.data };
    } catch (err) {
      if (err instanceof DomainError) return { ok: false, error: err.toBody() };
      log(`contract: ${method} failed`, err);
      return fail('INTERNAL', 'errors.internal');
    }
  };
}

export type Dispatch = ReturnType<typeof createDispatcher>;
