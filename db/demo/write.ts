// Bulk writer for demo data (electron/core/demo): prepared statements, explicit ids, one transaction
// per chunk of cases. Row-by-row ORM inserts would take minutes for 100k cases; this takes seconds.
import type { DemoBundle, DemoCase, StaffRef } from '../../electron/core/demo/generate';
import { yearOf } from '../../electron/core/demo/generate';
import type { Db, DbHandle, Sqlite } from '../open';
import { maxCaseSequence } from '../repositories/cases';
import { withRead, withTransaction } from '../transaction';

export interface DemoWriteCounts {
  clients: number;
  cases: number;
  eligibilityDecisions: number;
  assessments: number;
  assessmentDomains: number;
  plans: number;
  planGoals: number;
  planSteps: number;
  reviews: number;
  reviewGoals: number;
  caseNotes: number;
  tasks: number;
  closures: number;
  ylcWarnings: number;
  ylcSupports: number;
}

export interface DemoWriteOptions {
  /** DemoPlan.staff index → users.id. */
  staffIds: readonly number[];
  centreCode: string;
  /** Cases per transaction. */
  chunkCases?: number;
  /** Called after each committed chunk with the number of cases written so far. */
  onProgress?: (casesWritten: number) => void;
}

const b = (v: boolean | null): number | null => (v === null ? null : v ? 1 : 0);

/** How many cases the centre holds (demo data goes only into an empty centre unless forced). */
export async function countCases(handle: DbHandle): Promise<number> {
  return withRead(handle, async (db) => (db.$client.prepare('SELECT count(*) AS n FROM cases').get() as { n: number }).n);
}

/** Personal codes already registered, so generated ones never collide with them. */
export async function existingPersonalCodes(handle: DbHandle): Promise<Set<string>> {
  return withRead(handle, async (db) => {
    const rows = db.$client.prepare('SELECT personal_code AS c FROM clients WHERE personal_code IS NOT NULL').pluck().all() as string[];
    return new Set(rows);
  });
}

function maxId(sqlite: Sqlite, table: string): number {
  return (sqlite.prepare(`SELECT coalesce(max(id), 0) AS m FROM ${table}`).get() as { m: number }).m;
}

