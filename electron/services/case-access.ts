import type { Db } from '../../db/open';
import { findCaseById, type CaseRow } from '../../db/repositories/cases';
import type { UserRow } from '../../db/repositories/users';
import { DomainError, forbidden, notFound } from './errors';

export type { CaseRow };

/** Supervisors and administrators see every case; a case manager sees the cases assigned to them. */
export function seesAllCases(user: UserRow): boolean {
  return user.roles.includes('supervisor') || user.roles.includes('admin');
}

/**
 * Loads a case the user may see (and, with `write`, change). Who sees what (issue 3, item 11) is
 * decided here only, so every case method applies the same rule.
 */
export async function loadCaseFor(db: Db, user: UserRow, caseId: number, opts: { write?: boolean } = {}): Promise<CaseRow> {
  const row = await findCaseById(db, caseId);
  if (!row) throw notFound();
  const own = row.caseManagerId === user.id;
  if (!own && !seesAllCases(user)) throw forbidden();
  if (opts.write && row.phase === 'closed') throw new DomainError('CONFLICT', 'errors.caseClosed');
  // Supervisors may act on any case; a case manager only on their own; an administrator reads.
  if (opts.write && !own && !user.roles.includes('supervisor')) throw forbidden();
  return row;
}
