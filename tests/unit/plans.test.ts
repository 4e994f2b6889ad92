// The Individual Action Plan / ILP (R5, R6, R7): drafts, signing that freezes a version, new versions
// after signing, the client's rights text, the first-plan and review deadlines, step progress, and
// the administrator's texts and timing. Through the real dispatcher.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { MethodInput } from '../../electron/contract';
import { STANDARD_CLIENT_RIGHTS } from '../../electron/core/client-rights';
import { databaseChecksum } from '../support/db-snapshot';
import { expectError } from '../support/expect-api';
import { addUser, makeCentre, type Harness } from '../support/harness';

// Today in the harness is 2026-11-23.
let h: Harness;
let cmId: number;
beforeAll(async () => {
  h = await makeCentre();
  cmId = await addUser(h, 'cm', { username: 'vadybininke', fullName: 'Vida Vadybininkė', roles: ['case_manager'] });
  await addUser(h, 'cm2', { username: 'kitas', fullName: 'Kęstas Kitas', roles: ['case_manager'] });
  await addUser(h, 'sup', { username: 'vadove', fullName: 'Vaida Vadovė', roles: ['supervisor'] });
});
afterAll(async () => h.close());

const checksum = () => databaseChecksum(h.app.handle.sqlite);
let n = 0;

/** A case through intake and eligibility into the planning phase (assigned to the case manager). */
async function planningCase(o: Partial<MethodInput<'cases.create'>> = {}, birthDate = '2004-04-04') {
  const c = await h.call('cm', 'clients.create', { firstName: 'Rasa', lastName: `Planaitė${++n}`, birthDate });
  const k = await h.call('cm', 'cases.create', { clientId: c.id, targetGroup: 'PWD', entryPoint: 'ngo', intakeDate: '2026-10-01', assignedOn: '2026-10-05', ...o });
  const group = o.targetGroup ?? 'PWD';
  await h.call('cm', 'cases.decideEligibility', group === 'YLC' ? { id: k.id, criterion: 'b' } : group === 'PLP' ? { id: k.id, servesArrestSentence: false } : { id: k.id });
  await h.call('cm', 'cases.advancePhase', { id: k.id, to: 'planning' });
  return k;
}

const DRAFT = {
  assessmentSummary: 'Poreikis: būstas (aukštas), užimtumas (vidutinis).',
  goals: [
    { text: 'Turėti nuolatinį būstą', steps: [{ text: 'Kreiptis dėl socialinio būsto', who: 'Klientė', dueDate: '2026-12-15' }] },
    { text: 'Rasti darbą', steps: [{ text: 'Registruotis Užimtumo tarnyboje', who: 'Atvejo vadybininkė' }, { text: 'Parengti CV', who: 'Klientė' }] },
  ],
  services: 'Socialinis būstas; Užimtumo tarnyba',
  clientCommitments: 'Dalyvauti susitikimuose',
  centreCommitments: 'Palydėti į Užimtumo tarnybą',
};

