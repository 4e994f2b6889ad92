// The Lithuanian personal code (electron/core/personal-code.ts): format, century, date, check digit.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formatYmd } from '../../electron/core/calendar-dates';
import { personalCodeCheckDigit, validatePersonalCode } from '../../electron/core/personal-code';

const withCheckDigit = (first10: string) => `${first10}${personalCodeCheckDigit(first10)}`;

describe('R1 personal code check digit, verified by hand', () => {
  test.each([
    // 4 8 7 0 5 1 2 0 2 1 · 1 2 3 4 5 6 7 8 9 1 = 4+16+21+0+25+6+14+0+18+1 = 105; 105 mod 11 = 6
    ['48705120216', '1987-05-12', 'F'],
    // 5 0 9 0 1 0 1 1 2 3 · 1 2 3 4 5 6 7 8 9 1 = 5+0+27+0+5+0+7+8+18+3 = 73; 73 mod 11 = 7
    ['50901011237', '2009-01-01', 'M'],
    // 3 9 0 0 1 0 1 0 0 1 · 1 2 3 4 5 6 7 8 9 1 = 3+18+0+0+5+0+7+0+0+1 = 34; 34 mod 11 = 1
    ['39001010011', '1990-01-01', 'M'],
  ])('first pass: %s is valid', (code, birthDate, sex) => {
    expect(personalCodeCheckDigit(code.slice(0, 10))).toBe(Number(code.slice(10)));
    expect(validatePersonalCode(code)).toEqual({ ok: true, birthDate, sex });
  });

  test.each([
    // pass 1: 3 3 3 0 9 2 4 0 0 6 · 1 2 3 4 5 6 7 8 9 1 = 3+6+9+0+45+12+28+0+0+6 = 109; 109 mod 11 = 10
    // pass 2: · 3 4 5 6 7 8 9 1 2 3 = 9+12+15+0+63+16+36+0+0+18 = 169; 169 mod 11 = 4
    ['33309240064', '1933-09-24', 'M'],
    // pass 1: 3 9 0 0 1 0 1 1 0 2 · 1 2 3 4 5 6 7 8 9 1 = 3+18+0+0+5+0+7+8+0+2 = 43; 43 mod 11 = 10
    // pass 2: · 3 4 5 6 7 8 9 1 2 3 = 9+36+0+0+7+0+9+1+0+6 = 68; 68 mod 11 = 2
    ['39001011022', '1990-01-01', 'M'],
  ])('second pass: %s is valid', (code, birthDate, sex) => {
    expect(personalCodeCheckDigit(code.slice(0, 10))).toBe(Number(code.slice(10)));
    expect(validatePersonalCode(code)).toEqual({ ok: true, birthDate, sex });
  });

  test.each([
    // pass 1: 3 9 0 0 1 0 1 1 1 4 · 1 2 3 4 5 6 7 8 9 1 = 3+18+0+0+5+0+7+8+9+4 = 54; 54 mod 11 = 10
    // pass 2: · 3 4 5 6 7 8 9 1 2 3 = 9+36+0+0+7+0+9+1+2+12 = 76; 76 mod 11 = 10 → check digit 0
    ['39001011140', '1990-01-01', 'M'],
    // pass 1: 4 8 5 0 7 1 5 1 0 1 · 1 2 3 4 5 6 7 8 9 1 = 4+16+15+0+35+6+35+8+0+1 = 120; 120 mod 11 = 10
    // pass 2: · 3 4 5 6 7 8 9 1 2 3 = 12+32+25+0+49+8+45+1+0+3 = 175; 175 mod 11 = 10 → check digit 0
    ['48507151010', '1985-07-15', 'F'],
  ])('both passes 10: %s has check digit 0', (code, birthDate, sex) => {
    expect(personalCodeCheckDigit(code.slice(0, 10))).toBe(0);
    expect(validatePersonalCode(code)).toEqual({ ok: true, birthDate, sex });
  });
});

