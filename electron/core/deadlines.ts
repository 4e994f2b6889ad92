// When time-sensitive things fall due (R7, R10, R11, R12, R13). The start dates are passed in: which
// event starts a clock (assignment, coordinator appointment, signing) is the caller's knowledge.
import { addMonths, compareDates, daysBetween, wholeMonthsBetween } from './calendar-dates';

export type TargetGroup = 'PWD' | 'PLP' | 'YLC' | 'OTHER';
export type Timing = { planMonths: number; reviewMonths: number };

/**
 * Centre defaults, overridable per group in settings. R7: the ILP within one month for YLC, and the
 * same month by default for everyone else. R10: a review at least every 6 months for all groups (the
 * PES's 4 months for people up to 29 is their practice, not the centre's default).
 */
export const DEFAULT_TIMING: Readonly<Record<TargetGroup, Readonly<Timing>>> = {
  PWD: { planMonths: 1, reviewMonths: 6 },
  PLP: { planMonths: 1, reviewMonths: 6 },
  YLC: { planMonths: 1, reviewMonths: 6 },
  OTHER: { planMonths: 1, reviewMonths: 6 },
};

/** R11: the prison social worker starts at least this long before release. */
export const PLP_INTAKE_LEAD_MONTHS = 12;
/** R11/R13: a release this close is shown as coming up. */
export const RELEASE_SOON_MONTHS = 3;
/** R12: unreachable this long is a termination ground for YLC. */
export const YLC_UNREACHABLE_MONTHS = 1;
export const DUE_SOON_DAYS = 14;

/** R7: start = the case manager's assignment, or for YLC the Transition Service coordinator's appointment. */
export function planDueDate(startDate: string, months = 1): string {
  return addMonths(startDate, months);
}

/** R10: from the later of the plan's signing and its last review. */
export function nextReviewDue(lastSignedOrReviewed: string, months = 6): string {
  return addMonths(lastSignedOrReviewed, months);
}

export type ReleaseWindow = {
  /** Whole months from today to release; negative once released. */
  monthsUntilRelease: number;
  released: boolean;
  withinThreeMonths: boolean;
  /** Null when the intake date is not known yet (no case opened). */
  caseOpenedLate: boolean | null;
};

/**
 * R11. "Late" is measured back from the release date: the latest on-time intake is release − 12
 * months, the deadline a prison social worker would count to.
 */
export function releaseWindow(releaseDate: string, today: string, intakeDate: string | null = null): ReleaseWindow {
  const released = compareDates(releaseDate, today) < 0;
  return {
    monthsUntilRelease: wholeMonthsBetween(today, releaseDate),
    released,
    withinThreeMonths: !released && compareDates(releaseDate, addMonths(today, RELEASE_SOON_MONTHS)) <= 0,
    caseOpenedLate: intakeDate === null ? null : compareDates(intakeDate, addMonths(releaseDate, -PLP_INTAKE_LEAD_MONTHS)) > 0,
  };
}

/** R12: a full calendar month unreachable (from 2026-01-31, that is 2026-02-28). Only flags; never terminates. */
export function ylcUnreachableDue(unreachableSince: string, today: string): boolean {
  return compareDates(today, addMonths(unreachableSince, YLC_UNREACHABLE_MONTHS)) >= 0;
}

export type DueStatus = 'overdue' | 'dueSoon' | 'later';

/** R13: something due today is still on time ("by" that day), so it is dueSoon, not overdue. */
export function dueStatus(due: string, today: string, soonDays = DUE_SOON_DAYS): DueStatus {
  const daysLeft = daysBetween(today, due);
  if (daysLeft < 0) return 'overdue';
  return daysLeft <= soonDays ? 'dueSoon' : 'later';
}

/** R11: what can still be missing as a release from prison approaches. */
export const RELEASE_GAPS = ['caseManager', 'preReleaseVisit', 'lateIntake'] as const;
export type ReleaseGap = (typeof RELEASE_GAPS)[number];

/**
 * R11: no case manager identified, no visit before release recorded, or the case opened less than
 * 12 months before the release. The Today list and the case's release panel both ask this.
 */
export function releaseGaps(
  c: { caseManagerId: number | null; visitedBeforeRelease: boolean; releaseDate: string; intakeDate: string | null },
  today: string,
): ReleaseGap[] {
  const late = releaseWindow(c.releaseDate, today, c.intakeDate).caseOpenedLate === true;
  const missing: Record<ReleaseGap, boolean> = { caseManager: c.caseManagerId === null, preReleaseVisit: !c.visitedBeforeRelease, lateIntake: late };
  return RELEASE_GAPS.filter((g) => missing[g]);
}
