import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../open';
import { preparedPerDb } from '../prepared';
import { centreSettings, userRoles, users } from '../schema';

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

// The dispatcher loads its caller whenever the caller stamp has changed (db/change-stamp.ts): one
// prepared query per connection, the roles (and, for the caller, the centre's idle-lock minutes)
// gathered with it rather than read separately.
const rolesOf = sql<string | null>`(SELECT group_concat(${userRoles.role}) FROM ${userRoles} WHERE ${userRoles.userId} = ${users.id})`;
const userQueries = preparedPerDb((db) => ({
  byId: db.select({ user: users, roles: rolesOf }).from(users).where(eq(users.id, sql.placeholder('id'))).prepare(),
  caller: db
    .select({ user: users, roles: rolesOf, autoLockMinutes: sql<number | null>`(SELECT ${centreSettings.autoLockMinutes} FROM ${centreSettings} WHERE ${centreSettings.id} = 1)` })
    .from(users)
    .where(eq(users.id, sql.placeholder('id')))
    .prepare(),
}));

function withRoleList(row: { user: typeof users.$inferSelect; roles: string | null }): UserRow {
  const roles = row.roles?.split(',') ?? [];
  return { ...row.user, roles: ROLE_ORDER.filter((role) => roles.includes(role)) };
}

export async function findUserById(db: Db, id: number): Promise<UserRow | undefined> {
  const row = userQueries(db).byId.get({ id });
  return row && withRoleList(row);
}

/** The user making a call and the centre's idle-lock minutes (null before set-up), in one query. */
export async function findCaller(db: Db, id: number): Promise<{ user: UserRow; autoLockMinutes: number | null } | undefined> {
  const row = userQueries(db).caller.get({ id });
  return row && { user: withRoleList(row), autoLockMinutes: row.autoLockMinutes };
}

const userName = preparedPerDb((db) => db.select({ fullName: users.fullName }).from(users).where(eq(users.id, sql.placeholder('id'))).prepare());

/** Only the name, for showing who a case is with. */
export async function findUserName(db: Db, id: number): Promise<string | undefined> {
  return userName(db).get({ id })?.fullName;
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
