import { useQuery } from '@tanstack/react-query';
import type { SessionUser } from '../../../../electron/contract';
import type { CaseManagerLoad } from '../../../../electron/contract/methods/users';
import { call } from '../../api/client';

export type CaseManagerOption = { id: number; name: string; load: CaseManagerLoad | null };

/** Who a case can be given to, with their caseload (R17); a case manager can always name themselves. */
export function useCaseManagers(user: SessionUser): CaseManagerOption[] {
  const managers = useQuery({ queryKey: ['users.caseManagers'], queryFn: () => call('users.caseManagers', {}) });
  const out: CaseManagerOption[] = (managers.data ?? []).map((m) => ({ id: m.id, name: m.fullName, load: m }));
  if (user.roles.includes('case_manager') && !out.some((o) => o.id === user.id)) out.unshift({ id: user.id, name: user.fullName, load: null });
  return out;
}
