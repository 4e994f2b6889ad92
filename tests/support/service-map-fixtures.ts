// Providers, consents and referrals for the contract-wide tests (roles, valid inputs) and the
// service-map tests. Built through the repositories; the methods' own tests build theirs through the API.
import { insertConsent } from '../../db/repositories/consents';
import { insertProvider, insertService } from '../../db/repositories/providers';
import { insertReferral } from '../../db/repositories/referrals';
import { withTransaction } from '../../db/transaction';
import { encodeList, foldText, serviceSearchText } from '../../electron/core/service-map';
import { seedCase, seedSignedPlan } from './cycle-fixtures';
import type { Harness } from './harness';

export interface ServiceMapCallFixture {
  /** A social-sector provider in Vilnius with one service. */
  providerId: number;
  serviceId: number;
  /** A case of the case manager's in implementation whose client consented to share with the provider. */
  caseId: number;
  clientId: number;
  /** A step of that case's signed plan. */
  stepId: number;
  /** A sent referral of that case that nobody answers (referrals.get, referrals.setFollowUp). */
  referralId: number;
  /** A fresh sent referral on each call (referrals.setStatus). */
  sentReferralId(): number;
  /** A fresh valid consent on each call (consents.withdraw). */
  consentId(): number;
}

function pool(name: string, ids: number[]): () => number {
  return () => {
    const id = ids.shift();
    if (id === undefined) throw new Error(`service map fixture: out of ${name}`);
    return id;
  };
}

export const MINIMAL_EXCHANGE_FILE = JSON.stringify({
  format: 'atvejis.service-map',
  version: 1,
  providers: [{ name: 'Kauno dienos centras', sector: 'social', municipality: 'LT-15', services: [{ name: 'Dienos užimtumas' }] }],
});

/** A provider with one service, straight through the repositories. */
export async function seedProvider(
  h: Harness,
  o: { name?: string; sector?: 'social' | 'health' | 'education' | 'employment' | 'ngo' | 'other'; municipality?: string; serviceName?: string; description?: string; targetGroups?: string[]; domains?: string[]; lastCheckedOn?: string | null } = {},
): Promise<{ providerId: number; serviceId: number }> {
  const now = h.app.nowIso();
  const name = o.name ?? 'Vilniaus dienos centras';
  return withTransaction(h.app.handle, async (db) => {
    const p = await insertProvider(db, {
      uid: `seed-${Math.random().toString(36).slice(2)}`,
      name,
      nameFolded: foldText(name),
      sector: o.sector ?? 'social',
      municipality: o.municipality ?? 'LT-57',
      lastCheckedOn: o.lastCheckedOn === undefined ? '2026-06-01' : o.lastCheckedOn,
      createdAt: now,
      updatedAt: now,
    });
    const service = { name: o.serviceName ?? 'Dienos socialinė globa', description: o.description ?? '', eligibility: '' };
    const s = await insertService(db, {
      uid: `seed-${Math.random().toString(36).slice(2)}`,
      providerId: p.id,
      ...service,
      targetGroups: encodeList(o.targetGroups ?? []),
      domains: encodeList(o.domains ?? []),
      searchFolded: serviceSearchText(service, name),
      createdAt: now,
      updatedAt: now,
    });
    return { providerId: p.id, serviceId: s.id };
  });
}

export async function makeServiceMapCallFixture(h: Harness, caseManagerId: number, size = 8): Promise<ServiceMapCallFixture> {
  const { providerId, serviceId } = await seedProvider(h);
  const c = await seedCase(h, { caseManagerId, phase: 'implementation', lastName: 'Siuntinytė' });
  const plan = await seedSignedPlan(h, c.id, { signedOn: '2026-10-01', goals: [{ text: 'Užimtumas', steps: [{ text: 'Lankyti dienos centrą' }] }] });
  const clientId = h.app.handle.sqlite.prepare('SELECT client_id FROM cases WHERE id = ?').pluck().get(c.id) as number;
  const now = h.app.nowIso();
  return withTransaction(h.app.handle, async (db) => {
    const consent = await insertConsent(db, { clientId, scope: 'provider', providerId, what: 'Kontaktai, vertinimo santrauka', givenOn: '2026-01-05', recordedBy: caseManagerId, recordedAt: now });
    const consents: number[] = [];
    for (let i = 0; i < size; i++) {
      consents.push((await insertConsent(db, { clientId, scope: 'sector', sector: 'health', what: 'Kontaktai', givenOn: '2026-01-05', recordedBy: caseManagerId, recordedAt: now })).id);
    }
    const referral = () =>
      insertReferral(db, {
        caseId: c.id,
        clientId,
        providerId,
        serviceId,
        form: JSON.stringify({ referralDate: '2026-11-02', clientName: c.clientName, reasons: 'Užimtumas', providerName: 'Vilniaus dienos centras' }),
        consentId: consent.id,
        status: 'sent',
        sentOn: '2026-11-02',
        sentBy: caseManagerId,
        followUpOn: '2026-11-16',
        createdAt: now,
        updatedAt: now,
      });
    const main = await referral();
    const sent: number[] = [];
    for (let i = 0; i < size; i++) sent.push((await referral()).id);
    return {
      providerId,
      serviceId,
      caseId: c.id,
      clientId,
      stepId: plan.goals[0]!.steps[0]!.id,
      referralId: main.id,
      sentReferralId: pool('sent referrals', sent),
      consentId: pool('consents', consents),
    };
  });
}

