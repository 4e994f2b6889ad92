// Cases in a given state, built straight through the repositories (no intake, eligibility or plan
// screens in between), for the tests of what happens later in the cycle: notes, reviews, closure, Today.
import { insertClient } from '../../db/repositories/clients';
import { insertClosure } from '../../db/repositories/closures';
import { insertTask } from '../../db/repositories/followup';
import { insertPlanVersion, markPlanSigned, replaceDraftGoals, withGoals, type PlanWithGoals } from '../../db/repositories/plans';
import { cases } from '../../db/schema';
import { withTransaction } from '../../db/transaction';
import { addUser, makeCentre, type Harness } from './harness';

type Group = 'PWD' | 'PLP' | 'YLC' | 'OTHER';
type Phase = 'intake' | 'assessment' | 'planning' | 'implementation' | 'review' | 'closed';

let serial = 0;

export interface SeedCase {
  targetGroup?: Group;
  phase?: Phase;
  caseManagerId?: number | null;
  intakeDate?: string;
  assignedOn?: string | null;
  coordinatorAppointedOn?: string | null;
  releaseDate?: string | null;
  unreachableSince?: string | null;
  firstName?: string;
  lastName?: string;
}

/** A client with one case in the given state; returns the case id and number. */
export async function seedCase(h: Harness, o: SeedCase = {}): Promise<{ id: number; caseNumber: string; clientName: string }> {
  const n = ++serial;
  const now = h.app.nowIso();
  const firstName = o.firstName ?? 'Ona';
  const lastName = o.lastName ?? `Šimkutė${n}`;
  return withTransaction(h.app.handle, async (db) => {
    const client = await insertClient(db, { firstName, lastName, nameFolded: `${firstName} ${lastName}`.toLowerCase(), createdAt: now, updatedAt: now });
    const caseNumber = `TEST-2026-${String(n).padStart(5, '0')}`;
    const row = db
      .insert(cases)
      .values({
        caseNumber,
        clientId: client.id,
        targetGroup: o.targetGroup ?? 'PWD',
        entryPoint: 'selfReferral',
        intakeDate: o.intakeDate ?? '2026-01-05',
        caseManagerId: o.caseManagerId ?? null,
        assignedOn: o.assignedOn === undefined ? (o.caseManagerId ? (o.intakeDate ?? '2026-01-05') : null) : o.assignedOn,
        coordinatorAppointedOn: o.coordinatorAppointedOn ?? null,
        phase: o.phase ?? 'implementation',
        releaseDate: o.releaseDate ?? null,
        unreachableSince: o.unreachableSince ?? null,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: cases.id })
      .get();
    return { id: row.id, caseNumber, clientName: `${firstName} ${lastName}` };
  });
}

export type SeedGoal = { text: string; steps?: { text: string; dueDate?: string | null; status?: 'open' | 'done' | 'cancelled' }[] };

/** The next plan version of a case, signed by both on `signedOn` (client) and `managerOn` (default: the same day). */
export async function seedSignedPlan(
  h: Harness,
  caseId: number,
  o: { signedOn: string; managerOn?: string; goals?: SeedGoal[]; signedManagerId?: number | null },
): Promise<PlanWithGoals> {
  const now = h.app.nowIso();
  return withTransaction(h.app.handle, async (db) => {
    const version = (db.$client.prepare('SELECT coalesce(max(version), 0) FROM plans WHERE case_id = ?').pluck().get(caseId) as number) + 1;
    const plan = await insertPlanVersion(db, { caseId, version, rightsText: 'Teisės', assessmentSummary: '', services: '', clientCommitments: '', centreCommitments: '', now });
    const goals = o.goals ?? [{ text: 'Gyvenamoji vieta', steps: [{ text: 'Rasti būstą' }] }];
    await replaceDraftGoals(
      db,
      plan,
      goals.map((g) => ({
        text: g.text,
        steps: (g.steps ?? []).map((s) => ({ text: s.text, who: '', dueDate: s.dueDate ?? null, status: s.status ?? 'open', doneOn: s.status === 'done' ? o.signedOn : null })),
      })),
    );
    await markPlanSigned(db, plan.id, { signedByClientOn: o.signedOn, signedByManagerOn: o.managerOn ?? o.signedOn, signedManagerId: o.signedManagerId ?? null }, now);
    return withGoals(db, { ...plan, status: 'signed' });
  });
}

