// Implementation work on a case: the contact log, tasks, and the YLC termination grounds (R12).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { DbHandle } from '../../db/open';
import { expectError } from '../support/expect-api';
import { OWN_PASSWORD } from '../support/harness';
import { makeCycleCentre, seedCase, seedTask, type CycleCentre } from '../support/cycle-fixtures';
import { secondConnection, stateChecksum } from '../support/db-snapshot';

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

function auditActions(caseId: number): string[] {
  return conn.sqlite.prepare(`SELECT action FROM audit_log WHERE entity_type = 'case' AND entity_id = ? ORDER BY id`).pluck().all(String(caseId)) as string[];
}

describe('contact log', () => {
  test('notes are listed newest contact first, with their author, and each one is audited', async () => {
    const { h, ids } = C;
    const c = await seedCase(h, { caseManagerId: ids.cm });
    await h.call('cm', 'notes.add', { caseId: c.id, contactDate: '2026-11-02', kind: 'homeVisit', text: 'Apsilankymas namuose.' });
    await h.call('cm', 'notes.add', { caseId: c.id, contactDate: '2026-11-20', kind: 'phone', text: '  Skambutis dėl darbo.  ' });
    const added = await h.call('sup', 'notes.add', { caseId: c.id, contactDate: '2026-10-15', kind: 'preReleaseVisit', text: 'Vizitas į pataisos namus.' });
    expect(added).toMatchObject({ caseId: c.id, kind: 'preReleaseVisit', authorId: ids.sup, authorName: 'Daiva Vadovė' });

    const notes = await h.call('cm', 'notes.list', { caseId: c.id });
    expect(notes.map((n) => [n.contactDate, n.kind, n.text, n.authorName])).toEqual([
      ['2026-11-20', 'phone', 'Skambutis dėl darbo.', 'Asta Jonaitienė'],
      ['2026-11-02', 'homeVisit', 'Apsilankymas namuose.', 'Asta Jonaitienė'],
      ['2026-10-15', 'preReleaseVisit', 'Vizitas į pataisos namus.', 'Daiva Vadovė'],
    ]);
    expect(auditActions(c.id)).toEqual(['note.add', 'note.add', 'note.add']);
    // An administrator reads every case; the contact log is not theirs to write.
    expect((await h.call('admin', 'notes.list', { caseId: c.id })).length).toBe(3);
    expectError(await h.raw('admin', 'notes.add', { caseId: c.id, contactDate: '2026-11-20', kind: 'phone', text: 'x' }), 'FORBIDDEN');
  });

  test('a case manager neither sees nor writes another case manager’s notes', async () => {
    const { h, ids } = C;
    const c = await seedCase(h, { caseManagerId: ids.cm });
    await h.call('cm', 'notes.add', { caseId: c.id, contactDate: '2026-11-20', kind: 'remote', text: 'Vaizdo skambutis.' });
    expectError(await h.raw('cm2', 'notes.list', { caseId: c.id }), 'FORBIDDEN');
    const before = stateChecksum(h, conn);
    expectError(await h.raw('cm2', 'notes.add', { caseId: c.id, contactDate: '2026-11-20', kind: 'phone', text: 'Ne mano.' }), 'FORBIDDEN');
    expect(stateChecksum(h, conn)).toBe(before);
    expectError(await h.raw('cm', 'notes.list', { caseId: 999_999 }), 'NOT_FOUND');
  });

  test('bad input changes nothing: a contact in the future, an unknown kind, empty text', async () => {
    const { h, ids } = C;
    const c = await seedCase(h, { caseManagerId: ids.cm });
    const before = stateChecksum(h, conn);
    const future = expectError(await h.raw('cm', 'notes.add', { caseId: c.id, contactDate: '2026-11-24', kind: 'phone', text: 'Rytoj.' }), 'VALIDATION');
    expect(future.issues).toEqual([{ path: 'contactDate', messageKey: 'validation.dateInFuture' }]);
    const kind = expectError(await h.raw('cm', 'notes.add', { caseId: c.id, contactDate: '2026-11-20', kind: 'telepathy', text: 'x' }), 'VALIDATION');
    expect(kind.issues).toContainEqual({ path: 'kind', messageKey: 'validation.noteKind' });
    const empty = expectError(await h.raw('cm', 'notes.add', { caseId: c.id, contactDate: '2026-11-20', kind: 'phone', text: '   ' }), 'VALIDATION');
    expect(empty.issues).toContainEqual({ path: 'text', messageKey: 'validation.required' });
    expectError(await h.raw('cm', 'notes.add', { caseId: c.id, contactDate: '2026-02-30', kind: 'phone', text: 'x' }), 'VALIDATION');
    expect(stateChecksum(h, conn)).toBe(before);
  });

  test('a closed case is read-only: no notes, tasks or YLC records, but it can still be read', async () => {
    const { h, ids } = C;
    const c = await seedCase(h, { caseManagerId: ids.cm, phase: 'closed', targetGroup: 'YLC' });
    const task = await seedTask(h, c.id, ids.cm);
    const before = stateChecksum(h, conn);
    for (const [session, method, input] of [
      ['cm', 'notes.add', { caseId: c.id, contactDate: '2026-11-20', kind: 'phone', text: 'x' }],
      ['sup', 'notes.add', { caseId: c.id, contactDate: '2026-11-20', kind: 'phone', text: 'x' }],
      ['cm', 'tasks.add', { caseId: c.id, text: 'x', dueDate: '2026-12-01' }],
      ['cm', 'tasks.complete', { taskId: task }],
      ['cm', 'ylc.recordWarning', { caseId: c.id, givenOn: '2026-11-20' }],
      ['sup', 'ylc.setUnreachableSince', { caseId: c.id, since: '2026-10-01' }],
    ] as const) {
      expectError(await h.raw(session, method, input), 'CONFLICT', 'errors.caseClosed');
    }
    expect(stateChecksum(h, conn)).toBe(before);
    expect(await h.call('cm', 'notes.list', { caseId: c.id })).toEqual([]);
    expect((await h.call('cm', 'tasks.list', { caseId: c.id })).length).toBe(1);
  });
});

