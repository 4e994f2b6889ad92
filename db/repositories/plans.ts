import { and, asc, desc, eq, max, sql } from 'drizzle-orm';
import type { Db } from '../open';
import { literalCount, preparedPerDb } from '../prepared';
import { planGoals, plans, planSteps } from '../schema';

export type PlanRow = typeof plans.$inferSelect;
export type GoalRow = typeof planGoals.$inferSelect;
export type StepRow = typeof planSteps.$inferSelect;
export type PlanWithGoals = PlanRow & { goals: (GoalRow & { steps: StepRow[] })[] };
export type PlanContent = Pick<PlanRow, 'assessmentSummary' | 'services' | 'clientCommitments' | 'centreCommitments'>;
export type GoalContent = { text: string; steps: Pick<StepRow, 'text' | 'who' | 'dueDate' | 'status' | 'doneOn'>[] };

/** Oldest version first. */
export async function listPlanVersions(db: Db, caseId: number): Promise<PlanRow[]> {
  return db.select().from(plans).where(eq(plans.caseId, caseId)).orderBy(asc(plans.version)).all();
}

// Read each time a case is opened: prepared once per connection.
const planQueries = preparedPerDb((db) => {
  const caseId = sql.placeholder('caseId');
  return {
    latest: db.select().from(plans).where(eq(plans.caseId, caseId)).orderBy(desc(plans.version)).limit(literalCount(1)).prepare(),
    version: db
      .select()
      .from(plans)
      .where(and(eq(plans.caseId, caseId), eq(plans.version, sql.placeholder('version'))))
      .prepare(),
    latestSigned: db
      .select()
      .from(plans)
      .where(and(eq(plans.caseId, caseId), eq(plans.status, 'signed')))
      .orderBy(desc(plans.version))
      .limit(literalCount(1))
      .prepare(),
    latestSignedDates: db
      .select({ signedByClientOn: plans.signedByClientOn, signedByManagerOn: plans.signedByManagerOn })
      .from(plans)
      .where(and(eq(plans.caseId, caseId), eq(plans.status, 'signed')))
      .orderBy(desc(plans.version))
      .limit(literalCount(1))
      .prepare(),
    goals: db.select().from(planGoals).where(eq(planGoals.planId, sql.placeholder('planId'))).orderBy(asc(planGoals.position)).prepare(),
    steps: db
      .select({ step: planSteps })
      .from(planSteps)
      .innerJoin(planGoals, eq(planGoals.id, planSteps.goalId))
      .where(eq(planGoals.planId, sql.placeholder('planId')))
      .orderBy(asc(planSteps.position))
      .prepare(),
  };
});

export async function findPlanVersion(db: Db, caseId: number, version?: number): Promise<PlanRow | undefined> {
  const q = planQueries(db);
  return version === undefined ? q.latest.get({ caseId }) : q.version.get({ caseId, version });
}

export async function findLatestSignedPlan(db: Db, caseId: number): Promise<PlanRow | undefined> {
  return planQueries(db).latestSigned.get({ caseId });
}

/** The two signature dates of the latest signed version (R10's clock starts at the later one). */
export async function findLatestSignatureDates(db: Db, caseId: number): Promise<Pick<PlanRow, 'signedByClientOn' | 'signedByManagerOn'> | undefined> {
  return planQueries(db).latestSignedDates.get({ caseId });
}

export async function withGoals(db: Db, plan: PlanRow): Promise<PlanWithGoals> {
  const q = planQueries(db);
  const goals = q.goals.all({ planId: plan.id });
  const steps = goals.length ? q.steps.all({ planId: plan.id }).map((r) => r.step) : [];
  return { ...plan, goals: goals.map((g) => ({ ...g, steps: steps.filter((s) => s.goalId === g.id) })) };
}

export async function insertPlanVersion(
  db: Db,
  p: PlanContent & { caseId: number; version: number; rightsText: string; now: string },
): Promise<PlanRow> {
  const { now, ...rest } = p;
  return db
    .insert(plans)
    .values({ ...rest, status: 'draft', createdAt: now, updatedAt: now })
    .returning()
    .get();
}

/** Only a draft is ever updated: the status condition is in the statement itself (R6). */
export async function updateDraftContent(db: Db, planId: number, content: PlanContent & { rightsText?: string }, now: string): Promise<boolean> {
  const r = db
    .update(plans)
    .set({ ...content, updatedAt: now })
    .where(and(eq(plans.id, planId), eq(plans.status, 'draft')))
    .run();
  return r.changes === 1;
}

/** Replaces a draft's goals and steps with new rows; never called for a signed version. */
export async function replaceDraftGoals(db: Db, plan: PlanRow, goals: GoalContent[]): Promise<void> {
  if (plan.status !== 'draft') throw new Error(`plan ${plan.id} is signed; its goals are never replaced`);
  db.delete(planGoals).where(eq(planGoals.planId, plan.id)).run();
  goals.forEach((g, gi) => {
    const goal = db.insert(planGoals).values({ planId: plan.id, position: gi + 1, text: g.text }).returning({ id: planGoals.id }).get();
    if (g.steps.length) db.insert(planSteps).values(g.steps.map((s, si) => ({ ...s, goalId: goal.id, position: si + 1 }))).run();
  });
}

export async function markPlanSigned(
  db: Db,
  planId: number,
  s: { signedByClientOn: string; signedByManagerOn: string; signedManagerId: number | null },
  now: string,
): Promise<boolean> {
  const r = db
    .update(plans)
    .set({ ...s, status: 'signed', updatedAt: now })
    .where(and(eq(plans.id, planId), eq(plans.status, 'draft')))
    .run();
  return r.changes === 1;
}

export async function findStep(db: Db, stepId: number): Promise<{ step: StepRow; goal: GoalRow; plan: PlanRow } | undefined> {
  return db
    .select({ step: planSteps, goal: planGoals, plan: plans })
    .from(planSteps)
    .innerJoin(planGoals, eq(planGoals.id, planSteps.goalId))
    .innerJoin(plans, eq(plans.id, planGoals.planId))
    .where(eq(planSteps.id, stepId))
    .get();
}

export async function updateStepStatus(db: Db, stepId: number, status: StepRow['status'], doneOn: string | null): Promise<void> {
  db.update(planSteps).set({ status, doneOn }).where(eq(planSteps.id, stepId)).run();
}

/** The highest version number of a case (0 when none). */
export async function maxPlanVersion(db: Db, caseId: number): Promise<number> {
  return db.select({ v: max(plans.version) }).from(plans).where(eq(plans.caseId, caseId)).get()?.v ?? 0;
}
