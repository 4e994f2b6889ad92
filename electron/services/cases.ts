import type { Db } from '../../db/open';
import { findPendingClosure, writeCasePhase } from '../../db/repositories/case-phase';
import {
  findCaseById,
  findLatestClosedCaseOfClient,
  findOpenCaseOfClient,
  insertCase,
  insertEligibilityDecision,
  isConstraintError,
  listCases,
  listEligibilityDecisions,
  maxCaseSequence,
  updateCase,
  type CaseInsert,
  type CaseRow,
} from '../../db/repositories/cases';
import { findClientById, type ClientRow } from '../../db/repositories/clients';
import { getSettings } from '../../db/repositories/settings';
import { findUserById, findUserName, type UserRow } from '../../db/repositories/users';
import { withRead, withTransaction } from '../../db/transaction';
import { compareDates } from '../core/calendar-dates';
import { applyCaseEvent, canRequestClosure, type CaseState, type OpenPhase } from '../core/case-phases';
import { maskPersonalCode } from '../core/client-identity';
import { plpEligibility, ylcEligibility } from '../core/eligibility';
import type { MethodParsedInput } from '../contract';
import { groupFieldIssues, type CaseDetails, type CaseFile, type CaseSummary, type EligibilityDecision } from '../contract/methods/cases';
import type { AppContext } from './app-context';
import { requireUser, type CallContext, type HandlerGroup } from './call-context';
import { loadCaseFor, seesAllCases } from './case-access';
import { audit, diffFields, todayOf } from './cycle-common';
import { DomainError, forbidden, invalid, notFound } from './errors';

// Cases: intake (R1), eligibility (R2, R3), the phase cycle, assignment and reopening (R15).
// Who sees what is decided by case-access.ts; every write is audited in its own transaction.

export const openCaseExists = () => new DomainError('CONFLICT', 'errors.openCaseExists');

