import type { AuditEntity } from '../core/audit-entities';
import type { Db } from '../../db/open';
import { appendAudit } from '../../db/repositories/audit';
import { isClientOwnedBy } from '../../db/repositories/clients';
import {
  clientExists,
  findConsent,
  insertConsent,
  insertException,
  listConsents,
  listConsentViews,
  listExceptions,
  listExceptionViews,
  withdrawConsent,
  type ConsentRow,
  type ConsentView,
  type ExceptionRow,
  type ExceptionView,
} from '../../db/repositories/consents';
import { findProvider, type ProviderRow } from '../../db/repositories/providers';
import type { UserRow } from '../../db/repositories/users';
import { withRead, withTransaction } from '../../db/transaction';
import type { Consent, ConsentCheck, ConsentException } from '../contract/methods/consents';
import { compareDates } from '../core/calendar-dates';
import { consentValidOn, coveringConsent, coveringException } from '../core/referrals';
import { requireUser, type HandlerGroup } from './call-context';
import type { AppContext } from './app-context';
import { seesAllCases } from './case-access';
import { localToday } from './cycle-clock';
import { DomainError, forbidden, invalid, notFound } from './errors';

// R9: consent to share personal data with a provider (or a whole sector), and the supervisor's
// documented exception. Who may see a client's consents is who may see the client.

/** The client exists and the user may see them (supervisors and administrators: everyone; a case manager: their own). */
export async function checkClientAccess(db: Db, user: UserRow, clientId: number, opts: { write?: boolean } = {}): Promise<void> {
  if (!(await clientExists(db, clientId))) throw notFound();
  const own = await isClientOwnedBy(db, clientId, user.id);
  if (!own && !seesAllCases(user)) throw forbidden();
  // An administrator reads; a supervisor acts on anyone; a case manager on their own clients.
  if (opts.write && !own && !user.roles.includes('supervisor')) throw forbidden();
}

function toConsent(v: ConsentView, today: string): Consent {
  return {
    id: v.id,
    clientId: v.clientId,
    scope: v.scope,
    providerId: v.providerId,
    providerName: v.providerName,
    sector: v.sector,
    what: v.what,
    givenOn: v.givenOn,
    validUntil: v.validUntil,
    withdrawnOn: v.withdrawnOn,
    notes: v.notes,
    recordedByName: v.recordedByName,
    recordedAt: v.recordedAt,
    withdrawnByName: v.withdrawnByName,
    validToday: consentValidOn(v, today),
  };
}

function toException(v: ExceptionView): ConsentException {
  return {
    id: v.id,
    clientId: v.clientId,
    providerId: v.providerId,
    providerName: v.providerName,
    reason: v.reason,
    validFrom: v.validFrom,
    validUntil: v.validUntil,
    grantedByName: v.grantedByName,
    createdAt: v.createdAt,
  };
}

export type ConsentBasis = { consent: ConsentRow; exception: null } | { consent: null; exception: ExceptionRow };

/** R9: what lets this client's data go to this provider on this date; null when nothing does. */
export async function consentBasisFor(db: Db, clientId: number, provider: ProviderRow, date: string): Promise<ConsentBasis | null> {
  const consent = coveringConsent(await listConsents(db, clientId), provider, date);
  if (consent) return { consent, exception: null };
  const exception = coveringException(await listExceptions(db, clientId, provider.id), provider.id, date);
  return exception ? { consent: null, exception } : null;
}

async function consentView(db: Db, clientId: number, id: number, today: string): Promise<Consent> {
  const v = (await listConsentViews(db, clientId)).find((c) => c.id === id);
  if (!v) throw notFound();
  return toConsent(v, today);
}

function auditConsent(db: Db, app: AppContext, actor: UserRow, action: string, entityType: AuditEntity, entityId: number, details: Record<string, unknown>) {
  return appendAudit(db, { at: app.nowIso(), userId: actor.id, username: actor.username, action, entityType, entityId: String(entityId), details });
}

