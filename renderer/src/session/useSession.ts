import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { SessionState } from '../../../electron/contract';
import { call, onSessionTrouble } from '../api/client';

export const SESSION_KEY = ['session'] as const;
export const STATUS_KEY = ['app.status'] as const;

export function useAppStatus() {
  return useQuery({ queryKey: STATUS_KEY, queryFn: () => call('app.status', {}) });
}

export function useSession() {
  const qc = useQueryClient();
  const q = useQuery({ queryKey: SESSION_KEY, queryFn: () => call('auth.session', {}) });
  useEffect(
    () =>
      onSessionTrouble(() => {
        void qc.invalidateQueries({ queryKey: SESSION_KEY });
      }),
    [qc],
  );
  return q;
}

/** After sign-in, unlock, password change: the answer is the new session state. */
export function useSetSession() {
  const qc = useQueryClient();
  return (s: SessionState) => {
    qc.setQueryData(SESSION_KEY, s);
  };
}
