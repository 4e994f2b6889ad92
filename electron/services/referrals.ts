import type { Db } from '../../db/open';
import { appendAudit } from '../../db/repositories/audit';
import { findProvider, findService } from '../../db/repositories/providers';
import {
  findReferral,
  findReferralView,
  findStepWithCase,
  insertReferral,
  listReferralViews,
  loadClient,
  loadUser,
  markStepDone,
  updateReferral,
  type ReferralView,
} from '../../db/repositories/referrals';
import { getSettings } from '../../db/repositories/settings';
import type { UserRow } from '../../db/repositories/users';
import { withRead, withTransaction } from '../../db/transaction';
import { REFERRAL_FORM_FIELDS, type Referral, type ReferralForm } from '../contract/methods/referrals';
import { ageOn, compareDates } from '../core/calendar-dates';
import { awaitingAnswer, canMoveTo, followUpDate } from '../core/referrals';
import { requireUser, type HandlerGroup } from './call-context';
import type { AppContext } from './app-context';
import { loadCaseFor, type CaseRow } from './case-access';
import { consentBasisFor } from './consents';
import { localToday } from './cycle-clock';
import { DomainError, invalid, notFound } from './errors';
import { mapSettingsOf } from './service-map';

// R8: referrals with every field of ILO Table 1, tracked sent → accepted / declined → completed;
// R9: none goes out without a consent (or a supervisor's exception) covering the provider.

function parseForm(s: string): Record<string, string> {
  try {
    const v = JSON.parse(s) as Record<string, unknown>;
    return Object.fromEntries(REFERRAL_FORM_FIELDS.map((k) => [k, typeof v[k] === 'string' ? v[k] : '']));
  } catch {
    return {};
  }
}

function toReferral(v: ReferralView, today: string): Referral {
  return {
    id: v.id,
    caseId: v.caseId,
    caseNumber: v.caseNumber,
    clientId: v.clientId,
    planStepId: v.planStepId,
    planStepText: v.planStepText,
    providerId: v.providerId,
    providerName: v.providerName,
    serviceId: v.serviceId,
    serviceName: v.serviceName,
    form: parseForm(v.form),
    basis: v.consentId !== null ? 'consent' : 'exception',
    status: v.status,
    sentOn: v.sentOn,
    sentByName: v.sentByName,
    followUpOn: v.followUpOn,
    acceptedOn: v.acceptedOn,
    acceptedByName: v.acceptedByName,
    declinedOn: v.declinedOn,
    declinedByName: v.declinedByName,
    declineReason: v.declineReason,
    completedOn: v.completedOn,
    completedByName: v.completedByName,
    outcome: v.outcome,
    awaitingAnswer: awaitingAnswer(v, today),
  };
}

async function referralOut(db: Db, id: number, today: string): Promise<Referral> {
  const v = await findReferralView(db, id);
  if (!v) throw notFound();
  return toReferral(v, today);
}

/** The provider, service and plan step of a referral, each checked to belong where it should. */
async function loadTargets(db: Db, c: CaseRow, t: { providerId: number; serviceId: number | null; planStepId: number | null }) {
  const provider = await findProvider(db, t.providerId);
  if (!provider) throw notFound();
  const service = t.serviceId !== null ? await findService(db, t.serviceId) : undefined;
  if (t.serviceId !== null && (!service || service.providerId !== provider.id)) throw invalid('serviceId', ['validation.serviceNotOfProvider']);
  const step = t.planStepId !== null ? await findStepWithCase(db, t.planStepId) : undefined;
  if (t.planStepId !== null && (!step || step.caseId !== c.id)) throw invalid('planStepId', ['validation.stepNotOfCase']);
  return { provider, service: service ?? null, step: step ?? null };
}

function auditReferral(db: Db, app: AppContext, actor: UserRow, action: string, caseId: number, details: Record<string, unknown>) {
  return appendAudit(db, { at: app.nowIso(), userId: actor.id, username: actor.username, action, entityType: 'case', entityId: String(caseId), details });
}

function notAfterToday(path: string, date: string, today: string): void {
  if (compareDates(date, today) > 0) throw invalid(path, ['validation.dateInFuture']);
}

type Methods = 'referrals.prefill' | 'referrals.send' | 'referrals.list' | 'referrals.get' | 'referrals.setStatus' | 'referrals.setFollowUp';

