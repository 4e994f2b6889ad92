// cases.open: opening a case gives the file, its latest plan, contact log and reviews in one call,
// exactly what the four calls give one by one, with one audited view; and the same rule on who sees what.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { databaseChecksum } from '../support/db-snapshot';
import { expectError } from '../support/expect-api';
import { makeCycleCentre, seedCase, seedSignedPlan, type CycleCentre } from '../support/cycle-fixtures';

let centre: CycleCentre;
beforeAll(async () => {
  centre = await makeCycleCentre();
});
afterAll(async () => centre.h.close());

const views = (caseId: number) =>
  centre.h.app.handle.sqlite.prepare(`SELECT count(*) FROM audit_log WHERE action = 'case.view' AND entity_id = ?`).pluck().get(String(caseId)) as number;

describe('cases.open (issue 3, item 11: opening a case is audited)', () => {
  test('R10 gives what cases.get, plans.get, notes.list and reviews.list give (with the next review date), and records one view', async () => {
    const { h, ids } = centre;
    const c = await seedCase(h, { caseManagerId: ids.cm, phase: 'implementation' });
    const plan = await seedSignedPlan(h, c.id, { signedOn: '2026-05-04', goals: [{ text: 'Darbas', steps: [{ text: 'CV' }] }, { text: 'Būstas' }] });
    await h.call('cm', 'notes.add', { caseId: c.id, contactDate: '2026-11-02', kind: 'homeVisit', text: 'Apsilankymas namuose.' });
    await h.call('cm', 'reviews.create', {
      caseId: c.id,
      reviewedOn: '2026-11-03',
      goals: plan.goals.map((g) => ({ goalId: g.id, progress: 'progressing' as const })),
      supportLevel: 'phone',
      stillNeeded: true,
      outcome: 'continue',
    });

    const before = views(c.id);
    const opened = await h.call('cm', 'cases.open', { id: c.id });
    expect(views(c.id)).toBe(before + 1);

    const file = await h.call('cm', 'cases.get', { id: c.id });
    expect(opened.file).toEqual(file);
    expect(opened.plan).toEqual(await h.call('cm', 'plans.get', { caseId: c.id }));
    expect(opened.plan?.goals.map((g) => g.text)).toEqual(['Darbas', 'Būstas']);
    expect(opened.notes).toEqual(await h.call('cm', 'notes.list', { caseId: c.id }));
    expect(opened.notes.map((n) => n.text)).toEqual(['Apsilankymas namuose.']);
    expect(opened.reviews).toEqual(await h.call('cm', 'reviews.list', { caseId: c.id }));
    // R10: the next review is six months after this one.
    expect(opened.reviews.nextReviewDue).toBe('2027-05-03');
  });

  test('a case without a plan yet opens with no plan, no notes and no reviews', async () => {
    const { h, ids } = centre;
    const c = await seedCase(h, { caseManagerId: ids.cm, phase: 'assessment' });
    const opened = await h.call('sup', 'cases.open', { id: c.id });
    expect(opened.file.case).toMatchObject({ id: c.id, phase: 'assessment', caseManagerId: ids.cm });
    expect(opened).toMatchObject({ plan: null, notes: [], reviews: { reviews: [], nextReviewDue: null } });
  });

  test("another case manager's case is refused, and nothing is written (not even the view)", async () => {
    const { h, ids } = centre;
    const c = await seedCase(h, { caseManagerId: ids.cm, phase: 'implementation' });
    const before = databaseChecksum(h.app.handle.sqlite);
    expectError(await h.raw('cm2', 'cases.open', { id: c.id }), 'FORBIDDEN');
    expectError(await h.raw('cm2', 'cases.open', { id: 999_999 }), 'NOT_FOUND');
    expect(databaseChecksum(h.app.handle.sqlite)).toBe(before);
  });
});
