import type { QueryClient } from '@tanstack/react-query';

// Query keys of the case-file tabs: [method, caseId, …]. The case file itself is ['cases.get', caseId] (read with cases.open, which fills the plan, notes and reviews keys too).
export const qk = {
  caseFile: (caseId: number) => ['cases.get', caseId] as const,
  assessments: (caseId: number) => ['assessments.list', caseId] as const,
  plans: (caseId: number) => ['plans.list', caseId] as const,
  plan: (caseId: number, version: number | 'latest') => ['plans.get', caseId, version] as const,
  notes: (caseId: number) => ['notes.list', caseId] as const,
  tasks: (caseId: number) => ['tasks.list', caseId] as const,
  reviews: (caseId: number) => ['reviews.list', caseId] as const,
  ylc: (caseId: number) => ['ylc.get', caseId] as const,
};

/** After a change: the given keys, the Today list and its counts, and (when the phase may have moved) the case file. */
export async function refresh(qc: QueryClient, keys: readonly (readonly unknown[])[], caseId?: number): Promise<void> {
  const all: (readonly unknown[])[] = [...keys, ['today.list'], ['today']];
  if (caseId !== undefined) all.push(qk.caseFile(caseId), ['cases.list'], ['clients.get']);
  await Promise.all(all.map((queryKey) => qc.invalidateQueries({ queryKey })));
}
