// The key ring beside the database: it holds the database key only wrapped (per password and
// once for the recovery key), never in the clear, and nothing else opens it.
import { statSync, readFileSync, readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEFAULT_KDF, formatRecoveryKey, KeyRing, parseRecoveryKey } from '../../db/keyring';
import { openDatabase } from '../../db/open';
import { ringOnDisk } from '../support/expect-api';
import { ADMIN, makeCentre, type Harness } from '../support/harness';

let c: Harness & { recoveryKey: string };
let dbKey: Buffer;
let ringText: string;

beforeAll(async () => {
  c = await makeCentre();
  const opened = await KeyRing.load(c.dir).openSlot(ADMIN.username, ADMIN.password);
  dbKey = opened!.dbKey;
  ringText = readFileSync(KeyRing.pathIn(c.dir), 'utf8');
});
afterAll(async () => c?.close());

const encodings = (b: Buffer) => [b.toString('hex'), b.toString('hex').toUpperCase(), b.toString('base64'), b.toString('base64url')];

describe('what the key ring file holds', () => {
  test('not the database key, in hex or base64', () => {
    expect(dbKey).toHaveLength(32);
    for (const text of encodings(dbKey)) expect(ringText).not.toContain(text);
  });

  test('not the recovery key, as shown to the user or as bytes', () => {
    const raw = parseRecoveryKey(c.recoveryKey)!;
    expect(raw).toHaveLength(32);
    expect(ringText).not.toContain(c.recoveryKey);
    expect(ringText).not.toContain(c.recoveryKey.replace(/-/g, ''));
    for (const text of encodings(raw)) expect(ringText).not.toContain(text);
  });

  test('not the password', () => {
    expect(ringText).not.toContain(ADMIN.password);
  });

  test('slots derived with full-strength scrypt (N=2^17, r=8)', () => {
    const ring = ringOnDisk(c.dir);
    expect(ring.slots).toHaveLength(1);
    expect(ring.slots[0]!.kdf).toEqual({ N: 2 ** 17, r: 8, p: 1 });
    expect(DEFAULT_KDF.N).toBeGreaterThanOrEqual(2 ** 17);
  });

  test('is readable by its owner only, and no temporary file is left behind', () => {
    if (process.platform !== 'win32') expect(statSync(KeyRing.pathIn(c.dir)).mode & 0o777).toBe(0o600);
    expect(readdirSync(c.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('opening the key ring', () => {
  test('the right password opens the slot, a wrong one or an unknown user does not', async () => {
    const ring = KeyRing.load(c.dir);
    expect((await ring.openSlot(ADMIN.username, ADMIN.password))?.dbKey.equals(dbKey)).toBe(true);
    expect(await ring.openSlot(ADMIN.username, `${ADMIN.password}x`)).toBeNull();
    expect(await ring.openSlot(ADMIN.username, ADMIN.password.toLowerCase())).toBeNull();
    expect(await ring.openSlot('nobody', ADMIN.password)).toBeNull();
  });

  test('the recovery key opens it, as shown or typed loosely (lower case, spaces, O for 0)', () => {
    const ring = KeyRing.load(c.dir);
    expect(ring.openWithRecoveryKey(c.recoveryKey)?.equals(dbKey)).toBe(true);
    expect(ring.openWithRecoveryKey(c.recoveryKey.toLowerCase())?.equals(dbKey)).toBe(true);
    expect(ring.openWithRecoveryKey(` ${c.recoveryKey.replace(/-/g, ' ')} `)?.equals(dbKey)).toBe(true);
    expect(ring.openWithRecoveryKey(c.recoveryKey.replace(/0/g, 'O'))?.equals(dbKey)).toBe(true);
  });

  test('the key it yields opens the database', () => {
    const key = KeyRing.load(c.dir).openWithRecoveryKey(c.recoveryKey)!;
    const h = openDatabase({ file: c.app.dbFile, key, migrate: false });
    try {
      expect(h.sqlite.prepare('SELECT username FROM users').pluck().all()).toEqual([ADMIN.username]);
    } finally {
      h.close();
    }
  });

  test('a wrong or garbled recovery key does not', () => {
    const ring = KeyRing.load(c.dir);
    const chars = c.recoveryKey.split('');
    const i = chars.findIndex((ch) => ch !== '-');
    chars[i] = chars[i] === 'A' ? 'B' : 'A';
    const oneCharOff = chars.join('');
    const another = formatRecoveryKey(Buffer.alloc(32, 7));
    for (const bad of [another, oneCharOff, c.recoveryKey.slice(0, -1), `${c.recoveryKey}A`, '', 'not a key', 'U'.repeat(52)]) {
      expect(ring.openWithRecoveryKey(bad), bad).toBeNull();
    }
  });

  test('a recovery key survives formatting and parsing unchanged', () => {
    for (const fill of [0, 1, 0x5a, 0xff]) {
      const bytes = Buffer.alloc(32, fill);
      expect(parseRecoveryKey(formatRecoveryKey(bytes))?.equals(bytes)).toBe(true);
    }
    expect(c.recoveryKey).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){12}[0-9A-HJKMNP-TV-Z]{4}$/);
  });
});
