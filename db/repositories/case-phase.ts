import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../open';
import { preparedPerDb } from '../prepared';
import { cases, closures } from '../schema';

export type Phase = (typeof cases.$inferSelect)['phase'];

/** The pending closure request of a case, if any (R14: at most one at a time). */
const pendingClosure = preparedPerDb((db) =>
  db
    .select()
    .from(closures)
    .where(and(eq(closures.caseId, sql.placeholder('caseId')), eq(closures.status, 'requested')))
    .prepare(),
);

export async function findPendingClosure(db: Db, caseId: number): Promise<typeof closures.$inferSelect | undefined> {
  return pendingClosure(db).get({ caseId });
}

/** Writes a phase the core's state machine has produced; services never pass a phase of their own. */
export async function writeCasePhase(db: Db, caseId: number, phase: Phase, now: string, closedOn: string | null = null): Promise<void> {
  db.update(cases)
    .set({ phase, updatedAt: now, ...(phase === 'closed' ? { closedOn } : {}) })
    .where(eq(cases.id, caseId))
    .run();
}

export async function setYlcDates(db: Db, caseId: number, patch: { unreachableSince?: string | null; neetSince?: string | null }, now: string): Promise<void> {
  db.update(cases).set({ ...patch, updatedAt: now }).where(eq(cases.id, caseId)).run();
}
