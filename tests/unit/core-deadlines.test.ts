// Due dates and reminders (electron/core/deadlines.ts).
import { describe, expect, test } from 'vitest';
import {
  DEFAULT_TIMING,
  dueStatus,
  nextReviewDue,
  planDueDate,
  releaseWindow,
  ylcUnreachableDue,
} from '../../electron/core/deadlines';

describe('R7 plan due', () => {
  test('R7 first plan due one month after assignment, clamped at month end', () => {
    expect(planDueDate('2026-03-10')).toBe('2026-04-10');
    expect(planDueDate('2026-01-31')).toBe('2026-02-28');
    expect(planDueDate('2028-01-31')).toBe('2028-02-29');
    expect(planDueDate('2026-12-15')).toBe('2027-01-15');
  });

  test('R7 the interval is a setting', () => {
    expect(planDueDate('2026-03-10', 2)).toBe('2026-05-10');
  });

  test('R7 the default is one month for every group, YLC included', () => {
    for (const group of ['PWD', 'PLP', 'YLC', 'OTHER'] as const) expect(DEFAULT_TIMING[group].planMonths).toBe(1);
  });
});

describe('R10 reviews', () => {
  test('R10 review due 6 months after signing', () => {
    expect(nextReviewDue('2026-03-10')).toBe('2026-09-10');
    expect(nextReviewDue('2026-08-31')).toBe('2027-02-28');
  });

  test('R10 the interval is a setting (the PES uses 4 months for people up to 29)', () => {
    expect(nextReviewDue('2026-03-10', 4)).toBe('2026-07-10');
  });

  test('R10 the default is 6 months for every group', () => {
    for (const group of ['PWD', 'PLP', 'YLC', 'OTHER'] as const) expect(DEFAULT_TIMING[group].reviewMonths).toBe(6);
  });
});

describe('R11 release coming up', () => {
  test('R11 a release in three months or less is coming up', () => {
    expect(releaseWindow('2026-09-15', '2026-06-15')).toMatchObject({ monthsUntilRelease: 3, released: false, withinThreeMonths: true });
    expect(releaseWindow('2026-09-16', '2026-06-15')).toMatchObject({ monthsUntilRelease: 3, withinThreeMonths: false });
    expect(releaseWindow('2026-06-15', '2026-06-15')).toMatchObject({ monthsUntilRelease: 0, released: false, withinThreeMonths: true });
  });

  test('R11 after the release date it is no longer coming up', () => {
    expect(releaseWindow('2026-06-14', '2026-06-15')).toMatchObject({ monthsUntilRelease: -1, released: true, withinThreeMonths: false });
  });

  test('R11 a case opened less than 12 months before release was opened late', () => {
    expect(releaseWindow('2027-06-15', '2026-06-15', '2026-06-15').caseOpenedLate).toBe(false);
    expect(releaseWindow('2027-06-15', '2026-06-16', '2026-06-16').caseOpenedLate).toBe(true);
    expect(releaseWindow('2027-06-15', '2026-09-01', '2025-01-10').caseOpenedLate).toBe(false);
  });

  test('R11 lateness is counted back from the release date (release 2027-02-28: on time until 2026-02-28)', () => {
    expect(releaseWindow('2027-02-28', '2026-03-01', '2026-02-28').caseOpenedLate).toBe(false);
    expect(releaseWindow('2027-02-28', '2026-03-01', '2026-03-01').caseOpenedLate).toBe(true);
  });

  test('R11 without an intake date lateness is unknown', () => {
    expect(releaseWindow('2027-06-15', '2026-06-15').caseOpenedLate).toBeNull();
  });
});

describe('R12 YLC unreachable', () => {
  test('R12 unreachable for one calendar month is a termination ground', () => {
    expect(ylcUnreachableDue('2026-03-10', '2026-04-09')).toBe(false);
    expect(ylcUnreachableDue('2026-03-10', '2026-04-10')).toBe(true);
    expect(ylcUnreachableDue('2026-03-10', '2026-07-01')).toBe(true);
  });

  test('R12 a month from 31 January ends on the last day of February', () => {
    expect(ylcUnreachableDue('2026-01-31', '2026-02-27')).toBe(false);
    expect(ylcUnreachableDue('2026-01-31', '2026-02-28')).toBe(true);
  });
});

describe('R13 due status', () => {
  test('R13 after the due date it is overdue', () => {
    expect(dueStatus('2026-06-14', '2026-06-15')).toBe('overdue');
  });

  test('R13 due today or within 14 days is due soon', () => {
    expect(dueStatus('2026-06-15', '2026-06-15')).toBe('dueSoon');
    expect(dueStatus('2026-06-29', '2026-06-15')).toBe('dueSoon');
  });

  test('R13 further away is later', () => {
    expect(dueStatus('2026-06-30', '2026-06-15')).toBe('later');
  });

  test('R13 the warning window is a parameter', () => {
    expect(dueStatus('2026-06-30', '2026-06-15', 30)).toBe('dueSoon');
    expect(dueStatus('2026-06-16', '2026-06-15', 0)).toBe('later');
  });
});
