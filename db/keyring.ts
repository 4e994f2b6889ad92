import { createCipheriv, createDecipheriv, hkdfSync, randomBytes, scrypt as scryptCb } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';

/**
 * The key ring is the sidecar file beside the database. It holds no secret in the clear:
 * the random 256-bit database key is stored once per user, wrapped (AES-256-GCM) with a key
 * derived from that user's password by scrypt, and once more wrapped with the recovery key.
 * Signing in is what unlocks the data.
 */

// OWASP's scrypt floor (N=2^17, r=8, p=1): 128 MiB and a few hundred ms per sign-in.
export const DEFAULT_KDF = { N: 2 ** 17, r: 8, p: 1 } as const;

const b64 = z.string().regex(/^[A-Za-z0-9+/=]*$/);
const wrappedSchema = z.object({ iv: b64, tag: b64, data: b64 });
const slotSchema = z.object({
  userId: z.number().int(),
  username: z.string(),
  salt: b64,
  kdf: z.object({ N: z.number().int(), r: z.number().int(), p: z.number().int() }),
  wrapped: wrappedSchema,
  createdAt: z.string(),
});
const failureSchema = z.object({ count: z.number().int(), lockedUntil: z.number().nullable() });
const pendingAuditSchema = z.object({ at: z.string(), action: z.string(), username: z.string(), details: z.record(z.string(), z.unknown()) });
const ringSchema = z.object({
  format: z.literal('atvejis-keyring'),
  version: z.literal(1),
  recovery: z.object({ salt: b64, wrapped: wrappedSchema }),
  slots: z.array(slotSchema),
  failures: z.record(z.string(), failureSchema),
  pendingAudit: z.array(pendingAuditSchema),
  /** Shown on the sign-in screen before anything is unlocked; nothing personal. */
  publicInfo: z.object({ centreName: z.string(), defaultLanguage: z.enum(['lt', 'en']) }),
});
export type KeyRingData = z.infer<typeof ringSchema>;
export type KeySlot = z.infer<typeof slotSchema>;
export type PendingAudit = z.infer<typeof pendingAuditSchema>;

export const KEYRING_FILE = 'atvejis.keys.json';

function scrypt(password: string, salt: Buffer, kdf: { N: number; r: number; p: number }): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scryptCb(password.normalize('NFC'), salt, 32, { ...kdf, maxmem: 256 * kdf.N * kdf.r + 16 * 1024 * 1024 }, (err, key) =>
      err ? reject(err) : resolve(key),
    );
  });
}

function wrap(kek: Buffer, secret: Buffer): z.infer<typeof wrappedSchema> {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', kek, iv);
  const data = Buffer.concat([cipher.update(secret), cipher.final()]);
  return { iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), data: data.toString('base64') };
}

function unwrap(kek: Buffer, w: z.infer<typeof wrappedSchema>): Buffer | null {
  try {
    const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(w.iv, 'base64'));
    decipher.setAuthTag(Buffer.from(w.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(w.data, 'base64')), decipher.final()]);
  } catch {
    return null;
  }
}

// Crockford base32 without padding: easy to read aloud and type back, no I/L/O/U confusion.
const B32 = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export function formatRecoveryKey(bytes: Buffer): string {
  let bits = '';
  for (const b of bytes) bits += b.toString(2).padStart(8, '0');
  let out = '';
  for (let i = 0; i < bits.length; i += 5) out += B32[parseInt(bits.slice(i, i + 5).padEnd(5, '0'), 2)];
  return out.match(/.{1,4}/g)!.join('-');
}
export function parseRecoveryKey(text: string): Buffer | null {
  const clean = text.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
  if (!/^[0-9A-HJKMNP-TV-Z]+$/.test(clean) || clean.length !== 52) return null;
  let bits = '';
  for (const c of clean) bits += B32.indexOf(c).toString(2).padStart(5, '0');
  const bytes = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) bytes.push(parseInt(bits.slice(i, i + 8), 2));
  return Buffer.from(bytes.slice(0, 32));
}

function recoveryKek(recoveryKey: Buffer, salt: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', recoveryKey, salt, 'atvejis recovery slot', 32));
}

/** Writes through a temp file, fsync and rename, so a crash leaves the old or the new ring, never half of one. */
function writeAtomic(path: string, text: string): void {
  const tmp = `${path}.tmp`;
  const fd = openSync(tmp, 'w', 0o600);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
  try {
    const dirFd = openSync(dirname(path), 'r');
    fsyncSync(dirFd);
    closeSync(dirFd);
  } catch {
    // Directories cannot be fsynced on every platform (Windows); the rename is still atomic there.
  }
}