describe('drafts and versions (R5, R6)', () => {
  test('R5 a first draft is version 1 with goals, steps, services, both sides’ commitments and the standard rights text', async () => {
    const k = await planningCase();
    const p = await h.call('cm', 'plans.saveDraft', { caseId: k.id, ...DRAFT });
    expect(p).toMatchObject({ version: 1, status: 'draft', signedByClientOn: null, services: DRAFT.services, clientCommitments: DRAFT.clientCommitments, centreCommitments: DRAFT.centreCommitments });
    expect(p.rightsText).toBe(STANDARD_CLIENT_RIGHTS.lt);
    expect(p.goals.map((g) => [g.position, g.text, g.steps.map((s) => [s.position, s.text, s.who, s.dueDate, s.status])])).toEqual([
      [1, 'Turėti nuolatinį būstą', [[1, 'Kreiptis dėl socialinio būsto', 'Klientė', '2026-12-15', 'open']]],
      [2, 'Rasti darbą', [[1, 'Registruotis Užimtumo tarnyboje', 'Atvejo vadybininkė', null, 'open'], [2, 'Parengti CV', 'Klientė', null, 'open']]],
    ]);
    // Saving again edits the same draft.
    const again = await h.call('cm', 'plans.saveDraft', { caseId: k.id, ...DRAFT, goals: [DRAFT.goals[1]!], language: 'en' });
    expect(again).toMatchObject({ id: p.id, version: 1, status: 'draft', rightsText: STANDARD_CLIENT_RIGHTS.en });
    expect(again.goals.map((g) => g.text)).toEqual(['Rasti darbą']);
    expect((await h.call('cm', 'plans.list', { caseId: k.id })).versions.map((v) => [v.version, v.status])).toEqual([[1, 'draft']]);
  });

  test('R6 a signed version is frozen: an edit after signing makes version 2 as a draft, and version 1 stays readable unchanged', async () => {
    const k = await planningCase();
    await h.call('cm', 'plans.saveDraft', { caseId: k.id, ...DRAFT });
    const signed = await h.call('cm', 'plans.sign', { caseId: k.id, signedByClientOn: '2026-11-20', signedByManagerOn: '2026-11-21', advance: true });
    expect(signed.plan).toMatchObject({ version: 1, status: 'signed', signedByClientOn: '2026-11-20', signedByManagerOn: '2026-11-21', signedManagerId: cmId });
    expect(signed.phase).toBe('implementation');
    const v1 = await h.call('cm', 'plans.get', { caseId: k.id, version: 1 });

    const v2 = await h.call('cm', 'plans.saveDraft', { caseId: k.id, ...DRAFT, goals: [{ text: 'Sutvarkyti dokumentus', steps: [] }], services: 'Teisinė pagalba' });
    expect(v2).toMatchObject({ version: 2, status: 'draft', services: 'Teisinė pagalba' });
    expect(v2.id).not.toBe(v1.id);
    expect(await h.call('sup', 'plans.get', { caseId: k.id, version: 1 })).toEqual(v1);
    expect((await h.call('cm', 'plans.get', { caseId: k.id })).version).toBe(2);
    const list = await h.call('admin', 'plans.list', { caseId: k.id });
    expect(list.versions.map((v) => [v.version, v.status])).toEqual([
      [1, 'signed'],
      [2, 'draft'],
    ]);

    // Signing v2 leaves v1 as it was.
    await h.call('cm', 'plans.sign', { caseId: k.id, signedByClientOn: '2026-11-23', signedByManagerOn: '2026-11-23' });
    expect(await h.call('cm', 'plans.get', { caseId: k.id, version: 1 })).toEqual(v1);
    expectError(await h.raw('cm', 'plans.get', { caseId: k.id, version: 3 }), 'NOT_FOUND');
  });

  test('R5 signatures cannot be dated in the future, and there must be a draft to sign; a refusal changes nothing', async () => {
    const k = await planningCase();
    expectError(await h.raw('cm', 'plans.sign', { caseId: k.id, signedByClientOn: '2026-11-20', signedByManagerOn: '2026-11-20' }), 'CONFLICT', 'errors.noPlanDraft');
    await h.call('cm', 'plans.saveDraft', { caseId: k.id, ...DRAFT });
    const before = checksum();
    const e = expectError(await h.raw('cm', 'plans.sign', { caseId: k.id, signedByClientOn: '2026-11-24', signedByManagerOn: '2026-11-20' }), 'VALIDATION');
    expect(e.issues).toEqual([{ path: 'signedByClientOn', messageKey: 'validation.dateInFuture' }]);
    expectError(await h.raw('cm', 'plans.sign', { caseId: k.id, signedByClientOn: '2026-02-30', signedByManagerOn: '2026-11-20' }), 'VALIDATION');
    expectError(await h.raw('cm', 'plans.sign', { caseId: k.id, signedByManagerOn: '2026-11-20' }), 'VALIDATION');
    expect(checksum()).toBe(before);
    await h.call('cm', 'plans.sign', { caseId: k.id, signedByClientOn: '2026-11-23', signedByManagerOn: '2026-11-23' });
    expectError(await h.raw('cm', 'plans.sign', { caseId: k.id, signedByClientOn: '2026-11-23', signedByManagerOn: '2026-11-23' }), 'CONFLICT', 'errors.noPlanDraft');
  });

  test('who sees what: another case manager cannot read or write the plan; an administrator reads but cannot write; an intake has no plan yet', async () => {
    const k = await planningCase();
    await h.call('cm', 'plans.saveDraft', { caseId: k.id, ...DRAFT });
    const before = checksum();
    expectError(await h.raw('cm2', 'plans.get', { caseId: k.id }), 'FORBIDDEN');
    expectError(await h.raw('cm2', 'plans.list', { caseId: k.id }), 'FORBIDDEN');
    expectError(await h.raw('cm2', 'plans.saveDraft', { caseId: k.id, ...DRAFT }), 'FORBIDDEN');
    expect(checksum()).toBe(before);
    expectError(await h.raw('admin', 'plans.saveDraft', { caseId: k.id, ...DRAFT }), 'FORBIDDEN');
    expect((await h.call('admin', 'plans.get', { caseId: k.id })).version).toBe(1);
    expect((await h.call('sup', 'plans.saveDraft', { caseId: k.id, ...DRAFT, services: 'Vadovės pataisyta' })).services).toBe('Vadovės pataisyta');

    const c = await h.call('cm', 'clients.create', { firstName: 'Nauja', lastName: `Priimta${++n}` });
    const intake = await h.call('cm', 'cases.create', { clientId: c.id, targetGroup: 'PWD', entryPoint: 'ngo', intakeDate: '2026-11-01' });
    expectError(await h.raw('cm', 'plans.saveDraft', { caseId: intake.id, ...DRAFT }), 'CONFLICT', 'errors.eligibilityFirst');
  });

  test('R5 the rights text is the centre’s own when an administrator has set one (audited), else the standard one, per language', async () => {
    const texts = await h.call('admin', 'settings.getTexts', {});
    expect(texts).toEqual([
      { key: 'clientRights', language: 'lt', text: STANDARD_CLIENT_RIGHTS.lt, custom: false, updatedAt: null },
      { key: 'clientRights', language: 'en', text: STANDARD_CLIENT_RIGHTS.en, custom: false, updatedAt: null },
    ]);
    const k1 = await planningCase();
    const before = await h.call('cm', 'plans.saveDraft', { caseId: k1.id, ...DRAFT });
    await h.call('admin', 'settings.updateText', { key: 'clientRights', language: 'lt', text: '  Centro nustatytos kliento teisės.  ' });
    expect((await h.call('admin', 'settings.getTexts', {}))[0]).toMatchObject({ text: 'Centro nustatytos kliento teisės.', custom: true });
    const k2 = await planningCase();
    expect((await h.call('cm', 'plans.saveDraft', { caseId: k2.id, ...DRAFT })).rightsText).toBe('Centro nustatytos kliento teisės.');
    expect((await h.call('cm', 'plans.saveDraft', { caseId: (await planningCase()).id, ...DRAFT, language: 'en' })).rightsText).toBe(STANDARD_CLIENT_RIGHTS.en);
    // A version that already exists keeps the text it was made with.
    expect((await h.call('cm', 'plans.get', { caseId: k1.id })).rightsText).toBe(before.rightsText);
    const { entries } = await h.call('admin', 'audit.list', { limit: 50 });
    expect(entries.find((e) => e.action === 'settings.updateText')).toMatchObject({ username: 'admin', details: { after: { text: 'Centro nustatytos kliento teisės.' } } });
    expectError(await h.raw('cm', 'settings.updateText', { key: 'clientRights', language: 'lt', text: 'x' }), 'FORBIDDEN');
    expectError(await h.raw('admin', 'settings.updateText', { key: 'clientRights', language: 'lt', text: '   ' }), 'VALIDATION');
  });
});

