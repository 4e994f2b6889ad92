import { appendAudit } from '../../db/repositories/audit';
import { findPendingClosure, writeCasePhase } from '../../db/repositories/case-phase';
import { findLatestSignatureDates, findLatestSignedPlan, withGoals } from '../../db/repositories/plans';
import { insertReview, latestReviewDate, listReviews, type ReviewWithGoals } from '../../db/repositories/reviews';
import type { Db } from '../../db/open';
import { withRead, withTransaction } from '../../db/transaction';
import type { Review } from '../contract/methods/reviews';
import { compareDates } from '../core/calendar-dates';
import { applyCaseEvent, type CaseEventRefusal, type CaseState, type Phase } from '../core/case-phases';
import { nextReviewDue } from '../core/deadlines';
import { requireUser, type HandlerGroup } from './call-context';
import { loadCaseFor, type CaseRow } from './case-access';
import { localToday, notInFuture, signedOn, timingByGroup } from './cycle-clock';
import { DomainError, invalid } from './errors';

// R10: a formal review of the latest signed plan. Where the case goes next is the state machine's
// decision (electron/core/case-phases.ts); the outcome only names the destination.

/** Outcome → the phase the case continues in. 'close' stays in review: the case manager then requests closure (R14). */
const OUTCOME_PHASE = { continue: 'implementation', newPlan: 'planning', reassess: 'assessment', close: 'review' } as const satisfies Record<
  Review['outcome'],
  Phase
>;

const REFUSAL_KEY: Record<CaseEventRefusal, string> = {
  closed: 'errors.caseClosed',
  closurePending: 'errors.closurePending',
  notAllowed: 'errors.phaseNotAllowed',
  noPendingClosure: 'errors.noPendingClosure',
};

export async function caseState(db: Db, c: CaseRow): Promise<CaseState> {
  const pending = await findPendingClosure(db, c.id);
  return { phase: c.phase, closure: pending ? { requestedFrom: pending.requestedFromPhase, status: 'requested' } : null };
}

/**
 * R10: the next review is due reviewMonths (the group's setting) after the later of the latest
 * signed version's signing and the last review; null while no version is signed and once closed.
 */
export async function reviewDueFor(db: Db, c: Pick<CaseRow, 'id' | 'targetGroup' | 'phase'>): Promise<string | null> {
  if (c.phase === 'closed') return null;
  const dates = await findLatestSignatureDates(db, c.id);
  const signed = dates ? signedOn(dates) : null;
  if (!signed) return null;
  const reviewed = await latestReviewDate(db, c.id);
  const base = reviewed && compareDates(reviewed, signed) > 0 ? reviewed : signed;
  return nextReviewDue(base, (await timingByGroup(db))[c.targetGroup].reviewMonths);
}

/** A case's reviews as reviews.list gives them, with the next one's due date. */
export async function reviewList(db: Db, c: Pick<CaseRow, 'id' | 'targetGroup' | 'phase'>): Promise<{ reviews: Review[]; nextReviewDue: string | null }> {
  return { reviews: (await listReviews(db, c.id)).map(toReview), nextReviewDue: await reviewDueFor(db, c) };
}

function toReview(r: ReviewWithGoals): Review {
  return {
    id: r.id,
    caseId: r.caseId,
    planId: r.planId,
    planVersion: r.planVersion,
    reviewedOn: r.reviewedOn,
    reviewerId: r.reviewerId,
    reviewerName: r.reviewerName,
    supportLevel: r.supportLevel,
    stillNeeded: r.stillNeeded,
    outcome: r.outcome,
    notes: r.notes,
    goals: r.goals.map((g) => ({ goalId: g.goalId, goalText: g.goalText, progress: g.progress, note: g.note })),
    createdAt: r.createdAt,
  };
}

export const reviewHandlers: HandlerGroup<'reviews.create' | 'reviews.list'> = {
  'reviews.create': async (input, ctx) => {
    const actor = requireUser(ctx);
    const { app } = ctx;
    notInFuture('reviewedOn', input.reviewedOn, localToday(app));
    return withTransaction(app.handle, async (db) => {
      const c = await loadCaseFor(db, actor, input.caseId, { write: true });
      const latest = await findLatestSignedPlan(db, c.id);
      if (!latest) throw new DomainError('CONFLICT', 'errors.noSignedPlan');
      const plan = await withGoals(db, latest);
      const signed = signedOn(plan);
      if (signed && compareDates(input.reviewedOn, signed) < 0) throw invalid('reviewedOn', ['validation.reviewBeforeSigning']);
      // One entry for every goal of the signed version, none twice, none from elsewhere.
      const planGoalIds = new Set(plan.goals.map((g) => g.id));
      const given = input.goals.map((g) => g.goalId);
      if (given.length !== planGoalIds.size || new Set(given).size !== given.length || !given.every((id) => planGoalIds.has(id))) {
        throw invalid('goals', ['validation.reviewGoals']);
      }

      // A review is of a plan being carried out: from implementation the case first enters review
      // (implicitly), then goes where the outcome sends it. Other phases have no plan in force to review.
      if (c.phase !== 'implementation' && c.phase !== 'review') throw new DomainError('CONFLICT', 'errors.reviewPhase');
      let state = await caseState(db, c);
      const target = OUTCOME_PHASE[input.outcome];
      const moves: Phase[] = [...(state.phase === 'implementation' ? (['review'] as const) : []), ...(target === 'review' ? [] : [target])];
      for (const to of moves) {
        const r = applyCaseEvent(state, { type: 'advance', to });
        if (!r.ok) throw new DomainError('CONFLICT', REFUSAL_KEY[r.reason]);
        state = r.state;
      }

      const now = app.nowIso();
      const reviewId = await insertReview(
        db,
        {
          caseId: c.id,
          planId: plan.id,
          reviewedOn: input.reviewedOn,
          reviewerId: actor.id,
          supportLevel: input.supportLevel,
          stillNeeded: input.stillNeeded,
          outcome: input.outcome,
          notes: input.notes,
          createdAt: now,
        },
        input.goals.map((g) => ({ goalId: g.goalId, progress: g.progress, note: g.note })),
      );
      if (state.phase !== c.phase) await writeCasePhase(db, c.id, state.phase, now);
      await appendAudit(db, {
        at: now,
        userId: actor.id,
        username: actor.username,
        action: 'review.create',
        entityType: 'case',
        entityId: String(c.id),
        details: { reviewId, planVersion: plan.version, reviewedOn: input.reviewedOn, outcome: input.outcome, phaseFrom: c.phase, phaseTo: state.phase },
      });
      const review = (await listReviews(db, c.id)).find((r) => r.id === reviewId)!;
      return { review: toReview(review), phase: state.phase, nextReviewDue: (await reviewDueFor(db, c))! };
    });
  },

  'reviews.list': async ({ caseId }, ctx) => {
    const actor = requireUser(ctx);
    return withRead(ctx.app.handle, async (db) => {
      const c = await loadCaseFor(db, actor, caseId);
      return reviewList(db, c);
    });
  },
};