/** A closure request waiting for a supervisor, as closure.request would leave it. */
export async function seedPendingClosure(h: Harness, caseId: number, requestedBy: number, o: { fromPhase?: Phase; requestedOn?: string } = {}): Promise<number> {
  const now = h.app.nowIso();
  return withTransaction(h.app.handle, (db) =>
    insertClosure(db, {
      caseId,
      reason: 'planComplete',
      clientInvolved: true,
      clientAgrees: true,
      contactLeft: true,
      serviceEvaluation: 'Gerai',
      requestedFromPhase: o.fromPhase ?? 'implementation',
      requestedBy,
      requestedOn: o.requestedOn ?? now.slice(0, 10),
      status: 'requested',
      createdAt: now,
    }),
  );
}

export async function seedTask(h: Harness, caseId: number, createdBy: number, dueDate = '2026-12-01'): Promise<number> {
  const now = h.app.nowIso();
  return withTransaction(h.app.handle, async (db) => (await insertTask(db, { caseId, text: 'Paskambinti', dueDate, createdBy, createdAt: now })).id);
}

/** What the contract-wide tests (roles, valid inputs) need to call the follow-up, review and closure methods. */
export interface CycleCallFixture {
  /** A PWD case in implementation, assigned to the case manager, with a signed plan. */
  workCaseId: number;
  /** The goal ids of that plan's signed version (a review covers each). */
  workGoalIds: number[];
  /** A YLC case assigned to the case manager (ylc.* writes). */
  ylcCaseId: number;
  /** A fresh open task of the work case on each call. */
  openTaskId(): number;
  /** A case of the case manager's with nothing pending (closure.request). */
  closableCaseId: number;
  /** Cases whose closure the case manager has asked for (closure.authorise, closure.return). */
  toAuthoriseCaseId: number;
  toReturnCaseId: number;
}

export async function makeCycleCallFixture(h: Harness, caseManagerId: number): Promise<CycleCallFixture> {
  const work = await seedCase(h, { caseManagerId, phase: 'implementation' });
  const plan = await seedSignedPlan(h, work.id, { signedOn: '2026-03-02', goals: [{ text: 'Darbas' }, { text: 'Būstas' }] });
  const ylc = await seedCase(h, { caseManagerId, targetGroup: 'YLC', phase: 'implementation' });
  const tasks: number[] = [];
  for (let i = 0; i < 30; i++) tasks.push(await seedTask(h, work.id, caseManagerId));
  const closable = await seedCase(h, { caseManagerId, phase: 'assessment' });
  const toAuthorise = await seedCase(h, { caseManagerId, phase: 'implementation' });
  await seedPendingClosure(h, toAuthorise.id, caseManagerId);
  const toReturn = await seedCase(h, { caseManagerId, phase: 'review' });
  await seedPendingClosure(h, toReturn.id, caseManagerId, { fromPhase: 'review' });
  return {
    workCaseId: work.id,
    workGoalIds: plan.goals.map((g) => g.id),
    ylcCaseId: ylc.id,
    openTaskId: () => {
      const id = tasks.shift();
      if (id === undefined) throw new Error('cycle fixture: out of open tasks');
      return id;
    },
    closableCaseId: closable.id,
    toAuthoriseCaseId: toAuthorise.id,
    toReturnCaseId: toReturn.id,
  };
}

export interface CycleCentre {
  h: Harness;
  /** Sessions are named after the users: 'cm', 'cm2', 'sup', 'sup2', 'admin'. */
  ids: { cm: number; cm2: number; sup: number; sup2: number; cmSup: number };
}

/** A centre with two case managers, two supervisors and one person who is both, each signed in on a session of their name. */
export async function makeCycleCentre(): Promise<CycleCentre> {
  const h = await makeCentre();
  const ids = {
    cm: await addUser(h, 'cm', { username: 'jonaitiene', fullName: 'Asta Jonaitienė', roles: ['case_manager'] }),
    cm2: await addUser(h, 'cm2', { username: 'petraitis', fullName: 'Tomas Petraitis', roles: ['case_manager'] }),
    sup: await addUser(h, 'sup', { username: 'vadove', fullName: 'Daiva Vadovė', roles: ['supervisor'] }),
    sup2: await addUser(h, 'sup2', { username: 'vadovas', fullName: 'Linas Vadovas', roles: ['supervisor'] }),
    cmSup: await addUser(h, 'cmSup', { username: 'abu', fullName: 'Rasa Abienė', roles: ['case_manager', 'supervisor'] }),
  };
  return { h, ids };
}
