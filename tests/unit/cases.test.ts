// Cases: intake with no wrong door (R1), one open case per client, eligibility (R2, R3), the phase
// cycle, assignment and who sees what, and reopening (R15). Through the real dispatcher.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { insertCase, isConstraintError } from '../../db/repositories/cases';
import { withTransaction } from '../../db/transaction';
import type { MethodInput } from '../../electron/contract';
import { databaseChecksum } from '../support/db-snapshot';
import { expectError } from '../support/expect-api';
import { addUser, makeCentre, type Harness } from '../support/harness';
import { personalCodeFor } from '../support/intake-fixtures';

// Today in the harness is 2026-11-23.
let h: Harness;
let cmId: number;
let cm2Id: number;
let adminId: number;
beforeAll(async () => {
  h = await makeCentre();
  adminId = (await h.call('admin', 'auth.session', {})).user!.id;
  cmId = await addUser(h, 'cm', { username: 'vadybininke', fullName: 'Vida Vadybininkė', roles: ['case_manager'] });
  cm2Id = await addUser(h, 'cm2', { username: 'kitas', fullName: 'Kęstas Kitas', roles: ['case_manager'] });
  await addUser(h, 'sup', { username: 'vadove', fullName: 'Vaida Vadovė', roles: ['supervisor'] });
});
afterAll(async () => h.close());

const checksum = () => databaseChecksum(h.app.handle.sqlite);
let n = 0;
async function client(o: Partial<MethodInput<'clients.create'>> = {}, session = 'cm') {
  return h.call(session, 'clients.create', { firstName: 'Tomas', lastName: `Klientas${++n}`, ...o });
}
async function openCase(o: Partial<MethodInput<'cases.create'>> & { clientId?: number } = {}, session = 'cm') {
  const clientId = o.clientId ?? (await client({}, session)).id;
  return h.call(session, 'cases.create', { clientId, targetGroup: 'PWD', entryPoint: 'selfReferral', intakeDate: '2026-11-02', ...o });
}

