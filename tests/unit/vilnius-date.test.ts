// "Today" is the date in Vilnius, whatever the computer's time zone; the date is kept for the rest of
// the UTC minute, so the tests walk across Vilnius midnights in winter (UTC+2) and summer (UTC+3).
import { describe, expect, test } from 'vitest';
import { vilniusDate } from '../../electron/services/cycle-clock';

const at = (iso: string) => Date.parse(iso);

describe('vilniusDate', () => {
  test('winter: the date turns at 22:00 UTC, not before, and again when time goes back', () => {
    expect(vilniusDate(at('2026-01-14T21:59:00.000Z'))).toBe('2026-01-14');
    expect(vilniusDate(at('2026-01-14T21:59:59.999Z'))).toBe('2026-01-14');
    expect(vilniusDate(at('2026-01-14T22:00:00.000Z'))).toBe('2026-01-15');
    expect(vilniusDate(at('2026-01-14T21:59:30.000Z'))).toBe('2026-01-14');
  });

  test('summer: the date turns at 21:00 UTC', () => {
    expect(vilniusDate(at('2026-07-01T20:59:59.000Z'))).toBe('2026-07-01');
    expect(vilniusDate(at('2026-07-01T21:00:00.000Z'))).toBe('2026-07-02');
  });

  test('the nights the clocks change', () => {
    // 29 March 2026: 03:00 EET becomes 04:00 EEST at 01:00 UTC; midnight before is still 22:00 UTC.
    expect(vilniusDate(at('2026-03-28T21:59:00.000Z'))).toBe('2026-03-28');
    expect(vilniusDate(at('2026-03-28T22:00:00.000Z'))).toBe('2026-03-29');
    expect(vilniusDate(at('2026-03-29T20:59:00.000Z'))).toBe('2026-03-29');
    expect(vilniusDate(at('2026-03-29T21:00:00.000Z'))).toBe('2026-03-30');
    // 25 October 2026: back to EET; that evening's midnight is 22:00 UTC again.
    expect(vilniusDate(at('2026-10-25T21:59:00.000Z'))).toBe('2026-10-25');
    expect(vilniusDate(at('2026-10-25T22:00:00.000Z'))).toBe('2026-10-26');
  });
});
