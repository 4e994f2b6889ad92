import type { SessionState, SessionUser, UserSummary } from '../contract';
import { getSettings } from '../../db/repositories/settings';
import type { UserRow } from '../../db/repositories/users';
import { withRead } from '../../db/transaction';
import type { CallContext } from './call-context';

export function toSessionUser(u: UserRow): SessionUser {
  return { id: u.id, username: u.username, fullName: u.fullName, roles: u.roles, language: u.language, mustChangePassword: u.mustChangePassword };
}

export function toUserSummary(u: UserRow): UserSummary {
  return { ...toSessionUser(u), disabled: u.disabledAt !== null, createdAt: u.createdAt };
}

export const DEFAULT_AUTO_LOCK_MINUTES = 10;

export async function sessionState(ctx: Pick<CallContext, 'app' | 'session'>, user: UserRow | null): Promise<SessionState> {
  const autoLockMinutes = ctx.app.isOpen
    ? ((await withRead(ctx.app.handle, getSettings))?.autoLockMinutes ?? DEFAULT_AUTO_LOCK_MINUTES)
    : DEFAULT_AUTO_LOCK_MINUTES;
  return { user: user ? toSessionUser(user) : null, locked: user ? ctx.session.locked : false, autoLockMinutes };
}
