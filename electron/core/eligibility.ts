// Intake eligibility for the groups whose access is set by rule (R2, R3). PWD and OTHER have no
// eligibility test here: the centre decides, no wrong door.
import { ageOn } from './calendar-dates';

export type PlpEligibility = { eligible: true } | { eligible: false; reason: 'arrestSentence' };

/** R2: every person leaving prison is eligible except one serving an arrest sentence. */
export function plpEligibility({ servesArrestSentence }: { servesArrestSentence: boolean }): PlpEligibility {
  return servesArrestSentence ? { eligible: false, reason: 'arrestSentence' } : { eligible: true };
}

/**
 * R3 criteria: (a) without parental care, in a social care institution; (b) at social risk;
 * (c) living in a family at social risk — all from 16; (d) earlier in care or in a family at risk —
 * from 18. The Transition Service ends after 24, so every criterion stops at 24 inclusive.
 */
export type YlcCriterion = 'a' | 'b' | 'c' | 'd';
export const YLC_MIN_AGE = 16;
export const YLC_CRITERION_D_MIN_AGE = 18;
export const YLC_MAX_AGE = 24;

export type YlcIneligibility = 'under16' | 'over24' | 'noCriterion' | 'criterionDUnder18';
export type YlcEligibility = { eligible: true; age: number } | { eligible: false; age: number; reason: YlcIneligibility };

/**
 * Age is taken on the intake date, not today, so the decision recorded at intake stays true later.
 * The age bounds are checked before the criterion: no criterion can make a 15- or 25-year-old eligible.
 */
export function ylcEligibility(input: { birthDate: string; intakeDate: string; criterion: YlcCriterion | null }): YlcEligibility {
  const age = ageOn(input.birthDate, input.intakeDate);
  if (age < YLC_MIN_AGE) return { eligible: false, age, reason: 'under16' };
  if (age > YLC_MAX_AGE) return { eligible: false, age, reason: 'over24' };
  if (input.criterion === null) return { eligible: false, age, reason: 'noCriterion' };
  if (input.criterion === 'd' && age < YLC_CRITERION_D_MIN_AGE) return { eligible: false, age, reason: 'criterionDUnder18' };
  return { eligible: true, age };
}

/** R2/R3: every reason a rule gives for a refusal (a record, so a new rule reason must be named here). */
const RULE_REASONS: Record<Extract<PlpEligibility, { eligible: false }>['reason'] | YlcIneligibility, true> = {
  arrestSentence: true,
  under16: true,
  over24: true,
  noCriterion: true,
  criterionDUnder18: true,
};
export const ELIGIBILITY_RULE_REASONS = Object.keys(RULE_REASONS) as (keyof typeof RULE_REASONS)[];

/** The reason code under which every not-eligible reason a worker wrote (PWD, OTHER) is counted. */
export const OTHER_ELIGIBILITY_REASON = 'other';
