// When formal reviews fell due for a case (R10), for counting them afterwards: a review is due
// reviewMonths after the plan was signed or last reviewed, whichever was later.
import { addMonths } from '../calendar-dates';
import { cmpDates } from './quarter';

export interface ReviewDue {
  due: string;
  onTime: boolean;
}

type Anchor = { on: string; kind: 'sign' | 'review' };

function anchors(signedOn: readonly string[], reviewedOn: readonly string[]): Anchor[] {
  if (signedOn.length === 0) return [];
  const first = [...signedOn].sort(cmpDates)[0]!;
  const all: Anchor[] = [...signedOn.map((on) => ({ on, kind: 'sign' as const })), ...reviewedOn.map((on) => ({ on, kind: 'review' as const }))];
  // Reviews before the first signed plan review nothing; a signing and a review on one day count as the review.
  return all
    .filter((a) => cmpDates(a.on, first) >= 0)
    .sort((a, b) => cmpDates(a.on, b.on) || (a.kind === b.kind ? 0 : a.kind === 'sign' ? -1 : 1));
}

/**
 * Every review due date that arose while the case was open, with whether a review was done on or
 * before it. A new plan version signed before a due date replaces that due date (the clock restarts);
 * a review done early meets it.
 */
export function reviewDues(c: { planSignedOn: readonly string[]; reviewedOn: readonly string[]; closedOn: string | null }, reviewMonths: number): ReviewDue[] {
  const list = anchors(c.planSignedOn, c.reviewedOn);
  const out: ReviewDue[] = [];
  for (let i = 0; i < list.length; i++) {
    const due = addMonths(list[i]!.on, reviewMonths);
    const next = list[i + 1];
    if (next && cmpDates(next.on, due) <= 0) {
      if (next.kind === 'review') out.push({ due, onTime: true });
      continue;
    }
    // A case closed on or before the due date owed no review then.
    if (c.closedOn !== null && cmpDates(c.closedOn, due) <= 0) break;
    out.push({ due, onTime: false });
  }
  return out;
}

/** The review due date the case is working towards now (null before any plan is signed). */
export function currentReviewDue(c: { planSignedOn: readonly string[]; reviewedOn: readonly string[] }, reviewMonths: number): string | null {
  const last = anchors(c.planSignedOn, c.reviewedOn).at(-1);
  return last ? addMonths(last.on, reviewMonths) : null;
}
