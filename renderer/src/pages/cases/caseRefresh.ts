import type { QueryClient } from '@tanstack/react-query';

/** After anything that changes a case: the case file, the lists that show it and Today. */
export async function refreshCase(qc: QueryClient, caseId: number): Promise<void> {
  const keys: unknown[][] = [['cases.get', caseId], ['cases.list'], ['clients.get'], ['today.list'], ['closure.list', caseId]];
  await Promise.all(keys.map((queryKey) => qc.invalidateQueries({ queryKey })));
}
