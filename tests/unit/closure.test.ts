// R14 (ILO Table 2): the case manager requests closure, a supervisor other than the requester
// authorises it or returns it; only an authorised closure closes the case, and then it is read-only.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { DbHandle } from '../../db/open';
import type { RequestClosureInput } from '../../electron/contract/methods/closure';
import { expectError } from '../support/expect-api';
import { makeCycleCentre, seedCase, seedSignedPlan, seedTask, type CycleCentre } from '../support/cycle-fixtures';
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

const caseRow = (id: number) => conn.sqlite.prepare('SELECT phase, closed_on AS closedOn FROM cases WHERE id = ?').get(id) as { phase: string; closedOn: string | null };
const actions = (caseId: number) =>
  conn.sqlite.prepare(`SELECT action FROM audit_log WHERE entity_type = 'case' AND entity_id = ? ORDER BY id`).pluck().all(String(caseId)) as string[];

function form(caseId: number, over: Partial<RequestClosureInput> = {}): RequestClosureInput {
  return {
    caseId,
    reason: 'planComplete',
    details: 'Visi plano tikslai pasiekti.',
    clientInvolved: true,
    clientAgrees: true,
    contactLeft: false,
    serviceEvaluation: 'Paslaugos padėjo susirasti darbą.',
    ...over,
  };
}

