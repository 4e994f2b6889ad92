// R9: personal data goes to a provider only with the client's recorded consent for that sharing;
// a supervisor can record a documented exception, which is audited.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { DbHandle } from '../../db/open';
import type { SendReferralInput } from '../../electron/contract/methods/referrals';
import { consentValidOn, coveringConsent, coveringException, type ConsentRecord } from '../../electron/core/referrals';
import { makeCycleCentre, seedCase, type CycleCentre } from '../support/cycle-fixtures';
import { rowCount, secondConnection, stateChecksum } from '../support/db-snapshot';
import { expectError } from '../support/expect-api';
import { seedProvider } from '../support/service-map-fixtures';

let C: CycleCentre;
let conn: DbHandle;
beforeAll(async () => {
  C = await makeCycleCentre();
  conn = secondConnection(C.h);
});
afterAll(async () => {
  conn?.close();
  await C?.h.close();
});

const clientOf = (caseId: number) => conn.sqlite.prepare('SELECT client_id FROM cases WHERE id = ?').pluck().get(caseId) as number;

function referral(caseId: number, providerId: number, referralDate = '2026-11-20'): SendReferralInput {
  return { caseId, providerId, form: { referralDate, clientName: 'Ona Šimkutė', reasons: 'Reikia būsto', providerName: 'Teikėjas' } };
}

describe('R9 consent validity (core)', () => {
  const c = (o: Partial<ConsentRecord>): ConsentRecord => ({ id: 1, scope: 'provider', providerId: 7, sector: null, givenOn: '2026-03-01', validUntil: null, withdrawnOn: null, ...o });

  test('R9 valid from the day given, through its last day, until the day it is withdrawn', () => {
    expect(consentValidOn(c({}), '2026-02-28')).toBe(false);
    expect(consentValidOn(c({}), '2026-03-01')).toBe(true);
    expect(consentValidOn(c({ validUntil: '2026-06-30' }), '2026-06-30')).toBe(true);
    expect(consentValidOn(c({ validUntil: '2026-06-30' }), '2026-07-01')).toBe(false);
    expect(consentValidOn(c({ withdrawnOn: '2026-05-10' }), '2026-05-09')).toBe(true);
    expect(consentValidOn(c({ withdrawnOn: '2026-05-10' }), '2026-05-10')).toBe(false);
  });

  test('R9 a consent covers its provider, or every provider of its sector', () => {
    const list = [c({ id: 1, providerId: 7 }), c({ id: 2, scope: 'sector', providerId: null, sector: 'health' })];
    expect(coveringConsent(list, { id: 7, sector: 'social' }, '2026-04-01')?.id).toBe(1);
    expect(coveringConsent(list, { id: 9, sector: 'health' }, '2026-04-01')?.id).toBe(2);
    expect(coveringConsent(list, { id: 9, sector: 'social' }, '2026-04-01')).toBeNull();
    expect(coveringConsent(list, { id: 7, sector: 'social' }, '2026-01-01')).toBeNull();
  });

  test('R9 an exception covers one provider for its period only', () => {
    const e = [{ id: 3, providerId: 7, validFrom: '2026-11-01', validUntil: '2026-11-07' }];
    expect(coveringException(e, 7, '2026-11-07')?.id).toBe(3);
    expect(coveringException(e, 7, '2026-11-08')).toBeNull();
    expect(coveringException(e, 8, '2026-11-03')).toBeNull();
  });
});

describe('R9 recording consent', () => {
  test('R9 a case manager records consent for their client (provider or sector), sees it, withdraws it; all audited', async () => {
    const { h, ids } = C;
    const c = await seedCase(h, { caseManagerId: ids.cm });
    const clientId = clientOf(c.id);
    const { providerId } = await seedProvider(h, { name: 'Vilniaus krizių centras' });
    const forProvider = await h.call('cm', 'consents.record', { clientId, scope: 'provider', providerId, what: 'Kontaktai, vertinimo santrauka', givenOn: '2026-11-01', validUntil: '2027-10-31' });
    expect(forProvider).toMatchObject({ scope: 'provider', providerId, providerName: 'Vilniaus krizių centras', validToday: true, recordedByName: 'Asta Jonaitienė', withdrawnOn: null });
    const forSector = await h.call('cm', 'consents.record', { clientId, scope: 'sector', sector: 'health', what: 'Sveikatos duomenys', givenOn: '2026-11-02' });
    expect(forSector).toMatchObject({ scope: 'sector', sector: 'health', providerId: null, validToday: true });

    const withdrawn = await h.call('cm', 'consents.withdraw', { id: forSector.id, withdrawnOn: '2026-11-23' });
    expect(withdrawn).toMatchObject({ withdrawnOn: '2026-11-23', withdrawnByName: 'Asta Jonaitienė', validToday: false });
    expectError(await h.raw('cm', 'consents.withdraw', { id: forSector.id, withdrawnOn: '2026-11-23' }), 'CONFLICT', 'errors.consentAlreadyWithdrawn');

    const list = await h.call('sup', 'consents.list', { clientId });
    expect(list.consents.map((x) => x.id)).toEqual([forSector.id, forProvider.id]);
    const audit = conn.sqlite.prepare(`SELECT action FROM audit_log WHERE entity_type = 'client' AND entity_id = ? ORDER BY id`).pluck().all(String(clientId));
    expect(audit).toEqual(['consent.record', 'consent.record', 'consent.withdraw']);
  });

  test('R9 refusals: another case manager’s client, a date in the future, a missing target, an administrator writing', async () => {
    const { h, ids } = C;
    const c = await seedCase(h, { caseManagerId: ids.cm });
    const clientId = clientOf(c.id);
    const good = { clientId, scope: 'sector' as const, sector: 'social' as const, what: 'Kontaktai', givenOn: '2026-11-01' };
    expectError(await h.raw('cm2', 'consents.record', good), 'FORBIDDEN');
    expectError(await h.raw('cm2', 'consents.list', { clientId }), 'FORBIDDEN');
    expectError(await h.raw('admin', 'consents.record', good), 'FORBIDDEN');
    expect((await h.call('admin', 'consents.list', { clientId })).consents).toEqual([]);
    expectError(await h.raw('cm', 'consents.record', { ...good, givenOn: '2026-11-24' }), 'VALIDATION');
    const noTarget = expectError(await h.raw('cm', 'consents.record', { ...good, scope: 'provider' }), 'VALIDATION');
    expect(noTarget.issues).toContainEqual({ path: 'providerId', messageKey: 'validation.required' });
    expectError(await h.raw('cm', 'consents.record', { ...good, validUntil: '2026-10-01' }), 'VALIDATION');
    // A supervisor may record for anyone's client.
    expect(await h.call('sup', 'consents.record', good)).toMatchObject({ validToday: true });
  });
});

