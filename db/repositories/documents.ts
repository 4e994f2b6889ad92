import { and, desc, eq, inArray, ne } from 'drizzle-orm';
import type { Db } from '../open';
import { closures, users } from '../schema';

// Read-only queries for the printed forms (issue 5). Nothing here writes.

export type ClosureRow = typeof closures.$inferSelect;

/**
 * The closure request a closure form is printed from: the authorised one if the case was closed,
 * otherwise the newest request still waiting; a returned request is never printed.
 */
export async function findClosureForPrint(db: Db, caseId: number): Promise<ClosureRow | undefined> {
  const rows = db
    .select()
    .from(closures)
    .where(and(eq(closures.caseId, caseId), ne(closures.status, 'returned')))
    .orderBy(desc(closures.id))
    .all();
  return rows.find((r) => r.status === 'authorised') ?? rows[0];
}

/** Full names by user id (for "completed by", "authorised by", the case manager). */
export async function userNames(db: Db, ids: (number | null | undefined)[]): Promise<Map<number, string>> {
  const wanted = [...new Set(ids.filter((id): id is number => typeof id === 'number'))];
  if (wanted.length === 0) return new Map();
  const rows = db.select({ id: users.id, fullName: users.fullName }).from(users).where(inArray(users.id, wanted)).all();
  return new Map(rows.map((r) => [r.id, r.fullName]));
}
