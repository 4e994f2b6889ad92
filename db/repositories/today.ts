import type { Db } from '../open';
import { rawStatement } from '../prepared';

// R13: the Today list. It runs on every visit to the start screen, at 100k cases, so each part is one
// indexed SQL query starting from the person's own open cases (cases_manager_phase_idx), with the
// date cut-offs worked out beforehand by the service (the Civil Code month arithmetic lives in the
// core, not in SQL, whose date() rolls 31 January + 1 month over into March). Nothing loads all cases.

/** Per target group: a date at or before which the clock's start makes the item show. */
export type GroupCutoffs = { PWD: string; PLP: string; YLC: string; OTHER: string };

/**
 * Open phases spelled out: five equality seeks on cases_manager_phase_idx skip the years of closed
 * cases. INDEXED BY pins that index: without ANALYZE statistics SQLite otherwise guessed a scan of
 * every case for the group filters (target_group = 'PLP'), hundreds of milliseconds at 100k.
 */
const OPEN = `c.phase IN ('intake', 'assessment', 'planning', 'implementation', 'review')`;
const CLIENT_NAME = `(cl.first_name || ' ' || cl.last_name)`;
const BY_GROUP = `CASE c.target_group WHEN 'PWD' THEN @pwd WHEN 'PLP' THEN @plp WHEN 'YLC' THEN @ylc ELSE @other END`;
const cutoffParams = (g: GroupCutoffs) => ({ pwd: g.PWD, plp: g.PLP, ylc: g.YLC, other: g.OTHER });

/**
 * R7: the first plan's clock starts at assignment, for YLC at the coordinator's appointment, or at the
 * assignment while no appointment date is recorded (as plans.list, the reports and the package count it).
 */
const PLAN_START = `CASE WHEN c.target_group = 'YLC' THEN coalesce(c.coordinator_appointed_on, c.assigned_on) ELSE c.assigned_on END`;

export type CaseRef = { caseId: number; caseNumber: string; clientName: string; targetGroup: 'PWD' | 'PLP' | 'YLC' | 'OTHER' };

/** Own open cases with no signed plan yet whose plan clock started on or before the group's cut-off. */
export async function plansDue(db: Db, userId: number, cutoffs: GroupCutoffs): Promise<(CaseRef & { start: string })[]> {
  return rawStatement(
    db,
    `SELECT c.id AS caseId, c.case_number AS caseNumber, ${CLIENT_NAME} AS clientName, c.target_group AS targetGroup, ${PLAN_START} AS start
     FROM cases c INDEXED BY cases_manager_phase_idx JOIN clients cl ON cl.id = c.client_id
     WHERE c.case_manager_id = @user AND ${OPEN}
       AND ${PLAN_START} <= ${BY_GROUP}
       AND NOT EXISTS (SELECT 1 FROM plans p WHERE p.case_id = c.id AND p.status = 'signed')`,
  ).all({ user: userId, ...cutoffParams(cutoffs) }) as (CaseRef & { start: string })[];
}

/**
 * R10: own open cases with a signed plan whose review clock (the later of the latest signed
 * version's signing and the last review) started on or before the group's cut-off.
 */
export async function reviewsDue(db: Db, userId: number, cutoffs: GroupCutoffs): Promise<(CaseRef & { base: string })[]> {
  return rawStatement(
    db,
    `SELECT caseId, caseNumber, clientName, targetGroup, max(signed, coalesce(reviewed, signed)) AS base FROM (
       SELECT c.id AS caseId, c.case_number AS caseNumber, ${CLIENT_NAME} AS clientName, c.target_group AS targetGroup,
         (SELECT max(p.signed_by_client_on, p.signed_by_manager_on) FROM plans p
           WHERE p.case_id = c.id AND p.status = 'signed' ORDER BY p.version DESC LIMIT 1) AS signed,
         (SELECT max(r.reviewed_on) FROM reviews r WHERE r.case_id = c.id) AS reviewed,
         ${BY_GROUP} AS cutoff
       FROM cases c INDEXED BY cases_manager_phase_idx JOIN clients cl ON cl.id = c.client_id
       WHERE c.case_manager_id = @user AND ${OPEN})
     WHERE signed IS NOT NULL AND max(signed, coalesce(reviewed, signed)) <= cutoff`,
  ).all({ user: userId, ...cutoffParams(cutoffs) }) as (CaseRef & { base: string })[];
}

export type StepDueRow = CaseRef & { stepId: number; text: string; dueDate: string; goal: string; planVersion: number };

