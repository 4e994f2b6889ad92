// R10: formal reviews of the signed plan, when the next one is due, and where the case goes after.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { DbHandle } from '../../db/open';
import type { CreateReviewInput } from '../../electron/contract/methods/reviews';
import { expectError } from '../support/expect-api';
import { makeCycleCentre, seedCase, seedPendingClosure, seedSignedPlan, type CycleCentre } from '../support/cycle-fixtures';
import { secondConnection, stateChecksum } from '../support/db-snapshot';

let C: CycleCentre;
let conn: DbHandle;
beforeAll(async () => {
  C = await makeCycleCentre();
  conn = secondConnection(C.h);
});
afterAll(async () => {
  conn?.close();
  await C?.h.close();
});

const phaseOf = (caseId: number) => conn.sqlite.prepare('SELECT phase FROM cases WHERE id = ?').pluck().get(caseId) as string;

/** A case of cm's in `phase` with a plan of two goals signed on `signedOn`. */
async function reviewable(o: { phase?: 'implementation' | 'review' | 'planning'; signedOn?: string; managerOn?: string; targetGroup?: 'PWD' | 'PLP' | 'YLC' | 'OTHER' } = {}) {
  const c = await seedCase(C.h, { caseManagerId: C.ids.cm, phase: o.phase ?? 'implementation', targetGroup: o.targetGroup });
  const plan = await seedSignedPlan(C.h, c.id, { signedOn: o.signedOn ?? '2026-06-01', managerOn: o.managerOn, goals: [{ text: 'Darbas' }, { text: 'Būstas' }] });
  return { c, plan, goalIds: plan.goals.map((g) => g.id) };
}

function reviewInput(caseId: number, goalIds: number[], over: Partial<CreateReviewInput> = {}): CreateReviewInput {
  return {
    caseId,
    reviewedOn: '2026-11-20',
    goals: goalIds.map((goalId, i) => ({ goalId, progress: i === 0 ? 'achieved' : 'progressing', note: i === 0 ? 'Įsidarbino.' : '' })),
    supportLevel: 'phone',
    stillNeeded: true,
    outcome: 'continue',
    notes: 'Vyksta pagal planą.',
    ...over,
  };
}

describe('R10 when the next review is due', () => {
  test('R10 review due 6 months after the plan was signed (the later signature), then 6 months after the last review', async () => {
    const { h } = C;
    const { c, goalIds } = await reviewable({ signedOn: '2026-05-20', managerOn: '2026-05-23' });
    expect(await h.call('cm', 'reviews.list', { caseId: c.id })).toEqual({ reviews: [], nextReviewDue: '2026-11-23' });

    const r = await h.call('cm', 'reviews.create', reviewInput(c.id, goalIds, { reviewedOn: '2026-11-20' }));
    expect(r.nextReviewDue).toBe('2027-05-20');
    expect(r.phase).toBe('implementation');
    expect(r.review).toMatchObject({
      caseId: c.id,
      planVersion: 1,
      reviewedOn: '2026-11-20',
      reviewerName: 'Asta Jonaitienė',
      supportLevel: 'phone',
      stillNeeded: true,
      outcome: 'continue',
      notes: 'Vyksta pagal planą.',
      goals: [
        { goalId: goalIds[0], goalText: 'Darbas', progress: 'achieved', note: 'Įsidarbino.' },
        { goalId: goalIds[1], goalText: 'Būstas', progress: 'progressing', note: '' },
      ],
    });
    const list = await h.call('sup', 'reviews.list', { caseId: c.id });
    expect(list.nextReviewDue).toBe('2027-05-20');
    expect(list.reviews).toEqual([r.review]);
  });

  test('R10 at a month end the due date is the last day of the month (31 August + 6 months = 28 February)', async () => {
    const { c } = await reviewable({ signedOn: '2026-08-31' });
    expect((await C.h.call('cm', 'reviews.list', { caseId: c.id })).nextReviewDue).toBe('2027-02-28');
  });

  test('R10 the interval is a setting per target group (4 months for PLP here; the others keep 6)', async () => {
    const { h } = C;
    await h.call('admin', 'settings.updateTiming', { targetGroup: 'PLP', planMonths: 1, reviewMonths: 4 });
    const plp = await reviewable({ targetGroup: 'PLP', signedOn: '2026-06-10' });
    const pwd = await reviewable({ targetGroup: 'PWD', signedOn: '2026-06-10' });
    expect((await h.call('cm', 'reviews.list', { caseId: plp.c.id })).nextReviewDue).toBe('2026-10-10');
    expect((await h.call('cm', 'reviews.list', { caseId: pwd.c.id })).nextReviewDue).toBe('2026-12-10');
    const r = await h.call('cm', 'reviews.create', reviewInput(plp.c.id, plp.goalIds, { reviewedOn: '2026-11-02' }));
    expect(r.nextReviewDue).toBe('2027-03-02');
    await h.call('admin', 'settings.updateTiming', { targetGroup: 'PLP', planMonths: 1, reviewMonths: 6 });
  });

  test('R10 a new plan version signed after a review restarts the clock from its signing; no signed plan, no due date', async () => {
    const { h } = C;
    const { c, goalIds } = await reviewable({ signedOn: '2026-03-01' });
    const r = await h.call('cm', 'reviews.create', reviewInput(c.id, goalIds, { reviewedOn: '2026-09-01', outcome: 'newPlan' }));
    expect(r.phase).toBe('planning');
    expect(r.nextReviewDue).toBe('2027-03-01');
    await seedSignedPlan(h, c.id, { signedOn: '2026-10-15' });
    expect((await h.call('cm', 'reviews.list', { caseId: c.id })).nextReviewDue).toBe('2027-04-15');

    const fresh = await seedCase(h, { caseManagerId: C.ids.cm, phase: 'planning' });
    expect(await h.call('cm', 'reviews.list', { caseId: fresh.id })).toEqual({ reviews: [], nextReviewDue: null });
  });
});

