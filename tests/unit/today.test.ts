// R13: the Today list of the signed-in person. The harness clock stands at 2026-11-23 (Vilnius), so
// "due soon" runs to 2026-12-07 (DUE_SOON_DAYS = 14) and something due on 2026-11-23 is not overdue.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { DbHandle } from '../../db/open';
import type { TodayItem } from '../../electron/contract/methods/today';
import { latestStartDueBy } from '../../electron/services/today';
import { addMonths } from '../../electron/core/calendar-dates';
import { addUser } from '../support/harness';
import { makeCycleCentre, seedCase, seedPendingClosure, seedSignedPlan, seedTask, type CycleCentre } from '../support/cycle-fixtures';
import { secondConnection } from '../support/db-snapshot';

let C: CycleCentre;
let conn: DbHandle;
beforeAll(async () => {
  C = await makeCycleCentre();
  conn = secondConnection(C.h);
});
afterAll(async () => {
  conn?.close();
  await C?.h.close();
});

async function itemsOf(session: string, caseIds: number[]): Promise<TodayItem[]> {
  const list = await C.h.call(session, 'today.list', {});
  expect(list.today).toBe('2026-11-23');
  return list.items.filter((i) => caseIds.includes(i.caseId));
}
const brief = (i: TodayItem) => [i.caseId, i.kind, i.due, i.overdue];

describe('R13 plans and reviews falling due', () => {
  test('R13 first plan due: within 14 days shows as due, due today is not overdue, the day before is; signed plans drop out', async () => {
    const { h, ids } = C;
    const mk = (assignedOn: string, o: { targetGroup?: 'YLC'; coordinatorAppointedOn?: string } = {}) =>
      seedCase(h, { caseManagerId: ids.cm, phase: 'planning', assignedOn, ...o });
    const dueToday = await mk('2026-10-23');
    const yesterday = await mk('2026-10-22');
    const edge = await mk('2026-11-07'); // due 2026-12-07, the last "soon" day
    const later = await mk('2026-11-08'); // due 2026-12-08: not yet
    const monthEnd = await mk('2026-10-31'); // due 2026-11-30
    const ylc = await mk('2026-11-20', { targetGroup: 'YLC', coordinatorAppointedOn: '2026-10-20' }); // R7: from the coordinator
    const ylcNoDate = await mk('2026-10-21', { targetGroup: 'YLC' }); // no appointment recorded: from the assignment
    const signed = await mk('2026-09-01');
    await seedSignedPlan(h, signed.id, { signedOn: '2026-10-01' });

    const items = await itemsOf('cm', [dueToday, yesterday, edge, later, monthEnd, ylc, ylcNoDate, signed].map((c) => c.id));
    expect(items.filter((i) => i.kind.startsWith('plan')).map(brief)).toEqual([
      [ylc.id, 'planOverdue', '2026-11-20', true],
      [ylcNoDate.id, 'planOverdue', '2026-11-21', true],
      [yesterday.id, 'planOverdue', '2026-11-22', true],
      [dueToday.id, 'planDue', '2026-11-23', false],
      [monthEnd.id, 'planDue', '2026-11-30', false],
      [edge.id, 'planDue', '2026-12-07', false],
    ]);
    const first = items.find((i) => i.caseId === dueToday.id)!;
    expect(first).toMatchObject({ caseNumber: dueToday.caseNumber, clientName: dueToday.clientName });
  });

  test('R10 R13 review due 6 months after signing, then after the last review; due today is not overdue', async () => {
    const { h, ids } = C;
    const mk = async (signedOn: string) => {
      const c = await seedCase(h, { caseManagerId: ids.cm, phase: 'implementation' });
      const plan = await seedSignedPlan(h, c.id, { signedOn, goals: [{ text: 'Darbas' }] });
      return { ...c, goalIds: plan.goals.map((g) => g.id) };
    };
    const dueToday = await mk('2026-05-23');
    const overdue = await mk('2026-05-22');
    const edge = await mk('2026-06-07');
    const later = await mk('2026-06-08');
    const ids4 = [dueToday, overdue, edge, later].map((c) => c.id);
    expect((await itemsOf('cm', ids4)).filter((i) => i.kind.startsWith('review')).map(brief)).toEqual([
      [overdue.id, 'reviewOverdue', '2026-11-22', true],
      [dueToday.id, 'reviewDue', '2026-11-23', false],
      [edge.id, 'reviewDue', '2026-12-07', false],
    ]);

    await h.call('cm', 'reviews.create', {
      caseId: overdue.id,
      reviewedOn: '2026-11-23',
      goals: overdue.goalIds.map((goalId) => ({ goalId, progress: 'progressing' as const })),
      supportLevel: 'faceToFace',
      stillNeeded: true,
      outcome: 'continue',
    });
    expect((await itemsOf('cm', [overdue.id])).filter((i) => i.kind.startsWith('review'))).toEqual([]);
  });

  test('R10 R13 the review interval of the group applies (PLP set to 4 months)', async () => {
    const { h, ids } = C;
    await h.call('admin', 'settings.updateTiming', { targetGroup: 'PLP', planMonths: 1, reviewMonths: 4 });
    try {
      const plp = await seedCase(h, { caseManagerId: ids.cm, phase: 'implementation', targetGroup: 'PLP' });
      await seedSignedPlan(h, plp.id, { signedOn: '2026-07-25' });
      const pwd = await seedCase(h, { caseManagerId: ids.cm, phase: 'implementation', targetGroup: 'PWD' });
      await seedSignedPlan(h, pwd.id, { signedOn: '2026-07-25' });
      expect((await itemsOf('cm', [plp.id, pwd.id])).map(brief)).toEqual([[plp.id, 'reviewDue', '2026-11-25', false]]);
    } finally {
      await h.call('admin', 'settings.updateTiming', { targetGroup: 'PLP', planMonths: 1, reviewMonths: 6 });
    }
  });
});

