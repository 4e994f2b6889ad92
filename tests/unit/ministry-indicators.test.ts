import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeIndicators, type Cell } from '../../electron/core/ministry/compute';
import { parseCsv } from '../../electron/core/ministry/csv';
import type { MinistryCase, MinistryDataset } from '../../electron/core/ministry/dataset';
import { buildIndicatorTable } from '../../electron/core/ministry/indicators';
import { protect, recoverableCells } from '../../electron/core/ministry/suppress';
import { validateCsvTable, validateRows } from '../../electron/core/ministry/validate';
import { FIXTURE, Q3, mk } from '../support/ministry-fixture';

function figures(cells: Cell[]) {
  const map = new Map(cells.map((c) => [`${c.indicator} ${c.group} ${c.breakdown}=${c.value}`, c.obs]));
  return (indicator: string, group = '_T', breakdown = '_Z', value = '_Z') => {
    const v = map.get(`${indicator} ${group} ${breakdown}=${value}`);
    if (v === undefined) throw new Error(`no cell ${indicator} ${group} ${breakdown}=${value}`);
    return v;
  };
}

describe('R21 quarterly package: indicators on the hand-built centre', () => {
  const f = figures(computeIndicators(FIXTURE, Q3));

  it('R21 counts cases open at the start and at the end by the "open on day d" rule', () => {
    expect([f('CASES_OPEN_START', 'PWD'), f('CASES_OPEN_START', 'PLP'), f('CASES_OPEN_START', 'YLC'), f('CASES_OPEN_START', 'OTHER')]).toEqual([1, 1, 1, 1]);
    expect(f('CASES_OPEN_START')).toBe(4);
    // B closed on the last day is not open on it; H opened on the last day is.
    expect(f('CASES_OPEN_END')).toBe(4);
    expect(f('CASES_OPEN_END', '_T', 'INTENSITY', 'HIGH')).toBe(2);
    expect(f('CASES_OPEN_END', '_T', 'INTENSITY', 'MODERATE')).toBe(1);
    expect(f('CASES_OPEN_END', '_T', 'INTENSITY', 'LOW')).toBe(1);
    expect(f('CASES_OPEN_END', 'PWD', 'INTENSITY', 'MODERATE')).toBe(1);
  });

  it('R21 counts openings by entry point, sex and age on the last day, and returns', () => {
    expect(f('CASES_OPENED')).toBe(4);
    expect(f('CASES_OPENED', 'PLP', 'ENTRY_POINT', 'NGO')).toBe(1);
    expect(f('CASES_OPENED', 'YLC', 'ENTRY_POINT', 'YLC_APPLICATION')).toBe(1);
    expect(f('CASES_OPENED', 'OTHER', 'ENTRY_POINT', 'SELF')).toBe(1);
    expect(f('CASES_OPENED', 'PWD', 'ENTRY_POINT', 'MENTAL_HEALTH_CENTRE')).toBe(1);
    expect(f('CASES_OPENED', '_T', 'ENTRY_POINT', 'PRISON_SOCIAL_WORKER')).toBe(0);
    expect(f('CASES_OPENED', '_T', 'SEX', 'F')).toBe(2);
    expect(f('CASES_OPENED', '_T', 'SEX', 'M')).toBe(2);
    expect(f('CASES_OPENED', '_T', 'SEX', '_U')).toBe(0);
    expect(f('CASES_OPENED', 'PWD', 'AGE_BAND', 'Y_LT18')).toBe(1);
    expect(f('CASES_OPENED', 'OTHER', 'AGE_BAND', 'Y_GE65')).toBe(1);
    expect(f('CASES_OPENED', 'YLC', 'AGE_BAND', 'Y25-34')).toBe(1);
    expect(f('CASES_REOPENED')).toBe(1);
    expect(f('CASES_REOPENED', 'OTHER')).toBe(1);
  });

  it('R21 counts closures in the quarter by reason, including one on its first and one on its last day', () => {
    expect(f('CASES_CLOSED')).toBe(4);
    expect(f('CASES_CLOSED', 'PWD', 'CLOSURE_REASON', 'PLAN_COMPLETE')).toBe(1);
    expect(f('CASES_CLOSED', 'PLP', 'CLOSURE_REASON', 'REFUSAL_ABSENCE')).toBe(1);
    expect(f('CASES_CLOSED', 'OTHER', 'CLOSURE_REASON', 'MIGRATION')).toBe(1);
    // A not-eligible intake is closed with the reason "other".
    expect(f('CASES_CLOSED', 'YLC', 'CLOSURE_REASON', 'OTHER')).toBe(1);
  });

  it('R21 counts each person served once, however many episodes, with sex and age on the last day', () => {
    expect(f('PERSONS_SERVED')).toBe(5);
    expect([f('PERSONS_SERVED', 'PWD'), f('PERSONS_SERVED', 'PLP'), f('PERSONS_SERVED', 'YLC'), f('PERSONS_SERVED', 'OTHER')]).toEqual([1, 2, 1, 1]);
    expect(f('PERSONS_SERVED', '_T', 'SEX', 'M')).toBe(2);
    expect(f('PERSONS_SERVED', '_T', 'SEX', 'F')).toBe(3);
    expect(f('PERSONS_SERVED', '_T', 'AGE_BAND', 'Y35-49')).toBe(2);
    expect(f('PERSONS_SERVED', '_T', 'AGE_BAND', 'Y18-24')).toBe(1);
    expect(f('PERSONS_SERVED', '_T', 'AGE_BAND', 'Y_LT18')).toBe(1);
    expect(f('PERSONS_SERVED', '_T', 'AGE_BAND', 'Y_GE65')).toBe(1);
    expect(f('PERSONS_SERVED', '_T', 'AGE_BAND', '_U')).toBe(0);
  });

  it('R7 R10 R21 counts plans and reviews due in the quarter and those on time', () => {
    expect(f('IAP_DUE')).toBe(3);
    expect([f('IAP_DUE', 'PLP'), f('IAP_DUE', 'YLC'), f('IAP_DUE', 'OTHER')]).toEqual([1, 1, 1]);
    expect(f('IAP_ON_TIME')).toBe(1);
    expect(f('IAP_ON_TIME', 'YLC')).toBe(1);
    expect(f('REVIEWS_DUE')).toBe(1);
    expect(f('REVIEWS_DUE', 'PLP')).toBe(1);
    expect(f('REVIEWS_ON_TIME')).toBe(0);
    expect(f('REVIEWS_OVERDUE_END')).toBe(1);
  });

  it('R8 R21 counts referrals sent, completed and declined in the quarter by sector', () => {
    expect(f('REFERRALS_MADE')).toBe(2);
    expect(f('REFERRALS_MADE', 'PLP', 'SECTOR', 'SOCIAL')).toBe(1);
    expect(f('REFERRALS_MADE', 'OTHER', 'SECTOR', 'HEALTH')).toBe(1);
    expect(f('REFERRALS_COMPLETED', 'PLP', 'SECTOR', 'SOCIAL')).toBe(1);
    expect(f('REFERRALS_DECLINED', 'YLC', 'SECTOR', 'EMPLOYMENT')).toBe(1);
    expect(f('REFERRALS_DECLINED', 'YLC')).toBe(1);
  });

  it('R11 R21 counts releases and what was in place before them', () => {
    expect(f('PLP_RELEASES')).toBe(2);
    expect(f('PLP_CM_BEFORE_RELEASE')).toBe(1);
    expect(f('PLP_STARTED_12M')).toBe(0);
    expect(f('PLP_VISIT_BEFORE_RELEASE')).toBe(1);
    expect(f('PLP_RELEASES', 'PWD')).toBe(0);
  });

  it('R3 R12 R21 counts Transition Service decisions and supports', () => {
    expect(f('YLC_ELIGIBILITY_DECISIONS', 'YLC')).toBe(2);
    expect(f('YLC_ELIGIBILITY_DECISIONS', 'YLC', 'RESULT', 'ELIGIBLE')).toBe(1);
    expect(f('YLC_ELIGIBILITY_DECISIONS', '_T', 'RESULT', 'NOT_ELIGIBLE')).toBe(1);
    expect(f('YLC_SUPPORTS', 'YLC')).toBe(1);
    expect(f('YLC_SUPPORTS', 'YLC', 'SUPPORT_TYPE', 'SOCIAL_SKILLS')).toBe(1);
    expect(f('YLC_SUPPORTS', 'YLC', 'SUPPORT_TYPE', 'DAILY_LIVING_SKILLS')).toBe(1);
    expect(f('YLC_SUPPORTS', 'YLC', 'SUPPORT_TYPE', 'PSYCHOLOGICAL')).toBe(0);
  });

  it('R17 R21 counts active case managers and their caseloads on the last day', () => {
    expect(f('STAFF_ACTIVE')).toBe(3);
    expect(f('STAFF_ACTIVE', 'PWD')).toBe(0);
    expect(f('CASELOAD_MEAN')).toBe(1);
    expect(f('CASELOAD_MAX')).toBe(1);
  });
});

