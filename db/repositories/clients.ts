import { and, asc, desc, eq, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../open';
import { auditLog, clients } from '../schema';

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

/** A count past this is shown as "more than …": counting every match of a broad prefix costs more than it tells. */
export const SEARCH_COUNT_CAP = 1000;

/** The ids of a case manager's own clients (see clientOwnedBy), for intersecting with the matches. */
function ownedIds(userId: number): SQL {
  return sql`SELECT client_id FROM cases WHERE case_manager_id = ${userId}
    UNION SELECT c2.id FROM clients c2 WHERE c2.created_by = ${userId} AND NOT EXISTS (SELECT 1 FROM cases nc WHERE nc.client_id = c2.id)`;
}

/**
 * The matching client ids as one compound SELECT of index ranges: the caller's own clients (for a
 * case manager) first, then each name word's range in client_name_words, or the code range.
 * SQLite applies compound operators left to right, so this is (own) ∩ word₁ ∩ word₂ ….
 */
function matchingIds(q: ClientSearch): SQL {
  const parts: SQL[] = [];
  if (q.ownerId !== null) parts.push(ownedIds(q.ownerId));
  if (q.codePrefix !== null) parts.push(sql`SELECT id FROM clients WHERE personal_code >= ${q.codePrefix} AND personal_code < ${q.codePrefix + TOP}`);
  else for (const w of q.words) parts.push(sql`SELECT DISTINCT client_id FROM client_name_words WHERE word >= ${w} AND word < ${w + TOP}`);
  if (parts.length === 0) parts.push(sql`SELECT id FROM clients`);
  return sql.join(parts, sql` INTERSECT `);
}

export async function searchClients(db: Db, q: ClientSearch): Promise<{ total: number; capped: boolean; rows: ClientRow[] }> {
  const ids = matchingIds(q);
  const n = db.get<{ n: number }>(sql`SELECT count(*) AS n FROM (SELECT 1 FROM (${ids}) LIMIT ${SEARCH_COUNT_CAP + 1})`).n;
  // Browsing everyone walks the name index; a search sorts only its matches.
  const rows = db
    .select()
    .from(clients)
    .where(q.ownerId === null && q.codePrefix === null && q.words.length === 0 ? undefined : sql`${clients.id} IN (${ids})`)
    .orderBy(asc(clients.lastName), asc(clients.firstName), asc(clients.id))
    .limit(q.limit)
    .offset(q.offset)
    .all();
  return { total: Math.min(n, SEARCH_COUNT_CAP), capped: n > SEARCH_COUNT_CAP, rows };
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