describe('R13 steps and tasks', () => {
  test('R13 open steps of the latest signed version and open tasks, due within 14 days or overdue', async () => {
    const { h, ids } = C;
    const c = await seedCase(h, { caseManagerId: ids.cm, phase: 'implementation' });
    // An older signed version's steps no longer count.
    await seedSignedPlan(h, c.id, { signedOn: '2026-10-01', goals: [{ text: 'Sena', steps: [{ text: 'Senas žingsnis', dueDate: '2026-11-01' }] }] });
    await seedSignedPlan(h, c.id, {
      signedOn: '2026-11-01',
      goals: [
        {
          text: 'Darbas',
          steps: [
            { text: 'Užsiregistruoti UT', dueDate: '2026-11-22' },
            { text: 'CV', dueDate: '2026-12-07' },
            { text: 'Pokalbis', dueDate: '2026-12-08' },
            { text: 'Atlikta', dueDate: '2026-11-10', status: 'done' },
            { text: 'Be datos' },
          ],
        },
      ],
    });
    await seedTask(h, c.id, ids.cm, '2026-11-23');
    await seedTask(h, c.id, ids.cm, '2026-11-01');
    await seedTask(h, c.id, ids.cm, '2026-12-08');
    const doneTask = await seedTask(h, c.id, ids.cm, '2026-11-20');
    await h.call('cm', 'tasks.complete', { taskId: doneTask });

    const items = (await itemsOf('cm', [c.id])).filter((i) => i.kind === 'stepDue' || i.kind === 'taskDue');
    expect(items.map((i) => [i.kind, i.due, i.overdue, i.details.text])).toEqual([
      ['taskDue', '2026-11-01', true, 'Paskambinti'],
      ['stepDue', '2026-11-22', true, 'Užsiregistruoti UT'],
      ['taskDue', '2026-11-23', false, 'Paskambinti'],
      ['stepDue', '2026-12-07', false, 'CV'],
    ]);
    expect(items[1]!.details).toMatchObject({ goal: 'Darbas', planVersion: 2 });

    await h.call('cm', 'plans.setStepStatus', { stepId: items[1]!.details.stepId!, status: 'done' });
    await h.call('cm', 'tasks.complete', { taskId: items[0]!.details.taskId! });
    expect((await itemsOf('cm', [c.id])).filter((i) => i.kind === 'stepDue' || i.kind === 'taskDue').map((i) => i.due)).toEqual(['2026-11-23', '2026-12-07']);
  });
});