export const consentHandlers: HandlerGroup<'consents.list' | 'consents.record' | 'consents.withdraw' | 'consents.recordException' | 'consents.check'> = {
  'consents.list': async ({ clientId }, ctx) => {
    const user = requireUser(ctx);
    const today = localToday(ctx.app);
    return withRead(ctx.app.handle, async (db) => {
      await checkClientAccess(db, user, clientId);
      return {
        consents: (await listConsentViews(db, clientId)).map((v) => toConsent(v, today)),
        exceptions: (await listExceptionViews(db, clientId)).map(toException),
      };
    });
  },

  'consents.record': async (input, ctx) => {
    const user = requireUser(ctx);
    const { app } = ctx;
    const today = localToday(app);
    if (compareDates(input.givenOn, today) > 0) throw invalid('givenOn', ['validation.dateInFuture']);
    return withTransaction(app.handle, async (db) => {
      await checkClientAccess(db, user, input.clientId, { write: true });
      if (input.scope === 'provider' && !(await findProvider(db, input.providerId!))) throw notFound();
      const row = await insertConsent(db, {
        clientId: input.clientId,
        scope: input.scope,
        providerId: input.scope === 'provider' ? input.providerId : null,
        sector: input.scope === 'sector' ? input.sector : null,
        what: input.what,
        givenOn: input.givenOn,
        validUntil: input.validUntil,
        notes: input.notes,
        recordedBy: user.id,
        recordedAt: app.nowIso(),
      });
      await auditConsent(db, app, user, 'consent.record', 'client', input.clientId, {
        consentId: row.id,
        scope: row.scope,
        providerId: row.providerId,
        sector: row.sector,
        givenOn: row.givenOn,
        validUntil: row.validUntil,
      });
      return consentView(db, input.clientId, row.id, today);
    });
  },

  'consents.withdraw': async ({ id, withdrawnOn }, ctx) => {
    const user = requireUser(ctx);
    const { app } = ctx;
    const today = localToday(app);
    if (compareDates(withdrawnOn, today) > 0) throw invalid('withdrawnOn', ['validation.dateInFuture']);
    return withTransaction(app.handle, async (db) => {
      const row = await findConsent(db, id);
      if (!row) throw notFound();
      await checkClientAccess(db, user, row.clientId, { write: true });
      if (row.withdrawnOn) throw new DomainError('CONFLICT', 'errors.consentAlreadyWithdrawn');
      if (compareDates(withdrawnOn, row.givenOn) < 0) throw invalid('withdrawnOn', ['validation.date']);
      await withdrawConsent(db, id, withdrawnOn, user.id);
      await auditConsent(db, app, user, 'consent.withdraw', 'client', row.clientId, { consentId: id, withdrawnOn });
      return consentView(db, row.clientId, id, today);
    });
  },

  'consents.recordException': async (input, ctx) => {
    const user = requireUser(ctx);
    const { app } = ctx;
    return withTransaction(app.handle, async (db) => {
      await checkClientAccess(db, user, input.clientId, { write: true });
      const provider = await findProvider(db, input.providerId);
      if (!provider) throw notFound();
      const row = await insertException(db, { ...input, grantedBy: user.id, createdAt: app.nowIso() });
      await auditConsent(db, app, user, 'consent.exception', 'client', input.clientId, {
        exceptionId: row.id,
        providerId: row.providerId,
        providerName: provider.name,
        reason: row.reason,
        validFrom: row.validFrom,
        validUntil: row.validUntil,
      });
      const v = (await listExceptionViews(db, input.clientId)).find((e) => e.id === row.id)!;
      return toException(v);
    });
  },

  'consents.check': async ({ clientId, providerId, onDate }, ctx) => {
    const user = requireUser(ctx);
    return withRead(ctx.app.handle, async (db): Promise<ConsentCheck> => {
      await checkClientAccess(db, user, clientId);
      const provider = await findProvider(db, providerId);
      if (!provider) throw notFound();
      const basis = await consentBasisFor(db, clientId, provider, onDate);
      return {
        allowed: basis !== null,
        basis: basis ? (basis.consent ? 'consent' : 'exception') : null,
        consentId: basis?.consent?.id ?? null,
        exceptionId: basis?.exception?.id ?? null,
      };
    });
  },
};
