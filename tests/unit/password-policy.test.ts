// The password rules (electron/core/password.ts) and the lockout schedule (electron/core/lockout.ts) at their edges.
import { describe, expect, test } from 'vitest';
import { FREE_ATTEMPTS, lockoutSeconds } from '../../electron/core/lockout';
import { PASSWORD_MIN_LENGTH, passwordProblems } from '../../electron/core/password';
import { newPasswordSchema } from '../../electron/contract/schemas';

describe('password policy', () => {
  test('the minimum is 10 characters', () => expect(PASSWORD_MIN_LENGTH).toBe(10));

  test.each([
    ['9 characters, mixed', 'Abcdef-12', ['validation.passwordTooShort']],
    ['10 characters, mixed', 'Abcdef-123', []],
    ['10 characters, Lithuanian letters and a digit', 'žąsinėlis1', []],
    ['10 lower-case letters only', 'abcdefghij', ['validation.passwordVariety']],
    ['10 Lithuanian lower-case letters only', 'ąčęėįšųūžą', ['validation.passwordVariety']],
    ['10 upper-case letters only', 'ABCDEFGHIJ', ['validation.passwordVariety']],
    ['digits only', '9876501234', ['validation.passwordVariety']],
    ['lower and upper case', 'AbcdefGhij', []],
    ['letters and a space', 'labas rytas', []],
    ['one character repeated', 'aaaaaaaaaa', ['validation.passwordVariety', 'validation.passwordCommon']],
    ['one symbol repeated', '!!!!!!!!!!!!', ['validation.passwordVariety', 'validation.passwordCommon']],
    ['a common one', 'password123', ['validation.passwordCommon']],
    ['a common one, capitalised', 'Password123', ['validation.passwordCommon']],
    ['a common Lithuanian one', 'Slaptažodis', ['validation.passwordCommon']],
    ['empty', '', ['validation.passwordTooShort']],
  ])('%s', (_label, password, expected) => {
    expect(passwordProblems(password)).toEqual(expected);
  });

  test('must not contain the username, whatever the case', () => {
    expect(passwordProblems('Jonas-2026-ruduo', { username: 'jonas' })).toEqual(['validation.passwordHasUsername']);
    expect(passwordProblems('xxJONASxx-1', { username: ' Jonas ' })).toEqual(['validation.passwordHasUsername']);
    expect(passwordProblems('Petras-2026-ruduo', { username: 'jonas' })).toEqual([]);
  });

  test('usernames shorter than 3 characters are not looked for', () => {
    expect(passwordProblems('Abcdef-123', { username: 'ab' })).toEqual([]);
  });

  test('the schema adds a 200-character ceiling', () => {
    const at = (n: number) => `Aa1-${'x'.repeat(n - 4)}`;
    expect(newPasswordSchema.safeParse(at(200)).success).toBe(true);
    const over = newPasswordSchema.safeParse(at(201));
    expect(over.success).toBe(false);
    expect(over.error?.issues.map((i) => i.message)).toEqual(['validation.passwordTooLong']);
    expect(newPasswordSchema.safeParse('short').error?.issues.map((i) => i.message)).toEqual(['validation.passwordTooShort']);
  });
});

describe('lockout schedule', () => {
  test('five free attempts', () => expect(FREE_ATTEMPTS).toBe(5));

  test.each([
    [0, 0],
    [1, 0],
    [4, 0],
    [5, 30],
    [6, 60],
    [7, 120],
    [8, 240],
    [9, 480],
    [10, 900],
    [11, 900],
    [1_000, 900],
    [100_000, 900],
  ])('%i failures → %i s', (failures, seconds) => {
    expect(lockoutSeconds(failures)).toBe(seconds);
  });

  test('never shrinks as failures grow', () => {
    for (let f = 1; f < 50; f++) expect(lockoutSeconds(f)).toBeGreaterThanOrEqual(lockoutSeconds(f - 1));
  });
});