describe('R11 PLP releases and R12 YLC unreachable', () => {
  test('R11 releases within 3 months show what is missing, and each gap disappears when it is done', async () => {
    const { h, ids } = C;
    // Release 2027-02-20 is within 3 months of 2026-11-23; intake 2026-09-01 is less than 12 months before it.
    const late = await seedCase(h, { caseManagerId: ids.cm, targetGroup: 'PLP', phase: 'assessment', intakeDate: '2026-09-01', releaseDate: '2027-02-20' });
    const onTime = await seedCase(h, { caseManagerId: ids.cm, targetGroup: 'PLP', phase: 'assessment', intakeDate: '2025-12-15', releaseDate: '2026-12-15' });
    const edge = await seedCase(h, { caseManagerId: ids.cm, targetGroup: 'PLP', phase: 'assessment', intakeDate: '2026-01-10', releaseDate: '2027-02-23' });
    const tooFar = await seedCase(h, { caseManagerId: ids.cm, targetGroup: 'PLP', phase: 'assessment', intakeDate: '2026-01-10', releaseDate: '2027-02-24' });
    const released = await seedCase(h, { caseManagerId: ids.cm, targetGroup: 'PLP', phase: 'assessment', intakeDate: '2026-01-10', releaseDate: '2026-11-22' });
    const all = [late, onTime, edge, tooFar, released].map((c) => c.id);

    const items = (await itemsOf('cm', all)).filter((i) => i.kind === 'releaseSoon');
    expect(items.map((i) => [i.caseId, i.due, i.overdue, i.details.missing])).toEqual([
      [onTime.id, '2026-12-15', false, ['preReleaseVisit']],
      [late.id, '2027-02-20', false, ['preReleaseVisit', 'lateIntake']],
      [edge.id, '2027-02-23', false, ['preReleaseVisit']],
    ]);

    await h.call('cm', 'notes.add', { caseId: late.id, contactDate: '2026-11-20', kind: 'preReleaseVisit', text: 'Aplankytas Pravieniškėse.' });
    await h.call('cm', 'notes.add', { caseId: onTime.id, contactDate: '2026-11-21', kind: 'phone', text: 'Tik skambutis: vizitu nelaikomas.' });
    const after = (await itemsOf('cm', all)).filter((i) => i.kind === 'releaseSoon');
    expect(after.map((i) => [i.caseId, i.details.missing])).toEqual([
      [onTime.id, ['preReleaseVisit']],
      [late.id, ['lateIntake']],
      [edge.id, ['preReleaseVisit']],
    ]);
  });

  test('R11 a release coming up on a case nobody is assigned to is shown to supervisors, missing the case manager', async () => {
    const { h } = C;
    const c = await seedCase(h, { caseManagerId: null, targetGroup: 'PLP', phase: 'intake', intakeDate: '2025-10-01', releaseDate: '2027-01-10' });
    expect((await itemsOf('sup', [c.id])).map((i) => [i.kind, i.details.missing])).toEqual([['releaseSoon', ['caseManager', 'preReleaseVisit']]]);
    expect(await itemsOf('cm', [c.id])).toEqual([]);
    expect(await itemsOf('admin', [c.id])).toEqual([]);
  });

  test('R12 R13 a young person unreachable for a full month shows; a day less does not', async () => {
    const { h, ids } = C;
    const mk = (unreachableSince: string) => seedCase(h, { caseManagerId: ids.cm, targetGroup: 'YLC', phase: 'implementation', coordinatorAppointedOn: null, unreachableSince });
    const month = await mk('2026-10-23');
    const notYet = await mk('2026-10-24');
    const long = await mk('2026-10-01');
    const items = (await itemsOf('cm', [month.id, notYet.id, long.id])).filter((i) => i.kind === 'ylcUnreachable');
    expect(items.map((i) => [i.caseId, i.due, i.overdue, i.details.unreachableSince])).toEqual([
      [long.id, '2026-11-01', true, '2026-10-01'],
      [month.id, '2026-11-23', false, '2026-10-23'],
    ]);
    await h.call('cm', 'ylc.setUnreachableSince', { caseId: long.id, since: null });
    expect((await itemsOf('cm', [long.id])).filter((i) => i.kind === 'ylcUnreachable')).toEqual([]);
  });
});

