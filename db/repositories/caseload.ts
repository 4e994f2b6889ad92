import { and, asc, count, eq, isNull, ne } from 'drizzle-orm';
import type { Db } from '../open';
import { cases, userRoles, users } from '../schema';

export interface CaseManagerLoad {
  id: number;
  fullName: string;
  high: number;
  moderate: number;
  low: number;
}

/** Active case managers with their open cases by intensity (R17), by name. */
export async function listCaseManagerLoads(db: Db): Promise<CaseManagerLoad[]> {
  const managers = db
    .select({ id: users.id, fullName: users.fullName })
    .from(users)
    .innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, 'case_manager')))
    .where(isNull(users.disabledAt))
    .orderBy(asc(users.fullName), asc(users.id))
    .all();
  const open = db
    .select({ managerId: cases.caseManagerId, intensity: cases.intensity, n: count() })
    .from(cases)
    .where(ne(cases.phase, 'closed'))
    .groupBy(cases.caseManagerId, cases.intensity)
    .all();
  return managers.map((m) => {
    const load: CaseManagerLoad = { ...m, high: 0, moderate: 0, low: 0 };
    for (const o of open) if (o.managerId === m.id) load[o.intensity] = o.n;
    return load;
  });
}
