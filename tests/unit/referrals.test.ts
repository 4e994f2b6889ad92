// R8: referrals hold every field of ILO Table 1, prefilled and editable, and are tracked
// sent → accepted / declined → completed with dates and who; R13: unanswered ones reach Today.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { DbHandle } from '../../db/open';
import { updateClient } from '../../db/repositories/clients';
import { listReferralsAwaitingAnswer } from '../../db/repositories/referrals';
import { withRead, withTransaction } from '../../db/transaction';
import { REFERRAL_FORM_FIELDS, type SendReferralInput } from '../../electron/contract/methods/referrals';
import { awaitingAnswer, canMoveTo, followUpDate, nextStatuses } from '../../electron/core/referrals';
import { makeCycleCentre, seedCase, seedSignedPlan, type CycleCentre } from '../support/cycle-fixtures';
import { secondConnection, stateChecksum } from '../support/db-snapshot';
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
const stepStatus = (stepId: number) => conn.sqlite.prepare('SELECT status, done_on AS doneOn FROM plan_steps WHERE id = ?').get(stepId);

/** A case of cm's with a signed plan step, a provider with a service, and the client's consent to it. */
async function referrable(o: { caseManagerId?: number } = {}) {
  const { h, ids } = C;
  const c = await seedCase(h, { caseManagerId: o.caseManagerId ?? ids.cm, phase: 'implementation', firstName: 'Ona', lastName: 'Šimkutė' });
  const plan = await seedSignedPlan(h, c.id, { signedOn: '2026-10-01', goals: [{ text: 'Užimtumas', steps: [{ text: 'Lankyti dienos centrą tris kartus per savaitę' }] }] });
  const { providerId, serviceId } = await seedProvider(h, { name: 'Vilniaus dienos centras', serviceName: 'Dienos užimtumas', description: 'Užimtumas ir bendravimas' });
  const clientId = clientOf(c.id);
  await h.call('sup', 'consents.record', { clientId, scope: 'provider', providerId, what: 'Kontaktai, vertinimo santrauka', givenOn: '2026-11-01' });
  return { c, clientId, providerId, serviceId, stepId: plan.goals[0]!.steps[0]!.id };
}

function sendInput(t: { c: { id: number }; providerId: number; serviceId?: number; stepId?: number }, over: Partial<SendReferralInput['form']> = {}): SendReferralInput {
  return {
    caseId: t.c.id,
    providerId: t.providerId,
    serviceId: t.serviceId ?? null,
    planStepId: t.stepId ?? null,
    form: { referralDate: '2026-11-10', clientName: 'Ona Šimkutė', reasons: 'Socialinė atskirtis', providerName: 'Vilniaus dienos centras', ...over },
  };
}

describe('R8 the status machine (core)', () => {
  test('R8 sent → accepted | declined; accepted → completed; declined and completed are final', () => {
    expect(nextStatuses('sent')).toEqual(['accepted', 'declined']);
    expect(nextStatuses('accepted')).toEqual(['completed']);
    expect(nextStatuses('declined')).toEqual([]);
    expect(nextStatuses('completed')).toEqual([]);
    expect(canMoveTo('sent', 'completed')).toBe(false);
    expect(canMoveTo('declined', 'accepted')).toBe(false);
  });

  test('R8 follow-up 14 days after sending by default; unanswered on or after it', () => {
    expect(followUpDate('2026-11-23', 14)).toBe('2026-12-07');
    expect(followUpDate('2026-12-25', 14)).toBe('2027-01-08');
    expect(awaitingAnswer({ status: 'sent', followUpOn: '2026-11-23' }, '2026-11-23')).toBe(true);
    expect(awaitingAnswer({ status: 'sent', followUpOn: '2026-11-24' }, '2026-11-23')).toBe(false);
    expect(awaitingAnswer({ status: 'accepted', followUpOn: '2026-11-01' }, '2026-11-23')).toBe(false);
  });
});