export class KeyRing {
  private readonly transientFailures = new Map<string, { count: number; lockedUntil: number | null }>();

  private constructor(
    readonly path: string,
    private data: KeyRingData,
  ) {}

  static pathIn(dataDir: string): string {
    return join(dataDir, KEYRING_FILE);
  }

  static exists(dataDir: string): boolean {
    return existsSync(KeyRing.pathIn(dataDir));
  }

  static load(dataDir: string): KeyRing {
    const path = KeyRing.pathIn(dataDir);
    const data = ringSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
    return new KeyRing(path, data);
  }

  /** A new ring: a fresh database key and recovery key; the caller adds the first user's slot. */
  static create(dataDir: string): { ring: KeyRing; dbKey: Buffer; recoveryKey: string } {
    const dbKey = randomBytes(32);
    const recovery = randomBytes(32);
    const salt = randomBytes(16);
    const ring = new KeyRing(KeyRing.pathIn(dataDir), {
      format: 'atvejis-keyring',
      version: 1,
      recovery: { salt: salt.toString('base64'), wrapped: wrap(recoveryKek(recovery, salt), dbKey) },
      slots: [],
      failures: {},
      pendingAudit: [],
      publicInfo: { centreName: '', defaultLanguage: 'lt' },
    });
    return { ring, dbKey, recoveryKey: formatRecoveryKey(recovery) };
  }

  save(): void {
    writeAtomic(this.path, JSON.stringify(this.data, null, 2));
  }

  get publicInfo(): KeyRingData['publicInfo'] {
    return this.data.publicInfo;
  }

  setPublicInfo(info: KeyRingData['publicInfo']): void {
    this.data.publicInfo = info;
  }

  slotFor(username: string): KeySlot | undefined {
    return this.data.slots.find((s) => s.username === username);
  }

  hasSlotForUser(userId: number): boolean {
    return this.data.slots.some((s) => s.userId === userId);
  }

  /** The database key if the password opens the user's slot, otherwise null. */
  async openSlot(username: string, password: string): Promise<{ dbKey: Buffer; slot: KeySlot } | null> {
    const slot = this.slotFor(username);
    if (!slot) {
      // Same work for an unknown name as for a wrong password, so timing does not reveal usernames.
      await scrypt(password, randomBytes(16), DEFAULT_KDF);
      return null;
    }
    const kek = await scrypt(password, Buffer.from(slot.salt, 'base64'), slot.kdf);
    const dbKey = unwrap(kek, slot.wrapped);
    return dbKey ? { dbKey, slot } : null;
  }

  openWithRecoveryKey(recoveryKeyText: string): Buffer | null {
    const recovery = parseRecoveryKey(recoveryKeyText);
    if (!recovery) return null;
    return unwrap(recoveryKek(recovery, Buffer.from(this.data.recovery.salt, 'base64')), this.data.recovery.wrapped);
  }

  /** Adds or replaces the user's slot; the caller saves. */
  async setSlot(userId: number, username: string, password: string, dbKey: Buffer): Promise<void> {
    const salt = randomBytes(16);
    const kek = await scrypt(password, salt, DEFAULT_KDF);
    const slot: KeySlot = {
      userId,
      username,
      salt: salt.toString('base64'),
      kdf: { ...DEFAULT_KDF },
      wrapped: wrap(kek, dbKey),
      createdAt: new Date().toISOString(),
    };
    this.data.slots = [...this.data.slots.filter((s) => s.userId !== userId), slot];
  }

  removeSlot(userId: number): void {
    this.data.slots = this.data.slots.filter((s) => s.userId !== userId);
  }

  failures(username: string): { count: number; lockedUntil: number | null } {
    return this.data.failures[username] ?? this.transientFailures.get(username) ?? { count: 0, lockedUntil: null };
  }

  /**
   * Counts for real accounts (and '#'-keys such as the recovery form) are kept in the file so a
   * restart does not reset a lockout; names nobody has are counted in memory only, so the file
   * does not fill up with whatever was typed into the username field.
   */
  setFailures(username: string, value: { count: number; lockedUntil: number | null } | null): void {
    if (value === null) {
      delete this.data.failures[username];
      this.transientFailures.delete(username);
    } else if (username.startsWith('#') || this.slotFor(username)) this.data.failures[username] = value;
    else this.transientFailures.set(username, value);
  }

  /** Audit events that happened while the database was still closed (failed sign-ins). */
  queueAudit(entry: PendingAudit): void {
    this.data.pendingAudit = [...this.data.pendingAudit, entry].slice(-1000);
  }

  takePendingAudit(): PendingAudit[] {
    const pending = this.data.pendingAudit;
    this.data.pendingAudit = [];
    return pending;
  }
}