/** For tests whose calls are refused before any input is read (locked, signed out, password change). */
export const UNUSED_SERVICE_MAP_FIXTURE: ServiceMapCallFixture = {
  providerId: 1,
  serviceId: 1,
  caseId: 1,
  clientId: 1,
  stepId: 1,
  referralId: 1,
  sentReferralId: () => 1,
  consentId: () => 1,
};

/** [what is wrong, the input, the issue that must be reported] — the shape tests/unit/contract-validation.test.ts uses. */
type InvalidCase = [label: string, input: unknown, expected: [path: string, messageKey: string]];

/**
 * Invalid inputs for the service map, consent and referral methods, for the contract-wide validation
 * test. Every case is refused by the schema, before any record is looked up. The consent and referral
 * writers are for case managers and supervisors: call those with such a session (an administrator is
 * FORBIDDEN before the input is read).
 */
export const SERVICE_MAP_INVALID_INPUTS: Record<string, InvalidCase[]> = {
  'serviceMap.search': [
    ['unknown sector', { sector: 'space' }, ['sector', 'validation.invalid']],
    ['unknown municipality', { municipality: 'LT-99' }, ['municipality', 'validation.municipality']],
    ['query too long', { q: 'x'.repeat(201) }, ['q', 'validation.tooLong']],
  ],
  'serviceMap.listProviders': [['limit too large', { limit: 201 }, ['limit', 'validation.invalid']]],
  'serviceMap.getProvider': [['id zero', { id: 0 }, ['id', 'validation.invalid']]],
  'serviceMap.saveProvider': [
    ['no name', { name: ' ', sector: 'social', municipality: 'LT-57' }, ['name', 'validation.required']],
    ['municipality by name', { name: 'A', sector: 'social', municipality: 'Vilnius' }, ['municipality', 'validation.municipality']],
    ['bad e-mail', { name: 'A', sector: 'social', municipality: 'LT-57', email: 'ne-pastas' }, ['email', 'validation.invalid']],
    ['impossible check date', { name: 'A', sector: 'social', municipality: 'LT-57', lastCheckedOn: '2026-02-30' }, ['lastCheckedOn', 'validation.date']],
  ],
  'serviceMap.saveService': [
    ['no name', { providerId: 1, name: '' }, ['name', 'validation.required']],
    ['unknown target group', { providerId: 1, name: 'A', targetGroups: ['KIDS'] }, ['targetGroups.0', 'validation.invalid']],
  ],
  'serviceMap.markChecked': [['impossible date', { id: 1, checkedOn: '2026-13-01' }, ['checkedOn', 'validation.date']]],
  'serviceMap.export': [['unknown format', { format: 'xml' }, ['format', 'validation.invalid']]],
  'serviceMap.importPreview': [['empty file', { content: '' }, ['content', 'validation.required']]],
  'serviceMap.import': [['not text', { content: 42 }, ['content', 'validation.required']]],
  'serviceMap.updateSettings': [['follow-up fractional', { followUpDays: 1.5, staleMonths: 12 }, ['followUpDays', 'validation.wholeNumber']]],
  'serviceMap.suggest': [['no case', {}, ['caseId', 'validation.invalid']]],
  'consents.list': [['no client', {}, ['clientId', 'validation.invalid']]],
  'consents.record': [['provider scope without provider', { clientId: 1, scope: 'provider', what: 'Kontaktai', givenOn: '2026-11-01' }, ['providerId', 'validation.required']]],
  'consents.withdraw': [['impossible date', { id: 1, withdrawnOn: '2026-02-30' }, ['withdrawnOn', 'validation.date']]],
  'consents.recordException': [['reason too short', { clientId: 1, providerId: 1, reason: 'Skubu', validFrom: '2026-11-01', validUntil: '2026-11-02' }, ['reason', 'validation.required']]],
  'consents.check': [['no date', { clientId: 1, providerId: 1 }, ['onDate', 'validation.required']]],
  'referrals.prefill': [['no provider', { caseId: 1 }, ['providerId', 'validation.invalid']]],
  'referrals.send': [['no reasons', { caseId: 1, providerId: 1, form: { referralDate: '2026-11-01', clientName: 'A', reasons: '', providerName: 'B' } }, ['form.reasons', 'validation.required']]],
  'referrals.list': [['case id as text', { caseId: '1' }, ['caseId', 'validation.invalid']]],
  'referrals.get': [['negative id', { id: -1 }, ['id', 'validation.invalid']]],
  'referrals.setStatus': [['back to sent', { id: 1, status: 'sent', on: '2026-11-01' }, ['status', 'validation.invalid']]],
  'referrals.setFollowUp': [['impossible date', { id: 1, followUpOn: '2026-11-31' }, ['followUpOn', 'validation.date']]],
};
