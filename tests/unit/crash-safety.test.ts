// Issue 6, item 3: acknowledged writes survive a crash. A child process registers clients, opens cases,
// decides eligibility, assesses, drafts and signs plans, writes notes, requests and authorises closures
// through the real dispatcher; it is killed with SIGKILL at random moments and the database is checked
// after every kill. (npm run crash -- --kills 200 is the long run.)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { openDatabase } from '../../db/open';
import { checkDatabase, runCrashHarness } from '../crash/harness';

const KILLS = Number(process.env.CRASH_KILLS ?? 10);

test('the database runs in WAL mode with synchronous=FULL (a COMMIT that returned is on disk)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'atvejis-sync-'));
  try {
    const h = openDatabase({ file: join(dir, 'x.db'), key: Buffer.alloc(32, 7) });
    expect(h.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(h.sqlite.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(h.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    h.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the checks find what they look for: a lost write and a row without its audit entry are reported', () => {
  const dir = mkdtempSync(join(tmpdir(), 'atvejis-check-'));
  try {
    const h = openDatabase({ file: join(dir, 'x.db'), key: Buffer.alloc(32, 9) });
    const now = new Date().toISOString();
    h.sqlite.prepare(`INSERT INTO clients (first_name, last_name, name_folded, created_at, updated_at) VALUES ('A', 'B', 'a b', ?, ?)`).run(now, now);
    const r = checkDatabase(h.sqlite, [{ kind: 'client', id: 1 }, { kind: 'client', id: 2 }]);
    expect(r.verified).toBe(1);
    expect(r.lost).toEqual([JSON.stringify({ kind: 'client', id: 2 })]);
    expect(r.problems).toEqual(['client 1 has no audit entry']);
    h.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test(`${KILLS} SIGKILLs at random moments: integrity, foreign keys, audit chain hold; every acknowledged write is there; nothing half-written`, async () => {
  const lines: string[] = [];
  const r = await runCrashHarness({ kills: KILLS, log: (l) => lines.push(l) });
  console.log(`crash-safety: ${r.kills} kills, ${r.acknowledged} acknowledged writes, ${r.verified} found, ${r.lost.length} lost; rows ${JSON.stringify(r.rows)}`);
  expect(r.problems).toEqual([]);
  expect(r.lost).toEqual([]);
  expect(r.kills).toBe(KILLS);
  expect(r.acknowledged).toBeGreaterThan(KILLS); // the child got real work done between kills
  expect(r.verified).toBe(r.acknowledged);
}, 900_000);