describe('R14 closure only after a supervisor authorises it', () => {
  test('R14 the request keeps the case in its phase; a supervisor’s authorisation closes it with the date, every step audited', async () => {
    const { h, ids } = C;
    const c = await seedCase(h, { caseManagerId: ids.cm, phase: 'review' });
    const req = await h.call('cm', 'closure.request', form(c.id));
    expect(req).toMatchObject({
      caseId: c.id,
      caseNumber: c.caseNumber,
      clientName: c.clientName,
      reason: 'planComplete',
      requestedFromPhase: 'review',
      requestedBy: ids.cm,
      requestedByName: 'Asta Jonaitienė',
      requestedOn: '2026-11-23',
      status: 'requested',
      decidedBy: null,
      decidedOn: null,
    });
    expect(caseRow(c.id)).toEqual({ phase: 'review', closedOn: null });
    // Still open: work on it goes on while the supervisor decides.
    await h.call('cm', 'notes.add', { caseId: c.id, contactDate: '2026-11-23', kind: 'phone', text: 'Pranešta apie uždarymą.' });

    const { closure, phase } = await h.call('sup', 'closure.authorise', { caseId: c.id });
    expect(phase).toBe('closed');
    expect(closure).toMatchObject({ id: req.id, status: 'authorised', decidedBy: ids.sup, decidedByName: 'Daiva Vadovė', decidedOn: '2026-11-23' });
    expect(caseRow(c.id)).toEqual({ phase: 'closed', closedOn: '2026-11-23' });
    expect(actions(c.id)).toEqual(['closure.request', 'note.add', 'closure.authorise']);
    expect(await h.call('cm', 'closure.list', { caseId: c.id })).toEqual([closure]);
  });

  test('R14 the requester cannot authorise their own request, even holding the supervisor role', async () => {
    const { h, ids } = C;
    const c = await seedCase(h, { caseManagerId: ids.cmSup, phase: 'implementation' });
    await h.call('cmSup', 'closure.request', form(c.id, { reason: 'migration', details: 'Išvyko į Airiją.' }));
    const before = stateChecksum(h, conn);
    expectError(await h.raw('cmSup', 'closure.authorise', { caseId: c.id }), 'FORBIDDEN', 'errors.ownClosureRequest');
    expect(stateChecksum(h, conn)).toBe(before);
    expect(caseRow(c.id).phase).toBe('implementation');
    // Nor does it wait in their own Today list: they cannot act on it. Another supervisor sees it.
    expect((await h.call('cmSup', 'today.list', {})).items.filter((i) => i.kind === 'closureAwaiting' && i.caseId === c.id)).toEqual([]);
    expect((await h.call('sup2', 'today.list', {})).items.filter((i) => i.kind === 'closureAwaiting' && i.caseId === c.id)).toHaveLength(1);
    expect((await h.call('sup2', 'closure.authorise', { caseId: c.id })).phase).toBe('closed');
  });

  test('R14 a returned request puts the case back where it was, with the comment; it can be asked for again', async () => {
    const { h, ids } = C;
    const c = await seedCase(h, { caseManagerId: ids.cm, phase: 'implementation' });
    const first = await h.call('cm', 'closure.request', form(c.id, { reason: 'refusal', refusalReasons: 'Nebenori pagalbos.' }));
    const returned = await h.call('sup', 'closure.return', { caseId: c.id, comment: 'Pirmiausia aptarkite su klientu dar kartą.' });
    expect(returned.phase).toBe('implementation');
    expect(returned.closure).toMatchObject({ id: first.id, status: 'returned', returnComment: 'Pirmiausia aptarkite su klientu dar kartą.', decidedBy: ids.sup });
    expect(caseRow(c.id)).toEqual({ phase: 'implementation', closedOn: null });
    expect((await h.call('sup', 'closure.pending', {})).map((p) => p.caseId)).not.toContain(c.id);

    const second = await h.call('cm', 'closure.request', form(c.id, { reason: 'transferred', transferDetails: 'Perduota Kauno centrui, 2026-12-01.' }));
    const list = await h.call('cm', 'closure.list', { caseId: c.id });
    expect(list.map((x) => [x.id, x.status])).toEqual([
      [second.id, 'requested'],
      [first.id, 'returned'],
    ]);
    expect(actions(c.id)).toEqual(['closure.request', 'closure.return', 'closure.request']);
  });

  test('R14 supervisors see the pending requests of all cases, oldest first', async () => {
    const { h, ids } = C;
    const a = await seedCase(h, { caseManagerId: ids.cm, phase: 'assessment' });
    const b = await seedCase(h, { caseManagerId: ids.cm2, phase: 'planning' });
    await h.call('cm2', 'closure.request', form(b.id, { reason: 'death' }));
    await h.call('cm', 'closure.request', form(a.id, { reason: 'other', reasonOther: 'Teismo sprendimas' }));
    const pending = await h.call('sup', 'closure.pending', {});
    const ours = pending.filter((p) => p.caseId === a.id || p.caseId === b.id);
    expect(ours.map((p) => [p.caseId, p.requestedByName, p.reason, p.reasonOther])).toEqual([
      [b.id, 'Tomas Petraitis', 'death', ''],
      [a.id, 'Asta Jonaitienė', 'other', 'Teismo sprendimas'],
    ]);
    // All pending, oldest first (ids rise with time in one test run).
    expect(pending.map((p) => p.id)).toEqual([...pending.map((p) => p.id)].sort((x, y) => x - y));
    expect(pending.every((p) => p.status === 'requested')).toBe(true);
    expectError(await h.raw('cm', 'closure.pending', {}), 'FORBIDDEN');
  });
});