describe('tasks', () => {
  test('open tasks come first by due date, done ones after; completing defaults to today (Vilnius) and happens once', async () => {
    const { h, ids } = C;
    const c = await seedCase(h, { caseManagerId: ids.cm });
    const late = await h.call('cm', 'tasks.add', { caseId: c.id, text: 'Pateikti prašymą', dueDate: '2026-12-20' });
    const early = await h.call('cm', 'tasks.add', { caseId: c.id, text: 'Paskambinti į seniūniją', dueDate: '2026-11-25' });
    const mid = await h.call('sup', 'tasks.add', { caseId: c.id, text: 'Sutarti vizitą', dueDate: '2026-12-01' });
    expect(late).toMatchObject({ caseId: c.id, doneOn: null, createdBy: ids.cm, dueDate: '2026-12-20' });

    const done = await h.call('cm', 'tasks.complete', { taskId: early.id });
    // The harness clock is 2026-11-23 09:00 UTC: 11:00 in Vilnius.
    expect(done.doneOn).toBe('2026-11-23');
    await h.call('cm', 'tasks.complete', { taskId: mid.id, doneOn: '2026-11-21' });

    const list = await h.call('cm', 'tasks.list', { caseId: c.id });
    expect(list.map((t) => [t.text, t.doneOn])).toEqual([
      ['Pateikti prašymą', null],
      ['Paskambinti į seniūniją', '2026-11-23'],
      ['Sutarti vizitą', '2026-11-21'],
    ]);

    const before = stateChecksum(h, conn);
    expectError(await h.raw('cm', 'tasks.complete', { taskId: early.id }), 'CONFLICT', 'errors.taskAlreadyDone');
    expectError(await h.raw('cm', 'tasks.complete', { taskId: late.id, doneOn: '2026-11-30' }), 'VALIDATION');
    expectError(await h.raw('cm2', 'tasks.complete', { taskId: late.id }), 'FORBIDDEN');
    expectError(await h.raw('cm', 'tasks.complete', { taskId: 987_654 }), 'NOT_FOUND');
    expectError(await h.raw('cm', 'tasks.add', { caseId: c.id, text: '', dueDate: '2026-12-01' }), 'VALIDATION');
    expect(stateChecksum(h, conn)).toBe(before);
    expect(auditActions(c.id)).toEqual(['task.add', 'task.add', 'task.add', 'task.complete', 'task.complete']);
  });

});

