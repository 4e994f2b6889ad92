import { appendAudit } from '../../db/repositories/audit';
import { findUserById, findUserByUsername, insertUser, listUsers, setRoles, updateUser, type UserRow } from '../../db/repositories/users';
import type { Db } from '../../db/open';
import { withRead, withTransaction } from '../../db/transaction';
import { passwordProblems } from '../core/password';
import { requireUser, type CallContext, type HandlerGroup } from './call-context';
import { DomainError, invalid, notFound } from './errors';
import { toUserSummary } from './user-view';
import { listCaseManagerLoads } from '../../db/repositories/caseload';
import { loadLevel, loadPercent } from '../core/quality/caseload';

async function mustFind(db: Db, id: number): Promise<UserRow> {
  const u = await findUserById(db, id);
  if (!u) throw notFound();
  return u;
}

async function activeAdminCount(db: Db): Promise<number> {
  return (await listUsers(db)).filter((u) => !u.disabledAt && u.roles.includes('admin')).length;
}

function auditUser(db: Db, ctx: CallContext, action: string, target: UserRow, details: Record<string, unknown>) {
  const actor = requireUser(ctx);
  return appendAudit(db, { at: ctx.app.nowIso(), userId: actor.id, username: actor.username, action, entityType: 'user', entityId: String(target.id), details });
}

const publicFields = (u: UserRow) => ({ username: u.username, fullName: u.fullName, roles: u.roles, disabled: u.disabledAt !== null });

export const userHandlers: HandlerGroup<'users.list' | 'users.caseManagers' | 'users.create' | 'users.update' | 'users.disable' | 'users.resetPassword'> = {
  'users.list': async (_input, { app }) => (await withRead(app.handle, listUsers)).map(toUserSummary),

  'users.caseManagers': async (_input, { app }) =>
    (await withRead(app.handle, listCaseManagerLoads)).map(({ id, fullName, high, moderate, low }) => {
      const open = { high, moderate, low };
      return { id, fullName, open, loadPercent: loadPercent(open), level: loadLevel(open) };
    }),

  'users.create': async (input, ctx) => {
    const { app } = ctx;
    const problems = passwordProblems(input.temporaryPassword, { username: input.username });
    if (problems.length) throw invalid('temporaryPassword', problems);
    const user = await withTransaction(app.handle, async (db) => {
      if (await findUserByUsername(db, input.username)) throw new DomainError('CONFLICT', 'errors.usernameTaken', undefined, [{ path: 'username', messageKey: 'errors.usernameTaken' }]);
      const created = await insertUser(db, { ...input, mustChangePassword: true, now: app.nowIso() });
      await auditUser(db, ctx, 'user.create', created, { after: publicFields(created) });
      return created;
    });
    // The slot comes after the commit: a crash in between leaves a user who needs a password reset, never a slot without a user.
    await app.ring.setSlot(user.id, user.username, input.temporaryPassword, app.key);
    app.ring.save();
    return toUserSummary(user);
  },

  'users.update': async ({ id, fullName, roles }, ctx) => {
    const { app } = ctx;
    const updated = await withTransaction(app.handle, async (db) => {
      const before = await mustFind(db, id);
      if (before.roles.includes('admin') && !roles.includes('admin') && !before.disabledAt && (await activeAdminCount(db)) <= 1) {
        throw new DomainError('CONFLICT', 'errors.lastAdmin');
      }
      await updateUser(db, id, { fullName, now: app.nowIso() });
      await setRoles(db, id, roles);
      const after = await mustFind(db, id);
      await auditUser(db, ctx, 'user.update', after, { before: publicFields(before), after: publicFields(after) });
      return after;
    });
    return toUserSummary(updated);
  },

  'users.disable': async ({ id }, ctx) => {
    const { app } = ctx;
    if (requireUser(ctx).id === id) throw new DomainError('CONFLICT', 'errors.cannotDisableSelf');
    const updated = await withTransaction(app.handle, async (db) => {
      const before = await mustFind(db, id);
      if (before.disabledAt) return before;
      if (before.roles.includes('admin') && (await activeAdminCount(db)) <= 1) throw new DomainError('CONFLICT', 'errors.lastAdmin');
      await updateUser(db, id, { disabledAt: app.nowIso(), now: app.nowIso() });
      const after = await mustFind(db, id);
      await auditUser(db, ctx, 'user.disable', after, { before: publicFields(before), after: publicFields(after) });
      return after;
    });
    // Destroying the slot is what makes the disabling real: without it the password opens nothing.
    app.ring.removeSlot(id);
    app.ring.save();
    app.endSessionsOf(id);
    return toUserSummary(updated);
  },

  'users.resetPassword': async ({ id, temporaryPassword }, ctx) => {
    const { app } = ctx;
    const target = await withRead(app.handle, (db) => mustFind(db, id));
    const problems = passwordProblems(temporaryPassword, { username: target.username });
    if (problems.length) throw invalid('temporaryPassword', problems);
    await app.ring.setSlot(target.id, target.username, temporaryPassword, app.key);
    app.ring.setFailures(target.username, null);
    app.ring.save();
    const updated = await withTransaction(app.handle, async (db) => {
      await updateUser(db, id, { mustChangePassword: true, disabledAt: null, now: app.nowIso() });
      const after = await mustFind(db, id);
      await auditUser(db, ctx, 'user.resetPassword', after, { before: publicFields(target), after: publicFields(after) });
      return after;
    });
    if (target.id !== requireUser(ctx).id) app.endSessionsOf(id);
    return toUserSummary(updated);
  },
};