/** Open steps of the latest signed version of own open cases, due on or before `by`. */
// As in tasksDue, the unary + keeps the planner off the centre-wide plan_steps_due_idx.
export async function stepsDue(db: Db, userId: number, by: string): Promise<StepDueRow[]> {
  return rawStatement(
    db,
    `SELECT c.id AS caseId, c.case_number AS caseNumber, ${CLIENT_NAME} AS clientName, c.target_group AS targetGroup,
       s.id AS stepId, s.text AS text, s.due_date AS dueDate, g.text AS goal, p.version AS planVersion
     FROM cases c INDEXED BY cases_manager_phase_idx
     JOIN clients cl ON cl.id = c.client_id
     JOIN plans p ON p.case_id = c.id
       AND p.version = (SELECT max(p2.version) FROM plans p2 WHERE p2.case_id = c.id AND p2.status = 'signed')
     JOIN plan_goals g ON g.plan_id = p.id
     JOIN plan_steps s ON s.goal_id = g.id
     WHERE c.case_manager_id = @user AND ${OPEN}
       AND +s.status = 'open' AND +s.due_date <= @by`,
  ).all({ user: userId, by }) as StepDueRow[];
}

export type TaskDueRow = CaseRef & { taskId: number; text: string; dueDate: string };

/** Open tasks of own open cases, due on or before `by`. */
export async function tasksDue(db: Db, userId: number, by: string): Promise<TaskDueRow[]> {
  // The unary + keeps the planner on the person's cases (a few hundred) rather than the centre-wide
  // tasks_due_idx, which at 100k cases holds every late task of every case manager.
  return rawStatement(
    db,
    `SELECT c.id AS caseId, c.case_number AS caseNumber, ${CLIENT_NAME} AS clientName, c.target_group AS targetGroup,
       t.id AS taskId, t.text AS text, t.due_date AS dueDate
     FROM cases c INDEXED BY cases_manager_phase_idx
     JOIN clients cl ON cl.id = c.client_id
     JOIN tasks t ON t.case_id = c.id
     WHERE c.case_manager_id = @user AND ${OPEN} AND +t.done_on IS NULL AND +t.due_date <= @by`,
  ).all({ user: userId, by }) as TaskDueRow[];
}

export type ReleaseRow = CaseRef & { releaseDate: string; intakeDate: string; caseManagerId: number | null; visited: number };

/**
 * R11: open PLP cases whose release falls within [from, to], with whether a pre-release visit is
 * in the contact log. `userId` null: the cases nobody is assigned to (shown to supervisors).
 */
export async function releasesBetween(db: Db, userId: number | null, from: string, to: string): Promise<ReleaseRow[]> {
  const who = userId === null ? 'c.case_manager_id IS NULL' : 'c.case_manager_id = @user';
  return rawStatement(
    db,
    `SELECT c.id AS caseId, c.case_number AS caseNumber, ${CLIENT_NAME} AS clientName, c.target_group AS targetGroup,
       c.release_date AS releaseDate, c.intake_date AS intakeDate, c.case_manager_id AS caseManagerId,
       EXISTS (SELECT 1 FROM case_notes n WHERE n.case_id = c.id AND n.kind = 'preReleaseVisit') AS visited
     FROM cases c INDEXED BY cases_manager_phase_idx JOIN clients cl ON cl.id = c.client_id
     WHERE ${who} AND ${OPEN} AND c.target_group = 'PLP'
       AND c.release_date >= @from AND c.release_date <= @to`,
  ).all({ ...(userId === null ? {} : { user: userId }), from, to }) as ReleaseRow[];
}

/** R12: own open YLC cases unreachable since on or before `since`. */
export async function ylcUnreachable(db: Db, userId: number, since: string): Promise<(CaseRef & { unreachableSince: string })[]> {
  return rawStatement(
    db,
    `SELECT c.id AS caseId, c.case_number AS caseNumber, ${CLIENT_NAME} AS clientName, c.target_group AS targetGroup,
       c.unreachable_since AS unreachableSince
     FROM cases c INDEXED BY cases_manager_phase_idx JOIN clients cl ON cl.id = c.client_id
     WHERE c.case_manager_id = @user AND ${OPEN} AND c.target_group = 'YLC'
       AND c.unreachable_since IS NOT NULL AND c.unreachable_since <= @since`,
  ).all({ user: userId, since }) as (CaseRef & { unreachableSince: string })[];
}

export type ClosureAwaitingRow = CaseRef & { closureId: number; requestedOn: string; reason: string; requestedByName: string };

/** R14: every closure request awaiting a supervisor, except `exceptRequester`'s own (they may not authorise it). */
export async function closuresAwaiting(db: Db, exceptRequester: number): Promise<ClosureAwaitingRow[]> {
  return rawStatement(
    db,
    `SELECT c.id AS caseId, c.case_number AS caseNumber, ${CLIENT_NAME} AS clientName, c.target_group AS targetGroup,
       x.id AS closureId, x.requested_on AS requestedOn, x.reason AS reason, u.full_name AS requestedByName
     FROM closures x
     JOIN cases c ON c.id = x.case_id
     JOIN clients cl ON cl.id = c.client_id
     JOIN users u ON u.id = x.requested_by
     WHERE x.status = 'requested' AND x.requested_by <> @me
     ORDER BY x.requested_on, x.id`,
  ).all({ me: exceptRequester }) as ClosureAwaitingRow[];
}