describe('R8 the referral form (ILO Table 1)', () => {
  test('R8 prefilled from the client, case, provider, service, plan step, consent and case manager', async () => {
    const { h } = C;
    const t = await referrable();
    await withTransaction(h.app.handle, (db) =>
      updateClient(db, t.clientId, {
        address: 'Gedimino pr. 1, Vilnius',
        phone: '+370 600 11111',
        email: 'ona@example.lt',
        languages: 'lietuvių, rusų',
        familySituation: 'Gyvena viena',
        caregiver: 'Sesuo Rūta, +370 600 22222',
        vulnerabilityNotes: 'Psichikos negalia',
        birthDate: '1990-05-12',
        sex: 'F',
        updatedAt: h.app.nowIso(),
      }),
    );
    // From the case rather than a plan step: the reasons are left for the case manager to write.
    const fromCase = await h.call('cm', 'referrals.prefill', { caseId: t.c.id, providerId: t.providerId });
    expect(fromCase.form).toMatchObject({ reasons: '', clientName: 'Ona Šimkutė' });
    const p = await h.call('cm', 'referrals.prefill', { caseId: t.c.id, providerId: t.providerId, serviceId: t.serviceId, planStepId: t.stepId });
    expect(Object.keys(p.form).sort()).toEqual([...REFERRAL_FORM_FIELDS].sort());
    expect(p.form).toMatchObject({
      referralDate: '2026-11-23',
      centreName: 'Vilniaus socialinių paslaugų centras',
      clientName: 'Ona Šimkutė',
      clientAddress: 'Gedimino pr. 1, Vilnius',
      clientContacts: '+370 600 11111, ona@example.lt',
      caregiver: 'Sesuo Rūta, +370 600 22222',
      languageSkills: 'lietuvių, rusų',
      vulnerabilityStatus: 'Psichikos negalia',
      familySituation: 'Gyvena viena',
      reasons: 'Lankyti dienos centrą tris kartus per savaitę',
      providerName: 'Vilniaus dienos centras',
      providerOther: 'Dienos užimtumas — Užimtumas ir bendravimas',
      caseManagerName: 'Asta Jonaitienė',
    });
    expect(p.facts).toEqual({ birthDate: '1990-05-12', age: 36, sex: 'F', targetGroup: 'PWD', serviceName: 'Dienos užimtumas' });
    expect(p.consent).toMatchObject({ allowed: true, basis: 'consent', what: 'Kontaktai, vertinimo santrauka', givenOn: '2026-11-01' });
    expect(p.followUpOn).toBe('2026-12-07');
  });

  test('R8 the form is stored as sent (edited fields kept); later changes to the map do not alter it', async () => {
    const { h } = C;
    const t = await referrable();
    const sent = await h.call('cm', 'referrals.send', sendInput(t, { measures: 'Lankyti 3 kartus per savaitę', monitoringProtocol: 'Skambutis kas mėnesį', notes: 'Mėgsta piešti' }));
    expect(sent).toMatchObject({ status: 'sent', sentOn: '2026-11-10', sentByName: 'Asta Jonaitienė', followUpOn: '2026-11-24', providerName: 'Vilniaus dienos centras' });
    expect(sent.form).toMatchObject({ measures: 'Lankyti 3 kartus per savaitę', monitoringProtocol: 'Skambutis kas mėnesį', notes: 'Mėgsta piešti', providerName: 'Vilniaus dienos centras' });
    const detail = await h.call('admin', 'serviceMap.getProvider', { id: t.providerId });
    await h.call('admin', 'serviceMap.saveProvider', { ...detail, name: 'Pervadintas centras' });
    const again = await h.call('cm', 'referrals.get', { id: sent.id });
    expect(again.form.providerName).toBe('Vilniaus dienos centras');
    expect(again.providerName).toBe('Pervadintas centras');
  });

  test('R8 required fields and where things belong', async () => {
    const { h } = C;
    const t = await referrable();
    const other = await referrable();
    const e = expectError(await h.raw('cm', 'referrals.send', sendInput(t, { reasons: '  ' })), 'VALIDATION');
    expect(e.issues).toContainEqual({ path: 'form.reasons', messageKey: 'validation.required' });
    expectError(await h.raw('cm', 'referrals.send', { ...sendInput(t), planStepId: other.stepId }), 'VALIDATION', 'validation.stepNotOfCase');
    expectError(await h.raw('cm', 'referrals.send', { ...sendInput(t), serviceId: other.serviceId }), 'VALIDATION', 'validation.serviceNotOfProvider');
    expectError(await h.raw('cm', 'referrals.send', sendInput(t, { referralDate: '2026-11-24' })), 'VALIDATION');
    expectError(await h.raw('cm2', 'referrals.send', sendInput(t)), 'FORBIDDEN');
    expectError(await h.raw('admin', 'referrals.send', sendInput(t)), 'FORBIDDEN');
  });
});