describe('intake', () => {
  test('a case gets the next number CENTRE-YYYY-NNNNN, starts at intake, and a case manager who opens it is assigned from today', async () => {
    const first = await openCase({ referrerName: 'Seniūnijos socialinė darbuotoja', referrerContact: '+370 5 000 0000' });
    const second = await openCase();
    expect(first.caseNumber).toMatch(/^VSPC-2026-\d{5}$/);
    expect(Number(second.caseNumber.slice(-5))).toBe(Number(first.caseNumber.slice(-5)) + 1);
    expect(first).toMatchObject({
      phase: 'intake',
      caseManagerId: cmId,
      caseManagerName: 'Vida Vadybininkė',
      assignedOn: '2026-11-23',
      referrerName: 'Seniūnijos socialinė darbuotoja',
      isReturn: false,
      closurePending: false,
    });
  });

  test('a supervisor may open a case unassigned, or for a named case manager from a date', async () => {
    const c = await client();
    expect(await h.call('sup', 'cases.create', { clientId: c.id, targetGroup: 'OTHER', entryPoint: 'pes', intakeDate: '2026-11-02' })).toMatchObject({ caseManagerId: null, assignedOn: null });
    const d = await client();
    expect(await h.call('sup', 'cases.create', { clientId: d.id, targetGroup: 'OTHER', entryPoint: 'pes', intakeDate: '2026-11-02', caseManagerId: cm2Id, assignedOn: '2026-11-10' })).toMatchObject({
      caseManagerId: cm2Id,
      assignedOn: '2026-11-10',
    });
  });

  test('a case manager cannot open a case in someone else’s name, and no case goes to a user without the case manager role', async () => {
    const c = await client();
    const before = checksum();
    expectError(await h.raw('cm', 'cases.create', { clientId: c.id, targetGroup: 'PWD', entryPoint: 'ngo', intakeDate: '2026-11-02', caseManagerId: cm2Id }), 'FORBIDDEN');
    const e = expectError(await h.raw('sup', 'cases.create', { clientId: c.id, targetGroup: 'PWD', entryPoint: 'ngo', intakeDate: '2026-11-02', caseManagerId: adminId }), 'VALIDATION');
    expect(e.issues).toEqual([{ path: 'caseManagerId', messageKey: 'validation.caseManagerNotActive' }]);
    expect(checksum()).toBe(before);
  });

  test('one open case per client: a second one is refused with errors.openCaseExists and nothing changes', async () => {
    const k = await openCase();
    const before = checksum();
    expectError(await h.raw('cm', 'cases.create', { clientId: k.clientId, targetGroup: 'PLP', entryPoint: 'selfReferral', intakeDate: '2026-11-02' }), 'CONFLICT', 'errors.openCaseExists');
    expectError(await h.raw('sup', 'cases.create', { clientId: k.clientId, targetGroup: 'PWD', entryPoint: 'pes', intakeDate: '2026-11-02' }), 'CONFLICT', 'errors.openCaseExists');
    expect(checksum()).toBe(before);
  });

  test('the database itself refuses a second open case for a client (the service turns that into errors.openCaseExists)', async () => {
    const k = await openCase();
    const { clientId, targetGroup, entryPoint, intakeDate } = k;
    let err: unknown;
    try {
      await withTransaction(h.app.handle, (db) =>
        insertCase(db, { caseNumber: `RACE-${k.id}`, clientId, targetGroup, entryPoint, intakeDate, phase: 'assessment', createdAt: 'x', updatedAt: 'x' }),
      );
    } catch (e) {
      err = e;
    }
    expect(isConstraintError(err, 'cases.client_id')).toBe(true);
    expect(h.app.handle.sqlite.prepare('SELECT count(*) FROM cases WHERE client_id = ?').pluck().get(clientId)).toBe(1);
  });

  test.each([
    ['PWD', 'disabilityAgency'],
    ['PWD', 'mentalHealthCentre'],
    ['PLP', 'prisonSocialWorker'],
    ['PLP', 'ngoAtRelease'],
    ['YLC', 'socialWorkerOnBehalf'],
    ['OTHER', 'healthCare'],
    ['YLC', 'selfReferral'],
  ] as const)('R1 no wrong door: %s accepts entry point %s and records it', async (targetGroup, entryPoint) => {
    const k = await openCase({ targetGroup, entryPoint });
    expect(k).toMatchObject({ targetGroup, entryPoint });
  });

  test('R1 an entry point of another group, or "other" without saying what, is refused; "other" with a description is recorded', async () => {
    const c = await client();
    const before = checksum();
    let e = expectError(await h.raw('cm', 'cases.create', { clientId: c.id, targetGroup: 'PWD', entryPoint: 'prisonSocialWorker', intakeDate: '2026-11-02' }), 'VALIDATION');
    expect(e.issues).toEqual([{ path: 'entryPoint', messageKey: 'validation.entryPointForGroup' }]);
    e = expectError(await h.raw('cm', 'cases.create', { clientId: c.id, targetGroup: 'OTHER', entryPoint: 'other', intakeDate: '2026-11-02' }), 'VALIDATION');
    expect(e.issues).toEqual([{ path: 'entryPointOther', messageKey: 'validation.required' }]);
    e = expectError(await h.raw('cm', 'cases.create', { clientId: c.id, targetGroup: 'PWD', entryPoint: 'ngo', intakeDate: '2026-11-02', releaseDate: '2027-01-01' }), 'VALIDATION');
    expect(e.issues).toEqual([{ path: 'releaseDate', messageKey: 'validation.onlyForPlp' }]);
    e = expectError(await h.raw('cm', 'cases.create', { clientId: c.id, targetGroup: 'PWD', entryPoint: 'ngo', intakeDate: '2026-12-02' }), 'VALIDATION');
    expect(e.issues).toEqual([{ path: 'intakeDate', messageKey: 'validation.dateInFuture' }]);
    expect(checksum()).toBe(before);
    const k = await h.call('cm', 'cases.create', { clientId: c.id, targetGroup: 'OTHER', entryPoint: 'other', entryPointOther: 'Bažnyčios bendruomenė', intakeDate: '2026-11-02' });
    expect(k).toMatchObject({ entryPoint: 'other', entryPointOther: 'Bažnyčios bendruomenė' });
  });

  test('cases.get shows the case, the client and the decisions, and the view is audited (case.view)', async () => {
    const code = personalCodeFor('1970-07-07', 'M', 12);
    const c = await client({ personalCode: code });
    const k = await openCase({ clientId: c.id });
    const file = await h.call('admin', 'cases.get', { id: k.id });
    expect(file.client).toEqual({ id: c.id, firstName: 'Tomas', lastName: c.lastName, birthDate: '1970-07-07', sex: 'M', personalCodeMasked: `${code.slice(0, 7)}****` });
    expect(file.case.caseNumber).toBe(k.caseNumber);
    expect(file.eligibility).toEqual([]);
    const { entries } = await h.call('admin', 'audit.list', { limit: 1 });
    expect(entries[0]).toMatchObject({ action: 'case.view', username: 'admin', entityType: 'case', entityId: String(k.id) });
  });
});