describe('R9 referrals need consent', () => {
  test('R9 a referral without valid consent is refused with a clear message and writes nothing', async () => {
    const { h, ids } = C;
    const c = await seedCase(h, { caseManagerId: ids.cm });
    const clientId = clientOf(c.id);
    const { providerId } = await seedProvider(h, { name: 'Psichikos sveikatos centras', sector: 'health' });
    const before = stateChecksum(h, conn);
    const e = expectError(await h.raw('cm', 'referrals.send', referral(c.id, providerId)), 'CONFLICT', 'errors.referralNoConsent');
    expect(e.params).toEqual({ provider: 'Psichikos sveikatos centras', date: '2026-11-20' });
    expect(stateChecksum(h, conn)).toBe(before);

    // Consent to another sector does not help; to the provider's sector it does.
    await h.call('cm', 'consents.record', { clientId, scope: 'sector', sector: 'education', what: 'Kontaktai', givenOn: '2026-11-01' });
    expectError(await h.raw('cm', 'referrals.send', referral(c.id, providerId)), 'CONFLICT', 'errors.referralNoConsent');
    const consent = await h.call('cm', 'consents.record', { clientId, scope: 'sector', sector: 'health', what: 'Kontaktai', givenOn: '2026-11-10', validUntil: '2026-11-21' });
    expect((await h.call('cm', 'consents.check', { clientId, providerId, onDate: '2026-11-20' })).allowed).toBe(true);
    const sent = await h.call('cm', 'referrals.send', referral(c.id, providerId));
    expect(sent).toMatchObject({ basis: 'consent', status: 'sent' });
    // Judged on the referral's date: before the consent was given, after it expired.
    expectError(await h.raw('cm', 'referrals.send', referral(c.id, providerId, '2026-11-09')), 'CONFLICT', 'errors.referralNoConsent');
    expect((await h.call('cm', 'consents.check', { clientId, providerId, onDate: '2026-11-22' })).allowed).toBe(false);
    // Withdrawn: no more referrals from that day on.
    await h.call('cm', 'consents.withdraw', { id: consent.id, withdrawnOn: '2026-11-15' });
    expectError(await h.raw('cm', 'referrals.send', referral(c.id, providerId, '2026-11-16')), 'CONFLICT', 'errors.referralNoConsent');
    expect(rowCount(conn.sqlite, 'referrals')).toBeGreaterThan(0);
  });

  test('R9 a supervisor records a documented exception (audited); the referral goes under it, within its period only', async () => {
    const { h, ids } = C;
    const c = await seedCase(h, { caseManagerId: ids.cm });
    const clientId = clientOf(c.id);
    const { providerId } = await seedProvider(h, { name: 'Skubios pagalbos centras' });
    const exception = { clientId, providerId, reason: 'Grėsmė gyvybei, klientas be sąmonės', validFrom: '2026-11-18', validUntil: '2026-11-21' };
    expectError(await h.raw('cm', 'consents.recordException', exception), 'FORBIDDEN');
    expectError(await h.raw('sup', 'consents.recordException', { ...exception, reason: 'Skubu' }), 'VALIDATION');
    const e = await h.call('sup', 'consents.recordException', exception);
    expect(e).toMatchObject({ providerName: 'Skubios pagalbos centras', grantedByName: 'Daiva Vadovė', reason: exception.reason });
    const audited = conn.sqlite.prepare(`SELECT username, details FROM audit_log WHERE action = 'consent.exception' ORDER BY id DESC LIMIT 1`).get() as { username: string; details: string };
    expect(audited.username).toBe('vadove');
    expect(JSON.parse(audited.details)).toMatchObject({ exceptionId: e.id, providerId, reason: exception.reason, validFrom: '2026-11-18', validUntil: '2026-11-21' });

    const sent = await h.call('cm', 'referrals.send', referral(c.id, providerId, '2026-11-20'));
    expect(sent.basis).toBe('exception');
    const sendAudit = conn.sqlite.prepare(`SELECT details FROM audit_log WHERE action = 'referral.send' ORDER BY id DESC LIMIT 1`).pluck().get() as string;
    expect(JSON.parse(sendAudit)).toMatchObject({ referralId: sent.id, basis: 'exception', exceptionId: e.id });
    expectError(await h.raw('cm', 'referrals.send', referral(c.id, providerId, '2026-11-17')), 'CONFLICT', 'errors.referralNoConsent');
    expect((await h.call('cm', 'consents.list', { clientId })).exceptions.map((x) => x.id)).toEqual([e.id]);
  });
});
