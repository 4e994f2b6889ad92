// Clients and cases in the states the intake, eligibility, assessment and plan methods start from,
// for the contract-wide tests (roles, valid inputs). Built through the repositories and the cycle
// fixtures' seeders; the methods' own tests build theirs through the API.
import { insertClient } from '../../db/repositories/clients';
import { personalCodeCheckDigit } from '../../electron/core/personal-code';
import { withTransaction } from '../../db/transaction';
import { seedCase, seedSignedPlan } from './cycle-fixtures';
import type { Harness } from './harness';

export interface IntakeCallFixture {
  /** The case manager every case here is assigned to. */
  caseManagerId: number;
  /** A client of the case manager's (they registered them and have a case of theirs). */
  clientId: number;
  /** A PWD case in planning with a signed version 1 (plans.*, assessments.*, cases.get/update/assign). */
  caseId: number;
  /** A step of the signed plan of another case, whose plan nobody edits (plans.setStepStatus). */
  stepId: number;
  /** A fresh client without a case on each call (cases.create). */
  freshClientId(): number;
  /** A fresh PWD case at intake on each call (cases.decideEligibility). */
  intakeCaseId(): number;
  /** A fresh case in the assessment phase on each call (cases.advancePhase → planning). */
  assessmentCaseId(): number;
  /** A fresh closed case whose client has no open one, on each call (cases.reopen). */
  closedCaseId(): number;
}

function pool(name: string, ids: number[]): () => number {
  return () => {
    const id = ids.shift();
    if (id === undefined) throw new Error(`intake fixture: out of ${name}`);
    return id;
  };
}

export async function makeIntakeCallFixture(h: Harness, caseManagerId: number, size = 12): Promise<IntakeCallFixture> {
  const main = await seedCase(h, { caseManagerId, phase: 'planning', lastName: 'Planuotoja' });
  await seedSignedPlan(h, main.id, { signedOn: '2026-10-01', goals: [{ text: 'Užimtumas', steps: [{ text: 'Registruotis Užimtumo tarnyboje' }] }] });
  const stepCase = await seedCase(h, { caseManagerId, phase: 'implementation', lastName: 'Žingsnytė' });
  const stepPlan = await seedSignedPlan(h, stepCase.id, { signedOn: '2026-10-01', goals: [{ text: 'Būstas', steps: [{ text: 'Rasti būstą' }] }] });
  const clientId = h.app.handle.sqlite.prepare('SELECT client_id FROM cases WHERE id = ?').pluck().get(main.id) as number;
  const now = h.app.nowIso();
  const fresh = await withTransaction(h.app.handle, async (db) => {
    const ids: number[] = [];
    for (let i = 0; i < size; i++) {
      const c = await insertClient(db, { firstName: 'Naujas', lastName: `Klientas${i}`, nameFolded: `naujas klientas${i}`, createdBy: caseManagerId, createdAt: now, updatedAt: now });
      ids.push(c.id);
    }
    return ids;
  });
  const intake: number[] = [];
  const assessment: number[] = [];
  const closed: number[] = [];
  for (let i = 0; i < size; i++) {
    intake.push((await seedCase(h, { caseManagerId, phase: 'intake', lastName: `Priimtoji${i}` })).id);
    assessment.push((await seedCase(h, { caseManagerId, phase: 'assessment', lastName: `Vertintoji${i}` })).id);
    closed.push((await seedCase(h, { caseManagerId, phase: 'closed', lastName: `Uždarytoji${i}` })).id);
  }
  return {
    caseManagerId,
    clientId,
    caseId: main.id,
    stepId: stepPlan.goals[0]!.steps[0]!.id,
    freshClientId: pool('fresh clients', fresh),
    intakeCaseId: pool('intake cases', intake),
    assessmentCaseId: pool('assessment cases', assessment),
    closedCaseId: pool('closed cases', closed),
  };
}

/** For tests whose calls are refused before any input is read (locked, signed out, password change). */
export const UNUSED_INTAKE_FIXTURE: IntakeCallFixture = {
  caseManagerId: 1,
  clientId: 1,
  caseId: 1,
  stepId: 1,
  freshClientId: () => 1,
  intakeCaseId: () => 1,
  assessmentCaseId: () => 1,
  closedCaseId: () => 1,
};

/** A valid asmens kodas for a birth date (YYYY-MM-DD, 1800–2099) and sex; `serial` tells people of one day apart. */
export function personalCodeFor(birthDate: string, sex: 'F' | 'M', serial = 1): string {
  const year = Number(birthDate.slice(0, 4));
  const centuryIndex = Math.floor((year - 1800) / 100); // 0: 1800s, 1: 1900s, 2: 2000s
  const g = 1 + centuryIndex * 2 + (sex === 'F' ? 1 : 0);
  const first10 = `${g}${birthDate.slice(2, 4)}${birthDate.slice(5, 7)}${birthDate.slice(8, 10)}${String(serial).padStart(3, '0')}`;
  return `${first10}${personalCodeCheckDigit(first10)}`;
}
