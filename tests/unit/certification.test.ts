// Issue 7, R19: the ILO Table 4 certification — each item scored 0–5, the sum compared with the centre's
// benchmark (a higher total certifies), the result, evaluator and date recorded, and printable.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CERTIFICATION_ITEMS, MAX_TOTAL, type CertificationItem } from '../../electron/core/quality/certification';
import { expectError } from '../support/expect-api';
import { makeCycleCentre, type CycleCentre } from '../support/cycle-fixtures';

let C: CycleCentre;
beforeAll(async () => {
  C = await makeCycleCentre();
});
afterAll(async () => {
  await C?.h.close();
});

const count = (table: string) => C.h.app.handle.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

/** Scores summing to `total` (items filled with 5s from the top, the remainder in the next item). */
function scoresSumming(total: number): Record<CertificationItem, number> {
  let left = total;
  return Object.fromEntries(
    CERTIFICATION_ITEMS.map((item) => {
      const s = Math.min(5, left);
      left -= s;
      return [item, s];
    }),
  ) as Record<CertificationItem, number>;
}

const introduction = {
  jobTitle: 'Atvejo vadybininkė',
  lengthOfEmployment: '3 metai',
  areaOfEmployment: 'Socialinės paslaugos',
  employerDetails: 'Kauno socialinių paslaugų centras',
  supervisor: 'Daiva Vadovė',
  coreFunctions: 'Atvejo vadyba',
  weeklyHours: '40',
  formalTraining: 'Socialinio darbo bakalauras',
  caseManagementTrainingHours: '120',
};

describe('R19 certification (ILO Table 4)', () => {
  test('R19 defaults, and only an administrator changes the benchmark (audited)', async () => {
    const { h } = C;
    expect(await h.call('cm', 'quality.getSettings', {})).toEqual({ certificationBenchmark: 60, documentationDays: 5 });
    expectError(await h.raw('sup', 'quality.updateSettings', { certificationBenchmark: 70, documentationDays: 5 }), 'FORBIDDEN');
    expectError(await h.raw('admin', 'quality.updateSettings', { certificationBenchmark: MAX_TOTAL + 1, documentationDays: 5 }), 'VALIDATION');
    expect(await h.call('admin', 'quality.updateSettings', { certificationBenchmark: 70, documentationDays: 3 })).toEqual({ certificationBenchmark: 70, documentationDays: 3 });
    expect(await h.call('sup', 'quality.getSettings', {})).toEqual({ certificationBenchmark: 70, documentationDays: 3 });
    const trail = await h.call('admin', 'audit.list', { limit: 5 });
    expect(trail.entries[0]).toMatchObject({ action: 'quality.updateSettings', details: { before: { certificationBenchmark: 60 }, after: { certificationBenchmark: 70 } } });
  });

  test('R19 the sum of the item scores against the benchmark: equal is not enough, one more certifies', async () => {
    const { h, ids } = C;
    await h.call('admin', 'quality.updateSettings', { certificationBenchmark: 70, documentationDays: 5 });
    const atEdge = await h.call('sup', 'certifications.create', { caseManagerId: ids.cm, introduction, scores: scoresSumming(70), strengths: 'Empatiška', conclusion: 'Dar ne' });
    expect(atEdge).toMatchObject({ total: 70, benchmark: 70, passed: false, maxTotal: 100, evaluatorName: 'Daiva Vadovė', caseManagerName: 'Asta Jonaitienė', evaluatedOn: '2026-11-23' });
    const above = await h.call('sup', 'certifications.create', { caseManagerId: ids.cm, introduction, scores: scoresSumming(71) });
    expect(above).toMatchObject({ total: 71, benchmark: 70, passed: true });
    expect(above.introduction).toEqual(introduction);
    // A later benchmark does not change a recorded result.
    await h.call('admin', 'quality.updateSettings', { certificationBenchmark: 90, documentationDays: 5 });
    const history = await h.call('sup2', 'certifications.list', { caseManagerId: ids.cm });
    expect(history.map((c) => [c.total, c.benchmark, c.passed])).toEqual([
      [71, 70, true],
      [70, 70, false],
    ]);
    expect(history[1]).toMatchObject({ strengths: 'Empatiška', conclusion: 'Dar ne' });
    const trail = await h.call('admin', 'audit.list', { limit: 10 });
    expect(trail.entries.find((e) => e.action === 'certifications.create' && e.details.certificationId === above.id)).toMatchObject({
      username: 'vadove',
      details: { total: 71, benchmark: 70, passed: true },
    });
  });

  test('R19 a case manager sees only their own certifications; bad input changes nothing', async () => {
    const { h, ids } = C;
    const own = await h.call('cm', 'certifications.list', {});
    expect(own.length).toBeGreaterThan(0);
    expectError(await h.raw('cm2', 'certifications.list', { caseManagerId: ids.cm }), 'FORBIDDEN');
    expectError(await h.raw('cm2', 'documents.certificationForm', { certificationId: own[0]!.id, language: 'lt' }), 'FORBIDDEN');

    const before = count('certifications');
    const good = { caseManagerId: ids.cm2, introduction, scores: scoresSumming(50) };
    expectError(await h.raw('admin', 'certifications.create', good), 'FORBIDDEN');
    expectError(await h.raw('cm', 'certifications.create', good), 'FORBIDDEN');
    expectError(await h.raw('sup', 'certifications.create', { ...good, scores: { ...good.scores, closeCase: 6 } }), 'VALIDATION');
    expectError(await h.raw('sup', 'certifications.create', { ...good, scores: { ...good.scores, closeCase: -1 } }), 'VALIDATION');
    expectError(await h.raw('sup', 'certifications.create', { ...good, scores: { ...good.scores, closeCase: 2.5 } }), 'VALIDATION');
    const { closeCase: _missing, ...withoutOne } = good.scores;
    expectError(await h.raw('sup', 'certifications.create', { ...good, scores: withoutOne }), 'VALIDATION');
    expectError(await h.raw('sup', 'certifications.create', { ...good, caseManagerId: ids.sup2 }), 'VALIDATION', 'validation.caseManagerNotActive');
    expect(count('certifications')).toBe(before);
  });

  test('R19 the certification prints as the ILO Table 4 PDF, and the print is audited', async () => {
    const { h, ids } = C;
    const [latest] = await h.call('sup', 'certifications.list', { caseManagerId: ids.cm });
    for (const language of ['lt', 'en'] as const) {
      const doc = await h.call('sup', 'documents.certificationForm', { certificationId: latest!.id, language });
      const bytes = Buffer.from(doc.pdfBase64, 'base64');
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(doc.fileName).toMatch(new RegExp(`_2026-11-23_${language}\\.pdf$`));
    }
    // The case manager may print their own.
    await h.call('cm', 'documents.certificationForm', { certificationId: latest!.id, language: 'lt' });
    expectError(await h.raw('sup', 'documents.certificationForm', { certificationId: 999_999, language: 'lt' }), 'NOT_FOUND');
    const trail = await h.call('admin', 'audit.list', { limit: 5 });
    expect(trail.entries.filter((e) => e.action === 'documents.print' && e.details.certificationId === latest!.id)).toHaveLength(3);
  });
});
