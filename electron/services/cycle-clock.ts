import { listTimingRows, type TargetGroup } from '../../db/repositories/cycle-settings';
import type { Db } from '../../db/open';
import { DEFAULT_TIMING, type Timing } from '../core/deadlines';
import { compareDates } from '../core/calendar-dates';
import type { AppContext } from './app-context';
import { invalid } from './errors';

// The calendar the case cycle runs on: the centre is in Lithuania, so "today" is the date in Vilnius,
// whatever the computer's own time zone (a laptop set to UTC must not move a deadline by a day).

const VILNIUS = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Vilnius', year: 'numeric', month: '2-digit', day: '2-digit' });

// Every Today list, deadline and audit asks for the date; formatting through Intl costs more than the
// rest of a small call. Vilnius's offsets are whole hours, so the date cannot change within a UTC minute.
let lastMinute = Number.NaN;
let lastDate = '';

/** The Europe/Vilnius calendar date (YYYY-MM-DD) of an instant. */
export function vilniusDate(ms: number): string {
  const minute = Math.floor(ms / 60_000);
  if (minute === lastMinute) return lastDate;
  const parts = Object.fromEntries(VILNIUS.formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
  lastDate = `${parts.year}-${parts.month}-${parts.day}`;
  lastMinute = minute;
  return lastDate;
}

/** Today in Vilnius by the app's (injectable) clock. */
export function localToday(app: AppContext): string {
  return vilniusDate(app.now());
}

/** Refuses a date after today: what happened (a contact, a warning, a review) cannot be dated in the future. */
export function notInFuture(path: string, date: string | null | undefined, today: string): void {
  if (date && compareDates(date, today) > 0) throw invalid(path, ['validation.dateInFuture']);
}

/** R7/R10 per target group: the centre's settings, the core's defaults where a group has none. */
export async function timingByGroup(db: Db): Promise<Record<TargetGroup, Timing>> {
  const out: Record<TargetGroup, Timing> = {
    PWD: { ...DEFAULT_TIMING.PWD },
    PLP: { ...DEFAULT_TIMING.PLP },
    YLC: { ...DEFAULT_TIMING.YLC },
    OTHER: { ...DEFAULT_TIMING.OTHER },
  };
  for (const r of await listTimingRows(db)) out[r.targetGroup] = { planMonths: r.planMonths, reviewMonths: r.reviewMonths };
  return out;
}

/** R10: the day a plan version was fully signed (the later of the two signatures). */
export function signedOn(plan: { signedByClientOn: string | null; signedByManagerOn: string | null }): string | null {
  const a = plan.signedByClientOn;
  const b = plan.signedByManagerOn;
  if (!a || !b) return a ?? b;
  return compareDates(a, b) >= 0 ? a : b;
}