/** The case as the contract shows it (client and manager names, pending closure). */
export async function caseView(db: Db, row: CaseRow, loadedClient?: ClientRow): Promise<CaseDetails> {
  const client = loadedClient ?? (await findClientById(db, row.clientId));
  const managerName = row.caseManagerId !== null ? await findUserName(db, row.caseManagerId) : undefined;
  const pending = row.phase === 'closed' ? undefined : await findPendingClosure(db, row.id);
  return {
    id: row.id,
    caseNumber: row.caseNumber,
    clientId: row.clientId,
    clientName: client ? `${client.firstName} ${client.lastName}` : '',
    targetGroup: row.targetGroup,
    phase: row.phase,
    intakeDate: row.intakeDate,
    intensity: row.intensity,
    caseManagerId: row.caseManagerId,
    caseManagerName: managerName ?? null,
    closedOn: row.closedOn,
    previousCaseId: row.previousCaseId,
    isReturn: row.previousCaseId !== null,
    entryPoint: row.entryPoint,
    entryPointOther: row.entryPointOther,
    referrerName: row.referrerName,
    referrerContact: row.referrerContact,
    assignedOn: row.assignedOn,
    coordinatorAppointedOn: row.coordinatorAppointedOn,
    servesArrestSentence: row.servesArrestSentence,
    releaseDate: row.releaseDate,
    prison: row.prison,
    prisonSocialWorker: row.prisonSocialWorker,
    ylcCriterion: row.ylcCriterion,
    unreachableSince: row.unreachableSince,
    neetSince: row.neetSince,
    closurePending: pending !== undefined,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** The core's view of a case: its phase and any closure request waiting for a supervisor. */
export async function caseState(db: Db, row: CaseRow): Promise<CaseState> {
  const pending = row.phase === 'closed' ? undefined : await findPendingClosure(db, row.id);
  return { phase: row.phase, closure: pending ? { requestedFrom: pending.requestedFromPhase, status: 'requested' } : null };
}

/** Moves a case one step round the cycle (core state machine), or refuses with CONFLICT errors.phase.<reason>. */
export async function advanceCase(db: Db, row: CaseRow, to: OpenPhase, now: string): Promise<CaseRow['phase']> {
  const r = applyCaseEvent(await caseState(db, row), { type: 'advance', to });
  if (!r.ok) throw new DomainError('CONFLICT', `errors.phase.${r.reason}`, { from: row.phase, to });
  await writeCasePhase(db, row.id, r.state.phase, now);
  return r.state.phase;
}

function notInFuture(path: string, date: string | null | undefined, today: string): void {
  if (date && compareDates(date, today) > 0) throw invalid(path, ['validation.dateInFuture']);
}

/** A case is given only to an active user holding the case manager role. */
async function assertCaseManager(db: Db, userId: number): Promise<UserRow> {
  const u = await findUserById(db, userId);
  if (!u || u.disabledAt || !u.roles.includes('case_manager')) throw invalid('caseManagerId', ['validation.caseManagerNotActive']);
  return u;
}

/**
 * Who the new case goes to: a case manager who is no supervisor takes it themselves (and may name
 * nobody else); a supervisor names anyone active with the case manager role, or leaves it unassigned.
 */
async function assignmentFor(
  db: Db,
  actor: UserRow,
  input: { caseManagerId?: number | null; assignedOn?: string | null },
  today: string,
): Promise<{ caseManagerId: number | null; assignedOn: string | null }> {
  const isSupervisor = actor.roles.includes('supervisor');
  let managerId: number | null;
  if (!isSupervisor) {
    if (input.caseManagerId != null && input.caseManagerId !== actor.id) throw forbidden();
    managerId = actor.id;
  } else {
    managerId = input.caseManagerId !== undefined ? input.caseManagerId : actor.roles.includes('case_manager') ? actor.id : null;
  }
  if (managerId === null) return { caseManagerId: null, assignedOn: null };
  await assertCaseManager(db, managerId);
  const assignedOn = input.assignedOn ?? today;
  notInFuture('assignedOn', assignedOn, today);
  return { caseManagerId: managerId, assignedOn };
}

async function nextCaseNumber(db: Db, today: string): Promise<string> {
  const settings = await getSettings(db);
  if (!settings) throw new DomainError('NOT_INITIALISED', 'errors.notInitialised');
  const prefix = `${settings.centreCode}-${today.slice(0, 4)}-`;
  return `${prefix}${String((await maxCaseSequence(db, prefix)) + 1).padStart(5, '0')}`;
}

async function insertNewCase(db: Db, values: Omit<CaseInsert, 'caseNumber' | 'createdAt' | 'updatedAt' | 'phase'>, now: string, today: string): Promise<CaseRow> {
  if (await findOpenCaseOfClient(db, values.clientId)) throw openCaseExists();
  return insertCase(db, { ...values, phase: 'intake', caseNumber: await nextCaseNumber(db, today), createdAt: now, updatedAt: now });
}

function issuesToError(issues: { path: string; messageKey: string }[]): DomainError {
  return new DomainError('VALIDATION', 'errors.validation', undefined, issues);
}

/** The unique index behind "one open case per client" answers a race the service check missed. */
async function translatingOpenCase<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (isConstraintError(err, 'cases.client_id')) throw openCaseExists();
    throw err;
  }
}

function toDecision(d: Awaited<ReturnType<typeof listEligibilityDecisions>>[number]): EligibilityDecision {
  return { id: d.id, decidedOn: d.decidedOn, decidedBy: d.decidedBy, decidedByName: d.decidedByName, eligible: d.eligible, criterion: d.criterion, reason: d.reason, createdAt: d.createdAt };
}

const CASE_FIELDS = [
  'targetGroup',
  'entryPoint',
  'entryPointOther',
  'referrerName',
  'referrerContact',
  'intakeDate',
  'intensity',
  'releaseDate',
  'prison',
  'prisonSocialWorker',
  'coordinatorAppointedOn',
  'unreachableSince',
  'neetSince',
] as const;

function ctxUser(ctx: CallContext) {
  return { app: ctx.app, actor: requireUser(ctx) };
}