describe('R8 tracking', () => {
  test('R8 sent → accepted → completed, each with its date and who; completing marks the plan step done', async () => {
    const { h } = C;
    const t = await referrable();
    const r = await h.call('cm', 'referrals.send', sendInput(t, {}));
    const withStep = await h.call('cm', 'referrals.send', { ...sendInput(t), planStepId: t.stepId, serviceId: t.serviceId });
    expect(withStep.planStepText).toBe('Lankyti dienos centrą tris kartus per savaitę');

    const accepted = await h.call('sup', 'referrals.setStatus', { id: withStep.id, status: 'accepted', on: '2026-11-12' });
    expect(accepted).toMatchObject({ status: 'accepted', acceptedOn: '2026-11-12', acceptedByName: 'Daiva Vadovė', awaitingAnswer: false });
    expect(stepStatus(t.stepId)).toEqual({ status: 'open', doneOn: null });
    const completed = await h.call('cm', 'referrals.setStatus', { id: withStep.id, status: 'completed', on: '2026-11-20', outcome: 'Lanko reguliariai', markStepDone: true });
    expect(completed).toMatchObject({ status: 'completed', completedOn: '2026-11-20', completedByName: 'Asta Jonaitienė', outcome: 'Lanko reguliariai', acceptedOn: '2026-11-12' });
    expect(stepStatus(t.stepId)).toEqual({ status: 'done', doneOn: '2026-11-20' });

    const list = await h.call('cm', 'referrals.list', { caseId: t.c.id });
    expect(list.map((x) => [x.id, x.status])).toEqual([
      [withStep.id, 'completed'],
      [r.id, 'sent'],
    ]);
    const audit = conn.sqlite.prepare(`SELECT details FROM audit_log WHERE action = 'referral.status' ORDER BY id DESC LIMIT 1`).pluck().get() as string;
    expect(JSON.parse(audit)).toMatchObject({ referralId: withStep.id, from: 'accepted', to: 'completed', planStepDone: t.stepId });
  });

  test('R8 completing without asking leaves the step open', async () => {
    const { h } = C;
    const t = await referrable();
    const r = await h.call('cm', 'referrals.send', { ...sendInput(t), planStepId: t.stepId });
    await h.call('cm', 'referrals.setStatus', { id: r.id, status: 'accepted', on: '2026-11-11' });
    await h.call('cm', 'referrals.setStatus', { id: r.id, status: 'completed', on: '2026-11-21' });
    expect(stepStatus(t.stepId)).toEqual({ status: 'open', doneOn: null });
  });

  test('R8 declined needs a reason; refused transitions and dates change nothing', async () => {
    const { h } = C;
    const t = await referrable();
    const r = await h.call('cm', 'referrals.send', sendInput(t));
    const before = stateChecksum(h, conn);
    expectError(await h.raw('cm', 'referrals.setStatus', { id: r.id, status: 'completed', on: '2026-11-20' }), 'CONFLICT', 'errors.referralBadTransition');
    expectError(await h.raw('cm', 'referrals.setStatus', { id: r.id, status: 'declined', on: '2026-11-20' }), 'VALIDATION');
    expectError(await h.raw('cm', 'referrals.setStatus', { id: r.id, status: 'accepted', on: '2026-11-09' }), 'VALIDATION', 'validation.dateBeforePrevious');
    expectError(await h.raw('cm', 'referrals.setStatus', { id: r.id, status: 'accepted', on: '2026-11-24' }), 'VALIDATION');
    expectError(await h.raw('cm2', 'referrals.setStatus', { id: r.id, status: 'accepted', on: '2026-11-20' }), 'FORBIDDEN');
    expect(stateChecksum(h, conn)).toBe(before);

    const declined = await h.call('cm', 'referrals.setStatus', { id: r.id, status: 'declined', on: '2026-11-15', reason: 'Nėra vietų' });
    expect(declined).toMatchObject({ status: 'declined', declinedOn: '2026-11-15', declinedByName: 'Asta Jonaitienė', declineReason: 'Nėra vietų' });
    for (const status of ['accepted', 'completed', 'declined'] as const) {
      expectError(await h.raw('cm', 'referrals.setStatus', { id: r.id, status, on: '2026-11-20', reason: 'x' }), 'CONFLICT', 'errors.referralBadTransition');
    }
    expectError(await h.raw('cm', 'referrals.setFollowUp', { id: r.id, followUpOn: '2026-12-01' }), 'CONFLICT', 'errors.referralClosed');
  });

  test('R8 the follow-up date: 14 days by default, a centre setting, or chosen per referral', async () => {
    const { h } = C;
    const t = await referrable();
    expect((await h.call('cm', 'referrals.send', sendInput(t))).followUpOn).toBe('2026-11-24');
    await h.call('admin', 'serviceMap.updateSettings', { followUpDays: 7, staleMonths: 12 });
    try {
      expect((await h.call('cm', 'referrals.send', sendInput(t))).followUpOn).toBe('2026-11-17');
      const chosen = await h.call('cm', 'referrals.send', { ...sendInput(t), followUpOn: '2026-11-30' });
      expect(chosen.followUpOn).toBe('2026-11-30');
      expect((await h.call('cm', 'referrals.setFollowUp', { id: chosen.id, followUpOn: '2026-12-04' })).followUpOn).toBe('2026-12-04');
      expectError(await h.raw('cm', 'referrals.send', { ...sendInput(t), followUpOn: '2026-11-01' }), 'VALIDATION');
    } finally {
      await h.call('admin', 'serviceMap.updateSettings', { followUpDays: 14, staleMonths: 12 });
    }
  });

  test('R8 who sees a case’s referrals: its case manager, supervisors and administrators; not another case manager', async () => {
    const { h } = C;
    const t = await referrable();
    const r = await h.call('cm', 'referrals.send', sendInput(t));
    for (const s of ['cm', 'sup', 'admin']) expect((await h.call(s, 'referrals.list', { caseId: t.c.id })).map((x) => x.id)).toContain(r.id);
    expectError(await h.raw('cm2', 'referrals.list', { caseId: t.c.id }), 'FORBIDDEN');
    expectError(await h.raw('cm2', 'referrals.get', { id: r.id }), 'FORBIDDEN');
  });
});

