// The schema comes only from db/migrations. A new file gets all of it; a file made by any earlier
// release is brought up to date with its data intact; opening an up-to-date file changes nothing.
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { is } from 'drizzle-orm';
import { getTableConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { defaultMigrationsFolder, openDatabase, type Sqlite } from '../../db/open';
import { appendAudit, verifyAuditChain } from '../../db/repositories/audit';
import { findUserByUsername } from '../../db/repositories/users';
import * as schema from '../../db/schema';
import { databaseChecksum } from '../support/db-snapshot';

interface JournalEntry { idx: number; tag: string; when: number }
const MIGRATIONS = defaultMigrationsFolder();
const journal = JSON.parse(readFileSync(join(MIGRATIONS, 'meta', '_journal.json'), 'utf8')) as { entries: JournalEntry[] };
const n = journal.entries.length;

const tables = (Object.values(schema) as unknown[]).filter((t): t is SQLiteTable => is(t, SQLiteTable)).map(getTableConfig);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'atvejis-migrations-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const names = (sqlite: Sqlite, type: 'table' | 'index' | 'trigger') =>
  sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = ? AND name NOT LIKE 'sqlite_%' ORDER BY name`).pluck().all(type) as string[];
const appliedCount = (sqlite: Sqlite) => sqlite.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get() as number;

/** A copy of db/migrations whose journal stops after the first k migrations: the app as an earlier release shipped it. */
function migrationsUpTo(k: number): string {
  const folder = join(dir, `migrations-${k}`);
  cpSync(MIGRATIONS, folder, { recursive: true });
  writeFileSync(join(folder, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries: journal.entries.slice(0, k) }, null, 2));
  return folder;
}

function expectLatestSchema(sqlite: Sqlite): void {
  expect(appliedCount(sqlite)).toBe(n);
  expect(names(sqlite, 'table')).toEqual(expect.arrayContaining(['__drizzle_migrations', 'audit_log', 'centre_settings', 'user_roles', 'users']));
  expect(names(sqlite, 'trigger')).toEqual(expect.arrayContaining(['audit_log_no_delete', 'audit_log_no_update']));
  expect(names(sqlite, 'index')).toEqual(expect.arrayContaining(['audit_log_at_idx', 'audit_log_entity_idx', 'users_username_uq']));
}

test('the journal is in order and every migration it lists exists', () => {
  expect(n).toBeGreaterThan(0);
  journal.entries.forEach((e, i) => {
    expect(e.idx).toBe(i);
    expect(existsSync(join(MIGRATIONS, `${e.tag}.sql`)), `${e.tag}.sql`).toBe(true);
    // drizzle applies what is newer than the last applied `when`: a migration dated earlier would be skipped on existing files.
    if (i > 0) expect(e.when).toBeGreaterThan(journal.entries[i - 1]!.when);
  });
});

describe('a new database file', () => {
  test('gets every table, index and the audit triggers', () => {
    const h = openDatabase({ file: join(dir, 'new.db'), key: randomBytes(32) });
    try {
      expectLatestSchema(h.sqlite);
    } finally {
      h.close();
    }
  });

  test('matches db/schema column by column (no schema change without a generated migration)', () => {
    const h = openDatabase({ file: join(dir, 'new.db'), key: randomBytes(32) });
    try {
      expect(tables.map((t) => t.name).sort()).toEqual(names(h.sqlite, 'table').filter((t) => t !== '__drizzle_migrations').sort());
      for (const t of tables) {
        const actual = h.sqlite.prepare(`SELECT name, "notnull" AS "notNull", pk FROM pragma_table_info(?) ORDER BY name`).all(t.name) as { name: string; notNull: number; pk: number }[];
        const pkCols = new Set([...t.columns.filter((c) => c.primary).map((c) => c.name), ...t.primaryKeys.flatMap((p) => p.columns.map((c) => c.name))]);
        const expected = t.columns
          .map((c) => ({ name: c.name, notNull: c.notNull || pkCols.has(c.name) ? 1 : 0, pk: pkCols.has(c.name) }))
          .sort((a, b) => a.name.localeCompare(b.name));
        expect(actual.map((c) => ({ ...c, notNull: c.notNull || (c.pk ? 1 : 0), pk: c.pk > 0 })), t.name).toEqual(expected);
        for (const ix of t.indexes) expect(names(h.sqlite, 'index'), t.name).toContain(ix.config.name);
      }
    } finally {
      h.close();
    }
  });
});

const earlier = Array.from({ length: Math.max(0, n - 1) }, (_, i) => i + 1);
const cases = earlier.map((k) => [k, journal.entries[k - 1]!.tag] as const);

test.runIf(cases.length > 0).each(cases)('a file made at version %i (%s) is migrated with its data intact', async (k) => {
  const file = join(dir, 'old.db');
  const key = randomBytes(32);

  const old = openDatabase({ file, key, migrationsFolder: migrationsUpTo(k) });
  expect(appliedCount(old.sqlite)).toBe(k);
  old.sqlite
    .prepare(`INSERT INTO users (username, full_name, language, must_change_password, created_at, updated_at) VALUES (?, ?, 'lt', 0, ?, ?)`)
    .run('senas', 'Senas Vartotojas', '2025-01-02T03:04:05.000Z', '2025-01-02T03:04:05.000Z');
  old.sqlite.prepare(`INSERT INTO user_roles (user_id, role) VALUES (1, 'admin'), (1, 'supervisor')`).run();
  old.sqlite
    .prepare(`INSERT INTO centre_settings (id, centre_name, centre_code, municipality, default_language, auto_lock_minutes, updated_at) VALUES (1, ?, 'SENAS', 'LT-15', 'lt', 15, ?)`)
    .run('Senas centras', '2025-01-02T03:04:05.000Z');
  await appendAudit(old.db, { at: '2025-01-02T03:04:05.000Z', userId: 1, username: 'senas', action: 'setup.initialise', details: { version: k } });
  old.close();

  const now = openDatabase({ file, key });
  try {
    expectLatestSchema(now.sqlite);
    const user = await findUserByUsername(now.db, 'senas');
    expect(user).toMatchObject({ id: 1, fullName: 'Senas Vartotojas', roles: ['supervisor', 'admin'], mustChangePassword: false, disabledAt: null });
    expect(now.sqlite.prepare('SELECT centre_name, auto_lock_minutes FROM centre_settings').get()).toEqual({ centre_name: 'Senas centras', auto_lock_minutes: 15 });
    expect(await verifyAuditChain(now.db)).toEqual({ ok: true, checked: 1, firstBrokenId: null });
    // The latest schema is in force, not only present: the old audit entry can no longer be changed.
    expect(() => now.sqlite.prepare(`UPDATE audit_log SET action = 'x'`).run()).toThrow(/append-only/);
  } finally {
    now.close();
  }
});

test('reopening an up-to-date file applies nothing and changes nothing', () => {
  const file = join(dir, 'same.db');
  const key = randomBytes(32);
  const first = openDatabase({ file, key });
  first.sqlite.prepare(`INSERT INTO users (username, full_name, language, created_at, updated_at) VALUES ('a', 'A', 'en', 't', 't')`).run();
  const before = databaseChecksum(first.sqlite);
  first.close();

  for (let i = 0; i < 2; i++) {
    const again = openDatabase({ file, key });
    try {
      expect(appliedCount(again.sqlite)).toBe(n);
      expect(databaseChecksum(again.sqlite)).toBe(before);
    } finally {
      again.close();
    }
  }
});