describe('who may ask and when', () => {
  test('only the case’s own case manager requests; at most one request waits; intake cannot be closed this way; nothing changes when refused', async () => {
    const { h, ids } = C;
    const c = await seedCase(h, { caseManagerId: ids.cm, phase: 'planning' });
    const intake = await seedCase(h, { caseManagerId: ids.cm, phase: 'intake' });
    await h.call('cm', 'closure.request', form(c.id));
    const before = stateChecksum(h, conn);
    expectError(await h.raw('cm', 'closure.request', form(c.id)), 'CONFLICT', 'errors.closurePending');
    expectError(await h.raw('cm2', 'closure.request', form(c.id)), 'FORBIDDEN');
    expect(stateChecksum(h, conn)).toBe(before);
    // A supervisor who is also a case manager still may not fill in someone else's closure form.
    const other = await seedCase(h, { caseManagerId: ids.cm, phase: 'implementation' });
    const before2 = stateChecksum(h, conn);
    expectError(await h.raw('cmSup', 'closure.request', form(other.id)), 'FORBIDDEN');
    expectError(await h.raw('cm', 'closure.request', form(intake.id)), 'CONFLICT', 'errors.closureNotAllowed');
    expectError(await h.raw('sup', 'closure.authorise', { caseId: other.id }), 'CONFLICT', 'errors.noPendingClosure');
    expectError(await h.raw('sup', 'closure.return', { caseId: other.id, comment: 'x' }), 'CONFLICT', 'errors.noPendingClosure');
    expect(stateChecksum(h, conn)).toBe(before2);
    expect(caseRow(c.id).phase).toBe('planning');
  });

  test('the closure form is checked: the reason’s details, the service evaluation, the yes/no answers', async () => {
    const { h, ids } = C;
    const c = await seedCase(h, { caseManagerId: ids.cm, phase: 'implementation' });
    const before = stateChecksum(h, conn);
    const cases: [Partial<RequestClosureInput> | Record<string, unknown>, string, string][] = [
      [{ reason: 'other', reasonOther: '' }, 'reasonOther', 'validation.required'],
      [{ reason: 'transferred' }, 'transferDetails', 'validation.required'],
      [{ reason: 'refusal', refusalReasons: '  ' }, 'refusalReasons', 'validation.required'],
      [{ serviceEvaluation: '' }, 'serviceEvaluation', 'validation.required'],
      [{ reason: 'bored' }, 'reason', 'validation.closureReason'],
      [{ clientAgrees: 'taip' }, 'clientAgrees', 'validation.required'],
    ];
    for (const [over, path, key] of cases) {
      const e = expectError(await h.raw('cm', 'closure.request', { ...form(c.id), ...over }), 'VALIDATION');
      expect(e.issues).toContainEqual({ path, messageKey: key });
    }
    expectError(await h.raw('sup', 'closure.return', { caseId: c.id, comment: '' }), 'VALIDATION');
    expect(stateChecksum(h, conn)).toBe(before);
  });
});

describe('R14 a closed case is read-only', () => {
  test('R14 after authorisation nothing on the case changes, by anyone; it can still be read', async () => {
    const { h, ids } = C;
    const c = await seedCase(h, { caseManagerId: ids.cm, phase: 'implementation', targetGroup: 'YLC' });
    const plan = await seedSignedPlan(h, c.id, { signedOn: '2026-05-01' });
    const task = await seedTask(h, c.id, ids.cm);
    await h.call('cm', 'closure.request', form(c.id));
    await h.call('sup', 'closure.authorise', { caseId: c.id });

    const before = stateChecksum(h, conn);
    const attempts = [
      ['cm', 'notes.add', { caseId: c.id, contactDate: '2026-11-23', kind: 'phone', text: 'Po uždarymo.' }],
      ['sup', 'tasks.add', { caseId: c.id, text: 'x', dueDate: '2026-12-01' }],
      ['cm', 'tasks.complete', { taskId: task }],
      ['cm', 'ylc.setNeetSince', { caseId: c.id, since: '2026-11-01' }],
      ['sup', 'reviews.create', { caseId: c.id, reviewedOn: '2026-11-23', goals: plan.goals.map((g) => ({ goalId: g.id, progress: 'achieved' })), supportLevel: 'phone', stillNeeded: false, outcome: 'close' }],
      ['cm', 'closure.request', form(c.id)],
      ['sup2', 'closure.authorise', { caseId: c.id }],
      ['sup2', 'closure.return', { caseId: c.id, comment: 'Atgal' }],
    ] as const;
    for (const [session, method, input] of attempts) expectError(await h.raw(session, method, input), 'CONFLICT', 'errors.caseClosed');
    expect(stateChecksum(h, conn)).toBe(before);
    expect(caseRow(c.id).phase).toBe('closed');
    expect((await h.call('cm', 'closure.list', { caseId: c.id }))[0]!.status).toBe('authorised');
    expect((await h.call('admin', 'tasks.list', { caseId: c.id })).length).toBe(1);
  });
});
