import { describe, expect, it } from 'vitest';
import { computeProcessIndicators, type IndicatorCase, type IndicatorInput } from '../../electron/core/quality/process-indicators';

// R18: the process indicators on a small fixture, every expected figure worked out by hand below.
// Period 2026-04-01 … 2026-06-30; plans due 1 month after the start, reviews every 6 months; notes on
// time within 7 days of the contact.

const base = (o: Partial<IndicatorCase> & Pick<IndicatorCase, 'id'>): IndicatorCase => ({
  caseManagerId: null,
  targetGroup: 'PWD',
  phase: 'implementation',
  intakeDate: '2025-09-01',
  closedOn: null,
  assignedOn: null,
  coordinatorAppointedOn: null,
  planSignedOn: [],
  reviewedOn: [],
  hasAssessment: true,
  hasPlan: true,
  notes: [],
  ...o,
});

const T = { planMonths: 1, reviewMonths: 6 };
const input: IndicatorInput = {
  from: '2026-04-01',
  to: '2026-06-30',
  timing: { PWD: T, PLP: T, YLC: T, OTHER: T },
  documentationDays: 7,
  cases: [
    // 1: plan due 2026-04-15, signed 2026-04-10 (on time); a note written 7 days after the contact (on time).
    base({ id: 1, caseManagerId: 10, intakeDate: '2026-03-01', assignedOn: '2026-03-15', planSignedOn: ['2026-04-10'], notes: [{ contactDate: '2026-05-01', writtenOn: '2026-05-08' }] }),
    // 2: YLC, the clock starts at the coordinator's appointment 2026-04-20 → due 2026-05-20, signed 2026-05-25 (late); a note 8 days late.
    base({ id: 2, caseManagerId: 10, targetGroup: 'YLC', intakeDate: '2026-01-15', assignedOn: '2026-02-01', coordinatorAppointedOn: '2026-04-20', planSignedOn: ['2026-05-25'], notes: [{ contactDate: '2026-05-01', writtenOn: '2026-05-09' }] }),
    // 3: review due 2026-04-20 (signed 2025-10-20), reviewed 2026-04-18 (on time); in review without an assessment (incomplete).
    base({ id: 3, caseManagerId: 20, targetGroup: 'PLP', phase: 'review', assignedOn: '2025-10-01', planSignedOn: ['2025-10-20'], reviewedOn: ['2026-04-18'], hasAssessment: false }),
    // 4: review due 2026-05-15 (signed 2025-11-15), never reviewed (missed); documentation complete.
    base({ id: 4, caseManagerId: 20, targetGroup: 'OTHER', assignedOn: '2025-11-01', planSignedOn: ['2025-11-15'] }),
    // 5: plan due 2026-06-10 but closed 2026-06-01 without a plan: no plan owed. Closed without the client involved.
    base({ id: 5, caseManagerId: 20, phase: 'closed', intakeDate: '2026-05-01', assignedOn: '2026-05-10', closedOn: '2026-06-01', hasPlan: false, hasAssessment: false }),
    // 6: nobody assigned, in planning without an assessment: counts for the centre only.
    base({ id: 6, phase: 'planning', intakeDate: '2026-01-01', hasAssessment: false, hasPlan: false }),
    // 7: closed before the period: in no figure.
    base({ id: 7, caseManagerId: 10, phase: 'closed', closedOn: '2026-02-01' }),
    // 8: closed 2026-06-20 with the client involved.
    base({ id: 8, caseManagerId: 10, phase: 'closed', intakeDate: '2025-01-01', closedOn: '2026-06-20' }),
  ],
  referrals: [
    { caseId: 1, followUpOn: '2026-04-20', answeredOn: '2026-04-20' }, // answered on the follow-up day: met
    { caseId: 2, followUpOn: '2026-05-01', answeredOn: null }, // no answer: not met
    { caseId: 3, followUpOn: '2026-06-01', answeredOn: '2026-06-05' }, // answered after: not met
    { caseId: 4, followUpOn: '2026-07-05', answeredOn: null }, // after the period: not counted
  ],
  closures: [
    { caseId: 5, authorisedOn: '2026-06-01', clientInvolved: false },
    { caseId: 8, authorisedOn: '2026-06-20', clientInvolved: true },
    { caseId: 7, authorisedOn: '2026-02-01', clientInvolved: true }, // before the period
  ],
};

const fig = (f: { numerator: number; denominator: number }) => `${f.numerator}/${f.denominator}`;
const ids = (f: { items: { caseId: number; met: boolean }[] }) => f.items.map((i) => `${i.caseId}${i.met ? '+' : '-'}`).sort();

describe('process indicators (R18)', () => {
  const r = computeProcessIndicators(input);
  const m10 = r.byManager.get(10)!;
  const m20 = r.byManager.get(20)!;

  it('R18 R7 plans signed on time: first-plan deadlines in the period, signed on or before them', () => {
    expect(fig(r.centre.plansOnTime)).toBe('1/2');
    expect(ids(r.centre.plansOnTime)).toEqual(['1+', '2-']);
    expect(fig(m10.plansOnTime)).toBe('1/2');
    expect(fig(m20.plansOnTime)).toBe('0/0');
  });

  it('R18 R10 reviews on time: review due dates in the period, reviewed on or before them', () => {
    expect(fig(r.centre.reviewsOnTime)).toBe('1/2');
    expect(ids(r.centre.reviewsOnTime)).toEqual(['3+', '4-']);
    expect(fig(m20.reviewsOnTime)).toBe('1/2');
    expect(fig(m10.reviewsOnTime)).toBe('0/0');
  });

  it('R18 referrals answered by their follow-up date in the period', () => {
    expect(fig(r.centre.referralsAnswered)).toBe('1/3');
    expect(ids(r.centre.referralsAnswered)).toEqual(['1+', '2-', '3-']);
    expect(fig(m10.referralsAnswered)).toBe('1/2');
    expect(fig(m20.referralsAnswered)).toBe('0/1');
  });

  it('R18 documentation complete: required records for the phase, notes within N days', () => {
    expect(fig(r.centre.documentationComplete)).toBe('4/7');
    expect(ids(r.centre.documentationComplete)).toEqual(['1+', '2-', '3-', '4+', '5+', '6-', '8+']);
    expect(fig(m10.documentationComplete)).toBe('2/3');
    expect(fig(m20.documentationComplete)).toBe('2/3');
    // With 8 days allowed, case 2's note is on time too.
    expect(fig(computeProcessIndicators({ ...input, documentationDays: 8 }).centre.documentationComplete)).toBe('5/7');
  });

  it('R18 R14 closures authorised in the period with the client involved', () => {
    expect(fig(r.centre.closuresClientInvolved)).toBe('1/2');
    expect(ids(r.centre.closuresClientInvolved)).toEqual(['5-', '8+']);
    expect(fig(m10.closuresClientInvolved)).toBe('1/1');
    expect(fig(m20.closuresClientInvolved)).toBe('0/1');
  });

  it('R18 rows only for case managers; unassigned cases count for the centre', () => {
    expect([...r.byManager.keys()]).toEqual([10, 20]);
  });
});
