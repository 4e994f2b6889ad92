import { and, asc, count, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../open';
import { auditLog, clientNameWords, clients } from '../schema';

export type ClientRow = typeof clients.$inferSelect;
export type ClientInsert = Omit<typeof clients.$inferInsert, 'id'>;
export type ClientPatch = Partial<Omit<ClientInsert, 'createdBy' | 'createdAt'>> & { updatedAt: string };

export async function findClientById(db: Db, id: number): Promise<ClientRow | undefined> {
  return db.select().from(clients).where(eq(clients.id, id)).get();
}

export async function findClientByCode(db: Db, personalCode: string): Promise<ClientRow | undefined> {
  return db.select().from(clients).where(eq(clients.personalCode, personalCode)).get();
}

export async function insertClient(db: Db, values: ClientInsert): Promise<ClientRow> {
  return db.insert(clients).values(values).returning().get();
}

export async function updateClient(db: Db, id: number, patch: ClientPatch): Promise<ClientRow> {
  return db.update(clients).set(patch).where(eq(clients.id, id)).returning().get();
}

/**
 * Everyone who could be the same person (R1): the same code, or the same birth date. The name
 * comparison (folded, either order) is the core's; this only narrows the rows by index.
 */
export async function findDuplicateCandidates(db: Db, key: { personalCode: string | null; birthDate: string | null }): Promise<ClientRow[]> {
  const conditions: SQL[] = [];
  if (key.personalCode) conditions.push(eq(clients.personalCode, key.personalCode));
  if (key.birthDate) conditions.push(eq(clients.birthDate, key.birthDate));
  if (!conditions.length) return [];
  return db.select().from(clients).where(or(...conditions)).orderBy(asc(clients.id)).all();
}

/**
 * A case manager's own clients: someone with a case assigned to them, or someone they registered
 * who has no case yet (so a newly registered person is not lost before intake). Written as two
 * indexed sets (cases by manager, clients by creator) so a search can start from the few owned rows.
 */
export function clientOwnedBy(userId: number): SQL {
  return sql`(${clients.id} IN (SELECT oc.client_id FROM cases oc WHERE oc.case_manager_id = ${userId})
    OR (${clients.createdBy} = ${userId} AND NOT EXISTS (SELECT 1 FROM cases nc WHERE nc.client_id = ${clients.id})))`;
}

export async function isClientOwnedBy(db: Db, clientId: number, userId: number): Promise<boolean> {
  return db.select({ id: clients.id }).from(clients).where(and(eq(clients.id, clientId), clientOwnedBy(userId))).get() !== undefined;
}

// Above every character a folded word can hold: `word < prefix + TOP` closes a prefix range.
const TOP = '\u{10FFFF}';

/**
 * Each folded word must begin some word of the folded name ('sim' finds "Šimkutė", 'ona sim' finds
 * "Ona Šimkutė"): a range on client_name_words per word, kept by triggers from clients.name_folded.
 */
export function nameWordsMatch(words: readonly string[]): SQL | undefined {
  if (!words.length) return undefined;
  return and(
    ...words.map(
      (w) => sql`${clients.id} IN (SELECT ${clientNameWords.clientId} FROM ${clientNameWords} WHERE ${clientNameWords.word} >= ${w} AND ${clientNameWords.word} < ${w + TOP})`,
    ),
  );
}

/** The same test probed per client (for a case manager's short list of own clients, which drives the query). */
function ownNameWordsMatch(words: readonly string[]): SQL | undefined {
  if (!words.length) return undefined;
  return and(
    ...words.map(
      (w) =>
        sql`EXISTS (SELECT 1 FROM ${clientNameWords} WHERE ${clientNameWords.clientId} = ${clients.id} AND ${clientNameWords.word} >= ${w} AND ${clientNameWords.word} < ${w + TOP})`,
    ),
  );
}

/** The beginning of a personal code, as a range on its unique index (codes are digits only). */
function codePrefixMatch(prefix: string): SQL {
  return sql`(${clients.personalCode} >= ${prefix} AND ${clients.personalCode} < ${prefix + TOP})`;
}

export interface ClientSearch {
  /** Folded name words, all of which must match; or */
  words: readonly string[];
  /** the beginning of the personal code. */
  codePrefix: string | null;
  /** Only this user's own clients (a case manager); null for everyone. */
  ownerId: number | null;
  limit: number;
  offset: number;
}

/** The ids of a case manager's own clients (see clientOwnedBy): a caseload, so a short list. */
async function ownedClientIds(db: Db, userId: number): Promise<number[]> {
  return db.$client
    .prepare(
      `SELECT DISTINCT client_id FROM cases WHERE case_manager_id = ?
       UNION ALL SELECT id FROM clients c WHERE c.created_by = ? AND NOT EXISTS (SELECT 1 FROM cases nc WHERE nc.client_id = c.id)`,
    )
    .pluck()
    .all(userId, userId) as number[];
}

/** How many clients have a name word beginning with each of the words: from the word index alone. */
function countByWords(db: Db, words: readonly string[]): number {
  const part = 'SELECT client_id FROM client_name_words WHERE word >= ? AND word < ?';
  const q = words.length === 1 ? `SELECT count(DISTINCT client_id) FROM client_name_words WHERE word >= ? AND word < ?` : `SELECT count(*) FROM (${words.map(() => part).join(' INTERSECT ')})`;
  return db.$client
    .prepare(q)
    .pluck()
    .get(...words.flatMap((w) => [w, w + TOP])) as number;
}

export async function searchClients(db: Db, q: ClientSearch): Promise<{ total: number; rows: ClientRow[] }> {
  // A case manager's search starts from their own few clients, not from every matching name.
  const owned = q.ownerId !== null ? await ownedClientIds(db, q.ownerId) : null;
  if (owned !== null && owned.length === 0) return { total: 0, rows: [] };
  const match = q.codePrefix !== null ? codePrefixMatch(q.codePrefix) : owned !== null ? ownNameWordsMatch(q.words) : nameWordsMatch(q.words);
  const where = and(match, owned !== null ? inArray(clients.id, owned) : undefined);
  const total = owned === null && q.codePrefix === null && q.words.length ? countByWords(db, q.words) : (db.select({ n: count() }).from(clients).where(where).get()?.n ?? 0);
  const rows = db
    .select()
    .from(clients)
    .where(where)
    .orderBy(asc(clients.lastName), asc(clients.firstName), asc(clients.id))
    .limit(q.limit)
    .offset(q.offset)
    .all();
  return { total, rows };
}

/** The client's audit entries (create, update, view), newest first: the edit history. */
export async function listClientHistory(db: Db, clientId: number): Promise<(typeof auditLog.$inferSelect)[]> {
  return db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, 'client'), eq(auditLog.entityId, String(clientId))))
    .orderBy(desc(auditLog.id))
    .all();
}
