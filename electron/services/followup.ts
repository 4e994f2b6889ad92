import { appendAudit } from '../../db/repositories/audit';
import { setYlcDates } from '../../db/repositories/case-phase';
import {
  completeTask,
  findTask,
  insertNote,
  insertTask,
  insertWarning,
  listNotes,
  listTasks,
  listWarnings,
  type TaskRow,
} from '../../db/repositories/followup';
import type { Db } from '../../db/open';
import type { UserRow } from '../../db/repositories/users';
import { withRead, withTransaction } from '../../db/transaction';
import type { CaseTask, YlcStatus } from '../contract/methods/followup';
import { ylcUnreachableDue } from '../core/deadlines';
import { requireUser, type CallContext, type HandlerGroup } from './call-context';
import { loadCaseFor, type CaseRow } from './case-access';
import { localToday, notInFuture } from './cycle-clock';
import { DomainError, invalid, notFound } from './errors';

// Implementation work on a case: the contact log, tasks, and the YLC termination grounds (R12).
// Every write needs write access to the case (a closed case refuses all of them).

function toTask(t: TaskRow): CaseTask {
  return { id: t.id, caseId: t.caseId, text: t.text, dueDate: t.dueDate, doneOn: t.doneOn, createdBy: t.createdBy, createdAt: t.createdAt };
}

/** R12: the grounds as they stand on `today`. The program shows them; a person decides. */
async function ylcStatus(db: Db, c: CaseRow, today: string): Promise<YlcStatus> {
  const warnings = await listWarnings(db, c.id);
  return {
    caseId: c.id,
    unreachableSince: c.unreachableSince,
    neetSince: c.neetSince,
    warnings: warnings.map((w) => ({ id: w.id, givenOn: w.givenOn, note: w.note, createdBy: w.createdBy })),
    grounds: {
      unreachableMonth: c.unreachableSince !== null && ylcUnreachableDue(c.unreachableSince, today),
      // The same "one full calendar month" as unreachability (R12: NEET without active steps for a month).
      neetMonth: c.neetSince !== null && ylcUnreachableDue(c.neetSince, today),
      warnedTwice: warnings.length >= 2,
    },
  };
}

function requireYlc(c: CaseRow): void {
  if (c.targetGroup !== 'YLC') throw invalid('caseId', ['validation.onlyForYlc']);
}

function audit(db: Db, at: string, actor: UserRow, action: string, caseId: number, details: Record<string, unknown>) {
  return appendAudit(db, { at, userId: actor.id, username: actor.username, action, entityType: 'case', entityId: String(caseId), details });
}

type FollowupMethods =
  | 'notes.add'
  | 'notes.list'
  | 'tasks.add'
  | 'tasks.complete'
  | 'tasks.list'
  | 'ylc.get'
  | 'ylc.recordWarning'
  | 'ylc.setUnreachableSince'
  | 'ylc.setNeetSince';

export const followupHandlers: HandlerGroup<FollowupMethods> = {
  'notes.add': async (input, ctx) => {
    const actor = requireUser(ctx);
    const { app } = ctx;
    notInFuture('contactDate', input.contactDate, localToday(app));
    return withTransaction(app.handle, async (db) => {
      const c = await loadCaseFor(db, actor, input.caseId, { write: true });
      const now = app.nowIso();
      const id = await insertNote(db, { caseId: c.id, contactDate: input.contactDate, kind: input.kind, text: input.text, authorId: actor.id, createdAt: now });
      // The note's text stays in the case file; the audit log records that a note was written.
      await audit(db, now, actor, 'note.add', c.id, { noteId: id, kind: input.kind, contactDate: input.contactDate });
      return { id, caseId: c.id, contactDate: input.contactDate, kind: input.kind, text: input.text, authorId: actor.id, authorName: actor.fullName, createdAt: now };
    });
  },

  'notes.list': async ({ caseId }, ctx) => {
    const actor = requireUser(ctx);
    return withRead(ctx.app.handle, async (db) => {
      const c = await loadCaseFor(db, actor, caseId);
      return listNotes(db, c.id);
    });
  },

  'tasks.add': async (input, ctx) => {
    const actor = requireUser(ctx);
    const { app } = ctx;
    return withTransaction(app.handle, async (db) => {
      const c = await loadCaseFor(db, actor, input.caseId, { write: true });
      const now = app.nowIso();
      const t = await insertTask(db, { caseId: c.id, text: input.text, dueDate: input.dueDate, createdBy: actor.id, createdAt: now });
      await audit(db, now, actor, 'task.add', c.id, { taskId: t.id, dueDate: t.dueDate });
      return toTask(t);
    });
  },

  'tasks.complete': async ({ taskId, doneOn }, ctx) => {
    const actor = requireUser(ctx);
    const { app } = ctx;
    const today = localToday(app);
    notInFuture('doneOn', doneOn, today);
    return withTransaction(app.handle, async (db) => {
      const task = await findTask(db, taskId);
      if (!task) throw notFound();
      await loadCaseFor(db, actor, task.caseId, { write: true });
      if (task.doneOn !== null) throw new DomainError('CONFLICT', 'errors.taskAlreadyDone');
      const done = await completeTask(db, task.id, doneOn ?? today);
      await audit(db, app.nowIso(), actor, 'task.complete', task.caseId, { taskId: task.id, doneOn: done.doneOn });
      return toTask(done);
    });
  },

  'tasks.list': async ({ caseId }, ctx) => {
    const actor = requireUser(ctx);
    return withRead(ctx.app.handle, async (db) => {
      const c = await loadCaseFor(db, actor, caseId);
      return (await listTasks(db, c.id)).map(toTask);
    });
  },

  'ylc.get': async ({ caseId }, ctx) => {
    const actor = requireUser(ctx);
    const today = localToday(ctx.app);
    return withRead(ctx.app.handle, async (db) => ylcStatus(db, await loadCaseFor(db, actor, caseId), today));
  },

  'ylc.recordWarning': async (input, ctx) => {
    const actor = requireUser(ctx);
    const { app } = ctx;
    const today = localToday(app);
    notInFuture('givenOn', input.givenOn, today);
    return withTransaction(app.handle, async (db) => {
      const c = await loadCaseFor(db, actor, input.caseId, { write: true });
      requireYlc(c);
      const id = await insertWarning(db, { caseId: c.id, givenOn: input.givenOn, note: input.note, createdBy: actor.id });
      await audit(db, app.nowIso(), actor, 'ylc.recordWarning', c.id, { warningId: id, givenOn: input.givenOn });
      return ylcStatus(db, c, today);
    });
  },

  'ylc.setUnreachableSince': async ({ caseId, since }, ctx) => setYlcDate(ctx, caseId, 'unreachableSince', since),
  'ylc.setNeetSince': async ({ caseId, since }, ctx) => setYlcDate(ctx, caseId, 'neetSince', since),
};

async function setYlcDate(
  ctx: CallContext,
  caseId: number,
  field: 'unreachableSince' | 'neetSince',
  since: string | null,
): Promise<YlcStatus> {
  const actor = requireUser(ctx);
  const { app } = ctx;
  const today = localToday(app);
  notInFuture('since', since, today);
  return withTransaction(app.handle, async (db) => {
    const c = await loadCaseFor(db, actor, caseId, { write: true });
    requireYlc(c);
    const now = app.nowIso();
    await setYlcDates(db, c.id, { [field]: since }, now);
    await audit(db, now, actor, field === 'unreachableSince' ? 'ylc.setUnreachableSince' : 'ylc.setNeetSince', c.id, { before: c[field], after: since });
    return ylcStatus(db, { ...c, [field]: since }, today);
  });
}