describe('R10 review outcomes move the case round the cycle', () => {
  test.each([
    ['continue', 'implementation', 'implementation'],
    ['newPlan', 'implementation', 'planning'],
    ['reassess', 'implementation', 'assessment'],
    ['close', 'implementation', 'review'],
    ['continue', 'review', 'implementation'],
    ['newPlan', 'review', 'planning'],
    ['reassess', 'review', 'assessment'],
    ['close', 'review', 'review'],
  ] as const)('R10 outcome %s from %s → %s, audited with both phases', async (outcome, from, to) => {
    const { h } = C;
    const { c, goalIds } = await reviewable({ phase: from });
    const r = await h.call('cm', 'reviews.create', reviewInput(c.id, goalIds, { outcome }));
    expect(r.phase).toBe(to);
    expect(phaseOf(c.id)).toBe(to);
    const audit = conn.sqlite.prepare(`SELECT action, details FROM audit_log WHERE entity_type = 'case' AND entity_id = ? ORDER BY id`).all(String(c.id)) as { action: string; details: string }[];
    expect(audit.map((a) => a.action)).toEqual(['review.create']);
    expect(JSON.parse(audit[0]!.details)).toMatchObject({ reviewId: r.review.id, outcome, phaseFrom: from, phaseTo: to });
  });

  test('a supervisor may review any case; a case manager only their own', async () => {
    const { h } = C;
    const { c, goalIds } = await reviewable();
    expectError(await h.raw('cm2', 'reviews.create', reviewInput(c.id, goalIds)), 'FORBIDDEN');
    expectError(await h.raw('cm2', 'reviews.list', { caseId: c.id }), 'FORBIDDEN');
    expectError(await h.raw('admin', 'reviews.create', reviewInput(c.id, goalIds)), 'FORBIDDEN');
    expect((await h.call('sup', 'reviews.create', reviewInput(c.id, goalIds))).review.reviewerName).toBe('Daiva Vadovė');
  });
});

describe('refused reviews change nothing', () => {
  test('no signed plan, a goal missing, twice or from elsewhere, a date in the future or before signing, the wrong phase', async () => {
    const { h, ids } = C;
    const { c, goalIds } = await reviewable({ signedOn: '2026-06-01' });
    const other = await reviewable();
    const unsigned = await seedCase(h, { caseManagerId: ids.cm, phase: 'implementation' });
    const planning = await reviewable({ phase: 'planning' });
    const before = stateChecksum(h, conn);

    expectError(await h.raw('cm', 'reviews.create', reviewInput(unsigned.id, [])), 'CONFLICT', 'errors.noSignedPlan');
    for (const goals of [[goalIds[0]!], [goalIds[0]!, goalIds[0]!], [goalIds[0]!, other.goalIds[1]!], [...goalIds, other.goalIds[0]!]]) {
      const e = expectError(await h.raw('cm', 'reviews.create', reviewInput(c.id, goals)), 'VALIDATION');
      expect(e.issues).toEqual([{ path: 'goals', messageKey: 'validation.reviewGoals' }]);
    }
    expectError(await h.raw('cm', 'reviews.create', reviewInput(c.id, goalIds, { reviewedOn: '2026-11-24' })), 'VALIDATION', 'validation.dateInFuture');
    expectError(await h.raw('cm', 'reviews.create', reviewInput(c.id, goalIds, { reviewedOn: '2026-05-31' })), 'VALIDATION', 'validation.reviewBeforeSigning');
    const bad = expectError(await h.raw('cm', 'reviews.create', { ...reviewInput(c.id, goalIds), outcome: 'abandon', supportLevel: 'pigeon' }), 'VALIDATION');
    expect(bad.issues?.map((i) => i.messageKey).sort()).toEqual(['validation.reviewOutcome', 'validation.supportLevel']);
    expectError(await h.raw('cm', 'reviews.create', reviewInput(planning.c.id, planning.goalIds)), 'CONFLICT', 'errors.reviewPhase');

    expect(stateChecksum(h, conn)).toBe(before);
    expect(phaseOf(c.id)).toBe('implementation');
  });

  test('while a closure request waits, a review cannot move the case (the supervisor decides first)', async () => {
    const { h, ids } = C;
    const { c, goalIds } = await reviewable({ phase: 'review' });
    await seedPendingClosure(h, c.id, ids.cm, { fromPhase: 'review' });
    const before = stateChecksum(h, conn);
    expectError(await h.raw('cm', 'reviews.create', reviewInput(c.id, goalIds, { outcome: 'continue' })), 'CONFLICT', 'errors.closurePending');
    expect(stateChecksum(h, conn)).toBe(before);
  });

  test('a closed case takes no review', async () => {
    const { h } = C;
    const c = await seedCase(h, { caseManagerId: C.ids.cm, phase: 'closed' });
    const plan = await seedSignedPlan(h, c.id, { signedOn: '2026-01-10' });
    const before = stateChecksum(h, conn);
    expectError(await h.raw('sup', 'reviews.create', reviewInput(c.id, plan.goals.map((g) => g.id))), 'CONFLICT', 'errors.caseClosed');
    expect(stateChecksum(h, conn)).toBe(before);
    expect((await h.call('cm', 'reviews.list', { caseId: c.id })).reviews).toEqual([]);
  });
});