export const referralHandlers: HandlerGroup<Methods> = {
  'referrals.prefill': async (input, ctx) => {
    const user = requireUser(ctx);
    const { app } = ctx;
    const today = localToday(app);
    return withRead(app.handle, async (db) => {
      const c = await loadCaseFor(db, user, input.caseId, { write: true });
      const { provider, service, step } = await loadTargets(db, c, input);
      const client = await loadClient(db, c.clientId);
      if (!client) throw notFound();
      const centre = await getSettings(db);
      const manager = c.caseManagerId !== null ? await loadUser(db, c.caseManagerId) : { id: user.id, fullName: user.fullName };
      const basis = await consentBasisFor(db, client.id, provider, today);
      const settings = await mapSettingsOf(db);
      const contacts = JSON.parse(provider.contactPersons) as { name: string; role: string; phone: string; email: string }[];
      const phones = JSON.parse(provider.phones) as string[];
      const current = (await listReferralViews(db, c.id)).filter((r) => r.status === 'accepted').map((r) => [r.providerName, r.serviceName].filter(Boolean).join(' — '));
      const form: ReferralForm = {
        referralDate: today,
        centreName: centre?.centreName ?? '',
        centreContacts: '',
        clientName: `${client.firstName} ${client.lastName}`,
        clientAddress: client.address,
        clientContacts: [client.phone, client.email].filter(Boolean).join(', '),
        clientPersonalInfo: '',
        caregiver: client.caregiver,
        languageSkills: client.languages,
        vulnerabilityStatus: client.vulnerabilityNotes,
        familySituation: client.familySituation,
        reasons: step?.text ?? '',
        providerName: provider.name,
        providerAddress: provider.address,
        providerContacts: [...phones, provider.email, provider.website].filter(Boolean).join(', '),
        providerContactPerson: contacts[0] ? [contacts[0].name, contacts[0].role, contacts[0].phone, contacts[0].email].filter(Boolean).join(', ') : '',
        providerOther: service ? [service.name, service.description].filter(Boolean).join(' — ') : '',
        measures: '',
        monitoringProtocol: '',
        currentSupport: current.join('; '),
        consentStatement: '',
        caseManagerName: manager?.fullName ?? '',
        caseManagerContacts: '',
        notes: '',
      };
      return {
        form,
        facts: {
          birthDate: client.birthDate,
          age: client.birthDate ? ageOn(client.birthDate, today) : null,
          sex: client.sex,
          targetGroup: c.targetGroup,
          serviceName: service?.name ?? null,
        },
        consent: {
          allowed: basis !== null,
          basis: basis ? (basis.consent ? 'consent' : 'exception') : null,
          what: basis?.consent?.what ?? null,
          givenOn: basis?.consent?.givenOn ?? basis?.exception?.validFrom ?? null,
          validUntil: basis?.consent?.validUntil ?? basis?.exception?.validUntil ?? null,
          exceptionReason: basis?.exception?.reason ?? null,
        },
        followUpOn: followUpDate(today, settings.followUpDays),
      };
    });
  },

  'referrals.send': async (input, ctx) => {
    const user = requireUser(ctx);
    const { app } = ctx;
    const today = localToday(app);
    const date = input.form.referralDate;
    notAfterToday('form.referralDate', date, today);
    return withTransaction(app.handle, async (db) => {
      const c = await loadCaseFor(db, user, input.caseId, { write: true });
      const { provider, service } = await loadTargets(db, c, input);
      if (!provider.active || (service && !service.active)) throw new DomainError('CONFLICT', 'errors.referralArchived');
      const basis = await consentBasisFor(db, c.clientId, provider, date);
      if (!basis) throw new DomainError('CONFLICT', 'errors.referralNoConsent', { provider: provider.name, date });
      const followUpOn = input.followUpOn ?? followUpDate(date, (await mapSettingsOf(db)).followUpDays);
      if (compareDates(followUpOn, date) < 0) throw invalid('followUpOn', ['validation.date']);
      const now = app.nowIso();
      const row = await insertReferral(db, {
        caseId: c.id,
        clientId: c.clientId,
        planStepId: input.planStepId,
        providerId: provider.id,
        serviceId: input.serviceId,
        form: JSON.stringify(input.form),
        consentId: basis.consent?.id ?? null,
        exceptionId: basis.exception?.id ?? null,
        status: 'sent',
        sentOn: date,
        sentBy: user.id,
        followUpOn,
        createdAt: now,
        updatedAt: now,
      });
      await auditReferral(db, app, user, 'referral.send', c.id, {
        referralId: row.id,
        providerId: provider.id,
        serviceId: input.serviceId,
        planStepId: input.planStepId,
        basis: basis.consent ? 'consent' : 'exception',
        consentId: row.consentId,
        exceptionId: row.exceptionId,
      });
      return referralOut(db, row.id, today);
    });
  },

  'referrals.list': async ({ caseId }, ctx) => {
    const user = requireUser(ctx);
    const today = localToday(ctx.app);
    return withRead(ctx.app.handle, async (db) => {
      await loadCaseFor(db, user, caseId);
      return (await listReferralViews(db, caseId)).map((v) => toReferral(v, today));
    });
  },

  'referrals.get': async ({ id }, ctx) => {
    const user = requireUser(ctx);
    const today = localToday(ctx.app);
    return withRead(ctx.app.handle, async (db) => {
      const row = await findReferral(db, id);
      if (!row) throw notFound();
      await loadCaseFor(db, user, row.caseId);
      return referralOut(db, id, today);
    });
  },

  'referrals.setStatus': async (input, ctx) => {
    const user = requireUser(ctx);
    const { app } = ctx;
    const today = localToday(app);
    notAfterToday('on', input.on, today);
    return withTransaction(app.handle, async (db) => {
      const row = await findReferral(db, input.id);
      if (!row) throw notFound();
      const c = await loadCaseFor(db, user, row.caseId, { write: true });
      if (!canMoveTo(row.status, input.status)) {
        throw new DomainError('CONFLICT', 'errors.referralBadTransition', { from: row.status, to: input.status });
      }
      const since = input.status === 'completed' ? (row.acceptedOn ?? row.sentOn) : row.sentOn;
      if (compareDates(input.on, since) < 0) throw invalid('on', ['validation.dateBeforePrevious']);
      const now = app.nowIso();
      let stepDone = false;
      if (input.status === 'accepted') {
        await updateReferral(db, row.id, { status: 'accepted', acceptedOn: input.on, acceptedBy: user.id, updatedAt: now });
      } else if (input.status === 'declined') {
        if (!input.reason) throw invalid('reason', ['validation.required']);
        await updateReferral(db, row.id, { status: 'declined', declinedOn: input.on, declinedBy: user.id, declineReason: input.reason, updatedAt: now });
      } else {
        await updateReferral(db, row.id, { status: 'completed', completedOn: input.on, completedBy: user.id, outcome: input.outcome, updatedAt: now });
        if (input.markStepDone && row.planStepId !== null) {
          const step = await findStepWithCase(db, row.planStepId);
          if (step && step.status === 'open') {
            await markStepDone(db, row.planStepId, input.on);
            stepDone = true;
          }
        }
      }
      await auditReferral(db, app, user, 'referral.status', c.id, {
        referralId: row.id,
        from: row.status,
        to: input.status,
        on: input.on,
        ...(input.status === 'declined' ? { reason: input.reason } : {}),
        ...(stepDone ? { planStepDone: row.planStepId } : {}),
      });
      return referralOut(db, row.id, today);
    });
  },

  'referrals.setFollowUp': async ({ id, followUpOn }, ctx) => {
    const user = requireUser(ctx);
    const { app } = ctx;
    const today = localToday(app);
    return withTransaction(app.handle, async (db) => {
      const row = await findReferral(db, id);
      if (!row) throw notFound();
      const c = await loadCaseFor(db, user, row.caseId, { write: true });
      if (row.status === 'declined' || row.status === 'completed') throw new DomainError('CONFLICT', 'errors.referralClosed');
      if (compareDates(followUpOn, row.sentOn) < 0) throw invalid('followUpOn', ['validation.date']);
      await updateReferral(db, id, { followUpOn, updatedAt: app.nowIso() });
      await auditReferral(db, app, user, 'referral.followUp', c.id, { referralId: id, from: row.followUpOn, to: followUpOn });
      return referralOut(db, id, today);
    });
  },
};
