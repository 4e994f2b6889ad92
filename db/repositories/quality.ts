import { and, asc, desc, eq, inArray, ne } from 'drizzle-orm';
import type { Db } from '../open';
import { cases, certifications, clients, evaluationRatings, evaluations, qualitySettings } from '../schema';

// Issue 7 (R17–R19): quality settings, supervisors' evaluations, certifications, and the open cases of
// one case manager for the team view.

export type QualitySettingsRow = typeof qualitySettings.$inferSelect;
export type EvaluationRow = typeof evaluations.$inferSelect;
export type EvaluationRatingRow = typeof evaluationRatings.$inferSelect;
export type CertificationRow = typeof certifications.$inferSelect;

export async function findQualitySettings(db: Db): Promise<QualitySettingsRow | undefined> {
  return db.select().from(qualitySettings).where(eq(qualitySettings.id, 1)).get();
}

export async function saveQualitySettings(db: Db, s: Omit<QualitySettingsRow, 'id'>): Promise<QualitySettingsRow> {
  return db.insert(qualitySettings).values({ id: 1, ...s }).onConflictDoUpdate({ target: qualitySettings.id, set: s }).returning().get();
}

/** The case manager's open cases, by case number. */
export async function listOpenCasesOf(db: Db, caseManagerId: number) {
  return db
    .select({
      id: cases.id,
      caseNumber: cases.caseNumber,
      firstName: clients.firstName,
      lastName: clients.lastName,
      intensity: cases.intensity,
      phase: cases.phase,
      targetGroup: cases.targetGroup,
    })
    .from(cases)
    .innerJoin(clients, eq(clients.id, cases.clientId))
    .where(and(eq(cases.caseManagerId, caseManagerId), ne(cases.phase, 'closed')))
    .orderBy(asc(cases.caseNumber))
    .all();
}

export async function insertEvaluation(
  db: Db,
  e: Omit<EvaluationRow, 'id'>,
  ratings: Omit<EvaluationRatingRow, 'evaluationId'>[],
): Promise<EvaluationRow> {
  const row = db.insert(evaluations).values(e).returning().get();
  if (ratings.length) db.insert(evaluationRatings).values(ratings.map((r) => ({ ...r, evaluationId: row.id }))).run();
  return row;
}

/** Newest first, each with its ratings. */
export async function listEvaluations(db: Db, caseManagerId: number): Promise<(EvaluationRow & { ratings: EvaluationRatingRow[] })[]> {
  const rows = db
    .select()
    .from(evaluations)
    .where(eq(evaluations.caseManagerId, caseManagerId))
    .orderBy(desc(evaluations.evaluatedOn), desc(evaluations.id))
    .all();
  if (rows.length === 0) return [];
  const ratings = db
    .select()
    .from(evaluationRatings)
    .where(
      inArray(
        evaluationRatings.evaluationId,
        rows.map((r) => r.id),
      ),
    )
    .all();
  return rows.map((r) => ({ ...r, ratings: ratings.filter((x) => x.evaluationId === r.id) }));
}

export async function insertCertification(db: Db, c: Omit<CertificationRow, 'id'>): Promise<CertificationRow> {
  return db.insert(certifications).values(c).returning().get();
}

export async function listCertifications(db: Db, caseManagerId: number): Promise<CertificationRow[]> {
  return db
    .select()
    .from(certifications)
    .where(eq(certifications.caseManagerId, caseManagerId))
    .orderBy(desc(certifications.evaluatedOn), desc(certifications.id))
    .all();
}

export async function findCertification(db: Db, id: number): Promise<CertificationRow | undefined> {
  return db.select().from(certifications).where(eq(certifications.id, id)).get();
}