describe('deadlines (R7, R10)', () => {
  test('R7 the first plan is due one month after the case manager’s assignment, and null once a version is signed; R10 the review 6 months after signing', async () => {
    const k = await planningCase({ assignedOn: '2026-10-31' });
    expect(await h.call('cm', 'plans.list', { caseId: k.id })).toEqual({ versions: [], planDue: '2026-11-30', reviewDue: null });
    await h.call('cm', 'plans.saveDraft', { caseId: k.id, ...DRAFT });
    expect((await h.call('cm', 'plans.list', { caseId: k.id })).planDue).toBe('2026-11-30');
    await h.call('cm', 'plans.sign', { caseId: k.id, signedByClientOn: '2026-11-18', signedByManagerOn: '2026-11-19' });
    const after = await h.call('cm', 'plans.list', { caseId: k.id });
    expect(after.planDue).toBeNull();
    expect(after.reviewDue).toBe('2027-05-19');
  });

  test('R7 YLC: the ILP is due one month after the Transition Service coordinator’s appointment, not the assignment', async () => {
    const k = await planningCase({ targetGroup: 'YLC', entryPoint: 'selfApplication', assignedOn: '2026-10-01', coordinatorAppointedOn: '2026-10-15' });
    expect((await h.call('cm', 'plans.list', { caseId: k.id })).planDue).toBe('2026-11-15');
    // No appointment date recorded: the assigned case manager is the coordinator, the clock starts at the assignment.
    const none = await planningCase({ targetGroup: 'YLC', entryPoint: 'selfApplication', assignedOn: '2026-10-31' });
    expect((await h.call('cm', 'plans.list', { caseId: none.id })).planDue).toBe('2026-11-30');
  });

  test('R7 the months are a setting per target group: an administrator changes them (audited), the other groups keep theirs', async () => {
    expect(await h.call('admin', 'settings.getTiming', {})).toEqual([
      { targetGroup: 'PWD', planMonths: 1, reviewMonths: 6 },
      { targetGroup: 'PLP', planMonths: 1, reviewMonths: 6 },
      { targetGroup: 'YLC', planMonths: 1, reviewMonths: 6 },
      { targetGroup: 'OTHER', planMonths: 1, reviewMonths: 6 },
    ]);
    const updated = await h.call('admin', 'settings.updateTiming', { targetGroup: 'PLP', planMonths: 2, reviewMonths: 4 });
    expect(updated[1]).toEqual({ targetGroup: 'PLP', planMonths: 2, reviewMonths: 4 });
    expect(updated[0]).toEqual({ targetGroup: 'PWD', planMonths: 1, reviewMonths: 6 });
    const plp = await planningCase({ targetGroup: 'PLP', entryPoint: 'ngoAtRelease', assignedOn: '2026-08-31' });
    const pwd = await planningCase({ assignedOn: '2026-08-31' });
    expect((await h.call('cm', 'plans.list', { caseId: plp.id })).planDue).toBe('2026-10-31');
    expect((await h.call('cm', 'plans.list', { caseId: pwd.id })).planDue).toBe('2026-09-30');
    await h.call('cm', 'plans.saveDraft', { caseId: plp.id, ...DRAFT });
    await h.call('cm', 'plans.sign', { caseId: plp.id, signedByClientOn: '2026-10-31', signedByManagerOn: '2026-10-31' });
    expect((await h.call('cm', 'plans.list', { caseId: plp.id })).reviewDue).toBe('2027-02-28');
    const { entries } = await h.call('admin', 'audit.list', { limit: 50 });
    expect(entries.find((e) => e.action === 'settings.updateTiming')).toMatchObject({
      entityId: 'PLP',
      details: { before: { planMonths: 1, reviewMonths: 6 }, after: { planMonths: 2, reviewMonths: 4 } },
    });
    const before = checksum();
    expectError(await h.raw('admin', 'settings.updateTiming', { targetGroup: 'PLP', planMonths: 0, reviewMonths: 4 }), 'VALIDATION');
    expectError(await h.raw('sup', 'settings.updateTiming', { targetGroup: 'PLP', planMonths: 3, reviewMonths: 4 }), 'FORBIDDEN');
    // The FORBIDDEN leaves its access-denied trace only; no setting changed.
    expect((await h.call('admin', 'settings.getTiming', {}))[1]).toEqual({ targetGroup: 'PLP', planMonths: 2, reviewMonths: 4 });
    expect(before).not.toBe(checksum());
  });
});