describe('eligibility', () => {
  test('R2 PLP: a person serving an arrest sentence is not eligible; the intake closes with the reason, who and when', async () => {
    const k = await openCase({ targetGroup: 'PLP', entryPoint: 'prisonSocialWorker', releaseDate: '2027-03-01', prison: 'Marijampolės pataisos namai' });
    const r = await h.call('cm', 'cases.decideEligibility', { id: k.id, servesArrestSentence: true });
    expect(r.case).toMatchObject({ phase: 'closed', closedOn: '2026-11-23', servesArrestSentence: true });
    expect(r.decision).toMatchObject({ eligible: false, reason: 'arrestSentence', decidedBy: cmId, decidedByName: 'Vida Vadybininkė', decidedOn: '2026-11-23' });
    expect((await h.call('sup', 'cases.get', { id: k.id })).eligibility).toEqual([r.decision]);
    // Closed means read-only.
    expectError(await h.raw('cm', 'cases.update', { id: k.id, prison: 'Kita' }), 'CONFLICT', 'errors.caseClosed');
  });

  test('R2 PLP: anyone else leaving prison is eligible and goes on to assessment; the question must be answered', async () => {
    const k = await openCase({ targetGroup: 'PLP', entryPoint: 'ngoAtRelease' });
    const before = checksum();
    const e = expectError(await h.raw('cm', 'cases.decideEligibility', { id: k.id }), 'VALIDATION');
    expect(e.issues).toEqual([{ path: 'servesArrestSentence', messageKey: 'validation.required' }]);
    expect(checksum()).toBe(before);
    const r = await h.call('cm', 'cases.decideEligibility', { id: k.id, servesArrestSentence: false });
    expect(r.case).toMatchObject({ phase: 'assessment', closedOn: null, servesArrestSentence: false });
    expect(r.decision.eligible).toBe(true);
    expectError(await h.raw('cm', 'cases.decideEligibility', { id: k.id, servesArrestSentence: false }), 'CONFLICT', 'errors.eligibilityDecided');
  });

  // Intake on 2026-11-02: ages are taken on that day, not today.
  async function ylcDecision(birthDate: string, criterion: 'a' | 'b' | 'c' | 'd' | null) {
    const c = await client({ birthDate });
    const k = await openCase({ clientId: c.id, targetGroup: 'YLC', entryPoint: 'selfApplication', coordinatorAppointedOn: '2026-11-05' });
    return h.call('cm', 'cases.decideEligibility', { id: k.id, criterion });
  }

  test('R3 YLC over 24 on the intake date is refused and the intake is closed (over24)', async () => {
    const r = await ylcDecision('2001-11-01', 'a'); // 25 on 2026-11-02
    expect(r.decision).toMatchObject({ eligible: false, reason: 'over24', criterion: 'a' });
    expect(r.case).toMatchObject({ phase: 'closed', closedOn: '2026-11-23', ylcCriterion: 'a' });
  });

  test('R3 YLC aged 24 on the intake date (25 the day after) is eligible', async () => {
    const r = await ylcDecision('2001-11-03', 'd');
    expect(r.decision).toMatchObject({ eligible: true, criterion: 'd' });
    expect(r.case.phase).toBe('assessment');
  });

  test('R3 YLC under 16 is not eligible (under16)', async () => {
    const r = await ylcDecision('2010-11-03', 'a'); // 15 on 2026-11-02
    expect(r.decision).toMatchObject({ eligible: false, reason: 'under16' });
    expect(r.case.phase).toBe('closed');
  });

  test('R3 YLC criterion (d) needs 18: at 17 not eligible (criterionDUnder18), while (b) at 17 is eligible', async () => {
    expect((await ylcDecision('2009-06-01', 'd')).decision).toMatchObject({ eligible: false, reason: 'criterionDUnder18' });
    expect((await ylcDecision('2009-06-01', 'b')).decision).toMatchObject({ eligible: true, criterion: 'b' });
  });

  test('R3 YLC without a criterion is not eligible (noCriterion)', async () => {
    expect((await ylcDecision('2005-01-01', null)).decision).toMatchObject({ eligible: false, reason: 'noCriterion' });
  });

  test('R3 YLC without a birth date cannot be decided: validation error, nothing changes', async () => {
    const c = await client({ birthDate: null });
    const k = await openCase({ clientId: c.id, targetGroup: 'YLC', entryPoint: 'selfApplication' });
    const before = checksum();
    const e = expectError(await h.raw('cm', 'cases.decideEligibility', { id: k.id, criterion: 'a' }), 'VALIDATION');
    expect(e.issues).toEqual([{ path: 'birthDate', messageKey: 'validation.birthDateRequired' }]);
    expect(checksum()).toBe(before);
  });

  test('PWD and OTHER are eligible unless the worker says not, with a reason', async () => {
    const k = await openCase();
    const before = checksum();
    const e = expectError(await h.raw('cm', 'cases.decideEligibility', { id: k.id, eligible: false }), 'VALIDATION');
    expect(e.issues).toEqual([{ path: 'reason', messageKey: 'validation.required' }]);
    expect(checksum()).toBe(before);
    const no = await h.call('cm', 'cases.decideEligibility', { id: k.id, eligible: false, reason: 'Gyvena kitoje savivaldybėje' });
    expect(no.decision).toMatchObject({ eligible: false, reason: 'Gyvena kitoje savivaldybėje', criterion: null });
    expect(no.case.phase).toBe('closed');
    const yes = await h.call('cm', 'cases.decideEligibility', { id: (await openCase({ targetGroup: 'OTHER', entryPoint: 'pes' })).id });
    expect(yes.decision.eligible).toBe(true);
    expect(yes.case.phase).toBe('assessment');
  });
});

