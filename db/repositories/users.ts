import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../open';
import { userRoles, users } from '../schema';

export type Role = 'case_manager' | 'supervisor' | 'admin';
export type UserRow = typeof users.$inferSelect & { roles: Role[] };

const ROLE_ORDER: Role[] = ['case_manager', 'supervisor', 'admin'];

async function withRoles(db: Db, rows: (typeof users.$inferSelect)[]): Promise<UserRow[]> {
  if (rows.length === 0) return [];
  const roleRows = db
    .select()
    .from(userRoles)
    .where(inArray(userRoles.userId, rows.map((r) => r.id)))
    .all();
  return rows.map((r) => ({
    ...r,
    roles: ROLE_ORDER.filter((role) => roleRows.some((rr) => rr.userId === r.id && rr.role === role)),
  }));
}

export async function listUsers(db: Db): Promise<UserRow[]> {
  return withRoles(db, db.select().from(users).orderBy(asc(users.fullName)).all());
}

// Every call through the dispatcher loads its user: prepared once per connection, not rebuilt each time.
function preparedUserQueries(db: Db) {
  return {
    user: db.select().from(users).where(eq(users.id, sql.placeholder('id'))).prepare(),
    roles: db.select({ role: userRoles.role }).from(userRoles).where(eq(userRoles.userId, sql.placeholder('id'))).prepare(),
  };
}
const userQueries = new WeakMap<Db, ReturnType<typeof preparedUserQueries>>();

export async function findUserById(db: Db, id: number): Promise<UserRow | undefined> {
  let q = userQueries.get(db);
  if (!q) userQueries.set(db, (q = preparedUserQueries(db)));
  const row = q.user.get({ id });
  if (!row) return undefined;
  const roles = q.roles.all({ id }).map((r) => r.role);
  return { ...row, roles: ROLE_ORDER.filter((role) => roles.includes(role)) };
}

export async function findUserByUsername(db: Db, username: string): Promise<UserRow | undefined> {
  const row = db.select().from(users).where(eq(users.username, username)).get();
  return row ? (await withRoles(db, [row]))[0] : undefined;
}

export async function insertUser(
  db: Db,
  u: { username: string; fullName: string; language: 'lt' | 'en'; roles: Role[]; mustChangePassword: boolean; now: string },
): Promise<UserRow> {
  const row = db
    .insert(users)
    .values({ username: u.username, fullName: u.fullName, language: u.language, mustChangePassword: u.mustChangePassword, createdAt: u.now, updatedAt: u.now })
    .returning()
    .get();
  await setRoles(db, row.id, u.roles);
  return (await findUserById(db, row.id))!;
}

export async function setRoles(db: Db, userId: number, roles: Role[]): Promise<void> {
  db.delete(userRoles).where(eq(userRoles.userId, userId)).run();
  if (roles.length) db.insert(userRoles).values([...new Set(roles)].map((role) => ({ userId, role }))).run();
}

export async function updateUser(
  db: Db,
  id: number,
  patch: Partial<Pick<typeof users.$inferInsert, 'fullName' | 'language' | 'mustChangePassword' | 'disabledAt'>> & { now: string },
): Promise<void> {
  const { now, ...rest } = patch;
  db.update(users).set({ ...rest, updatedAt: now }).where(eq(users.id, id)).run();
}
