import type { AuditEntity } from '../core/audit-entities';
import type { Db } from '../../db/open';
import { appendAudit } from '../../db/repositories/audit';
import type { UserRow } from '../../db/repositories/users';
import type { AppContext } from './app-context';
import { localToday } from './cycle-clock';

/** Today's calendar date in Vilnius (a signature "today" in Lithuania is today, not UTC's). */
export function todayOf(app: AppContext): string {
  return localToday(app);
}

/** An audit entry written inside the caller's transaction. */
export function audit(
  db: Db,
  app: AppContext,
  actor: UserRow,
  e: { action: string; entityType: AuditEntity; entityId: number | string; details?: Record<string, unknown> },
): Promise<void> {
  return appendAudit(db, {
    at: app.nowIso(),
    userId: actor.id,
    username: actor.username,
    action: e.action,
    entityType: e.entityType,
    entityId: String(e.entityId),
    details: e.details ?? {},
  });
}

/** The fields whose values differ, with their before and after values (for edit history). */
export function diffFields<T extends Record<string, unknown>>(before: T, after: T, keys: readonly (keyof T & string)[]) {
  const changed = keys.filter((k) => before[k] !== after[k]);
  return {
    changed,
    before: Object.fromEntries(changed.map((k) => [k, before[k]])),
    after: Object.fromEntries(changed.map((k) => [k, after[k]])),
  };
}