describe('R13 whose list it is', () => {
  test('R13 a case manager sees only their own open cases; closed cases drop out', async () => {
    const { h, ids } = C;
    const mine = await seedCase(h, { caseManagerId: ids.cm, phase: 'planning', assignedOn: '2026-10-01' });
    const theirs = await seedCase(h, { caseManagerId: ids.cm2, phase: 'planning', assignedOn: '2026-10-01' });
    const closed = await seedCase(h, { caseManagerId: ids.cm, phase: 'closed', assignedOn: '2026-10-01' });
    await seedTask(h, theirs.id, ids.cm2, '2026-11-20');
    await seedTask(h, closed.id, ids.cm, '2026-11-20');
    expect((await itemsOf('cm', [mine.id, theirs.id, closed.id])).map((i) => [i.caseId, i.kind])).toEqual([[mine.id, 'planOverdue']]);
    expect((await itemsOf('cm2', [mine.id, theirs.id, closed.id])).map((i) => [i.caseId, i.kind])).toEqual([
      [theirs.id, 'planOverdue'],
      [theirs.id, 'taskDue'],
    ]);
    // A supervisor's Today is their own caseload too (none here), plus what awaits them.
    expect(await itemsOf('sup', [mine.id, theirs.id, closed.id])).toEqual([]);
  });

  test('R13 R14 supervisors see every closure awaiting authorisation, oldest first; case managers do not', async () => {
    const { h, ids } = C;
    const a = await seedCase(h, { caseManagerId: ids.cm, phase: 'implementation' });
    const b = await seedCase(h, { caseManagerId: ids.cm2, phase: 'review' });
    await seedPendingClosure(h, a.id, ids.cm, { requestedOn: '2026-11-20' });
    await seedPendingClosure(h, b.id, ids.cm2, { requestedOn: '2026-11-10', fromPhase: 'review' });
    const items = (await itemsOf('sup', [a.id, b.id])).filter((i) => i.kind === 'closureAwaiting');
    expect(items.map((i) => [i.caseId, i.due, i.overdue, i.details.requestedByName, i.details.reason])).toEqual([
      [b.id, '2026-11-10', false, 'Tomas Petraitis', 'planComplete'],
      [a.id, '2026-11-20', false, 'Asta Jonaitienė', 'planComplete'],
    ]);
    expect((await itemsOf('cm', [a.id, b.id])).filter((i) => i.kind === 'closureAwaiting')).toEqual([]);
    await h.call('sup', 'closure.authorise', { caseId: b.id });
    expect((await itemsOf('sup2', [a.id, b.id])).filter((i) => i.kind === 'closureAwaiting').map((i) => i.caseId)).toEqual([a.id]);
  });

  test('R13 counts per kind match the items of a fresh caseload', async () => {
    const { h } = C;
    const id = await addUser(h, 'cm3', { username: 'naujoke', fullName: 'Eglė Naujokė', roles: ['case_manager'] });
    expect((await h.call('cm3', 'today.list', {})).counts).toEqual({
      planDue: 0,
      planOverdue: 0,
      reviewDue: 0,
      reviewOverdue: 0,
      stepDue: 0,
      taskDue: 0,
      referralNoAnswer: 0,
      releaseSoon: 0,
      ylcUnreachable: 0,
      closureAwaiting: 0,
    });
    const p1 = await seedCase(h, { caseManagerId: id, phase: 'planning', assignedOn: '2026-10-01' });
    await seedCase(h, { caseManagerId: id, phase: 'planning', assignedOn: '2026-10-02' });
    await seedCase(h, { caseManagerId: id, phase: 'planning', assignedOn: '2026-11-01' });
    await seedTask(h, p1.id, id, '2026-11-30');
    // Assigned on its intake in January, no ILP signed (R7): overdue too, besides unreachable.
    await seedCase(h, { caseManagerId: id, targetGroup: 'YLC', phase: 'assessment', unreachableSince: '2026-09-01' });
    const list = await h.call('cm3', 'today.list', {});
    expect(list.counts).toEqual({ planDue: 1, planOverdue: 3, reviewDue: 0, reviewOverdue: 0, stepDue: 0, taskDue: 1, referralNoAnswer: 0, releaseSoon: 0, ylcUnreachable: 1, closureAwaiting: 0 });
    expect(list.items).toHaveLength(6);
    // Most urgent first.
    expect(list.items.map((i) => i.due)).toEqual([...list.items.map((i) => i.due)].sort());
  });
});

test('the SQL cut-off matches the core month arithmetic on every day of four years', () => {
  // latestStartDueBy(limit, m) is the largest start with addMonths(start, m) <= limit.
  for (const months of [1, 4, 6]) {
    let limit = '2026-01-01';
    for (let i = 0; i < 4 * 366; i++) {
      const s = latestStartDueBy(limit, months);
      expect(addMonths(s, months) <= limit, `${limit} ${months}`).toBe(true);
      const next = new Date(Date.parse(`${s}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
      expect(addMonths(next, months) > limit, `${limit} ${months}`).toBe(true);
      limit = new Date(Date.parse(`${limit}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    }
  }
});
