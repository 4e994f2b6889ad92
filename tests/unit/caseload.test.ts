// R17: each case manager's open cases by intensity and the weighted load, for assigning and the team view.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { makeCycleCentre, seedCase, type CycleCentre } from '../support/cycle-fixtures';

let C: CycleCentre;
beforeAll(async () => {
  C = await makeCycleCentre();
});
afterAll(async () => {
  await C?.h.close();
});

describe('R17 caseload of each case manager', () => {
  test('R17 open cases by intensity give the weighted load; closed cases and other roles do not count', async () => {
    const { h, ids } = C;
    const give = async (managerId: number, intensity: 'high' | 'moderate' | 'low', n: number, phase: 'implementation' | 'closed' = 'implementation') => {
      for (let i = 0; i < n; i++) {
        const c = await seedCase(h, { caseManagerId: managerId, phase });
        if (phase !== 'closed') await h.call('sup', 'cases.update', { id: c.id, intensity });
      }
    };
    await give(ids.cm, 'high', 5);
    await give(ids.cm, 'low', 10);
    await give(ids.cm, 'high', 3, 'closed');
    await give(ids.cm2, 'moderate', 21);

    const loads = await h.call('cm', 'users.caseManagers', {});
    const byId = new Map(loads.map((l) => [l.id, l]));
    // 5 high + 10 low = 50 % + 33 % = 83 %.
    expect(byId.get(ids.cm)).toMatchObject({ fullName: 'Asta Jonaitienė', open: { high: 5, moderate: 0, low: 10 }, loadPercent: 83, level: 'below' });
    expect(byId.get(ids.cm2)).toMatchObject({ open: { high: 0, moderate: 21, low: 0 }, loadPercent: 105, level: 'over' });
    // Supervisors who are not case managers are not offered; someone holding both roles is.
    expect(byId.has(ids.sup)).toBe(false);
    expect(byId.get(ids.cmSup)).toMatchObject({ loadPercent: 0 });
    expect(loads.map((l) => l.fullName)).toEqual([...loads.map((l) => l.fullName)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });
});