function statements(sqlite: Sqlite) {
  return {
    client: sqlite.prepare(
      `INSERT INTO clients (id, first_name, last_name, name_folded, personal_code, birth_date, sex, address, phone, email, languages, family_situation, caregiver, vulnerability_notes, created_by, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    case: sqlite.prepare(
      `INSERT INTO cases (id, case_number, client_id, target_group, entry_point, entry_point_other, referrer_name, referrer_contact, intake_date, case_manager_id, assigned_on,
         coordinator_appointed_on, intensity, phase, previous_case_id, closed_on, serves_arrest_sentence, release_date, prison, prison_social_worker, ylc_criterion,
         unreachable_since, neet_since, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    eligibility: sqlite.prepare(
      'INSERT INTO eligibility_decisions (case_id, decided_on, decided_by, eligible, criterion, reason, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
    assessment: sqlite.prepare('INSERT INTO assessments (id, case_id, assessed_on, assessed_by, aspirations, summary, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)'),
    domain: sqlite.prepare('INSERT INTO assessment_domains (assessment_id, domain, need_level, risk, notes) VALUES (?, ?, ?, ?, ?)'),
    /** All twelve domains of an assessment in one statement: one call instead of twelve. */
    domains12: sqlite.prepare(`INSERT INTO assessment_domains (assessment_id, domain, need_level, risk, notes) VALUES ${Array(12).fill('(?, ?, ?, ?, ?)').join(', ')}`),
    plan: sqlite.prepare(
      `INSERT INTO plans (id, case_id, version, status, assessment_summary, services, client_commitments, centre_commitments, rights_text, signed_by_client_on, signed_by_manager_on, signed_manager_id, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    goal: sqlite.prepare('INSERT INTO plan_goals (id, plan_id, position, text) VALUES (?, ?, ?, ?)'),
    step: sqlite.prepare('INSERT INTO plan_steps (goal_id, position, text, who, due_date, status, done_on) VALUES (?, ?, ?, ?, ?, ?, ?)'),
    review: sqlite.prepare(
      'INSERT INTO reviews (id, case_id, plan_id, reviewed_on, reviewer_id, support_level, still_needed, outcome, notes, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    reviewGoal: sqlite.prepare('INSERT INTO review_goals (review_id, goal_id, progress, note) VALUES (?, ?, ?, ?)'),
    note: sqlite.prepare('INSERT INTO case_notes (case_id, contact_date, kind, text, author_id, created_at) VALUES (?, ?, ?, ?, ?, ?)'),
    task: sqlite.prepare('INSERT INTO tasks (case_id, text, due_date, done_on, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)'),
    closure: sqlite.prepare(
      `INSERT INTO closures (case_id, reason, reason_other, details, transfer_details, refusal_reasons, client_involved, client_agrees, contact_left, service_evaluation,
         requested_from_phase, requested_by, requested_on, status, decided_by, decided_on, return_comment, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    warning: sqlite.prepare('INSERT INTO ylc_warnings (case_id, given_on, note, created_by) VALUES (?, ?, ?, ?)'),
    support: sqlite.prepare("INSERT INTO ylc_supports (case_id, given_on, support_type, note, created_by, created_at) VALUES (?, ?, ?, '', ?, ?)"),
  };
}

/**
 * Writes the bundles chunk by chunk. Ids continue after the largest in each table, case numbers after
 * the largest per year (CENTRE-YYYY-NNNNN, as cases.create numbers them). Each chunk is one transaction
 * under the database lock, so the program's other calls wait between chunks rather than see half of one.
 */
export async function writeDemoBundles(handle: DbHandle, bundles: Iterable<DemoBundle>, opts: DemoWriteOptions): Promise<DemoWriteCounts> {
  const counts: DemoWriteCounts = {
    clients: 0, cases: 0, eligibilityDecisions: 0, assessments: 0, assessmentDomains: 0, plans: 0, planGoals: 0, planSteps: 0,
    reviews: 0, reviewGoals: 0, caseNotes: 0, tasks: 0, closures: 0, ylcWarnings: 0, ylcSupports: 0,
  };
  const chunkCases = opts.chunkCases ?? 2000;
  const user = (ref: StaffRef): number => {
    const id = opts.staffIds[ref];
    if (id === undefined) throw new RangeError(`demo staff ${ref} has no user id`);
    return id;
  };
  const userOrNull = (ref: StaffRef | null): number | null => (ref === null ? null : user(ref));
  const sqlite = handle.sqlite;
  const st = statements(sqlite);
  const ids = await withRead(handle, async () => ({
    client: maxId(sqlite, 'clients'),
    case: maxId(sqlite, 'cases'),
    assessment: maxId(sqlite, 'assessments'),
    plan: maxId(sqlite, 'plans'),
    goal: maxId(sqlite, 'plan_goals'),
    review: maxId(sqlite, 'reviews'),
  }));
  const sequences = new Map<string, number>();
  const caseNumber = async (db: Db, intakeDate: string): Promise<string> => {
    const prefix = `${opts.centreCode}-${yearOf(intakeDate)}-`;
    let seq = sequences.get(prefix);
    if (seq === undefined) seq = await maxCaseSequence(db, prefix);
    seq += 1;
    sequences.set(prefix, seq);
    return `${prefix}${String(seq).padStart(5, '0')}`;
  };

  const writeCase = (c: DemoCase, caseId: number, clientId: number, number: string, previousId: number | null): void => {
    st.case.run(
      caseId, number, clientId, c.targetGroup, c.entryPoint, c.entryPointOther, c.referrerName, c.referrerContact, c.intakeDate, userOrNull(c.caseManager), c.assignedOn,
      c.coordinatorAppointedOn, c.intensity, c.phase, previousId, c.closedOn, b(c.servesArrestSentence), c.releaseDate, c.prison, c.prisonSocialWorker, c.ylcCriterion,
      c.unreachableSince, c.neetSince, c.createdAt, c.updatedAt,
    );
    counts.cases++;
    for (const e of c.eligibility) {
      st.eligibility.run(caseId, e.decidedOn, user(e.decidedBy), b(e.eligible), e.criterion, e.reason, e.createdAt);
      counts.eligibilityDecisions++;
    }
    for (const a of c.assessments) {
      const id = ++ids.assessment;
      st.assessment.run(id, caseId, a.assessedOn, user(a.assessedBy), a.aspirations, a.summary, a.createdAt);
      counts.assessments++;
      if (a.domains.length === 12) st.domains12.run(a.domains.flatMap((d) => [id, d.domain, d.needLevel, b(d.risk), d.notes]));
      else for (const d of a.domains) st.domain.run(id, d.domain, d.needLevel, b(d.risk), d.notes);
      counts.assessmentDomains += a.domains.length;
    }
    const planIds: number[] = [];
    const goalIds: number[][] = [];
    for (const p of c.plans) {
      const planId = ++ids.plan;
      planIds.push(planId);
      st.plan.run(
        planId, caseId, p.version, p.status, p.assessmentSummary, p.services, p.clientCommitments, p.centreCommitments, p.rightsText,
        p.signedByClientOn, p.signedByManagerOn, userOrNull(p.signedManager), p.createdAt, p.updatedAt,
      );
      counts.plans++;
      const gids: number[] = [];
      p.goals.forEach((g, gi) => {
        const goalId = ++ids.goal;
        gids.push(goalId);
        st.goal.run(goalId, planId, gi + 1, g.text);
        counts.planGoals++;
        g.steps.forEach((s, si) => st.step.run(goalId, si + 1, s.text, s.who, s.dueDate, s.status, s.doneOn));
        counts.planSteps += g.steps.length;
      });
      goalIds.push(gids);
    }
    for (const r of c.reviews) {
      const reviewId = ++ids.review;
      const planId = planIds[r.planIndex];
      if (planId === undefined) throw new RangeError('review of a plan the case does not have');
      st.review.run(reviewId, caseId, planId, r.reviewedOn, user(r.reviewer), r.supportLevel, b(r.stillNeeded), r.outcome, r.notes, r.createdAt);
      counts.reviews++;
      for (const g of r.goals) {
        const goalId = goalIds[r.planIndex]?.[g.goalIndex];
        if (goalId === undefined) throw new RangeError('review of a goal the plan does not have');
        st.reviewGoal.run(reviewId, goalId, g.progress, g.note);
      }
      counts.reviewGoals += r.goals.length;
    }
    for (const n of c.notes) st.note.run(caseId, n.contactDate, n.kind, n.text, user(n.author), n.createdAt);
    counts.caseNotes += c.notes.length;
    for (const t of c.tasks) st.task.run(caseId, t.text, t.dueDate, t.doneOn, user(t.createdBy), t.createdAt);
    counts.tasks += c.tasks.length;
    for (const x of c.closures) {
      st.closure.run(
        caseId, x.reason, x.reasonOther, x.details, x.transferDetails, x.refusalReasons, b(x.clientInvolved), b(x.clientAgrees), b(x.contactLeft), x.serviceEvaluation,
        x.requestedFromPhase, user(x.requestedBy), x.requestedOn, x.status, userOrNull(x.decidedBy), x.decidedOn, x.returnComment, x.createdAt,
      );
    }
    counts.closures += c.closures.length;
    for (const w of c.warnings) st.warning.run(caseId, w.givenOn, w.note, user(w.createdBy));
    counts.ylcWarnings += c.warnings.length;
    for (const x of c.supports) st.support.run(caseId, x.givenOn, x.supportType, user(x.createdBy), `${x.givenOn}T09:00:00.000Z`);
    counts.ylcSupports += c.supports.length;
  };

  const iterator = bundles[Symbol.iterator]();
  let done = false;
  // A bigger page cache for the fill: index pages stay decrypted in memory instead of being
  // re-read and re-encrypted for every row (the default is 2 MB).
  const cacheBefore = sqlite.pragma('cache_size', { simple: true }) as number;
  sqlite.pragma('cache_size = -65536');
  while (!done) {
    await withTransaction(handle, async (db) => {
      let inChunk = 0;
      while (inChunk < chunkCases) {
        const next = iterator.next();
        if (next.done) {
          done = true;
          return;
        }
        const { client: cl, cases } = next.value;
        const clientId = ++ids.client;
        st.client.run(
          clientId, cl.firstName, cl.lastName, cl.nameFolded, cl.personalCode, cl.birthDate, cl.sex, cl.address, cl.phone, cl.email, cl.languages,
          cl.familySituation, cl.caregiver, cl.vulnerabilityNotes, user(cl.createdBy), cl.createdAt, cl.updatedAt,
        );
        counts.clients++;
        let previousId: number | null = null;
        for (const c of cases) {
          const caseId = ++ids.case;
          writeCase(c, caseId, clientId, await caseNumber(db, c.intakeDate), c.reopensPrevious ? previousId : null);
          previousId = caseId;
          inChunk++;
        }
      }
    });
    opts.onProgress?.(counts.cases);
  }
  sqlite.pragma(`cache_size = ${cacheBefore}`);
  // A big fill leaves a big write-ahead log; fold it into the database file now.
  await withRead(handle, async () => {
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
  });
  return counts;
}
