// Calendar dates as 'YYYY-MM-DD' strings. Arithmetic is done on year/month/day numbers because a
// due date is a calendar fact: going through Date in local time shifts days across DST and zones.

export type Ymd = { year: number; month: number; day: number };

// Read by character codes rather than a regular expression: the Today list and the deadline checks
// parse several dates per row, and the regular expression's match arrays were a tenth of a Today call.
const DASH = 45;
const ZERO = 48;

/** The number written by the ASCII digits s[from..to), or -1 if any of them is not a digit. */
function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = s.charCodeAt(i) - ZERO;
    if (!(d >= 0 && d <= 9)) return -1;
    n = n * 10 + d;
  }
  return n;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Strict: zero-padded, a real day of a real month, year 0001–9999. */
export function isValidDate(s: string): boolean {
  return tryParseDate(s) !== null;
}

export function tryParseDate(s: string): Ymd | null {
  if (typeof s !== 'string' || s.length !== 10 || s.charCodeAt(4) !== DASH || s.charCodeAt(7) !== DASH) return null;
  const year = digits(s, 0, 4);
  const month = digits(s, 5, 7);
  const day = digits(s, 8, 10);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

// Callers validate user input at the contract; a malformed date reaching the core is a bug, so it throws.
export function parseDate(s: string): Ymd {
  const ymd = tryParseDate(s);
  if (!ymd) throw new RangeError(`Not a YYYY-MM-DD calendar date: ${JSON.stringify(s)}`);
  return ymd;
}

export function formatYmd({ year, month, day }: Ymd): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Moves by whole calendar months; a day that does not exist in the target month becomes that month's
 * last day (2026-01-31 + 1 month = 2026-02-28). This is the Lithuanian Civil Code's rule for terms
 * counted in months or years (art. 1.120), so deadlines land where a lawyer would put them.
 */
export function addMonths(date: string, n: number): string {
  const { year, month, day } = parseDate(date);
  const index = year * 12 + (month - 1) + n;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return formatYmd({ year: y, month: m, day: Math.min(day, daysInMonth(y, m)) });
}

// Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's days_from_civil).
function toDayNumber({ year, month, day }: Ymd): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function fromDayNumber(n: number): Ymd {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

export function addDays(date: string, n: number): string {
  return formatYmd(fromDayNumber(toDayNumber(parseDate(date)) + n));
}

/** b − a in days: positive when b is later. */
export function daysBetween(a: string, b: string): number {
  return toDayNumber(parseDate(b)) - toDayNumber(parseDate(a));
}

/** Valid YYYY-MM-DD strings sort as the calendar does, so after validation a string comparison is exact. */
export function compareDates(a: string, b: string): -1 | 0 | 1 {
  parseDate(a);
  parseDate(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The largest n with addMonths(from, n) ≤ to; negative when `to` is earlier. Counting through
 * addMonths keeps "whole months" consistent with every deadline computed from it.
 */
export function wholeMonthsBetween(from: string, to: string): number {
  const a = parseDate(from);
  const b = parseDate(to);
  let n = (b.year - a.year) * 12 + (b.month - a.month);
  // The estimate is off by at most one, in either direction, because of day-of-month and clamping.
  while (compareDates(addMonths(from, n), to) > 0) n -= 1;
  while (compareDates(addMonths(from, n + 1), to) <= 0) n += 1;
  return n;
}

/**
 * Age in whole years on a day. A person born on 29 February comes of age on 28 February in a
 * common year: the Civil Code (art. 1.120) ends a term counted in years in a month without the
 * matching day on that month's last day, and using addMonths here keeps ages consistent with every
 * other term in the program. (Some countries use 1 March instead; for eligibility bounds the
 * difference is one day.) Before the birth date the result is negative.
 */
export function ageOn(birthDate: string, onDate: string): number {
  return Math.floor(wholeMonthsBetween(birthDate, onDate) / 12);
}