describe('R13 referrals without an answer (for Today)', () => {
  test('R13 sent and unanswered on or after the follow-up date, for the case manager; gone once answered', async () => {
    const { h, ids } = C;
    const mine = await referrable();
    const theirs = await referrable({ caseManagerId: ids.cm2 });
    const due = await h.call('cm', 'referrals.send', sendInput(mine, { referralDate: '2026-11-01' }));
    const notYet = await h.call('cm', 'referrals.send', sendInput(mine, { referralDate: '2026-11-20' }));
    const other = await h.call('cm2', 'referrals.send', sendInput(theirs, { referralDate: '2026-11-02' }));
    const list = (caseManagerId: number | null, withinDays?: number) =>
      withRead(h.app.handle, (db) => listReferralsAwaitingAnswer(db, { caseManagerId, today: '2026-11-23', withinDays }));

    const cmList = await list(ids.cm);
    expect(cmList.map((r) => r.referralId)).toContain(due.id);
    expect(cmList.map((r) => r.referralId)).not.toContain(notYet.id);
    expect(cmList.map((r) => r.referralId)).not.toContain(other.id);
    expect(cmList.find((r) => r.referralId === due.id)).toMatchObject({
      caseId: mine.c.id,
      caseNumber: mine.c.caseNumber,
      clientName: 'Ona Šimkutė',
      providerName: 'Vilniaus dienos centras',
      sentOn: '2026-11-01',
      followUpOn: '2026-11-15',
      caseManagerId: ids.cm,
    });
    expect((await list(null)).map((r) => r.referralId)).toEqual(expect.arrayContaining([due.id, other.id]));
    expect((await list(ids.cm, 14)).map((r) => r.referralId)).toEqual(expect.arrayContaining([due.id, notYet.id]));
    expect((await h.call('cm', 'referrals.get', { id: due.id })).awaitingAnswer).toBe(true);
    // The case manager's Today list shows it, overdue since its follow-up date; not the colleague's.
    const today = await h.call('cm', 'today.list', {});
    const item = today.items.find((i) => i.kind === 'referralNoAnswer' && i.caseId === mine.c.id);
    expect(item).toMatchObject({ caseNumber: mine.c.caseNumber, clientName: 'Ona Šimkutė', due: '2026-11-15', overdue: true });
    expect(item?.details.text).toContain('Vilniaus dienos centras');
    expect(today.items.some((i) => i.kind === 'referralNoAnswer' && i.caseId === theirs.c.id)).toBe(false);

    await h.call('cm', 'referrals.setStatus', { id: due.id, status: 'accepted', on: '2026-11-23' });
    expect((await list(ids.cm)).map((r) => r.referralId)).not.toContain(due.id);
    expect((await h.call('cm', 'today.list', {})).items.some((i) => i.kind === 'referralNoAnswer' && i.caseId === mine.c.id)).toBe(false);
  });
});
