// Personal data never reaches the disk in the clear: not in the database file, not in its WAL.
import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { KeyRing } from '../../db/keyring';
import { openDatabase, WrongKeyError } from '../../db/open';
import { findUserByUsername } from '../../db/repositories/users';
import { ADMIN, makeCentre, type Harness } from '../support/harness';

const NAME = 'Žydrūnė Plaintextaitė';
const USERNAME = 'zydrune.plaintext';
const CENTRE = 'Vilniaus socialinių paslaugų centras';
const needles = [Buffer.from(NAME, 'utf8'), Buffer.from('Plaintextait', 'utf8'), Buffer.from(USERNAME, 'utf8'), Buffer.from(CENTRE, 'utf8')];

let c: Harness;
const dbFile = () => c.app.dbFile;
const found = (bytes: Buffer) => needles.filter((n) => bytes.includes(n)).map((n) => n.toString('utf8'));

beforeAll(async () => {
  c = await makeCentre();
  await c.call('admin', 'users.create', { fullName: NAME, username: USERNAME, roles: ['case_manager'], language: 'lt', temporaryPassword: 'Laikinas-Slaptas-5' });
});
afterAll(async () => c?.close());

test('control: the same data in an unencrypted SQLite file is found by this search', () => {
  const plain = new Database(join(c.dir, 'plain-control.db'));
  plain.pragma('journal_mode = WAL');
  plain.exec('CREATE TABLE t (full_name TEXT, username TEXT)');
  plain.prepare('INSERT INTO t VALUES (?, ?)').run(NAME, USERNAME);
  const wal = readFileSync(join(c.dir, 'plain-control.db-wal'));
  plain.close();
  expect(found(Buffer.concat([wal, readFileSync(join(c.dir, 'plain-control.db'))]))).toContain(NAME);
});

describe('while the centre is in use (data still in the WAL)', () => {
  test('neither atvejis.db nor atvejis.db-wal holds the name, the username or the centre name', () => {
    expect(existsSync(`${dbFile()}-wal`)).toBe(true);
    const wal = readFileSync(`${dbFile()}-wal`);
    expect(wal.length).toBeGreaterThan(0);
    expect(found(wal)).toEqual([]);
    expect(found(readFileSync(dbFile()))).toEqual([]);
  });

  test('the name is really stored: the app reads it back', async () => {
    const users = await c.call('admin', 'users.list', {});
    expect(users.map((u) => u.fullName)).toContain(NAME);
  });
});

describe('after everyone signs out (the WAL checkpointed into the file)', () => {
  beforeAll(async () => {
    await c.call('admin', 'auth.signOut', {});
    expect(c.app.isOpen).toBe(false);
  });

  test('atvejis.db does not hold the name, the username or the centre name', () => {
    const bytes = readFileSync(dbFile());
    expect(bytes.length).toBeGreaterThan(4096);
    expect(found(bytes)).toEqual([]);
    if (existsSync(`${dbFile()}-wal`)) expect(found(readFileSync(`${dbFile()}-wal`))).toEqual([]);
  });

  test('the file does not even look like SQLite', () => {
    expect(readFileSync(dbFile()).subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
  });

  test('plain SQLite without the key cannot read it: "file is not a database"', () => {
    const plain = new Database(dbFile());
    try {
      expect(() => plain.prepare('SELECT count(*) FROM users').get()).toThrow(/file is not a database/);
    } finally {
      plain.close();
    }
  });

  test('a random wrong key is refused with WrongKeyError', () => {
    for (let i = 0; i < 3; i++) expect(() => openDatabase({ file: dbFile(), key: randomBytes(32) })).toThrow(WrongKeyError);
  });

  test('the key from the administrator’s slot opens it and finds the user', async () => {
    const opened = await KeyRing.load(c.dir).openSlot(ADMIN.username, ADMIN.password);
    expect(opened).not.toBeNull();
    const h = openDatabase({ file: dbFile(), key: opened!.dbKey });
    try {
      expect(await findUserByUsername(h.db, USERNAME)).toMatchObject({ fullName: NAME });
    } finally {
      h.close();
    }
  });

  test('nothing else in the data folder holds the name in the clear (the key ring included)', () => {
    const ring = readFileSync(KeyRing.pathIn(c.dir));
    expect(ring.includes(Buffer.from(NAME, 'utf8'))).toBe(false);
    expect(statSync(KeyRing.pathIn(c.dir)).size).toBeGreaterThan(0);
  });
});
