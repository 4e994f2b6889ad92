import { useQuery } from '@tanstack/react-query';
import type { SessionUser } from '../../../../electron/contract';
import { call } from '../../api/client';

export type CaseManagerOption = { id: number; name: string };

/**
 * Who a case can be given to. Administrators read the user list; a case manager can always name
 * themselves. (The contract has no staff directory for supervisors yet: see the H3 report.)
 */
export function useCaseManagers(user: SessionUser): CaseManagerOption[] {
  const isAdmin = user.roles.includes('admin');
  const users = useQuery({ queryKey: ['users'], queryFn: () => call('users.list', {}), enabled: isAdmin });
  const out: CaseManagerOption[] = (users.data ?? []).filter((u) => u.roles.includes('case_manager') && !u.disabled).map((u) => ({ id: u.id, name: u.fullName }));
  if (user.roles.includes('case_manager') && !out.some((o) => o.id === user.id)) out.unshift({ id: user.id, name: user.fullName });
  return out;
}