/** The case file as shown on opening it (the case, its client, eligibility); the view is audited, so call it in a transaction. */
export async function readCaseFile(db: Db, app: AppContext, actor: UserRow, id: number): Promise<CaseFile> {
  const row = await loadCaseFor(db, actor, id);
  const client = await findClientById(db, row.clientId);
  if (!client) throw notFound();
  await audit(db, app, actor, { action: 'case.view', entityType: 'case', entityId: id });
  return {
    case: await caseView(db, row, client),
    client: {
      id: client.id,
      firstName: client.firstName,
      lastName: client.lastName,
      birthDate: client.birthDate,
      sex: client.sex,
      personalCodeMasked: maskPersonalCode(client.personalCode),
    },
    eligibility: (await listEligibilityDecisions(db, id)).map(toDecision),
  };
}

type EpisodeInput = Omit<MethodParsedInput<'cases.create'>, 'clientId'>;

/**
 * A new episode for a client: a first case, or a return (R15). Any case opened after a closed one
 * is linked to the latest closed case and counts as a return, whichever door it came through, as
 * the Ministry package counts CASES_REOPENED ("a new episode for a client whose earlier case was closed").
 */
async function openEpisode(
  db: Db,
  app: AppContext,
  actor: UserRow,
  episode: { clientId: number; previous: CaseRow | null },
  input: EpisodeInput,
  today: string,
): Promise<CaseDetails> {
  const { clientId, previous } = episode;
  notInFuture('intakeDate', input.intakeDate, today);
  notInFuture('coordinatorAppointedOn', input.coordinatorAppointedOn, today);
  const issues = groupFieldIssues(input);
  if (issues.length) throw issuesToError(issues);
  const assignment = await assignmentFor(db, actor, input, today);
  const group = input.targetGroup;
  const row = await insertNewCase(
    db,
    {
      clientId,
      targetGroup: group,
      entryPoint: input.entryPoint,
      entryPointOther: input.entryPoint === 'other' ? input.entryPointOther : '',
      referrerName: input.referrerName,
      referrerContact: input.referrerContact,
      intakeDate: input.intakeDate,
      intensity: input.intensity,
      ...assignment,
      coordinatorAppointedOn: group === 'YLC' ? (input.coordinatorAppointedOn ?? null) : null,
      releaseDate: group === 'PLP' ? (input.releaseDate ?? null) : null,
      prison: group === 'PLP' ? input.prison : '',
      prisonSocialWorker: group === 'PLP' ? input.prisonSocialWorker : '',
      previousCaseId: previous?.id ?? null,
    },
    app.nowIso(),
    today,
  );
  await audit(db, app, actor, {
    action: previous ? 'case.reopen' : 'case.create',
    entityType: 'case',
    entityId: row.id,
    details: {
      caseNumber: row.caseNumber,
      clientId: row.clientId,
      targetGroup: row.targetGroup,
      entryPoint: row.entryPoint,
      caseManagerId: row.caseManagerId,
      ...(previous ? { previousCaseId: previous.id } : {}),
    },
  });
  return caseView(db, row);
}

export const caseHandlers: HandlerGroup<
  'cases.create' | 'cases.assign' | 'cases.get' | 'cases.list' | 'cases.update' | 'cases.advancePhase' | 'cases.decideEligibility' | 'cases.reopen'
