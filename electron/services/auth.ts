import { findUserById, findUserByUsername, updateUser, type UserRow } from '../../db/repositories/users';
import { appendAudit } from '../../db/repositories/audit';
import { withRead, withTransaction } from '../../db/transaction';
import { lockoutSeconds } from '../core/lockout';
import { passwordProblems } from '../core/password';
import type { AppContext } from './app-context';
import { requireUser, type CallContext, type HandlerGroup } from './call-context';
import { DomainError, invalid } from './errors';
import { sessionState } from './user-view';

const badCredentials = () => new DomainError('BAD_CREDENTIALS', 'errors.badCredentials');

function refuseIfLockedOut(app: AppContext, key: string): void {
  const f = app.ring.failures(key);
  if (f.lockedUntil !== null && f.lockedUntil > app.now()) {
    throw new DomainError('LOCKED_OUT', 'errors.lockedOut', { seconds: Math.ceil((f.lockedUntil - app.now()) / 1000) });
  }
}

async function recordFailure(app: AppContext, key: string, action: string, details: Record<string, unknown> = {}): Promise<void> {
  const count = app.ring.failures(key).count + 1;
  const delay = lockoutSeconds(count);
  app.ring.setFailures(key, { count, lockedUntil: delay ? app.now() + delay * 1000 : null });
  app.ring.save();
  await app.audit({ userId: null, username: key, action, details: { ...details, failures: count, lockedForSeconds: delay } });
}

function clearFailures(app: AppContext, key: string): void {
  if (app.ring.failures(key).count) {
    app.ring.setFailures(key, null);
    app.ring.save();
  }
}

function newPasswordChecked(password: string, username: string): void {
  const problems = passwordProblems(password, { username });
  if (problems.length) throw invalid('newPassword', problems);
}

/** Password check through the user's key slot; the slot is the only place a password can be verified. */
async function verifyPassword(app: AppContext, username: string, password: string): Promise<Buffer> {
  refuseIfLockedOut(app, username);
  const opened = await app.ring.openSlot(username, password);
  if (!opened) {
    await recordFailure(app, username, 'auth.signInFailed');
    throw badCredentials();
  }
  clearFailures(app, username);
  return opened.dbKey;
}

async function loadUser(ctx: CallContext, id: number): Promise<UserRow> {
  const u = await withRead(ctx.app.handle, (db) => findUserById(db, id));
  if (!u) throw new DomainError('UNAUTHENTICATED', 'errors.signInRequired');
  return u;
}

export const authHandlers: HandlerGroup<
  'auth.session' | 'auth.signIn' | 'auth.signOut' | 'auth.lock' | 'auth.unlock' | 'auth.heartbeat' | 'auth.changePassword' | 'auth.recover' | 'me.setLanguage'
> = {
  'auth.session': async (_input, ctx) => sessionState(ctx, ctx.user),

  'auth.signIn': async ({ username, password }, ctx) => {
    const { app, session } = ctx;
    if (!app.initialised) throw new DomainError('NOT_INITIALISED', 'errors.notInitialised');
    const dbKey = await verifyPassword(app, username, password);
    await app.open(dbKey);
    const user = await withRead(app.handle, (db) => findUserByUsername(db, username));
    if (!user || user.disabledAt) {
      await app.closeIfUnused();
      throw badCredentials();
    }
    session.userId = user.id;
    session.locked = false;
    session.lastActivity = app.now();
    await app.audit({ userId: user.id, username: user.username, action: 'auth.signIn' });
    return sessionState(ctx, user);
  },

  'auth.signOut': async (_input, { app, session, user }) => {
    if (user) await app.audit({ userId: user.id, username: user.username, action: 'auth.signOut' });
    app.endSession(session.id);
    await app.closeIfUnused();
    return {};
  },

  'auth.lock': async (_input, ctx) => {
    const user = requireUser(ctx);
    if (!ctx.session.locked) {
      ctx.session.locked = true;
      await ctx.app.audit({ userId: user.id, username: user.username, action: 'auth.lock' });
    }
    return {};
  },

  'auth.unlock': async ({ password }, ctx) => {
    const user = requireUser(ctx);
    await verifyPassword(ctx.app, user.username, password);
    ctx.session.locked = false;
    ctx.session.lastActivity = ctx.app.now();
    await ctx.app.audit({ userId: user.id, username: user.username, action: 'auth.unlock' });
    return sessionState(ctx, user);
  },

  'auth.heartbeat': async () => ({}),

  'auth.changePassword': async ({ currentPassword, newPassword }, ctx) => {
    const user = requireUser(ctx);
    const { app } = ctx;
    await verifyPassword(app, user.username, currentPassword);
    newPasswordChecked(newPassword, user.username);
    if (newPassword === currentPassword) throw invalid('newPassword', ['validation.passwordUnchanged']);
    await app.ring.setSlot(user.id, user.username, newPassword, app.key);
    app.ring.save();
    await withTransaction(app.handle, async (db) => {
      await updateUser(db, user.id, { mustChangePassword: false, now: app.nowIso() });
      await appendAudit(db, { at: app.nowIso(), userId: user.id, username: user.username, action: 'auth.changePassword', entityType: 'user', entityId: String(user.id) });
    });
    return sessionState(ctx, await loadUser(ctx, user.id));
  },

  'auth.recover': async ({ recoveryKey, username, newPassword }, { app }) => {
    if (!app.initialised) throw new DomainError('NOT_INITIALISED', 'errors.notInitialised');
    const rateKey = '#recovery';
    refuseIfLockedOut(app, rateKey);
    const dbKey = app.ring.openWithRecoveryKey(recoveryKey);
    if (!dbKey) {
      await recordFailure(app, rateKey, 'auth.recoverFailed', { username });
      throw new DomainError('BAD_CREDENTIALS', 'errors.badRecoveryKey');
    }
    clearFailures(app, rateKey);
    await app.open(dbKey);
    try {
      const user = await withRead(app.handle, (db) => findUserByUsername(db, username));
      if (!user || !user.roles.includes('admin')) throw new DomainError('NOT_FOUND', 'errors.recoverNeedsAdmin');
      newPasswordChecked(newPassword, user.username);
      await app.ring.setSlot(user.id, user.username, newPassword, dbKey);
      app.ring.setFailures(user.username, null);
      app.ring.save();
      await withTransaction(app.handle, async (db) => {
        await updateUser(db, user.id, { mustChangePassword: false, disabledAt: null, now: app.nowIso() });
        await appendAudit(db, { at: app.nowIso(), userId: null, username: user.username, action: 'auth.recover', entityType: 'user', entityId: String(user.id) });
      });
    } finally {
      await app.closeIfUnused();
    }
    return {};
  },

  'me.setLanguage': async ({ language }, ctx) => {
    const user = requireUser(ctx);
    await withTransaction(ctx.app.handle, async (db) => {
      await updateUser(db, user.id, { language, now: ctx.app.nowIso() });
      await appendAudit(db, {
        at: ctx.app.nowIso(),
        userId: user.id,
        username: user.username,
        action: 'user.setLanguage',
        entityType: 'user',
        entityId: String(user.id),
        details: { before: { language: user.language }, after: { language } },
      });
    });
    return sessionState(ctx, await loadUser(ctx, user.id));
  },
};
