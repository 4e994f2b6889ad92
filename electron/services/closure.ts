import { appendAudit } from '../../db/repositories/audit';
import { findPendingClosure, writeCasePhase } from '../../db/repositories/case-phase';
import { decideClosure, findClosureView, insertClosure, listCaseClosures, listPendingClosures, type ClosureView } from '../../db/repositories/closures';
import type { Db } from '../../db/open';
import type { UserRow } from '../../db/repositories/users';
import { withRead, withTransaction } from '../../db/transaction';
import type { Closure } from '../contract/methods/closure';
import { applyCaseEvent, type CaseEventRefusal } from '../core/case-phases';
import { requireUser, type HandlerGroup } from './call-context';
import { loadCaseFor } from './case-access';
import { localToday } from './cycle-clock';
import { DomainError, forbidden } from './errors';
import { caseState } from './reviews';

// R14 (ILO Table 2): the case manager asks, a supervisor other than the one asking decides. The case
// stays in its phase while the request waits; only an authorisation closes it (and then nothing on
// it can change: loadCaseFor refuses every write on a closed case).

const REFUSAL_KEY: Record<CaseEventRefusal, string> = {
  closed: 'errors.caseClosed',
  closurePending: 'errors.closurePending',
  notAllowed: 'errors.closureNotAllowed',
  noPendingClosure: 'errors.noPendingClosure',
};

function toClosure(v: ClosureView): Closure {
  return {
    id: v.id,
    caseId: v.caseId,
    caseNumber: v.caseNumber,
    clientName: v.clientName,
    reason: v.reason,
    reasonOther: v.reasonOther,
    details: v.details,
    transferDetails: v.transferDetails,
    refusalReasons: v.refusalReasons,
    clientInvolved: v.clientInvolved,
    clientAgrees: v.clientAgrees,
    contactLeft: v.contactLeft,
    serviceEvaluation: v.serviceEvaluation,
    requestedFromPhase: v.requestedFromPhase,
    requestedBy: v.requestedBy,
    requestedByName: v.requestedByName,
    requestedOn: v.requestedOn,
    status: v.status,
    decidedBy: v.decidedBy,
    decidedByName: v.decidedByName,
    decidedOn: v.decidedOn,
    returnComment: v.returnComment,
    createdAt: v.createdAt,
  };
}

function audit(db: Db, at: string, actor: UserRow, action: string, caseId: number, details: Record<string, unknown>) {
  return appendAudit(db, { at, userId: actor.id, username: actor.username, action, entityType: 'case', entityId: String(caseId), details });
}

export const closureHandlers: HandlerGroup<'closure.request' | 'closure.authorise' | 'closure.return' | 'closure.pending' | 'closure.list'> = {
  'closure.request': async (input, ctx) => {
    const actor = requireUser(ctx);
    const { app } = ctx;
    const today = localToday(app);
    return withTransaction(app.handle, async (db) => {
      const c = await loadCaseFor(db, actor, input.caseId, { write: true });
      // Only the case's own case manager fills in the closure form.
      if (c.caseManagerId !== actor.id) throw forbidden();
      const r = applyCaseEvent(await caseState(db, c), { type: 'requestClosure' });
      if (!r.ok) throw new DomainError('CONFLICT', REFUSAL_KEY[r.reason]);
      const now = app.nowIso();
      const id = await insertClosure(db, {
        caseId: c.id,
        reason: input.reason,
        reasonOther: input.reason === 'other' ? input.reasonOther : '',
        details: input.details,
        transferDetails: input.transferDetails,
        refusalReasons: input.refusalReasons,
        clientInvolved: input.clientInvolved,
        clientAgrees: input.clientAgrees,
        contactLeft: input.contactLeft,
        serviceEvaluation: input.serviceEvaluation,
        requestedFromPhase: c.phase,
        requestedBy: actor.id,
        requestedOn: today,
        status: 'requested',
        createdAt: now,
      });
      await audit(db, now, actor, 'closure.request', c.id, { closureId: id, reason: input.reason, phase: c.phase });
      return toClosure((await findClosureView(db, id))!);
    });
  },

  'closure.authorise': async ({ caseId }, ctx) => {
    const actor = requireUser(ctx);
    const { app } = ctx;
    const today = localToday(app);
    return withTransaction(app.handle, async (db) => {
      const c = await loadCaseFor(db, actor, caseId, { write: true });
      const pending = await findPendingClosure(db, c.id);
      if (!pending) throw new DomainError('CONFLICT', 'errors.noPendingClosure');
      // Four eyes: whoever asked for the closure cannot also authorise it.
      if (pending.requestedBy === actor.id) throw new DomainError('FORBIDDEN', 'errors.ownClosureRequest');
      const r = applyCaseEvent(await caseState(db, c), { type: 'authoriseClosure' });
      if (!r.ok) throw new DomainError('CONFLICT', REFUSAL_KEY[r.reason]);
      const now = app.nowIso();
      if (!(await decideClosure(db, pending.id, { status: 'authorised', decidedBy: actor.id, decidedOn: today }))) {
        throw new DomainError('CONFLICT', 'errors.noPendingClosure');
      }
      await writeCasePhase(db, c.id, r.state.phase, now, today);
      await audit(db, now, actor, 'closure.authorise', c.id, { closureId: pending.id, reason: pending.reason, phaseFrom: c.phase, closedOn: today });
      return { closure: toClosure((await findClosureView(db, pending.id))!), phase: r.state.phase };
    });
  },

  'closure.return': async ({ caseId, comment }, ctx) => {
    const actor = requireUser(ctx);
    const { app } = ctx;
    const today = localToday(app);
    return withTransaction(app.handle, async (db) => {
      const c = await loadCaseFor(db, actor, caseId, { write: true });
      const pending = await findPendingClosure(db, c.id);
      if (!pending) throw new DomainError('CONFLICT', 'errors.noPendingClosure');
      const r = applyCaseEvent(await caseState(db, c), { type: 'returnClosure' });
      if (!r.ok) throw new DomainError('CONFLICT', REFUSAL_KEY[r.reason]);
      const now = app.nowIso();
      if (!(await decideClosure(db, pending.id, { status: 'returned', decidedBy: actor.id, decidedOn: today, returnComment: comment }))) {
        throw new DomainError('CONFLICT', 'errors.noPendingClosure');
      }
      // The case continues in the phase it was in when closure was asked for.
      if (r.state.phase !== c.phase) await writeCasePhase(db, c.id, r.state.phase, now);
      await audit(db, now, actor, 'closure.return', c.id, { closureId: pending.id, phase: r.state.phase });
      return { closure: toClosure((await findClosureView(db, pending.id))!), phase: r.state.phase };
    });
  },

  'closure.pending': async (_input, ctx) => {
    requireUser(ctx);
    return withRead(ctx.app.handle, async (db) => (await listPendingClosures(db)).map(toClosure));
  },

  'closure.list': async ({ caseId }, ctx) => {
    const actor = requireUser(ctx);
    return withRead(ctx.app.handle, async (db) => {
      const c = await loadCaseFor(db, actor, caseId);
      return (await listCaseClosures(db, c.id)).map(toClosure);
    });
  },
};
