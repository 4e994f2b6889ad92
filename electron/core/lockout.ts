/** Failed sign-ins allowed before the first lockout. */
export const FREE_ATTEMPTS = 5;
const FIRST_DELAY_S = 30;
const MAX_DELAY_S = 15 * 60;

/**
 * Seconds a username stays locked after `failures` consecutive failed sign-ins:
 * none for the first few, then 30 s, doubling with each further failure, at most 15 minutes.
 */
export function lockoutSeconds(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(MAX_DELAY_S, FIRST_DELAY_S * 2 ** (failures - FREE_ATTEMPTS));
}
