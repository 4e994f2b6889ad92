import { and, asc, desc, eq, lte, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { addDays } from '../../electron/core/calendar-dates';
import type { Db } from '../open';
import { literalCount, preparedVariants } from '../prepared';
import { assessmentDomains, assessments, cases, clients, planGoals, plans, planSteps, providerServices, referrals, serviceProviders, users } from '../schema';

// R8: referrals (ILO Table 1) and their tracking; R13: the ones awaiting an answer for Today.

export type ReferralRow = typeof referrals.$inferSelect;
export type ReferralInsert = Omit<typeof referrals.$inferInsert, 'id'>;
export type ReferralView = ReferralRow & {
  caseNumber: string;
  planStepText: string | null;
  providerName: string;
  serviceName: string | null;
  sentByName: string;
  acceptedByName: string | null;
  declinedByName: string | null;
  completedByName: string | null;
};

const sender = alias(users, 'sender');
const accepter = alias(users, 'accepter');
const decliner = alias(users, 'decliner');
const completer = alias(users, 'completer');

function views(db: Db) {
  return db
    .select({
      r: referrals,
      caseNumber: cases.caseNumber,
      planStepText: planSteps.text,
      providerName: serviceProviders.name,
      serviceName: providerServices.name,
      sentByName: sender.fullName,
      acceptedByName: accepter.fullName,
      declinedByName: decliner.fullName,
      completedByName: completer.fullName,
    })
    .from(referrals)
    .innerJoin(cases, eq(cases.id, referrals.caseId))
    .innerJoin(serviceProviders, eq(serviceProviders.id, referrals.providerId))
    .leftJoin(providerServices, eq(providerServices.id, referrals.serviceId))
    .leftJoin(planSteps, eq(planSteps.id, referrals.planStepId))
    .innerJoin(sender, eq(sender.id, referrals.sentBy))
    .leftJoin(accepter, eq(accepter.id, referrals.acceptedBy))
    .leftJoin(decliner, eq(decliner.id, referrals.declinedBy))
    .leftJoin(completer, eq(completer.id, referrals.completedBy));
}

type ViewRow = Awaited<ReturnType<ReturnType<typeof views>['all']>>[number];
const flatten = ({ r, ...rest }: ViewRow): ReferralView => ({ ...r, ...rest, sentByName: rest.sentByName });

export async function insertReferral(db: Db, values: ReferralInsert): Promise<ReferralRow> {
  return db.insert(referrals).values(values).returning().get();
}

export async function findReferral(db: Db, id: number): Promise<ReferralRow | undefined> {
  return db.select().from(referrals).where(eq(referrals.id, id)).get();
}

export async function updateReferral(db: Db, id: number, patch: Partial<ReferralInsert> & { updatedAt: string }): Promise<void> {
  db.update(referrals).set(patch).where(eq(referrals.id, id)).run();
}

export async function findReferralView(db: Db, id: number): Promise<ReferralView | undefined> {
  const row = views(db).where(eq(referrals.id, id)).get();
  return row ? flatten(row) : undefined;
}

/** A case's referrals, newest first. */
export async function listReferralViews(db: Db, caseId: number): Promise<ReferralView[]> {
  return views(db).where(eq(referrals.caseId, caseId)).orderBy(desc(referrals.sentOn), desc(referrals.id)).all().map(flatten);
}

export interface AwaitingAnswer {
  referralId: number;
  caseId: number;
  caseNumber: string;
  clientId: number;
  clientName: string;
  providerName: string;
  serviceName: string | null;
  sentOn: string;
  followUpOn: string;
  caseManagerId: number | null;
}

/**
 * R13 / Today: referrals sent and not yet answered whose follow-up date is today or past, oldest
 * follow-up first. `caseManagerId` limits them to that case manager's cases (null: every case).
 * `withinDays` also brings those falling due within that many days (a "due soon" window).
 */
// Read by every Today list: one prepared statement for a case manager's cases, one for every case.
const awaitingAnswer = preparedVariants((db: Db, whose: 'one' | 'all') =>
  db
    .select({
      referralId: referrals.id,
      caseId: referrals.caseId,
      caseNumber: cases.caseNumber,
      clientId: referrals.clientId,
      firstName: clients.firstName,
      lastName: clients.lastName,
      providerName: serviceProviders.name,
      serviceName: providerServices.name,
      sentOn: referrals.sentOn,
      followUpOn: referrals.followUpOn,
      caseManagerId: cases.caseManagerId,
    })
    .from(referrals)
    .innerJoin(cases, eq(cases.id, referrals.caseId))
    .innerJoin(clients, eq(clients.id, referrals.clientId))
    .innerJoin(serviceProviders, eq(serviceProviders.id, referrals.providerId))
    .leftJoin(providerServices, eq(providerServices.id, referrals.serviceId))
    .where(
      and(
        eq(referrals.status, 'sent'),
        lte(referrals.followUpOn, sql.placeholder('until')),
        sql`${cases.phase} <> 'closed'`,
        whose === 'one' ? eq(cases.caseManagerId, sql.placeholder('caseManagerId')) : undefined,
      ),
    )
    .orderBy(asc(referrals.followUpOn), asc(referrals.id))
    .prepare(),
);

export async function listReferralsAwaitingAnswer(
  db: Db,
  opts: { caseManagerId: number | null; today: string; withinDays?: number },
): Promise<AwaitingAnswer[]> {
  const until = opts.withinDays ? addDays(opts.today, opts.withinDays) : opts.today;
  return awaitingAnswer(db, opts.caseManagerId === null ? 'all' : 'one')
    .all({ until, caseManagerId: opts.caseManagerId })
    .map(({ firstName, lastName, ...r }) => ({ ...r, clientName: `${firstName} ${lastName}` }));
}

/** A plan step with the case its plan belongs to. */
export async function findStepWithCase(db: Db, stepId: number): Promise<{ id: number; text: string; status: string; caseId: number } | undefined> {
  return db
    .select({ id: planSteps.id, text: planSteps.text, status: planSteps.status, caseId: plans.caseId })
    .from(planSteps)
    .innerJoin(planGoals, eq(planGoals.id, planSteps.goalId))
    .innerJoin(plans, eq(plans.id, planGoals.planId))
    .where(eq(planSteps.id, stepId))
    .get();
}

/** Completing a referral can mark its plan step done (implementation progress, not a change of the plan). */
export async function markStepDone(db: Db, stepId: number, doneOn: string): Promise<void> {
  db.update(planSteps).set({ status: 'done', doneOn }).where(eq(planSteps.id, stepId)).run();
}

/** What the referral form is prefilled from: the client, the case manager. */
export async function loadClient(db: Db, clientId: number): Promise<typeof clients.$inferSelect | undefined> {
  return db.select().from(clients).where(eq(clients.id, clientId)).get();
}

export async function loadUser(db: Db, userId: number): Promise<{ id: number; fullName: string } | undefined> {
  return db.select({ id: users.id, fullName: users.fullName }).from(users).where(eq(users.id, userId)).get();
}

/** The domains of the case's latest assessment (R4), for service suggestions. */
export async function latestAssessmentDomains(db: Db, caseId: number): Promise<{ domain: string; needLevel: string }[]> {
  const latest = db
    .select({ id: assessments.id })
    .from(assessments)
    .where(eq(assessments.caseId, caseId))
    .orderBy(desc(assessments.assessedOn), desc(assessments.id))
    .limit(literalCount(1))
    .get();
  if (!latest) return [];
  return db
    .select({ domain: assessmentDomains.domain, needLevel: assessmentDomains.needLevel })
    .from(assessmentDomains)
    .where(eq(assessmentDomains.assessmentId, latest.id))
    .all();
}
