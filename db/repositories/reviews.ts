import { asc, desc, eq, getTableColumns, max, sql } from 'drizzle-orm';
import type { Db } from '../open';
import { preparedPerDb } from '../prepared';
import { planGoals, plans, reviewGoals, reviews, users } from '../schema';

export type ReviewRow = typeof reviews.$inferSelect;
export type ReviewGoalRow = typeof reviewGoals.$inferSelect;
export type ReviewWithGoals = ReviewRow & { planVersion: number; reviewerName: string; goals: (ReviewGoalRow & { goalText: string })[] };

export async function insertReview(db: Db, r: Omit<typeof reviews.$inferInsert, 'id'>, goals: Omit<ReviewGoalRow, 'reviewId'>[]): Promise<number> {
  const row = db.insert(reviews).values(r).returning({ id: reviews.id }).get();
  if (goals.length) db.insert(reviewGoals).values(goals.map((g) => ({ ...g, reviewId: row.id }))).run();
  return row.id;
}

/** Newest first. */
// Read each time a case is opened: prepared once per connection.
const reviewQueries = preparedPerDb((db) => {
  const caseId = sql.placeholder('caseId');
  return {
    reviews: db
      .select({ ...getTableColumns(reviews), planVersion: plans.version, reviewerName: users.fullName })
      .from(reviews)
      .innerJoin(plans, eq(plans.id, reviews.planId))
      .innerJoin(users, eq(users.id, reviews.reviewerId))
      .where(eq(reviews.caseId, caseId))
      .orderBy(desc(reviews.reviewedOn), desc(reviews.id))
      .prepare(),
    goals: db
      .select({ ...getTableColumns(reviewGoals), goalText: planGoals.text })
      .from(reviewGoals)
      .innerJoin(reviews, eq(reviews.id, reviewGoals.reviewId))
      .innerJoin(planGoals, eq(planGoals.id, reviewGoals.goalId))
      .where(eq(reviews.caseId, caseId))
      .orderBy(asc(planGoals.position))
      .prepare(),
    latestDate: db.select({ d: max(reviews.reviewedOn) }).from(reviews).where(eq(reviews.caseId, caseId)).prepare(),
  };
});

export async function listReviews(db: Db, caseId: number): Promise<ReviewWithGoals[]> {
  const q = reviewQueries(db);
  const rows = q.reviews.all({ caseId });
  if (rows.length === 0) return [];
  const goals = q.goals.all({ caseId });
  return rows.map((r) => ({ ...r, goals: goals.filter((g) => g.reviewId === r.id) }));
}

export async function latestReviewDate(db: Db, caseId: number): Promise<string | null> {
  return reviewQueries(db).latestDate.get({ caseId })?.d ?? null;
}
