// Plan versions: drafts are edited, signed versions are kept (electron/core/plan-versions.ts).
import { describe, expect, test } from 'vitest';
import { editPlan, latestSignedVersion, signPlan, type PlanVersion } from '../../electron/core/plan-versions';

type Content = { goals: string[] };
const today = '2026-06-15';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

function signed(versions: PlanVersion<Content>[], on = today): PlanVersion<Content>[] {
  const result = signPlan(versions, { clientOn: on, managerOn: on }, today);
  if (!result.ok) throw new Error(result.reason);
  return result.versions;
}

describe('R5 R6 plan versions', () => {
  test('R5 the first edit starts version 1 as a draft', () => {
    expect(editPlan<Content>([], { goals: ['housing'] })).toEqual([
      { version: 1, status: 'draft', signedByClientOn: null, signedByManagerOn: null, content: { goals: ['housing'] } },
    ]);
  });

  test('R6 a draft is edited in place', () => {
    const v = editPlan(editPlan<Content>([], { goals: ['housing'] }), { goals: ['housing', 'work'] });
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({ version: 1, status: 'draft', content: { goals: ['housing', 'work'] } });
  });

  test('R5 signing needs both the client and the case manager', () => {
    const draft = editPlan<Content>([], { goals: ['housing'] });
    expect(signPlan(draft, { clientOn: today, managerOn: null }, today)).toEqual({ ok: false, reason: 'missingSignature' });
    expect(signPlan(draft, { clientOn: '', managerOn: today }, today)).toEqual({ ok: false, reason: 'missingSignature' });
    const result = signPlan(draft, { clientOn: '2026-06-14', managerOn: today }, today);
    expect(result).toEqual({
      ok: true,
      versions: [{ version: 1, status: 'signed', signedByClientOn: '2026-06-14', signedByManagerOn: today, content: { goals: ['housing'] } }],
    });
  });

  test('R5 a signature cannot be dated in the future or be a non-date', () => {
    const draft = editPlan<Content>([], { goals: ['housing'] });
    expect(signPlan(draft, { clientOn: '2026-06-16', managerOn: today }, today)).toEqual({ ok: false, reason: 'futureDate' });
    expect(signPlan(draft, { clientOn: today, managerOn: '2026-06-16' }, today)).toEqual({ ok: false, reason: 'futureDate' });
    expect(signPlan(draft, { clientOn: '2026-02-30', managerOn: today }, today)).toEqual({ ok: false, reason: 'invalidDate' });
  });

  test('R6 signing a signed version is refused; there is nothing to sign before the first edit', () => {
    const v = signed(editPlan<Content>([], { goals: ['housing'] }));
    expect(signPlan(v, { clientOn: today, managerOn: today }, today)).toEqual({ ok: false, reason: 'alreadySigned' });
    expect(signPlan<Content>([], { clientOn: today, managerOn: today }, today)).toEqual({ ok: false, reason: 'noDraft' });
  });

  test('R6 editing after signing starts a new draft without the signatures', () => {
    const v = editPlan(signed(editPlan<Content>([], { goals: ['housing'] })), { goals: ['housing', 'work'] });
    expect(v).toHaveLength(2);
    expect(v[1]).toEqual({ version: 2, status: 'draft', signedByClientOn: null, signedByManagerOn: null, content: { goals: ['housing', 'work'] } });
  });

  test('R6 signed plan version is never overwritten', () => {
    const v1 = deepFreeze(signed(editPlan<Content>([], { goals: ['housing'] }), '2026-01-10'));
    const snapshot = structuredClone(v1);
    const v2 = editPlan(v1, { goals: ['housing', 'work'] });
    const v2b = deepFreeze(editPlan(v2, { goals: ['work'] }));
    const v2signed = signed(v2b);
    const v3 = editPlan(v2signed, { goals: ['education'] });

    expect(v1).toEqual(snapshot);
    expect(v3[0]).toEqual(snapshot[0]);
    expect(v3.map((v) => [v.version, v.status])).toEqual([
      [1, 'signed'],
      [2, 'signed'],
      [3, 'draft'],
    ]);
    expect(v3[1]).toMatchObject({ content: { goals: ['work'] }, signedByClientOn: today });
    expect(v2b).toHaveLength(2);
    expect(v2b[1]?.status).toBe('draft');
    expect(latestSignedVersion(v3)?.version).toBe(2);
  });
});
