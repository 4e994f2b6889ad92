import type { MinistryCase, MinistryDataset, MinistryReferral } from '../../electron/core/ministry/dataset';
import { parseQuarter } from '../../electron/core/ministry/quarter';

// A hand-built centre for 2026-Q3 (2026-07-01 … 2026-09-30). Every expected figure below was worked
// out by hand from these records; the comments say why each case counts where it does.
export const Q3 = parseQuarter('2026-Q3');
const TIMING = { planMonths: 1, reviewMonths: 6 };

export function mk(id: number, c: Partial<MinistryCase> & Pick<MinistryCase, 'clientId' | 'targetGroup' | 'entryPoint' | 'intakeDate'>): MinistryCase {
  return {
    id,
    intensity: 'moderate',
    closedOn: null,
    closureReason: null,
    reopened: false,
    sex: null,
    birthDate: null,
    caseManagerId: null,
    assignedOn: null,
    coordinatorAppointedOn: null,
    releaseDate: null,
    planSignedOn: [],
    reviewedOn: [],
    visitDates: [],
    eligibilityDecisions: [],
    supports: [],
    ...c,
  };
}

const FIXTURE_CASES: MinistryCase[] = [
  // A: PLP, open all quarter; released in Q3 with a case manager and a visit, but opened < 12 months before.
  // Reviewed early in Q1 (on time), then due 2026-09-15 in Q3 and not reviewed: due, late, overdue at the end.
  mk(1, {
    clientId: 1, targetGroup: 'PLP', entryPoint: 'prisonSocialWorker', intakeDate: '2025-09-01', sex: 'M', birthDate: '1990-05-10',
    intensity: 'high', caseManagerId: 10, assignedOn: '2025-09-01', releaseDate: '2026-08-15', planSignedOn: ['2025-09-20'],
    reviewedOn: ['2026-03-15'], visitDates: ['2026-07-01'],
  }),
  // B: PLP met by an NGO at release (before its intake), plan signed two days late, closed on the last day.
  mk(2, {
    clientId: 2, targetGroup: 'PLP', entryPoint: 'ngoAtRelease', intakeDate: '2026-07-10', sex: 'F', birthDate: '1985-01-01',
    caseManagerId: 10, assignedOn: '2026-07-10', releaseDate: '2026-07-05', planSignedOn: ['2026-08-12'], closedOn: '2026-09-30', closureReason: 'refusal',
  }),
  // C: YLC opened in Q2; the ILP clock starts at the coordinator's appointment, signed on the deadline day.
  mk(3, {
    clientId: 3, targetGroup: 'YLC', entryPoint: 'selfApplication', intakeDate: '2026-06-20', sex: 'F', birthDate: '2008-02-29', intensity: 'low',
    caseManagerId: 11, assignedOn: '2026-06-20', coordinatorAppointedOn: '2026-06-30', planSignedOn: ['2026-07-30'],
    eligibilityDecisions: [{ decidedOn: '2026-07-01', eligible: true }],
    supports: [
      { on: '2026-06-01', type: 'PSYCHOLOGICAL' },
      { on: '2026-07-05', type: 'DAILY_LIVING_SKILLS' },
      { on: '2026-08-01', type: 'SOCIAL_SKILLS' },
      { on: '2026-08-02', type: 'SOCIAL_SKILLS' },
    ],
  }),
  // D: YLC aged 27, found not eligible and closed on its intake day: never open, owes no plan.
  mk(4, {
    clientId: 4, targetGroup: 'YLC', entryPoint: 'socialWorkerOnBehalf', intakeDate: '2026-08-01', sex: 'M', birthDate: '1999-01-01',
    caseManagerId: 11, assignedOn: '2026-08-01', eligibilityDecisions: [{ decidedOn: '2026-08-01', eligible: false }], closedOn: '2026-08-01',
  }),
  // E: PWD without code, sex or birth date, closed on the quarter's first day: open at the start, not served.
  mk(5, {
    clientId: 5, targetGroup: 'PWD', entryPoint: 'disabilityAgency', intakeDate: '2026-01-10', caseManagerId: 10, assignedOn: '2026-01-10',
    planSignedOn: ['2026-02-01'], closedOn: '2026-07-01', closureReason: 'planComplete',
  }),
  // G and F: the same person (65+); G closed mid-July, F is her new episode in August — counted as a return, served once.
  mk(7, {
    clientId: 6, targetGroup: 'OTHER', entryPoint: 'pes', intakeDate: '2026-02-01', sex: 'F', birthDate: '1960-03-01', caseManagerId: 12,
    assignedOn: '2026-02-01', planSignedOn: ['2026-02-20'], closedOn: '2026-07-15', closureReason: 'migration',
  }),
  mk(6, {
    clientId: 6, targetGroup: 'OTHER', entryPoint: 'selfReferral', intakeDate: '2026-08-20', sex: 'F', birthDate: '1960-03-01', intensity: 'high',
    caseManagerId: 12, assignedOn: '2026-08-20', reopened: true,
  }),
  // H: opened on the quarter's last day by a boy who turns 16 the next day (age on the last day: 15).
  mk(8, { clientId: 7, targetGroup: 'PWD', entryPoint: 'mentalHealthCentre', intakeDate: '2026-09-30', sex: 'M', birthDate: '2010-10-01' }),
];

const FIXTURE_REFERRALS: MinistryReferral[] = [
  { targetGroup: 'PLP', sector: 'SOCIAL', sentOn: '2026-07-02', completedOn: '2026-08-01', declinedOn: null },
  { targetGroup: 'YLC', sector: 'EMPLOYMENT', sentOn: '2026-06-25', completedOn: null, declinedOn: '2026-07-03' },
  { targetGroup: 'OTHER', sector: 'HEALTH', sentOn: '2026-09-30', completedOn: null, declinedOn: null },
  { targetGroup: 'PLP', sector: 'SOCIAL', sentOn: '2026-10-01', completedOn: null, declinedOn: null },
];

export const FIXTURE: MinistryDataset = {
  cases: FIXTURE_CASES,
  referrals: FIXTURE_REFERRALS,
  timing: { PWD: TIMING, PLP: TIMING, YLC: TIMING, OTHER: TIMING },
};

