// The Lithuanian personal code (asmens kodas): GYYMMDDNNNC.
import { formatYmd, tryParseDate } from './calendar-dates';

export type PersonalCodeProblem = 'format' | 'century' | 'date' | 'checksum';

export type PersonalCodeResult =
  | { ok: true; birthDate: string | null; sex: 'F' | 'M' | null }
  | { ok: false; reason: PersonalCodeProblem };

const FIRST_PASS_WEIGHTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 1] as const;
const SECOND_PASS_WEIGHTS = [3, 4, 5, 6, 7, 8, 9, 1, 2, 3] as const;

// G = 1..6 encodes century and sex together: odd is male, even is female.
const CENTURY_BY_G: Readonly<Record<string, number>> = { '1': 1800, '2': 1800, '3': 1900, '4': 1900, '5': 2000, '6': 2000 };

// G = 9 is given in exceptional cases (e.g. when the birth date is not known), and the digits after
// it do not encode a date or sex. Refusing such a code would push a real person out of the register,
// so it is accepted on its check digit alone, with birth date and sex unknown.
const SPECIAL_G = '9';

function weightedSum(digits: string, weights: readonly number[]): number {
  return weights.reduce((sum, w, i) => sum + w * Number(digits[i]), 0);
}

/** The check digit for the first ten digits, by the official two-pass mod-11 rule. */
export function personalCodeCheckDigit(first10: string): number {
  if (!/^\d{10}$/.test(first10)) throw new RangeError('personalCodeCheckDigit needs exactly ten digits');
  const first = weightedSum(first10, FIRST_PASS_WEIGHTS) % 11;
  if (first !== 10) return first;
  const second = weightedSum(first10, SECOND_PASS_WEIGHTS) % 11;
  return second === 10 ? 0 : second;
}

/** Reasons map to the i18n keys validation.personalCode.<reason>. */
export function validatePersonalCode(code: string): PersonalCodeResult {
  const s = code.trim();
  if (!/^\d{11}$/.test(s)) return { ok: false, reason: 'format' };
  const g = s.slice(0, 1);
  let birthDate: string | null = null;
  let sex: 'F' | 'M' | null = null;
  if (g !== SPECIAL_G) {
    const century = CENTURY_BY_G[g];
    if (century === undefined) return { ok: false, reason: 'century' };
    const date = tryParseDate(`${century + Number(s.slice(1, 3))}-${s.slice(3, 5)}-${s.slice(5, 7)}`);
    if (!date) return { ok: false, reason: 'date' };
    birthDate = formatYmd(date);
    sex = Number(g) % 2 === 1 ? 'M' : 'F';
  }
  if (personalCodeCheckDigit(s.slice(0, 10)) !== Number(s.slice(10))) return { ok: false, reason: 'checksum' };
  return { ok: true, birthDate, sex };
}