describe('phases', () => {
  test('intake is left only by the eligibility decision; then one step at a time round the cycle', async () => {
    const k = await openCase();
    expectError(await h.raw('cm', 'cases.advancePhase', { id: k.id, to: 'assessment' }), 'CONFLICT', 'errors.eligibilityFirst');
    await h.call('cm', 'cases.decideEligibility', { id: k.id });
    expectError(await h.raw('cm', 'cases.advancePhase', { id: k.id, to: 'implementation' }), 'CONFLICT', 'errors.phase.notAllowed');
    expect((await h.call('cm', 'cases.advancePhase', { id: k.id, to: 'planning' })).phase).toBe('planning');
    expect((await h.call('cm', 'cases.advancePhase', { id: k.id, to: 'implementation' })).phase).toBe('implementation');
    expect((await h.call('cm', 'cases.advancePhase', { id: k.id, to: 'review' })).phase).toBe('review');
    expect((await h.call('cm', 'cases.advancePhase', { id: k.id, to: 'assessment' })).phase).toBe('assessment');
  });

  test('the target group changes only at intake; group fields stay with their group', async () => {
    const k = await openCase({ targetGroup: 'PLP', entryPoint: 'selfReferral', releaseDate: '2027-05-01' });
    const moved = await h.call('cm', 'cases.update', { id: k.id, targetGroup: 'PWD', intensity: 'high' });
    expect(moved).toMatchObject({ targetGroup: 'PWD', releaseDate: null, intensity: 'high' });
    await h.call('cm', 'cases.decideEligibility', { id: k.id });
    const before = checksum();
    expectError(await h.raw('cm', 'cases.update', { id: k.id, targetGroup: 'YLC' }), 'CONFLICT', 'errors.targetGroupFixed');
    const e = expectError(await h.raw('cm', 'cases.update', { id: k.id, entryPoint: 'selfApplication' }), 'VALIDATION');
    expect(e.issues).toEqual([{ path: 'entryPoint', messageKey: 'validation.entryPointForGroup' }]);
    expect(checksum()).toBe(before);
  });
});

