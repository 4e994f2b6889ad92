// R1: a client's birth date and sex come from the personal code when there is one; typed values
// that contradict the code are refused rather than silently overwritten.
import { validatePersonalCode } from './personal-code';

export type Sex = 'F' | 'M';
export type IdentityInput = { personalCode: string | null; birthDate: string | null; sex: Sex | null };
export type IdentityIssue = { path: 'personalCode' | 'birthDate' | 'sex'; messageKey: string };
export type IdentityResult = { ok: true; personalCode: string | null; birthDate: string | null; sex: Sex | null } | { ok: false; issues: IdentityIssue[] };

/** Spaces typed inside a code ("390010 10011") are not part of it. */
export function normalisePersonalCode(code: string | null | undefined): string | null {
  const s = (code ?? '').replace(/\s+/g, '');
  return s === '' ? null : s;
}

/**
 * The birth date and sex to store. A code that does not encode them (G = 9) leaves the typed ones;
 * an invalid code is reported as validation.personalCode.<reason>.
 */
export function resolveIdentity(input: IdentityInput): IdentityResult {
  const personalCode = normalisePersonalCode(input.personalCode);
  if (personalCode === null) return { ok: true, personalCode, birthDate: input.birthDate, sex: input.sex };
  const r = validatePersonalCode(personalCode);
  if (!r.ok) return { ok: false, issues: [{ path: 'personalCode', messageKey: `validation.personalCode.${r.reason}` }] };
  const issues: IdentityIssue[] = [];
  if (r.birthDate && input.birthDate && input.birthDate !== r.birthDate) issues.push({ path: 'birthDate', messageKey: 'validation.birthDateMismatch' });
  if (r.sex && input.sex && input.sex !== r.sex) issues.push({ path: 'sex', messageKey: 'validation.sexMismatch' });
  if (issues.length) return { ok: false, issues };
  return { ok: true, personalCode, birthDate: r.birthDate ?? input.birthDate, sex: r.sex ?? input.sex };
}

/** Shown where a code identifies without being read out: the birth-date part, the rest hidden. */
export function maskPersonalCode(code: string | null): string | null {
  if (!code) return null;
  return code.length > 7 ? `${code.slice(0, 7)}${'*'.repeat(code.length - 7)}` : '*'.repeat(code.length);
}