describe('R1 personal code validation', () => {
  test('century and sex digits 1–6', () => {
    const cases = [
      ['1', '1899-12-31', 'M'],
      ['2', '1899-12-31', 'F'],
      ['3', '1999-12-31', 'M'],
      ['4', '1999-12-31', 'F'],
      ['5', '2099-12-31', 'M'],
      ['6', '2099-12-31', 'F'],
    ] as const;
    for (const [g, birthDate, sex] of cases) {
      expect(validatePersonalCode(withCheckDigit(`${g}991231000`))).toEqual({ ok: true, birthDate, sex });
    }
  });

  test('a 9-prefixed code is valid on its check digit, with birth date and sex unknown', () => {
    // 9 1 2 3 4 5 6 7 8 9 · 1 2 3 4 5 6 7 8 9 1 = 9+2+6+12+20+30+42+56+72+9 = 258; 258 mod 11 = 5
    expect(validatePersonalCode('91234567895')).toEqual({ ok: true, birthDate: null, sex: null });
    // Its digits 2–7 need not be a date (here month 34).
    expect(validatePersonalCode('91234567894')).toEqual({ ok: false, reason: 'checksum' });
  });

  test.each(['0', '7', '8'])('first digit %s is not a century', (g) => {
    expect(validatePersonalCode(withCheckDigit(`${g}900101001`))).toEqual({ ok: false, reason: 'century' });
  });

  test.each([
    ['30 February', '3990230123'],
    ['month 13', '3991301123'],
    ['month 00', '3990001123'],
    ['day 00', '3990100123'],
    ['31 April', '3990431123'],
    ['29 February 1999, not a leap year', '3990229123'],
    ['29 February 1900, not a leap year', '3000229123'],
  ])('impossible date: %s', (_label, first10) => {
    expect(validatePersonalCode(withCheckDigit(first10))).toEqual({ ok: false, reason: 'date' });
  });

  test('29 February in leap years, including 2000', () => {
    expect(validatePersonalCode(withCheckDigit('6000229123'))).toMatchObject({ ok: true, birthDate: '2000-02-29' });
    expect(validatePersonalCode(withCheckDigit('4960229123'))).toMatchObject({ ok: true, birthDate: '1996-02-29' });
  });

  test('a hand-typed impossible date is refused for its date, before its check digit', () => {
    expect(validatePersonalCode('39902301234')).toEqual({ ok: false, reason: 'date' });
  });

  test('a wrong check digit', () => {
    expect(validatePersonalCode('48705120217')).toEqual({ ok: false, reason: 'checksum' });
    expect(validatePersonalCode('33309240164')).toEqual({ ok: false, reason: 'checksum' });
  });

  test.each([
    ['too short', '4870512021'],
    ['too long', '487051202160'],
    ['empty', ''],
    ['letters', '4870512O216'],
    ['spaces inside', '487 05120216'],
    ['a dash', '48705-120216'],
    ['full-width digits', '４８７０５１２０２１６'],
  ])('format: %s', (_label, code) => {
    expect(validatePersonalCode(code)).toEqual({ ok: false, reason: 'format' });
  });

  test('surrounding spaces are trimmed', () => {
    expect(validatePersonalCode('  48705120216 \t')).toMatchObject({ ok: true, birthDate: '1987-05-12' });
  });

  test('the check digit function refuses anything but ten digits', () => {
    expect(() => personalCodeCheckDigit('123')).toThrow(RangeError);
  });
});

describe('R1 personal code properties', () => {
  const birth = fc
    .record({ year: fc.integer({ min: 1800, max: 2099 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
    .filter(({ year, month, day }) => day <= new Date(Date.UTC(year, month, 0)).getUTCDate());
  const sex = fc.constantFrom('F' as const, 'M' as const);
  const serial = fc.integer({ min: 0, max: 999 });

  const build = (b: { year: number; month: number; day: number }, s: 'F' | 'M', n: number) => {
    const g = (Math.floor(b.year / 100) - 18) * 2 + (s === 'M' ? 1 : 2);
    const yymmdd = formatYmd(b).slice(2).replaceAll('-', '');
    return withCheckDigit(`${g}${yymmdd}${String(n).padStart(3, '0')}`);
  };

  test('a code built with the check digit validates and yields its birth date and sex', () => {
    fc.assert(
      fc.property(birth, sex, serial, (b, s, n) => {
        expect(validatePersonalCode(build(b, s, n))).toEqual({ ok: true, birthDate: formatYmd(b), sex: s });
      }),
    );
  });

  test('changing only the check digit always invalidates', () => {
    fc.assert(
      fc.property(birth, sex, serial, fc.integer({ min: 1, max: 9 }), (b, s, n, shift) => {
        const code = build(b, s, n);
        const wrong = `${code.slice(0, 10)}${(Number(code[10]) + shift) % 10}`;
        expect(validatePersonalCode(wrong)).toEqual({ ok: false, reason: 'checksum' });
      }),
    );
  });

  test('changing any one digit is valid only if the new check digit happens to match', () => {
    fc.assert(
      fc.property(birth, sex, serial, fc.integer({ min: 0, max: 10 }), fc.integer({ min: 1, max: 9 }), (b, s, n, pos, shift) => {
        const code = build(b, s, n);
        const changed = code.slice(0, pos) + String((Number(code[pos]) + shift) % 10) + code.slice(pos + 1);
        const result = validatePersonalCode(changed);
        if (result.ok) expect(personalCodeCheckDigit(changed.slice(0, 10))).toBe(Number(changed[10]));
        else expect(['century', 'date', 'checksum']).toContain(result.reason);
      }),
    );
  });
});