describe('R12 YLC termination grounds', () => {
  test('R12 unreachable for a full calendar month is a ground; a day less is not', async () => {
    const { h, ids } = C;
    const c = await seedCase(h, { caseManagerId: ids.cm, targetGroup: 'YLC' });
    expect((await h.call('cm', 'today.list', {})).today).toBe('2026-11-23');
    let s = await h.call('cm', 'ylc.setUnreachableSince', { caseId: c.id, since: '2026-10-24' });
    expect(s).toMatchObject({ unreachableSince: '2026-10-24', grounds: { unreachableMonth: false, neetMonth: false, warnedTwice: false } });
    s = await h.call('cm', 'ylc.setUnreachableSince', { caseId: c.id, since: '2026-10-23' });
    expect(s.grounds.unreachableMonth).toBe(true);
    // In touch again: the ground goes away.
    s = await h.call('cm', 'ylc.setUnreachableSince', { caseId: c.id, since: null });
    expect(s).toMatchObject({ unreachableSince: null, grounds: { unreachableMonth: false } });
    expect(auditActions(c.id)).toEqual(['ylc.setUnreachableSince', 'ylc.setUnreachableSince', 'ylc.setUnreachableSince']);
  });

  test('R12 warned twice, and NEET for a month, are grounds; the program records them and never closes the case', async () => {
    const { h, ids } = C;
    const c = await seedCase(h, { caseManagerId: ids.cm, targetGroup: 'YLC', phase: 'implementation' });
    let s = await h.call('cm', 'ylc.recordWarning', { caseId: c.id, givenOn: '2026-09-10', note: 'Nepasirodė susitikime.' });
    expect(s.warnings.map((w) => [w.givenOn, w.note])).toEqual([['2026-09-10', 'Nepasirodė susitikime.']]);
    expect(s.grounds.warnedTwice).toBe(false);
    s = await h.call('sup', 'ylc.recordWarning', { caseId: c.id, givenOn: '2026-10-01' });
    expect(s.warnings.map((w) => w.givenOn)).toEqual(['2026-09-10', '2026-10-01']);
    expect(s.grounds.warnedTwice).toBe(true);
    s = await h.call('cm', 'ylc.setNeetSince', { caseId: c.id, since: '2026-09-30' });
    expect(s.grounds).toEqual({ unreachableMonth: false, neetMonth: true, warnedTwice: true });

    expect(await h.call('admin', 'ylc.get', { caseId: c.id })).toEqual(s);
    const phase = conn.sqlite.prepare('SELECT phase FROM cases WHERE id = ?').pluck().get(c.id);
    expect(phase).toBe('implementation');
    expect(conn.sqlite.prepare(`SELECT count(*) FROM closures WHERE case_id = ?`).pluck().get(c.id)).toBe(0);
  });

  test('only YLC cases take YLC records; a date in the future is refused; nothing changes', async () => {
    const { h, ids } = C;
    const plp = await seedCase(h, { caseManagerId: ids.cm, targetGroup: 'PLP' });
    const ylc = await seedCase(h, { caseManagerId: ids.cm, targetGroup: 'YLC' });
    const before = stateChecksum(h, conn);
    for (const [method, input] of [
      ['ylc.recordWarning', { caseId: plp.id, givenOn: '2026-11-01' }],
      ['ylc.setUnreachableSince', { caseId: plp.id, since: '2026-11-01' }],
      ['ylc.setNeetSince', { caseId: plp.id, since: '2026-11-01' }],
    ] as const) {
      const e = expectError(await h.raw('cm', method, input), 'VALIDATION');
      expect(e.issues).toEqual([{ path: 'caseId', messageKey: 'validation.onlyForYlc' }]);
    }
    expectError(await h.raw('cm', 'ylc.setUnreachableSince', { caseId: ylc.id, since: '2027-01-01' }), 'VALIDATION', 'validation.dateInFuture');
    expectError(await h.raw('cm', 'ylc.recordWarning', { caseId: ylc.id, givenOn: 'vakar' }), 'VALIDATION');
    expectError(await h.raw('cm2', 'ylc.recordWarning', { caseId: ylc.id, givenOn: '2026-11-01' }), 'FORBIDDEN');
    expect(stateChecksum(h, conn)).toBe(before);
    // Reading the grounds of a case of another group is harmless: there are none.
    expect((await h.call('cm', 'ylc.get', { caseId: plp.id })).grounds).toEqual({ unreachableMonth: false, neetMonth: false, warnedTwice: false });
  });
});

// Last: it moves the clock on.
describe('the date the program counts in', () => {
  test('just after midnight in Vilnius it is already the next day, although UTC is still on the day before', async () => {
    const { h, ids } = C;
    const c = await seedCase(h, { caseManagerId: ids.cm });
    const t = await h.call('cm', 'tasks.add', { caseId: c.id, text: 'Vėlyvas darbas', dueDate: '2026-11-30' });
    // 2026-11-23 09:00 UTC + 13 h 30 min = 22:30 UTC = 00:30 on 24 November in Vilnius (UTC+2 in winter).
    h.tick((13 * 60 + 30) * 60_000);
    await h.call('cm', 'auth.unlock', { password: OWN_PASSWORD }); // 13 hours idle locked the screen
    expect((await h.call('cm', 'tasks.complete', { taskId: t.id })).doneOn).toBe('2026-11-24');
    expect((await h.call('cm', 'today.list', {})).today).toBe('2026-11-24');
  });
});
