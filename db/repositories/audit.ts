import { createHash } from 'node:crypto';
import type { AuditEntity } from '../../electron/core/audit-entities';
import { count, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../open';
import { literalCount, preparedPerDb } from '../prepared';
import { auditLog } from '../schema';

export type AuditRow = typeof auditLog.$inferSelect;
export interface AuditInput {
  at: string;
  userId: number | null;
  username: string | null;
  action: string;
  entityType?: AuditEntity | null;
  entityId?: string | null;
  details?: Record<string, unknown>;
}

export const GENESIS_HASH = '0'.repeat(64);

function entryHash(prevHash: string, e: Omit<AuditRow, 'id' | 'hash' | 'prevHash'>): string {
  const canonical = JSON.stringify([e.at, e.userId, e.username, e.action, e.entityType, e.entityId, e.details]);
  return createHash('sha256').update(prevHash).update('\n').update(canonical).digest('hex');
}

/** Appends within the caller's transaction; the new row's hash covers the previous row's hash. */
// Every audited call appends: the chain's last hash and the insert are prepared once per connection.
const auditQueries = preparedPerDb((db) => ({
  lastHash: db.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.id)).limit(literalCount(1)).prepare(),
  insert: db
    .insert(auditLog)
    .values({
      at: sql.placeholder('at'),
      userId: sql.placeholder('userId'),
      username: sql.placeholder('username'),
      action: sql.placeholder('action'),
      entityType: sql.placeholder('entityType'),
      entityId: sql.placeholder('entityId'),
      details: sql.placeholder('details'),
      prevHash: sql.placeholder('prevHash'),
      hash: sql.placeholder('hash'),
    })
    .prepare(),
}));

export async function appendAudit(db: Db, e: AuditInput): Promise<void> {
  const q = auditQueries(db);
  const last = q.lastHash.get();
  const prevHash = last?.hash ?? GENESIS_HASH;
  const row = {
    at: e.at,
    userId: e.userId,
    username: e.username,
    action: e.action,
    entityType: e.entityType ?? null,
    entityId: e.entityId ?? null,
    details: JSON.stringify(e.details ?? {}),
  };
  q.insert.run({ ...row, prevHash, hash: entryHash(prevHash, row) });
}

export async function listAudit(db: Db, limit: number, offset: number): Promise<{ total: number; rows: AuditRow[] }> {
  const total = db.select({ n: count() }).from(auditLog).get()?.n ?? 0;
  const rows = db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(limit).offset(offset).all();
  return { total, rows };
}

/** The stored hash of one entry (undefined when there is no such entry). */
export async function findAuditHash(db: Db, id: number): Promise<string | undefined> {
  return db.select({ hash: auditLog.hash }).from(auditLog).where(eq(auditLog.id, id)).get()?.hash;
}

/** Walks the chain from the start; returns the id of the first entry whose link or hash does not hold. */
export async function verifyAuditChain(db: Db): Promise<{ ok: boolean; checked: number; firstBrokenId: number | null }> {
  let prev = GENESIS_HASH;
  let checked = 0;
  // Iterated row by row: the log grows for years and need not fit in memory.
  const rows = db.$client
    .prepare('SELECT id, at, user_id AS userId, username, action, entity_type AS entityType, entity_id AS entityId, details, prev_hash AS prevHash, hash FROM audit_log ORDER BY id')
    .iterate() as IterableIterator<AuditRow>;
  for (const row of rows) {
    const { id, hash, prevHash, ...rest } = row;
    if (prevHash !== prev || entryHash(prevHash, rest) !== hash) return { ok: false, checked, firstBrokenId: id };
    prev = hash;
    checked++;
  }
  return { ok: true, checked, firstBrokenId: null };
}
