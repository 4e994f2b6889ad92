import { useQuery } from '@tanstack/react-query';
import { call } from '../../api/client';

/** The case-file tabs invalidate this key after every change (see pages/cases/tabs/queries.ts). */
export const TODAY_KEY = ['today.list'] as const;

/**
 * What falls due for the signed-in person (R13). Not polled: every call counts as activity and would keep
 * an idle session from locking; changes invalidate the key and opening Today refetches it.
 */
export function useToday(enabled = true) {
  return useQuery({ queryKey: TODAY_KEY, queryFn: () => call('today.list', {}), enabled });
}
