// PLP and YLC eligibility at intake (electron/core/eligibility.ts).
import { describe, expect, test } from 'vitest';
import { plpEligibility, ylcEligibility } from '../../electron/core/eligibility';

describe('R2 people leaving prison', () => {
  test('R2 a person leaving prison is eligible', () => {
    expect(plpEligibility({ servesArrestSentence: false })).toEqual({ eligible: true });
  });

  test('R2 a person serving an arrest sentence is not eligible, with the reason', () => {
    expect(plpEligibility({ servesArrestSentence: true })).toEqual({ eligible: false, reason: 'arrestSentence' });
  });
});

describe('R3 young people leaving care', () => {
  const intakeDate = '2026-06-15';
  // The birth date of someone whose `age`th birthday is on the intake date, or the day after it.
  const turning = (age: number, when: 'today' | 'tomorrow') => `${2026 - age}-06-${when === 'today' ? '15' : '16'}`;

  test('R3 criteria (a), (b), (c) from the 16th birthday', () => {
    for (const criterion of ['a', 'b', 'c'] as const) {
      expect(ylcEligibility({ birthDate: turning(16, 'today'), intakeDate, criterion })).toEqual({ eligible: true, age: 16 });
      expect(ylcEligibility({ birthDate: turning(16, 'tomorrow'), intakeDate, criterion })).toEqual({ eligible: false, age: 15, reason: 'under16' });
    }
  });

  test('R3 YLC aged 24 on the intake date is eligible, up to the day before the 25th birthday', () => {
    for (const criterion of ['a', 'b', 'c', 'd'] as const) {
      expect(ylcEligibility({ birthDate: turning(25, 'tomorrow'), intakeDate, criterion })).toEqual({ eligible: true, age: 24 });
    }
  });

  test('R3 YLC over 24 on the intake date is not eligible', () => {
    expect(ylcEligibility({ birthDate: turning(25, 'today'), intakeDate, criterion: 'd' })).toEqual({ eligible: false, age: 25, reason: 'over24' });
    expect(ylcEligibility({ birthDate: '1990-01-01', intakeDate, criterion: 'a' })).toEqual({ eligible: false, age: 36, reason: 'over24' });
  });

  test('R3 criterion (d) needs 18', () => {
    expect(ylcEligibility({ birthDate: turning(18, 'tomorrow'), intakeDate, criterion: 'd' })).toEqual({
      eligible: false,
      age: 17,
      reason: 'criterionDUnder18',
    });
    expect(ylcEligibility({ birthDate: turning(18, 'today'), intakeDate, criterion: 'd' })).toEqual({ eligible: true, age: 18 });
  });

  test('R3 no criterion, no eligibility; age bounds are reported first', () => {
    expect(ylcEligibility({ birthDate: turning(20, 'today'), intakeDate, criterion: null })).toEqual({ eligible: false, age: 20, reason: 'noCriterion' });
    expect(ylcEligibility({ birthDate: turning(14, 'today'), intakeDate, criterion: null })).toMatchObject({ reason: 'under16' });
    expect(ylcEligibility({ birthDate: turning(30, 'today'), intakeDate, criterion: null })).toMatchObject({ reason: 'over24' });
  });

  test('R3 age is taken on the intake date, not later', () => {
    // 24 at intake, 25 a month later: the decision made at intake stands.
    expect(ylcEligibility({ birthDate: '2001-07-10', intakeDate: '2026-06-15', criterion: 'b' })).toEqual({ eligible: true, age: 24 });
  });

  test('R3 born on 29 February: 18 on 28 February of a common year, so criterion (d) applies from then', () => {
    expect(ylcEligibility({ birthDate: '2008-02-29', intakeDate: '2026-02-28', criterion: 'd' })).toEqual({ eligible: true, age: 18 });
    expect(ylcEligibility({ birthDate: '2008-02-29', intakeDate: '2026-02-27', criterion: 'd' })).toMatchObject({ eligible: false, reason: 'criterionDUnder18' });
  });
});
