// The IAP / ILP as a list of versions (R5, R6): a signed version is a record of what both parties
// agreed, so it is never changed; later changes go into a new draft. Inputs are never mutated.
import { compareDates, isValidDate } from './calendar-dates';

export type PlanVersion<T> = {
  version: number;
  status: 'draft' | 'signed';
  signedByClientOn: string | null;
  signedByManagerOn: string | null;
  content: T;
};

export function latestVersion<T>(versions: readonly PlanVersion<T>[]): PlanVersion<T> | undefined {
  return versions.at(-1);
}

export function latestSignedVersion<T>(versions: readonly PlanVersion<T>[]): PlanVersion<T> | undefined {
  return versions.findLast((v) => v.status === 'signed');
}

/** R6: edits the open draft, or starts a new unsigned draft after the latest signed version. */
export function editPlan<T>(versions: readonly PlanVersion<T>[], newContent: T): PlanVersion<T>[] {
  const latest = latestVersion(versions);
  if (latest?.status === 'draft') return [...versions.slice(0, -1), { ...latest, content: newContent }];
  return [
    ...versions,
    { version: (latest?.version ?? 0) + 1, status: 'draft', signedByClientOn: null, signedByManagerOn: null, content: newContent },
  ];
}

export type SignPlanRefusal = 'noDraft' | 'alreadySigned' | 'missingSignature' | 'invalidDate' | 'futureDate';
export type SignPlanResult<T> = { ok: true; versions: PlanVersion<T>[] } | { ok: false; reason: SignPlanRefusal };

/** R5: both the client and the case manager sign; a signature cannot be dated after today. */
export function signPlan<T>(
  versions: readonly PlanVersion<T>[],
  signatures: { clientOn: string | null; managerOn: string | null },
  today: string,
): SignPlanResult<T> {
  const latest = latestVersion(versions);
  if (!latest) return { ok: false, reason: 'noDraft' };
  if (latest.status === 'signed') return { ok: false, reason: 'alreadySigned' };
  const { clientOn, managerOn } = signatures;
  if (!clientOn || !managerOn) return { ok: false, reason: 'missingSignature' };
  if (!isValidDate(clientOn) || !isValidDate(managerOn)) return { ok: false, reason: 'invalidDate' };
  if (compareDates(clientOn, today) > 0 || compareDates(managerOn, today) > 0) return { ok: false, reason: 'futureDate' };
  const signed: PlanVersion<T> = { ...latest, status: 'signed', signedByClientOn: clientOn, signedByManagerOn: managerOn };
  return { ok: true, versions: [...versions.slice(0, -1), signed] };
}