describe('who sees what', () => {
  test('a case manager cannot open or change another’s case (FORBIDDEN); supervisors can; an administrator reads only', async () => {
    const k = await openCase();
    const before = checksum();
    expectError(await h.raw('cm2', 'cases.get', { id: k.id }), 'FORBIDDEN');
    expectError(await h.raw('cm2', 'cases.update', { id: k.id, intensity: 'low' }), 'FORBIDDEN');
    expectError(await h.raw('cm2', 'cases.decideEligibility', { id: k.id }), 'FORBIDDEN');
    expectError(await h.raw('admin', 'cases.update', { id: k.id, intensity: 'low' }), 'FORBIDDEN');
    expectError(await h.raw('admin', 'cases.decideEligibility', { id: k.id }), 'FORBIDDEN');
    expectError(await h.raw('cm', 'cases.assign', { id: k.id, caseManagerId: cm2Id }), 'FORBIDDEN');
    // Nothing but the access-denied traces of the three role refusals was written.
    const actions = h.app.handle.sqlite.prepare(`SELECT action FROM audit_log ORDER BY id DESC LIMIT 4`).pluck().all();
    expect(actions).toEqual(['access.denied', 'access.denied', 'access.denied', 'case.create']);
    expect(before).not.toBe(checksum());
    expect((await h.call('admin', 'cases.get', { id: k.id })).case.id).toBe(k.id);
    expect((await h.call('sup', 'cases.update', { id: k.id, intensity: 'low' })).intensity).toBe('low');
  });

  test('reassigning is a supervisor’s action: the new case manager sees the case, the old one no longer', async () => {
    const k = await openCase();
    const before = checksum();
    expectError(await h.raw('sup', 'cases.assign', { id: k.id, caseManagerId: adminId }), 'VALIDATION');
    expect(checksum()).toBe(before);
    const r = await h.call('sup', 'cases.assign', { id: k.id, caseManagerId: cm2Id, assignedOn: '2026-11-20' });
    expect(r).toMatchObject({ caseManagerId: cm2Id, caseManagerName: 'Kęstas Kitas', assignedOn: '2026-11-20' });
    expect((await h.call('cm2', 'cases.get', { id: k.id })).case.id).toBe(k.id);
    expectError(await h.raw('cm', 'cases.get', { id: k.id }), 'FORBIDDEN');
    const { entries } = await h.call('admin', 'audit.list', { limit: 5 });
    expect(entries.find((e) => e.action === 'case.assign')).toMatchObject({
      username: 'vadove',
      details: { before: { caseManagerId: cmId }, after: { caseManagerId: cm2Id, assignedOn: '2026-11-20' } },
    });
  });

  test('cases.list: a case manager sees their own; supervisors all; filters, sort and paging', async () => {
    const mine = await openCase({ targetGroup: 'PLP', entryPoint: 'ngoAtRelease', intakeDate: '2026-10-01' });
    const theirs = await openCase({ targetGroup: 'PLP', entryPoint: 'ngoAtRelease', intakeDate: '2026-10-02' }, 'cm2');
    const own = await h.call('cm', 'cases.list', { targetGroup: 'PLP', limit: 200 });
    expect(own.items.every((i) => i.caseManagerId === cmId)).toBe(true);
    expect(own.items.map((i) => i.id)).toContain(mine.id);
    expect(own.items.map((i) => i.id)).not.toContain(theirs.id);
    expect(await h.call('cm', 'cases.list', { caseManagerId: cm2Id })).toEqual({ total: 0, items: [] });

    const all = await h.call('sup', 'cases.list', { targetGroup: 'PLP', phase: 'intake', limit: 200 });
    expect(all.items.map((i) => i.id)).toEqual(expect.arrayContaining([mine.id, theirs.id]));
    expect(all.items.every((i) => i.targetGroup === 'PLP' && i.phase === 'intake')).toBe(true);
    const dates = all.items.map((i) => i.intakeDate);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(all.items.find((i) => i.id === theirs.id)).toMatchObject({ clientName: `Tomas ${theirs.clientName.split(' ')[1]}`, caseManagerName: 'Kęstas Kitas' });

    const byNumber = await h.call('admin', 'cases.list', { sort: 'caseNumber', limit: 3, offset: 1 });
    const numbers = byNumber.items.map((i) => i.caseNumber);
    expect(numbers).toEqual([...numbers].sort());
    expect(numbers).toHaveLength(3);
    expect(byNumber.total).toBeGreaterThan(4);
    expect((await h.call('sup', 'cases.list', { caseManagerId: cm2Id, limit: 200 })).items.every((i) => i.caseManagerId === cm2Id)).toBe(true);
  });
});

