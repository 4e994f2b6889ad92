import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db } from '../open';
import { cases, clients, closures, users } from '../schema';

// R14 (ILO Table 2): closure requests and the supervisor's decision on them.

export type ClosureRow = typeof closures.$inferSelect;
export type ClosureView = ClosureRow & { caseNumber: string; clientName: string; requestedByName: string; decidedByName: string | null };

const requester = alias(users, 'requester');
const decider = alias(users, 'decider');

function selectViews(db: Db) {
  return db
    .select({
      c: closures,
      caseNumber: cases.caseNumber,
      clientName: sql<string>`${clients.firstName} || ' ' || ${clients.lastName}`,
      requestedByName: requester.fullName,
      decidedByName: decider.fullName,
    })
    .from(closures)
    .innerJoin(cases, eq(cases.id, closures.caseId))
    .innerJoin(clients, eq(clients.id, cases.clientId))
    .innerJoin(requester, eq(requester.id, closures.requestedBy))
    .leftJoin(decider, eq(decider.id, closures.decidedBy));
}

type ViewRow = { c: ClosureRow; caseNumber: string; clientName: string; requestedByName: string; decidedByName: string | null };
const toView = (r: ViewRow): ClosureView => ({ ...r.c, caseNumber: r.caseNumber, clientName: r.clientName, requestedByName: r.requestedByName, decidedByName: r.decidedByName });

export async function insertClosure(db: Db, values: Omit<typeof closures.$inferInsert, 'id'>): Promise<number> {
  return db.insert(closures).values(values).returning({ id: closures.id }).get().id;
}

export async function findClosureView(db: Db, id: number): Promise<ClosureView | undefined> {
  const r = selectViews(db).where(eq(closures.id, id)).get();
  return r ? toView(r) : undefined;
}

/** Every request of a case, newest first. */
export async function listCaseClosures(db: Db, caseId: number): Promise<ClosureView[]> {
  return selectViews(db).where(eq(closures.caseId, caseId)).orderBy(desc(closures.createdAt), desc(closures.id)).all().map(toView);
}

/** Requests awaiting a supervisor, oldest first. */
export async function listPendingClosures(db: Db): Promise<ClosureView[]> {
  return selectViews(db).where(eq(closures.status, 'requested')).orderBy(asc(closures.requestedOn), asc(closures.id)).all().map(toView);
}

/** Decides a request that is still pending; false when someone decided it first. */
export async function decideClosure(
  db: Db,
  id: number,
  d: { status: 'authorised' | 'returned'; decidedBy: number; decidedOn: string; returnComment?: string },
): Promise<boolean> {
  const r = db
    .update(closures)
    .set({ status: d.status, decidedBy: d.decidedBy, decidedOn: d.decidedOn, returnComment: d.returnComment ?? '' })
    .where(and(eq(closures.id, id), eq(closures.status, 'requested')))
    .run();
  return r.changes === 1;
}