describe('R21 indicators.csv', () => {
  const opts = { action: 'I' as const, refArea: 'LT-57', threshold: 5 };

  it('R21 lists every indicator for every group and code, zeros included, sorted, CRLF, no BOM', () => {
    const t = buildIndicatorTable(FIXTURE, Q3, opts);
    expect(t.problems).toEqual([]);
    expect(t.csv.startsWith('STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,TIME_PERIOD,INDICATOR,TARGET_GROUP,BREAKDOWN,BREAKDOWN_VALUE,OBS_VALUE,UNIT_MEASURE,CONF_STATUS\r\n')).toBe(true);
    expect(t.csv.charCodeAt(0)).not.toBe(0xfeff);
    expect(t.csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = t.csv.split('\r\n').slice(1, -1);
    expect(lines).toContain('dataflow,MSSL:CASE_MANAGEMENT(1.0),I,LT-57,2026-Q3,CASES_OPENED,_T,ENTRY_POINT,PRISON_SOCIAL_WORKER,0,CASES,F');
    expect(lines).toContain('dataflow,MSSL:CASE_MANAGEMENT(1.0),I,LT-57,2026-Q3,CASELOAD_MEAN,_T,_Z,_Z,1.0,CASES_PER_STAFF,F');
    // Small counts are hidden, never shown: the four openings are confidential in the total.
    expect(lines).toContain('dataflow,MSSL:CASE_MANAGEMENT(1.0),I,LT-57,2026-Q3,CASES_OPENED,_T,_Z,_Z,,CASES,C');
    expect([...lines].sort()).toEqual(lines);
    // 20 count indicators × 5 groups, their breakdown codes, and 3 staff figures × 5 groups.
    const codes = { CASES_OPENED: 11 + 3 + 7, CASES_CLOSED: 7, CASES_OPEN_END: 3, PERSONS_SERVED: 3 + 7, REFERRALS: 6 * 3, RESULT: 2, SUPPORT: 6 };
    const perGroup = 23 + Object.values(codes).reduce((a, b) => a + b, 0);
    expect(lines).toHaveLength(perGroup * 5);
  });

  it('R21 is byte-identical for the same records, whatever order they come in', () => {
    const a = buildIndicatorTable(FIXTURE, Q3, opts).csv;
    const shuffled = { ...FIXTURE, cases: [...FIXTURE.cases].reverse(), referrals: [...FIXTURE.referrals].reverse() };
    expect(buildIndicatorTable(shuffled, Q3, opts).csv).toBe(a);
    expect(buildIndicatorTable(FIXTURE, Q3, { ...opts, action: 'R' }).csv).not.toBe(a);
  });

  it('R21 round-trips through an RFC 4180 reader and validates', () => {
    const t = buildIndicatorTable(FIXTURE, Q3, { ...opts, threshold: 1 });
    expect(validateCsvTable(parseCsv(t.csv), { period: '2026-Q3', threshold: 1 })).toEqual([]);
  });

  it('R21 refuses a package with personal data in any column', () => {
    const t = buildIndicatorTable(FIXTURE, Q3, { ...opts, threshold: 1 });
    const ctx = { period: '2026-Q3', threshold: 1 };
    const leaks: [keyof (typeof t.rows)[number], string][] = [
      ['OBS_VALUE', '39001010011'],
      ['BREAKDOWN_VALUE', 'Šimkutė'],
      ['TARGET_GROUP', 'Jonas Jonaitis'],
      ['REF_AREA', '1990-05-10'],
      ['UNIT_MEASURE', 'ona@example.lt'],
    ];
    for (const [column, value] of leaks) {
      const rows = t.rows.map((r) => ({ ...r }));
      rows[7]![column] = value;
      const problems = validateRows(rows, ctx);
      expect(problems.length, `${column} = ${value}`).toBeGreaterThan(0);
      expect(problems[0]!.params).toMatchObject({ row: 9, column });
      expect(JSON.stringify(problems)).not.toContain(value);
    }
  });

  it('R21 refuses inconsistent figures: a part above its whole, breakdowns not adding up, a small number shown', () => {
    const t = buildIndicatorTable(FIXTURE, Q3, { ...opts, threshold: 1 });
    const ctx = { period: '2026-Q3', threshold: 1 };
    const edit = (pick: (r: (typeof t.rows)[number]) => boolean, obs: string) =>
      validateRows(
        t.rows.map((r) => (pick(r) ? { ...r, OBS_VALUE: obs } : r)),
        ctx,
      ).map((p) => p.messageKey);
    expect(edit((r) => r.INDICATOR === 'REVIEWS_ON_TIME' && r.TARGET_GROUP === 'PLP', '2')).toContain('ministry.invalid.subset');
    expect(edit((r) => r.INDICATOR === 'CASES_CLOSED' && r.TARGET_GROUP === 'PWD' && r.BREAKDOWN_VALUE === 'DEATH', '2')).toContain('ministry.invalid.sum');
    expect(edit((r) => r.INDICATOR === 'CASES_CLOSED' && r.TARGET_GROUP === 'PWD' && r.BREAKDOWN_VALUE === 'DEATH', '-1')).toContain('ministry.invalid.number');
    const shown = validateRows(t.rows, { period: '2026-Q3', threshold: 5 }).map((p) => p.messageKey);
    expect(shown).toContain('ministry.invalid.smallNumber');
    expect(validateRows(t.rows.slice(1), ctx).map((p) => p.messageKey)).toEqual(['ministry.invalid.missingRows']);
  });
});

describe('R21 small-number protection', () => {
  const open = (n: number, group: MinistryCase['targetGroup'], intensity: MinistryCase['intensity'], from: number) =>
    Array.from({ length: n }, (_, i) => mk(from + i, { clientId: from + i, targetGroup: group, entryPoint: 'other', intakeDate: '2026-01-05', intensity }));

  it('R21 hides a cell of 3 and its complementary cell, shows zeros, and keeps group totals unrecoverable', () => {
    const data: MinistryDataset = {
      cases: [...open(3, 'PWD', 'high', 1), ...open(10, 'PWD', 'moderate', 100), ...open(20, 'PLP', 'moderate', 200)],
      referrals: [],
      timing: FIXTURE.timing,
    };
    const cells = protect(computeIndicators(data, Q3), 5);
    const cell = (group: string, value: string) => cells.find((c) => c.indicator === 'CASES_OPEN_END' && c.group === group && c.value === value)!;
    expect(cell('PWD', 'HIGH')).toMatchObject({ obs: 3, confidential: true });
    expect(cell('PWD', 'MODERATE')).toMatchObject({ obs: 10, confidential: true });
    expect(cell('PWD', 'LOW')).toMatchObject({ obs: 0, confidential: false });
    expect(cell('YLC', '_Z')).toMatchObject({ obs: 0, confidential: false });
    // The centre's 3 high-intensity cases would be 33 − 30 − 0, so its moderate figure is hidden too,
    // which also keeps PWD's hidden moderate figure from being _T − PLP.
    expect(cell('_T', 'HIGH')).toMatchObject({ obs: 3, confidential: true });
    expect(cell('_T', 'MODERATE')).toMatchObject({ obs: 30, confidential: true });
    expect(cell('_T', '_Z')).toMatchObject({ obs: 33, confidential: false });
    expect(recoverableCells(cells)).toEqual([]);
    const staff = cells.find((c) => c.indicator === 'STAFF_ACTIVE' && c.group === '_T')!;
    expect(staff.confidential).toBe(false);
  });

  it('R21 property: on random centres no published cell can be recovered by subtracting published cells from a published total', () => {
    const day = fc.integer({ min: 0, max: 700 }).map((n) => {
      const d = new Date(Date.UTC(2025, 6, 1) + n * 86_400_000);
      return d.toISOString().slice(0, 10);
    });
    const arbCase = fc.record({
      clientId: fc.integer({ min: 1, max: 40 }),
      targetGroup: fc.constantFrom('PWD', 'PLP', 'YLC', 'OTHER' as const),
      entryPoint: fc.constantFrom('ngo', 'pes', 'selfReferral', 'prisonSocialWorker', 'other'),
      intensity: fc.constantFrom('high', 'moderate', 'low' as const),
      intakeDate: day,
      closeAfter: fc.option(fc.integer({ min: 0, max: 300 })),
      caseManagerId: fc.option(fc.integer({ min: 1, max: 4 })),
      reason: fc.constantFrom('planComplete', 'refusal', 'death', null),
    });
    // A person's sex and birth date are the client's, the same in every one of their cases.
    const SEXES = ['F', 'M', null] as const;
    const BIRTHS = [null, '1950-01-01', '1980-06-15', '2000-02-29', '2008-12-31', '2011-03-03'];
    fc.assert(
      fc.property(fc.array(arbCase, { maxLength: 80 }), fc.integer({ min: 2, max: 8 }), (raw, threshold) => {
        const cases = raw.map((r, i) =>
          mk(i + 1, {
            ...r,
            sex: SEXES[r.clientId % 3]!,
            birthDate: BIRTHS[r.clientId % 6]!,
            closedOn: r.closeAfter === null ? null : new Date(Date.parse(r.intakeDate) + r.closeAfter * 86_400_000).toISOString().slice(0, 10),
            closureReason: r.reason,
            assignedOn: r.caseManagerId === null ? null : r.intakeDate,
          }),
        );
        const cells = protect(computeIndicators({ cases, referrals: [], timing: FIXTURE.timing }, Q3), threshold);
        expect(recoverableCells(cells)).toEqual([]);
        expect(cells.filter((c) => c.obs === 0 && c.confidential)).toEqual([]);
        const t = buildIndicatorTable({ cases, referrals: [], timing: FIXTURE.timing }, Q3, { action: 'I', refArea: 'LT-19', threshold });
        expect(t.problems).toEqual([]);
      }),
      { numRuns: Number(process.env.PROP_RUNS ?? 150) },
    );
  }, 60_000);
});
