import type { SessionUser } from '../../../electron/contract';
import { useSession } from './useSession';

/** The signed-in person; only used below App, which renders nothing signed-in without one. */
export function useCurrentUser(): SessionUser {
  const user = useSession().data?.user;
  if (!user) throw new Error('useCurrentUser outside a signed-in screen');
  return user;
}

export function hasRole(user: SessionUser, role: SessionUser['roles'][number]): boolean {
  return user.roles.includes(role);
}