describe('implementation progress', () => {
  test('steps of the latest signed version are marked done (today by default) or reopened; draft and older versions’ steps are refused', async () => {
    const k = await planningCase();
    const draft = await h.call('cm', 'plans.saveDraft', { caseId: k.id, ...DRAFT });
    const draftStep = draft.goals[0]!.steps[0]!.id;
    expectError(await h.raw('cm', 'plans.setStepStatus', { stepId: draftStep, status: 'done' }), 'CONFLICT', 'errors.stepNotInSignedPlan');

    const { plan } = await h.call('cm', 'plans.sign', { caseId: k.id, signedByClientOn: '2026-11-20', signedByManagerOn: '2026-11-20' });
    const stepId = plan.goals[1]!.steps[0]!.id;
    const done = await h.call('cm', 'plans.setStepStatus', { stepId, status: 'done' });
    expect(done).toMatchObject({ id: stepId, status: 'done', doneOn: '2026-11-23', planId: plan.id, version: 1, caseId: k.id, text: 'Registruotis Užimtumo tarnyboje' });
    expect((await h.call('cm', 'plans.setStepStatus', { stepId, status: 'open' })).doneOn).toBeNull();
    expect((await h.call('cm', 'plans.setStepStatus', { stepId, status: 'done', doneOn: '2026-11-21' })).doneOn).toBe('2026-11-21');
    expect((await h.call('admin', 'plans.get', { caseId: k.id })).goals[1]!.steps[0]).toMatchObject({ status: 'done', doneOn: '2026-11-21' });
    expectError(await h.raw('cm', 'plans.setStepStatus', { stepId, status: 'done', doneOn: '2026-11-24' }), 'VALIDATION');
    expectError(await h.raw('cm2', 'plans.setStepStatus', { stepId, status: 'cancelled' }), 'FORBIDDEN');
    expectError(await h.raw('cm', 'plans.setStepStatus', { stepId: 999999, status: 'done' }), 'NOT_FOUND');

    // Once version 2 is signed, version 1's steps are history.
    await h.call('cm', 'plans.saveDraft', { caseId: k.id, ...DRAFT });
    await h.call('cm', 'plans.sign', { caseId: k.id, signedByClientOn: '2026-11-23', signedByManagerOn: '2026-11-23' });
    const before = checksum();
    expectError(await h.raw('cm', 'plans.setStepStatus', { stepId, status: 'open' }), 'CONFLICT', 'errors.stepNotInSignedPlan');
    expect(checksum()).toBe(before);
  });
});