> = {
  'cases.create': async (input, ctx) => {
    const { app, actor } = ctxUser(ctx);
    const today = todayOf(app);
    return translatingOpenCase(() =>
      withTransaction(app.handle, async (db) => {
        if (!(await findClientById(db, input.clientId))) throw notFound();
        const previous = (await findLatestClosedCaseOfClient(db, input.clientId)) ?? null;
        return openEpisode(db, app, actor, { clientId: input.clientId, previous }, input, today);
      }),
    );
  },

  'cases.assign': async ({ id, caseManagerId, assignedOn }, ctx) => {
    const { app, actor } = ctxUser(ctx);
    const today = todayOf(app);
    const on = assignedOn ?? today;
    notInFuture('assignedOn', on, today);
    return withTransaction(app.handle, async (db) => {
      const row = await loadCaseFor(db, actor, id, { write: true });
      await assertCaseManager(db, caseManagerId);
      const updated = await updateCase(db, id, { caseManagerId, assignedOn: on, updatedAt: app.nowIso() });
      await audit(db, app, actor, {
        action: 'case.assign',
        entityType: 'case',
        entityId: id,
        details: { before: { caseManagerId: row.caseManagerId, assignedOn: row.assignedOn }, after: { caseManagerId, assignedOn: on } },
      });
      return caseView(db, updated);
    });
  },

  'cases.get': async ({ id }, ctx) => {
    const { app, actor } = ctxUser(ctx);
    return withTransaction(app.handle, (db) => readCaseFile(db, app, actor, id));
  },

  'cases.list': async (input, ctx) => {
    const { app, actor } = ctxUser(ctx);
    let caseManagerId = input.caseManagerId;
    if (!seesAllCases(actor)) {
      if (caseManagerId !== undefined && caseManagerId !== actor.id) return { total: 0, items: [] };
      caseManagerId = actor.id;
    }
    const { total, rows } = await withRead(app.handle, (db) =>
      listCases(db, { phase: input.phase, targetGroup: input.targetGroup, caseManagerId, sort: input.sort, limit: input.limit, offset: input.offset }),
    );
    const items: CaseSummary[] = rows.map((r) => ({
      id: r.id,
      caseNumber: r.caseNumber,
      clientId: r.clientId,
      clientName: `${r.clientFirstName} ${r.clientLastName}`,
      targetGroup: r.targetGroup,
      phase: r.phase,
      intakeDate: r.intakeDate,
      intensity: r.intensity,
      caseManagerId: r.caseManagerId,
      caseManagerName: r.caseManagerName,
      closedOn: r.closedOn,
      previousCaseId: r.previousCaseId,
      isReturn: r.previousCaseId !== null,
    }));
    return { total, items };
  },

  'cases.update': async (input, ctx) => {
    const { app, actor } = ctxUser(ctx);
    const today = todayOf(app);
    notInFuture('intakeDate', input.intakeDate, today);
    notInFuture('coordinatorAppointedOn', input.coordinatorAppointedOn, today);
    notInFuture('unreachableSince', input.unreachableSince, today);
    notInFuture('neetSince', input.neetSince, today);
    return withTransaction(app.handle, async (db) => {
      const row = await loadCaseFor(db, actor, input.id, { write: true });
      if (input.targetGroup !== undefined && input.targetGroup !== row.targetGroup && row.phase !== 'intake') {
        throw new DomainError('CONFLICT', 'errors.targetGroupFixed', undefined, [{ path: 'targetGroup', messageKey: 'errors.targetGroupFixed' }]);
      }
      const next = { ...row };
      for (const k of CASE_FIELDS) if (input[k] !== undefined) (next as Record<string, unknown>)[k] = input[k];
      // A change of group drops the fields that belong to the old group only, unless they are sent.
      if (next.targetGroup !== row.targetGroup) {
        if (next.targetGroup !== 'PLP') {
          if (input.releaseDate === undefined) next.releaseDate = null;
          if (input.prison === undefined) next.prison = '';
          if (input.prisonSocialWorker === undefined) next.prisonSocialWorker = '';
          next.servesArrestSentence = null;
        }
        if (next.targetGroup !== 'YLC') {
          if (input.coordinatorAppointedOn === undefined) next.coordinatorAppointedOn = null;
          if (input.unreachableSince === undefined) next.unreachableSince = null;
          if (input.neetSince === undefined) next.neetSince = null;
          next.ylcCriterion = null;
        }
      }
      if (next.entryPoint !== 'other' && input.entryPointOther === undefined) next.entryPointOther = '';
      const issues = groupFieldIssues(next);
      if (next.targetGroup !== 'YLC') {
        for (const k of ['unreachableSince', 'neetSince'] as const) if (next[k]) issues.push({ path: k, messageKey: 'validation.onlyForYlc' });
      }
      if (issues.length) throw issuesToError(issues);
      const diff = diffFields(row, next, [...CASE_FIELDS, 'servesArrestSentence', 'ylcCriterion']);
      if (!diff.changed.length) return caseView(db, row);
      const updated = await updateCase(db, row.id, { ...Object.fromEntries(diff.changed.map((k) => [k, next[k]])), updatedAt: app.nowIso() });
      await audit(db, app, actor, { action: 'case.update', entityType: 'case', entityId: row.id, details: diff });
      return caseView(db, updated);
    });
  },

  'cases.advancePhase': async ({ id, to }, ctx) => {
    const { app, actor } = ctxUser(ctx);
    return withTransaction(app.handle, async (db) => {
      const row = await loadCaseFor(db, actor, id, { write: true });
      // Intake is left by the eligibility decision (R2, R3), never by a plain move.
      if (row.phase === 'intake') throw new DomainError('CONFLICT', 'errors.eligibilityFirst');
      const phase = await advanceCase(db, row, to, app.nowIso());
      await audit(db, app, actor, { action: 'case.advancePhase', entityType: 'case', entityId: id, details: { from: row.phase, to: phase } });
      return caseView(db, (await findCaseById(db, id))!);
    });
  },

  'cases.decideEligibility': async (input, ctx) => {
    const { app, actor } = ctxUser(ctx);
    const today = todayOf(app);
    return withTransaction(app.handle, async (db) => {
      const row = await loadCaseFor(db, actor, input.id, { write: true });
      if (row.phase !== 'intake') throw new DomainError('CONFLICT', 'errors.eligibilityDecided');
      const patch: Partial<CaseRow> = {};
      let eligible: boolean;
      let reason: string;
      let criterion: string | null = null;
      switch (row.targetGroup) {
        case 'PLP': {
          // R2: everyone leaving prison is eligible except a person serving an arrest sentence.
          if (input.servesArrestSentence === undefined) throw invalid('servesArrestSentence', ['validation.required']);
          const r = plpEligibility({ servesArrestSentence: input.servesArrestSentence });
          patch.servesArrestSentence = input.servesArrestSentence;
          eligible = r.eligible;
          reason = r.eligible ? input.reason : r.reason;
          break;
        }
        case 'YLC': {
          // R3: age 16–24 on the intake date and one of the criteria (a)–(d); (d) from 18.
          const client = await findClientById(db, row.clientId);
          if (!client?.birthDate) throw invalid('birthDate', ['validation.birthDateRequired']);
          criterion = input.criterion ?? null;
          const r = ylcEligibility({ birthDate: client.birthDate, intakeDate: row.intakeDate, criterion: input.criterion ?? null });
          patch.ylcCriterion = input.criterion ?? null;
          eligible = r.eligible;
          reason = r.eligible ? input.reason : r.reason;
          break;
        }
        default: {
          // PWD and OTHER: no wrong door; the worker may still decide not, and says why.
          eligible = input.eligible ?? true;
          if (!eligible && !input.reason) throw invalid('reason', ['validation.required']);
          reason = input.reason;
        }
      }
      const now = app.nowIso();
      const decision = await insertEligibilityDecision(db, { caseId: row.id, decidedOn: today, decidedBy: actor.id, eligible, criterion, reason, createdAt: now });
      if (Object.keys(patch).length) await updateCase(db, row.id, { ...patch, updatedAt: now });
      if (eligible) {
        await advanceCase(db, row, 'assessment', now);
      } else {
        // Not eligible: the intake ends here with the recorded reason; no supervisor is needed.
        if (!canRequestClosure(row.phase, true)) throw new DomainError('CONFLICT', 'errors.phase.notAllowed');
        await writeCasePhase(db, row.id, 'closed', now, today);
      }
      await audit(db, app, actor, {
        action: 'case.eligibility',
        entityType: 'case',
        entityId: row.id,
        details: { eligible, criterion, reason, targetGroup: row.targetGroup, ...patch },
      });
      const updated = (await findCaseById(db, row.id))!;
      return { case: await caseView(db, updated), decision: { ...decision, decidedByName: actor.fullName } };
    });
  },

  'cases.reopen': async (input, ctx) => {
    const { app, actor } = ctxUser(ctx);
    const today = todayOf(app);
    return translatingOpenCase(() =>
      withTransaction(app.handle, async (db) => {
        const given = await loadCaseFor(db, actor, input.id);
        if (await findOpenCaseOfClient(db, given.clientId)) throw openCaseExists();
        const previous = (await findLatestClosedCaseOfClient(db, given.clientId))!;
        // The person may come back under another group; the earlier one is only the default.
        return openEpisode(db, app, actor, { clientId: given.clientId, previous }, { ...input, targetGroup: input.targetGroup ?? previous.targetGroup }, today);
      }),
    );
  },
};
