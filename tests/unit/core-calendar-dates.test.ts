// Calendar-date arithmetic on 'YYYY-MM-DD' strings (electron/core/calendar-dates.ts).
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  addDays,
  addMonths,
  ageOn,
  compareDates,
  daysBetween,
  isValidDate,
  wholeMonthsBetween,
} from '../../electron/core/calendar-dates';

describe('isValidDate', () => {
  test.each(['2026-01-31', '2028-02-29', '2000-02-29', '0001-01-01', '9999-12-31'])('%s is a date', (s) => {
    expect(isValidDate(s)).toBe(true);
  });

  test.each(['2026-02-29', '1900-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '2026-1-5', '26-01-05', '2026-01-05T00:00', ' 2026-01-05', '2026-01-05\n', '2026-0a-05', '2026-01-0+', '２０２６-01-05', '2026_01_05', '0000-01-01', ''])(
    '%j is not a date',
    (s) => expect(isValidDate(s)).toBe(false),
  );

  test('a date is exactly a zero-padded year, month and day that the UTC calendar has', () => {
    // Mostly date-shaped text (digits, dashes in place), now and then a wrong character anywhere.
    const digit = fc.constantFrom(...'01234567890123'.split(''), '9', 'a', ' ');
    const dash = fc.constantFrom('-', '-', '-', '/');
    const shaped = fc.tuple(...[0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => (i === 4 || i === 7 ? dash : digit))).map((c) => c.join(''));
    fc.assert(
      fc.property(shaped, fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }), (s, d) => {
        const real = d.toISOString().slice(0, 10);
        expect(isValidDate(real)).toBe(true);
        const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
        const utc = m ? new Date(`${s}T00:00:00Z`) : null;
        const exists = !!utc && !Number.isNaN(utc.getTime()) && utc.toISOString().slice(0, 10) === s && s >= '0001-01-01';
        expect(isValidDate(s)).toBe(exists);
      }),
      { numRuns: 3000 },
    );
  });

  test('arithmetic refuses a non-date instead of guessing', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => addMonths('2026/01/01', 1)).toThrow(RangeError);
  });
});

describe('addMonths', () => {
  test.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-01-15', 1, '2026-02-15'],
    ['2026-12-31', 1, '2027-01-31'],
    ['2026-08-31', 6, '2027-02-28'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-01-10', -1, '2025-12-10'],
    ['2028-02-29', 12, '2029-02-28'],
    ['2028-02-29', 48, '2032-02-29'],
    ['2026-05-20', 0, '2026-05-20'],
  ])('%s + %i months = %s (clamped to the month end)', (date, n, expected) => {
    expect(addMonths(date, n)).toBe(expected);
  });
});

describe('addDays, daysBetween, compareDates', () => {
  test.each([
    ['2026-02-28', 1, '2026-03-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-03-29', 1, '2026-03-30'], // the EU DST change night does not matter
    ['2026-01-01', 365, '2027-01-01'],
    ['2028-01-01', 366, '2029-01-01'],
  ])('%s + %i days = %s', (date, n, expected) => {
    expect(addDays(date, n)).toBe(expected);
  });

  test('daysBetween is b − a', () => {
    expect(daysBetween('2026-01-01', '2026-03-01')).toBe(59);
    expect(daysBetween('2028-01-01', '2028-03-01')).toBe(60);
    expect(daysBetween('2026-03-01', '2026-01-01')).toBe(-59);
    expect(daysBetween('1900-01-01', '2000-01-01')).toBe(36524);
  });

  test('compareDates orders by calendar', () => {
    expect(compareDates('2026-01-02', '2026-01-01')).toBe(1);
    expect(compareDates('2026-01-01', '2026-01-02')).toBe(-1);
    expect(compareDates('2026-01-01', '2026-01-01')).toBe(0);
  });

  test('addDays agrees with UTC Date arithmetic over 1800–2199', () => {
    const day = fc.integer({ min: Date.UTC(1800, 0, 1) / 86_400_000, max: Date.UTC(2199, 11, 31) / 86_400_000 });
    fc.assert(
      fc.property(day, fc.integer({ min: -20_000, max: 20_000 }), (d, n) => {
        const iso = (x: number) => new Date(x * 86_400_000).toISOString().slice(0, 10);
        expect(addDays(iso(d), n)).toBe(iso(d + n));
        expect(daysBetween(iso(d), iso(d + n))).toBe(n);
      }),
    );
  });
});

describe('wholeMonthsBetween', () => {
  test.each([
    ['2026-01-31', '2026-02-27', 0],
    ['2026-01-31', '2026-02-28', 1],
    ['2026-01-15', '2026-04-14', 2],
    ['2026-01-15', '2026-04-15', 3],
    ['2026-04-15', '2026-01-15', -3],
    ['2026-04-15', '2026-01-16', -3],
    ['2026-04-15', '2026-01-14', -4],
  ])('from %s to %s: %i', (a, b, n) => {
    expect(wholeMonthsBetween(a, b)).toBe(n);
  });
});

describe('ageOn', () => {
  test('whole years, the birthday itself counts', () => {
    expect(ageOn('2008-05-10', '2026-05-09')).toBe(17);
    expect(ageOn('2008-05-10', '2026-05-10')).toBe(18);
    expect(ageOn('2008-05-10', '2008-05-10')).toBe(0);
  });

  test('R3 a 29 February birthday is reached on 28 February in a common year (Civil Code month-end rule)', () => {
    expect(ageOn('2008-02-29', '2026-02-27')).toBe(17);
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(18);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
    expect(ageOn('2008-02-29', '2028-02-28')).toBe(19);
    expect(ageOn('2008-02-29', '2028-02-29')).toBe(20);
  });

  test('before the birth date the age is negative', () => {
    expect(ageOn('2010-05-01', '2010-04-30')).toBe(-1);
  });
});
