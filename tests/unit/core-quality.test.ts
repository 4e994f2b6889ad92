import { describe, expect, it } from 'vitest';
import { assignmentWouldOverload, caseload, loadLevel, loadPercent } from '../../electron/core/quality/caseload';
import { CERTIFICATION_ITEMS, MAX_TOTAL, certificationResult, partScore, type Scores } from '../../electron/core/quality/certification';

const counts = (high: number, moderate: number, low: number) => ({ high, moderate, low });

describe('R17 caseload against the intensity bands', () => {
  it('R17 the upper end of each band is a full load', () => {
    for (const c of [counts(10, 0, 0), counts(0, 20, 0), counts(0, 0, 30), counts(5, 10, 0), counts(0, 10, 15)]) {
      expect(loadPercent(c)).toBe(100);
      expect(loadLevel(c)).toBe('full');
      expect(caseload(c)).toBeCloseTo(1, 12);
    }
  });

  it('R17 5 high + 10 low is 50 % + 33 % = 83 %', () => {
    expect(loadPercent(counts(5, 0, 10))).toBe(83);
    expect(loadLevel(counts(5, 0, 10))).toBe('below');
  });

  it('R17 one case past a full load is overload, in every band', () => {
    expect(loadLevel(counts(11, 0, 0))).toBe('over');
    expect(loadLevel(counts(0, 21, 0))).toBe('over');
    expect(loadLevel(counts(0, 0, 31))).toBe('over');
    expect(loadPercent(counts(0, 0, 31))).toBe(103);
  });

  it('R17 warns when an assignment would push someone over 100 %, not when it fills them exactly', () => {
    expect(assignmentWouldOverload(counts(9, 0, 0), 'high')).toBe(false);
    expect(assignmentWouldOverload(counts(10, 0, 0), 'low')).toBe(true);
    expect(assignmentWouldOverload(counts(0, 0, 29), 'low')).toBe(false);
    expect(assignmentWouldOverload(counts(0, 0, 29), 'moderate')).toBe(true);
    expect(assignmentWouldOverload(counts(0, 0, 0), 'high')).toBe(false);
  });
});

describe('R19 certification scoring (ILO Table 4)', () => {
  const all = (n: number) => Object.fromEntries(CERTIFICATION_ITEMS.map((i) => [i, n])) as Scores;

  it('R19 sums every scored item and each part', () => {
    expect(CERTIFICATION_ITEMS).toHaveLength(20);
    expect(certificationResult(all(5), 0).total).toBe(MAX_TOTAL);
    const s = { ...all(2), caseManagement: 5 };
    expect(certificationResult(s, 0).total).toBe(43);
    expect(partScore(s, 'knowledge')).toBe(11);
    expect(partScore(s, 'cases')).toBe(4);
  });

  it('R19 passes only above the centre benchmark: equal to it is not enough', () => {
    expect(certificationResult(all(3), 59).passed).toBe(true);
    expect(certificationResult(all(3), 60).passed).toBe(false);
    expect(certificationResult(all(3), 61).passed).toBe(false);
  });
});
