import type { TargetGroup } from '../../db/repositories/cycle-settings';
import { closuresAwaiting, plansDue, releasesBetween, reviewsDue, stepsDue, tasksDue, ylcUnreachable, type GroupCutoffs } from '../../db/repositories/today';
import { listReferralsAwaitingAnswer } from '../../db/repositories/referrals';
import { withRead } from '../../db/transaction';
import { TODAY_KINDS, type TodayItem, type TodayKind } from '../contract/methods/today';
import { addDays, addMonths, compareDates } from '../core/calendar-dates';
import { DUE_SOON_DAYS, RELEASE_SOON_MONTHS, YLC_UNREACHABLE_MONTHS, dueStatus, nextReviewDue, planDueDate, releaseGaps } from '../core/deadlines';
import { requireUser, type HandlerGroup } from './call-context';
import { localToday, timingByGroup } from './cycle-clock';

// R13: what falls due for the signed-in person: their own open cases (a case manager's caseload; a
// supervisor's or administrator's own cases too, if they hold any), before it is due (within
// DUE_SOON_DAYS) and as overdue after; something due today is not yet overdue. Supervisors also
// see every closure request awaiting authorisation (except their own) and the PLP releases coming up
// on cases nobody is assigned to yet (R11: "case manager not assigned" is theirs to fix).

const GROUPS: readonly TargetGroup[] = ['PWD', 'PLP', 'YLC', 'OTHER'];

/**
 * The latest start date S with addMonths(S, months) ≤ limit. addMonths never decreases as S grows,
 * so "due by limit" is exactly "start ≤ S", a comparison SQL can do on an indexed row.
 */
export function latestStartDueBy(limit: string, months: number): string {
  let s = addMonths(limit, -months);
  // Month-end clamping (31 January + 1 month = 28 February) can let a few later starts land on the same day.
  while (compareDates(addMonths(addDays(s, 1), months), limit) <= 0) s = addDays(s, 1);
  return s;
}

function cutoffs(limit: string, monthsOf: (g: TargetGroup) => number): GroupCutoffs {
  return Object.fromEntries(GROUPS.map((g) => [g, latestStartDueBy(limit, monthsOf(g))])) as GroupCutoffs;
}

export const todayHandlers: HandlerGroup<'today.list'> = {
  'today.list': async (_input, ctx) => {
    const user = requireUser(ctx);
    const today = localToday(ctx.app);
    const soon = addDays(today, DUE_SOON_DAYS);
    const supervisor = user.roles.includes('supervisor');

    const items = await withRead(ctx.app.handle, async (db) => {
      const timing = await timingByGroup(db);
      const out: TodayItem[] = [];
      const ref = (r: { caseId: number; caseNumber: string; clientName: string }) => ({ caseId: r.caseId, caseNumber: r.caseNumber, clientName: r.clientName });

      // R7: first plan due (no version signed yet).
      for (const r of await plansDue(db, user.id, cutoffs(soon, (g) => timing[g].planMonths))) {
        const due = planDueDate(r.start, timing[r.targetGroup].planMonths);
        const overdue = dueStatus(due, today) === 'overdue';
        out.push({ kind: overdue ? 'planOverdue' : 'planDue', ...ref(r), due, overdue, details: {} });
      }
      // R10: next review due.
      for (const r of await reviewsDue(db, user.id, cutoffs(soon, (g) => timing[g].reviewMonths))) {
        const due = nextReviewDue(r.base, timing[r.targetGroup].reviewMonths);
        const overdue = dueStatus(due, today) === 'overdue';
        out.push({ kind: overdue ? 'reviewOverdue' : 'reviewDue', ...ref(r), due, overdue, details: {} });
      }
      for (const r of await stepsDue(db, user.id, soon)) {
        out.push({
          kind: 'stepDue',
          ...ref(r),
          due: r.dueDate,
          overdue: dueStatus(r.dueDate, today) === 'overdue',
          details: { stepId: r.stepId, text: r.text, goal: r.goal, planVersion: r.planVersion },
        });
      }
      for (const r of await tasksDue(db, user.id, soon)) {
        out.push({ kind: 'taskDue', ...ref(r), due: r.dueDate, overdue: dueStatus(r.dueDate, today) === 'overdue', details: { taskId: r.taskId, text: r.text } });
      }
      // R8/R13: a referral still unanswered on its follow-up date, to chase with the provider.
      for (const r of await listReferralsAwaitingAnswer(db, { caseManagerId: user.id, today })) {
        out.push({
          kind: 'referralNoAnswer',
          caseId: r.caseId,
          caseNumber: r.caseNumber,
          clientName: r.clientName,
          due: r.followUpOn,
          overdue: dueStatus(r.followUpOn, today) === 'overdue',
          details: { text: [r.providerName, r.serviceName].filter(Boolean).join(' — ') },
        });
      }
      // R11: releases from today to three months ahead, with what is still missing.
      const releaseTo = addMonths(today, RELEASE_SOON_MONTHS);
      const releases = [...(await releasesBetween(db, user.id, today, releaseTo)), ...(supervisor ? await releasesBetween(db, null, today, releaseTo) : [])];
      for (const r of releases) {
        out.push({
          kind: 'releaseSoon',
          ...ref(r),
          due: r.releaseDate,
          overdue: false,
          details: { releaseDate: r.releaseDate, missing: releaseGaps({ caseManagerId: r.caseManagerId, visitedBeforeRelease: r.visited > 0, releaseDate: r.releaseDate, intakeDate: r.intakeDate }, today) },
        });
      }
      // R12: a young person out of reach for a full month; shown, never acted on.
      // The same test as the core's ylcUnreachableDue (since 31 January shows on 28 February), as a cut-off.
      for (const r of await ylcUnreachable(db, user.id, latestStartDueBy(today, YLC_UNREACHABLE_MONTHS))) {
        const due = addMonths(r.unreachableSince, YLC_UNREACHABLE_MONTHS);
        out.push({ kind: 'ylcUnreachable', ...ref(r), due, overdue: compareDates(due, today) < 0, details: { unreachableSince: r.unreachableSince } });
      }
      if (supervisor) {
        for (const r of await closuresAwaiting(db, user.id)) {
          out.push({
            kind: 'closureAwaiting',
            ...ref(r),
            due: r.requestedOn,
            overdue: false,
            details: { reason: r.reason as NonNullable<TodayItem['details']['reason']>, requestedByName: r.requestedByName },
          });
        }
      }
      return out;
    });

    // Most urgent first: by due date, then case number; ties keep the kinds' order.
    const order = new Map(TODAY_KINDS.map((k, i) => [k, i]));
    // Plain string order: dates are YYYY-MM-DD, case numbers ASCII (localeCompare costs a collator per call).
    const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
    items.sort((a, b) => cmp(a.due, b.due) || cmp(a.caseNumber, b.caseNumber) || order.get(a.kind)! - order.get(b.kind)!);
    const counts = Object.fromEntries(TODAY_KINDS.map((k) => [k, 0])) as Record<TodayKind, number>;
    for (const i of items) counts[i.kind] += 1;
    return { today, items, counts };
  },
};