describe('reopening (R15)', () => {
  test('R15 a closed case is reopened as a new case for the same client, linked to it and counted as a return', async () => {
    const k = await openCase({ targetGroup: 'OTHER', entryPoint: 'healthCare' });
    const closed = (await h.call('cm', 'cases.decideEligibility', { id: k.id, eligible: false, reason: 'Atsisakė paslaugų' })).case;
    const again = await h.call('cm', 'cases.reopen', { id: closed.id, entryPoint: 'selfReferral', intakeDate: '2026-11-20' });
    expect(again).toMatchObject({ clientId: k.clientId, targetGroup: 'OTHER', phase: 'intake', previousCaseId: k.id, isReturn: true, caseManagerId: cmId });
    expect(again.caseNumber).not.toBe(k.caseNumber);
    expect(again.id).not.toBe(k.id);
    // The old one stays closed and readable; the client's file shows both, the return marked.
    expect((await h.call('cm', 'cases.get', { id: k.id })).case).toMatchObject({ phase: 'closed', isReturn: false });
    const file = await h.call('cm', 'clients.get', { id: k.clientId });
    expect(file.cases.map((c) => [c.id, c.isReturn])).toEqual([
      [again.id, true],
      [k.id, false],
    ]);
    const returns = await h.call('sup', 'cases.list', { targetGroup: 'OTHER', phase: 'intake', limit: 200 });
    expect(returns.items.find((i) => i.id === again.id)).toMatchObject({ isReturn: true, previousCaseId: k.id });
  });

  test('R15 reopening is refused while the client has an open case', async () => {
    const k = await openCase();
    await h.call('cm', 'cases.decideEligibility', { id: k.id, eligible: false, reason: 'Netinka' });
    await h.call('cm', 'cases.reopen', { id: k.id, entryPoint: 'selfReferral', intakeDate: '2026-11-20' });
    const before = checksum();
    expectError(await h.raw('cm', 'cases.reopen', { id: k.id, entryPoint: 'selfReferral', intakeDate: '2026-11-21' }), 'CONFLICT', 'errors.openCaseExists');
    expectError(await h.raw('cm', 'cases.create', { clientId: k.clientId, targetGroup: 'PWD', entryPoint: 'ngo', intakeDate: '2026-11-21' }), 'CONFLICT', 'errors.openCaseExists');
    expect(checksum()).toBe(before);
  });

  test('R15 reopening keeps the group unless another is given: an entry point of another group is refused', async () => {
    const k = await openCase({ targetGroup: 'PLP', entryPoint: 'prisonSocialWorker' });
    await h.call('cm', 'cases.decideEligibility', { id: k.id, servesArrestSentence: true });
    const before = checksum();
    const e = expectError(await h.raw('cm', 'cases.reopen', { id: k.id, entryPoint: 'groupHome', intakeDate: '2026-11-21' }), 'VALIDATION');
    expect(e.issues).toEqual([{ path: 'entryPoint', messageKey: 'validation.entryPointForGroup' }]);
    expectError(await h.raw('cm2', 'cases.reopen', { id: k.id, entryPoint: 'ngoAtRelease', intakeDate: '2026-11-21' }), 'FORBIDDEN');
    expect(checksum()).toBe(before);
    expect(await h.call('sup', 'cases.reopen', { id: k.id, entryPoint: 'ngoAtRelease', intakeDate: '2026-11-21', caseManagerId: cm2Id })).toMatchObject({
      targetGroup: 'PLP',
      caseManagerId: cm2Id,
      isReturn: true,
    });
  });

  test('R15 a person may return under another group: the group\'s own fields are taken, a wrong entry point refused', async () => {
    const k = await openCase({ targetGroup: 'PLP', entryPoint: 'prisonSocialWorker' });
    await h.call('cm', 'cases.decideEligibility', { id: k.id, servesArrestSentence: true });
    const before = checksum();
    const wrong = expectError(await h.raw('cm', 'cases.reopen', { id: k.id, targetGroup: 'PWD', entryPoint: 'ngoAtRelease', intakeDate: '2026-11-21' }), 'VALIDATION');
    expect(wrong.issues).toEqual([{ path: 'entryPoint', messageKey: 'validation.entryPointForGroup' }]);
    const plpOnly = expectError(await h.raw('cm', 'cases.reopen', { id: k.id, targetGroup: 'PWD', entryPoint: 'ngo', intakeDate: '2026-11-21', prison: 'Alytaus pataisos namai' }), 'VALIDATION');
    expect(plpOnly.issues).toContainEqual({ path: 'prison', messageKey: 'validation.onlyForPlp' });
    expect(checksum()).toBe(before);
    const again = await h.call('cm', 'cases.reopen', { id: k.id, targetGroup: 'PWD', entryPoint: 'ngo', intakeDate: '2026-11-21', intensity: 'high' });
    expect(again).toMatchObject({ targetGroup: 'PWD', entryPoint: 'ngo', intensity: 'high', previousCaseId: k.id, isReturn: true, releaseDate: null, prison: '' });
  });

  test('R15 a new case through the intake door after a closed one is the same return: linked and counted', async () => {
    const first = await openCase({ targetGroup: 'OTHER', entryPoint: 'healthCare' });
    expect(first).toMatchObject({ previousCaseId: null, isReturn: false });
    await h.call('cm', 'cases.decideEligibility', { id: first.id, eligible: false, reason: 'Persikėlė' });
    const second = await h.call('cm', 'cases.create', { clientId: first.clientId, targetGroup: 'YLC', entryPoint: 'selfApplication', intakeDate: '2026-11-22' });
    expect(second).toMatchObject({ targetGroup: 'YLC', previousCaseId: first.id, isReturn: true });
    const { entries } = await h.call('admin', 'audit.list', { limit: 5 });
    expect(entries.find((e) => e.entityType === 'case' && e.entityId === String(second.id))).toMatchObject({ action: 'case.reopen', details: { previousCaseId: first.id } });
  });
});

