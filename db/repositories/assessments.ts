import { asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../open';
import { assessmentDomains, assessments, users } from '../schema';

export type AssessmentRow = typeof assessments.$inferSelect;
export type DomainRow = typeof assessmentDomains.$inferSelect;
export type AssessmentWithDomains = AssessmentRow & { assessedByName: string; domains: DomainRow[] };

export async function insertAssessment(
  db: Db,
  a: Omit<typeof assessments.$inferInsert, 'id'>,
  domains: Omit<DomainRow, 'assessmentId'>[],
): Promise<number> {
  const row = db.insert(assessments).values(a).returning({ id: assessments.id }).get();
  if (domains.length) db.insert(assessmentDomains).values(domains.map((d) => ({ ...d, assessmentId: row.id }))).run();
  return row.id;
}

/** Newest first (by assessment date, then by entry). */
export async function listAssessments(db: Db, caseId: number): Promise<AssessmentWithDomains[]> {
  const rows = db
    .select({ a: assessments, assessedByName: users.fullName })
    .from(assessments)
    .innerJoin(users, eq(users.id, assessments.assessedBy))
    .where(eq(assessments.caseId, caseId))
    .orderBy(desc(assessments.assessedOn), desc(assessments.id))
    .all();
  if (rows.length === 0) return [];
  const domainRows = db
    .select()
    .from(assessmentDomains)
    .where(
      inArray(
        assessmentDomains.assessmentId,
        rows.map((r) => r.a.id),
      ),
    )
    .orderBy(asc(assessmentDomains.assessmentId))
    .all();
  return rows.map((r) => ({ ...r.a, assessedByName: r.assessedByName, domains: domainRows.filter((d) => d.assessmentId === r.a.id) }));
}

export async function findAssessment(db: Db, caseId: number, id: number): Promise<AssessmentWithDomains | undefined> {
  return (await listAssessments(db, caseId)).find((a) => a.id === id);
}
