import { asc, desc, eq, getTableColumns, sql } from 'drizzle-orm';
import type { Db } from '../open';
import { preparedPerDb } from '../prepared';
import { caseNotes, tasks, users, ylcWarnings } from '../schema';

export type NoteRow = typeof caseNotes.$inferSelect;
export type TaskRow = typeof tasks.$inferSelect;
export type WarningRow = typeof ylcWarnings.$inferSelect;

export async function insertNote(db: Db, n: Omit<typeof caseNotes.$inferInsert, 'id'>): Promise<number> {
  return db.insert(caseNotes).values(n).returning({ id: caseNotes.id }).get().id;
}

/** Newest contact first. */
const notesOfCase = preparedPerDb((db) =>
  db
    .select({ ...getTableColumns(caseNotes), authorName: users.fullName })
    .from(caseNotes)
    .innerJoin(users, eq(users.id, caseNotes.authorId))
    .where(eq(caseNotes.caseId, sql.placeholder('caseId')))
    .orderBy(desc(caseNotes.contactDate), desc(caseNotes.id))
    .prepare(),
);

export async function listNotes(db: Db, caseId: number): Promise<(NoteRow & { authorName: string })[]> {
  return notesOfCase(db).all({ caseId });
}

export async function insertTask(db: Db, t: Omit<typeof tasks.$inferInsert, 'id'>): Promise<TaskRow> {
  return db.insert(tasks).values(t).returning().get();
}

export async function findTask(db: Db, id: number): Promise<TaskRow | undefined> {
  return db.select().from(tasks).where(eq(tasks.id, id)).get();
}

export async function completeTask(db: Db, id: number, doneOn: string): Promise<TaskRow> {
  return db.update(tasks).set({ doneOn }).where(eq(tasks.id, id)).returning().get();
}

/** Open tasks first, by due date; then the done ones, latest first. */
export async function listTasks(db: Db, caseId: number): Promise<TaskRow[]> {
  return db
    .select()
    .from(tasks)
    .where(eq(tasks.caseId, caseId))
    .orderBy(sql`${tasks.doneOn} IS NOT NULL`, asc(tasks.dueDate), desc(tasks.doneOn), asc(tasks.id))
    .all();
}

export async function insertWarning(db: Db, w: Omit<typeof ylcWarnings.$inferInsert, 'id'>): Promise<number> {
  return db.insert(ylcWarnings).values(w).returning({ id: ylcWarnings.id }).get().id;
}

export async function listWarnings(db: Db, caseId: number): Promise<WarningRow[]> {
  return db.select().from(ylcWarnings).where(eq(ylcWarnings.caseId, caseId)).orderBy(asc(ylcWarnings.givenOn), asc(ylcWarnings.id)).all();
}
