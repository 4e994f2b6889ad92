import { addDays, formatYmd } from '../calendar-dates';

export interface Quarter {
  /** "2026-Q3" */
  readonly code: string;
  readonly year: number;
  readonly n: 1 | 2 | 3 | 4;
  readonly firstDay: string;
  readonly lastDay: string;
}

/**
 * Order of two dates from the database (validated YYYY-MM-DD on the way in): a plain string
 * comparison, which the counting over every case needs to be cheap.
 */
export function cmpDates(a: string, b: string): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

const QUARTER_RE = /^(\d{4})-Q([1-4])$/;

export function isQuarterCode(s: string): boolean {
  return QUARTER_RE.test(s);
}

export function parseQuarter(code: string): Quarter {
  const m = QUARTER_RE.exec(code);
  if (!m) throw new Error(`not a quarter: ${code}`);
  const year = Number(m[1]);
  const n = Number(m[2]) as Quarter['n'];
  const firstMonth = (n - 1) * 3 + 1;
  const firstDay = formatYmd({ year, month: firstMonth, day: 1 });
  const nextFirst = n === 4 ? formatYmd({ year: year + 1, month: 1, day: 1 }) : formatYmd({ year, month: firstMonth + 3, day: 1 });
  return { code, year, n, firstDay, lastDay: addDays(nextFirst, -1) };
}

/** The quarter a calendar date falls in. */
export function quarterOf(date: string): Quarter {
  const [y, m] = date.split('-').map(Number) as [number, number];
  return parseQuarter(`${y}-Q${Math.floor((m - 1) / 3) + 1}`);
}

export function inQuarter(date: string | null, q: Quarter): boolean {
  return date !== null && cmpDates(date, q.firstDay) >= 0 && cmpDates(date, q.lastDay) <= 0;
}

/** The quarter before the given one. */
export function previousQuarter(q: Quarter): Quarter {
  return q.n === 1 ? parseQuarter(`${q.year - 1}-Q4`) : parseQuarter(`${q.year}-Q${q.n - 1}`);
}

/** The `count` quarters that have ended by `today`, latest first (the ones a package can be made for). */
export function endedQuarters(today: string, count: number): Quarter[] {
  const out: Quarter[] = [];
  let q = previousQuarter(quarterOf(today));
  while (out.length < count) {
    out.push(q);
    q = previousQuarter(q);
  }
  return out;
}
