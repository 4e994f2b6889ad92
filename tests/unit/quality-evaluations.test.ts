// Issue 7: the team view's cases (R17) and supervisors' periodic evaluations against ILO Table 3 (R18).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { TABLE3_INDICATORS } from '../../electron/core/quality/performance-indicators';
import { expectError } from '../support/expect-api';
import { makeCycleCentre, seedCase, type CycleCentre } from '../support/cycle-fixtures';

let C: CycleCentre;
beforeAll(async () => {
  C = await makeCycleCentre();
});
afterAll(async () => {
  await C?.h.close();
});

const count = (table: string) => C.h.app.handle.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

function ratings(rating: number) {
  return TABLE3_INDICATORS.map((indicator, n) => ({ indicator, rating: n === 0 ? 1 : rating, comment: n === 0 ? 'Sutikimai ne visada įrašyti' : '' }));
}

describe('R17 team view', () => {
  test('R17 a supervisor sees one case manager’s open cases, and reassigning one moves the load', async () => {
    const { h, ids } = C;
    const a = await seedCase(h, { caseManagerId: ids.cm2, firstName: 'Jonas', lastName: 'Perkeliamas' });
    await h.call('sup', 'cases.update', { id: a.id, intensity: 'high' });
    await seedCase(h, { caseManagerId: ids.cm2, phase: 'closed' });
    const open = await h.call('sup', 'quality.caseloadCases', { caseManagerId: ids.cm2 });
    expect(open).toEqual([{ id: a.id, caseNumber: a.caseNumber, clientName: 'Jonas Perkeliamas', intensity: 'high', phase: 'implementation', targetGroup: 'PWD' }]);
    const before = (await h.call('sup', 'users.caseManagers', {})).find((m) => m.id === ids.cm)!;
    await h.call('sup', 'cases.assign', { id: a.id, caseManagerId: ids.cm });
    expect(await h.call('admin', 'quality.caseloadCases', { caseManagerId: ids.cm2 })).toEqual([]);
    const after = (await h.call('sup', 'users.caseManagers', {})).find((m) => m.id === ids.cm)!;
    expect(after.open.high).toBe(before.open.high + 1);
    expect(after.loadPercent).toBe(before.loadPercent + 10);
  });

  test('R17 a case manager cannot open the team view', async () => {
    expectError(await C.h.raw('cm', 'quality.caseloadCases', { caseManagerId: C.ids.cm2 }), 'FORBIDDEN');
  });
});

describe('R18 supervisor evaluations (ILO Table 3)', () => {
  test('R18 a supervisor rates every indicator 1–4 with comments; the history lists it, newest first, audited', async () => {
    const { h, ids } = C;
    const first = await h.call('sup', 'evaluations.create', { caseManagerId: ids.cm, periodFrom: '2026-01-01', periodTo: '2026-06-30', comment: 'Gerai', ratings: ratings(3) });
    const second = await h.call('sup2', 'evaluations.create', { caseManagerId: ids.cm, periodFrom: '2026-07-01', periodTo: '2026-09-30', ratings: ratings(4) });
    expect(first).toMatchObject({ caseManagerName: 'Asta Jonaitienė', evaluatorName: 'Daiva Vadovė', evaluatedOn: '2026-11-23', comment: 'Gerai' });
    expect(first.ratings).toHaveLength(TABLE3_INDICATORS.length);
    expect(first.ratings[0]).toEqual({ indicator: 'professionalBehaviour.rightsAndConsent.consentRecords', rating: 1, comment: 'Sutikimai ne visada įrašyti' });
    // 1 + 3 × (n − 1) over n indicators, to one decimal.
    const n = TABLE3_INDICATORS.length;
    expect(first.average).toBe(Math.round(((1 + 3 * (n - 1)) / n) * 10) / 10);
    const history = await h.call('admin', 'evaluations.list', { caseManagerId: ids.cm });
    expect(history.map((e) => e.id)).toEqual([second.id, first.id]);
    expect(history[0]).toMatchObject({ evaluatorName: 'Linas Vadovas', evaluatedOn: '2026-11-23', periodFrom: '2026-07-01' });
    const trail = await h.call('admin', 'audit.list', { limit: 20 });
    expect(trail.entries.find((e) => e.action === 'evaluations.create' && e.details.evaluationId === first.id)).toMatchObject({ username: 'vadove', entityId: String(ids.cm) });
  });

  test('R18 a case manager sees their own evaluations but not a colleague’s', async () => {
    const { h, ids } = C;
    await h.call('sup', 'evaluations.create', { caseManagerId: ids.cm2, periodFrom: '2026-01-01', periodTo: '2026-06-30', ratings: ratings(2) });
    const own = await h.call('cm', 'evaluations.list', {});
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((e) => e.caseManagerId === ids.cm)).toBe(true);
    expect(await h.call('cm', 'evaluations.list', { caseManagerId: ids.cm })).toEqual(own);
    expectError(await h.raw('cm', 'evaluations.list', { caseManagerId: ids.cm2 }), 'FORBIDDEN');
    expectError(await h.raw('cm2', 'evaluations.list', { caseManagerId: ids.cm }), 'FORBIDDEN');
  });

  test('R18 only supervisors write; bad input changes nothing', async () => {
    const { h, ids } = C;
    const before = [count('evaluations'), count('evaluation_ratings')];
    const good = { caseManagerId: ids.cm, periodFrom: '2026-01-01', periodTo: '2026-06-30', ratings: ratings(3) };
    expectError(await h.raw('admin', 'evaluations.create', good), 'FORBIDDEN');
    expectError(await h.raw('cm2', 'evaluations.create', good), 'FORBIDDEN');
    // A missing indicator, a repeated one, a rating out of 1–4, a period ending before it starts.
    expectError(await h.raw('sup', 'evaluations.create', { ...good, ratings: ratings(3).slice(1) }), 'VALIDATION');
    expectError(await h.raw('sup', 'evaluations.create', { ...good, ratings: [...ratings(3).slice(1), ratings(3)[1]] }), 'VALIDATION');
    expectError(await h.raw('sup', 'evaluations.create', { ...good, ratings: ratings(5) }), 'VALIDATION');
    expectError(await h.raw('sup', 'evaluations.create', { ...good, ratings: ratings(0) }), 'VALIDATION');
    expectError(await h.raw('sup', 'evaluations.create', { ...good, periodFrom: '2026-07-01' }), 'VALIDATION');
    // Someone who is not a case manager, and the supervisor evaluating themselves.
    expectError(await h.raw('sup', 'evaluations.create', { ...good, caseManagerId: ids.sup2 }), 'VALIDATION', 'validation.caseManagerNotActive');
    expectError(await h.raw('cmSup', 'evaluations.create', { ...good, caseManagerId: ids.cmSup }), 'FORBIDDEN');
    expect([count('evaluations'), count('evaluation_ratings')]).toEqual(before);
  });
});
