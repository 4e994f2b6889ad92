// Issue 6, item 3: kill a child doing real writes with SIGKILL at random moments; after each kill reopen
// the database and check integrity_check, foreign_key_check, that every write the child reported as
// committed is there, and that nothing is half-written (a plan without its goals, a change without its
// audit entry, a broken audit chain).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { KeyRing } from '../../db/keyring';
import { DATABASE_FILE, openDatabase, type Sqlite } from '../../db/open';
import { verifyAuditChain } from '../../db/repositories/audit';
import { AppContext } from '../../electron/services/app-context';
import { createDispatcher } from '../../electron/services/dispatcher';
import { CRASH_USERS } from './users';

const CHILD = resolve(import.meta.dirname, 'child.ts');

export interface Ack {
  kind: 'client' | 'case' | 'eligibility' | 'assessment' | 'plan' | 'sign' | 'note' | 'closureRequest' | 'closed';
  id?: number;
  caseId?: number;
  planId?: number;
  goals?: number;
  steps?: number;
}

export interface CrashReport {
  kills: number;
  killedBeforeReady: number;
  acknowledged: number;
  verified: number;
  lost: string[];
  problems: string[];
  rows: Record<string, number>;
}

/** A random generator from a seed (mulberry32), so a failing run can be repeated. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function setUpCentre(dataDir: string): Promise<void> {
  const app = new AppContext({ dataDir, automaticBackups: false });
  const dispatch = createDispatcher(app, () => {});
  const call = async (s: string, m: string, i: unknown) => {
    const r = await dispatch(s, m, i);
    if (!r.ok) throw new Error(`${m}: ${JSON.stringify(r.error)}`);
    return r.value;
  };
  const { admin, caseManager, supervisor } = CRASH_USERS;
  await call('s', 'setup.initialise', {
    centre: { name: 'Avarijų bandymų centras', code: 'CRASH', municipality: 'LT-57' },
    admin: { fullName: admin.fullName, username: admin.username, password: admin.password },
    language: 'lt',
  });
  await call('admin', 'auth.signIn', { username: admin.username, password: admin.password });
  for (const [u, roles, fullName] of [
    [caseManager, ['case_manager'], 'Vadybininkė Avarija'],
    [supervisor, ['supervisor'], 'Vadovė Avarija'],
  ] as const) {
    await call('admin', 'users.create', { fullName, username: u.username, roles, language: 'lt', temporaryPassword: 'Laikinas-Slaptas-5' });
    await call(u.username, 'auth.signIn', { username: u.username, password: 'Laikinas-Slaptas-5' });
    await call(u.username, 'auth.changePassword', { currentPassword: 'Laikinas-Slaptas-5', newPassword: u.password });
  }
  await app.shutdown();
}

/** One child run: spawn, wait, SIGKILL; the acknowledged writes it printed. */
function runChild(dataDir: string, runId: string, pickDelay: (ready: boolean) => number, earlyKill: boolean): Promise<{ acks: Ack[]; ready: boolean; stderr: string; exitedByItself: boolean }> {
  return new Promise((resolvePromise) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dataDir, runId], { stdio: ['ignore', 'pipe', 'pipe'], cwd: resolve(import.meta.dirname, '..', '..') });
    const acks: Ack[] = [];
    let buffer = '';
    let stderr = '';
    let ready = false;
    let killed = false;
    const kill = () => {
      if (!killed) {
        killed = true;
        child.kill('SIGKILL');
      }
    };
    if (earlyKill) setTimeout(kill, pickDelay(false));
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      let nl: number;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        if (line === 'READY') {
          ready = true;
          if (!earlyKill) setTimeout(kill, pickDelay(true));
        } else if (line.startsWith('ACK ')) acks.push(JSON.parse(line.slice(4)) as Ack);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('exit', (_code, signal) => resolvePromise({ acks, ready, stderr, exitedByItself: signal !== 'SIGKILL' }));
  });
}

function one(sqlite: Sqlite, sql: string, ...params: unknown[]): number {
  return sqlite.prepare(sql).pluck().get(...params) as number;
}

/** Everything that must hold after any crash, and every acknowledged write. */
export function checkDatabase(sqlite: Sqlite, acks: readonly Ack[]): { problems: string[]; lost: string[]; verified: number } {
  const problems: string[] = [];
  const lost: string[] = [];
  const integrity = sqlite.pragma('integrity_check', { simple: true });
  if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity)}`);
  const fk = sqlite.pragma('foreign_key_check') as unknown[];
  if (fk.length) problems.push(`foreign_key_check: ${JSON.stringify(fk.slice(0, 5))}`);
  const chain = sqlite.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;
  void chain;

  // No half-written change, whatever was acknowledged: each row comes with what its transaction wrote beside it.
  const audited = (entityType: string, id: number, action: string) =>
    one(sqlite, 'SELECT count(*) FROM audit_log WHERE entity_type = ? AND entity_id = ? AND action = ?', entityType, String(id), action) > 0;
  for (const id of sqlite.prepare('SELECT id FROM clients').pluck().all() as number[]) {
    if (!audited('client', id, 'client.create')) problems.push(`client ${id} has no audit entry`);
  }
  for (const id of sqlite.prepare('SELECT id FROM cases').pluck().all() as number[]) {
    if (!audited('case', id, 'case.create')) problems.push(`case ${id} has no audit entry`);
  }
  for (const p of sqlite.prepare('SELECT id, case_id AS caseId, status FROM plans').all() as { id: number; caseId: number; status: string }[]) {
    const goals = one(sqlite, 'SELECT count(*) FROM plan_goals WHERE plan_id = ?', p.id);
    const steps = one(sqlite, 'SELECT count(*) FROM plan_steps s JOIN plan_goals g ON g.id = s.goal_id WHERE g.plan_id = ?', p.id);
    if (goals !== 2 || steps !== 3) problems.push(`plan ${p.id} has ${goals} goals and ${steps} steps (saved with 2 and 3)`);
    if (!audited('case', p.caseId, 'plan.saveDraft')) problems.push(`plan ${p.id} has no audit entry`);
    if (p.status === 'signed' && !audited('case', p.caseId, 'plan.sign')) problems.push(`signed plan ${p.id} has no signing audit entry`);
  }
  for (const c of sqlite.prepare(`SELECT id FROM cases WHERE phase = 'closed'`).pluck().all() as number[]) {
    if (one(sqlite, `SELECT count(*) FROM closures WHERE case_id = ? AND status = 'authorised'`, c) !== 1) problems.push(`closed case ${c} has no authorised closure`);
    if (!audited('case', c, 'closure.authorise')) problems.push(`closed case ${c} has no authorisation audit entry`);
  }

  let verified = 0;
  for (const a of acks) {
    const label = JSON.stringify(a);
    let ok: boolean;
    switch (a.kind) {
      case 'client':
        ok = one(sqlite, 'SELECT count(*) FROM clients WHERE id = ?', a.id) === 1;
        break;
      case 'case':
        ok = one(sqlite, 'SELECT count(*) FROM cases WHERE id = ?', a.id) === 1;
        break;
      case 'eligibility':
        ok = one(sqlite, `SELECT count(*) FROM cases WHERE id = ? AND phase <> 'intake'`, a.caseId) === 1;
        break;
      case 'assessment':
        ok = one(sqlite, 'SELECT count(*) FROM assessments WHERE id = ? AND case_id = ?', a.id, a.caseId) === 1;
        break;
      case 'plan':
        ok = one(sqlite, 'SELECT count(*) FROM plans WHERE id = ? AND case_id = ?', a.id, a.caseId) === 1;
        break;
      case 'sign':
        ok = one(sqlite, `SELECT count(*) FROM plans WHERE id = ? AND status = 'signed'`, a.planId) === 1;
        break;
      case 'note':
        ok = one(sqlite, 'SELECT count(*) FROM case_notes WHERE id = ? AND case_id = ?', a.id, a.caseId) === 1;
        break;
      case 'closureRequest':
        ok = one(sqlite, 'SELECT count(*) FROM closures WHERE id = ? AND case_id = ?', a.id, a.caseId) === 1;
        break;
      case 'closed':
        ok = one(sqlite, `SELECT count(*) FROM cases WHERE id = ? AND phase = 'closed'`, a.caseId) === 1;
        break;
      default:
        ok = false;
    }
    if (ok) verified++;
    else lost.push(label);
  }
  return { problems, lost, verified };
}

export async function runCrashHarness(opts: { kills: number; seed?: number; log?: (line: string) => void; maxDelayMs?: number }): Promise<CrashReport> {
  const log = opts.log ?? (() => {});
  const seed = opts.seed ?? Date.now() % 1_000_000;
  const random = rng(seed);
  const dataDir = mkdtempSync(join(tmpdir(), 'atvejis-crash-'));
  const report: CrashReport = { kills: 0, killedBeforeReady: 0, acknowledged: 0, verified: 0, lost: [], problems: [], rows: {} };
  try {
    await setUpCentre(dataDir);
    const key = (await KeyRing.load(dataDir).openSlot(CRASH_USERS.admin.username, CRASH_USERS.admin.password))!.dbKey;
    const allAcks: Ack[] = [];
    const maxDelay = opts.maxDelayMs ?? 700;
    log(`crash harness: seed ${seed}, data in ${dataDir}`);
    for (let i = 1; i <= opts.kills; i++) {
      // Most kills land while writes run; some during start-up (opening, migrations, sign-in).
      const early = random() < 0.15;
      const run = await runChild(dataDir, `${seed}-${i}`, (ready) => Math.floor(random() * (ready ? maxDelay : 2500)), early);
      if (run.exitedByItself) {
        report.problems.push(`run ${i}: the child stopped by itself: ${run.stderr.trim().slice(0, 500)}`);
        break;
      }
      report.kills++;
      if (!run.ready) report.killedBeforeReady++;
      allAcks.push(...run.acks);
      const db = openDatabase({ file: join(dataDir, DATABASE_FILE), key: Buffer.from(key), migrate: false });
      try {
        const { problems, lost, verified } = checkDatabase(db.sqlite, allAcks);
        const chain = await verifyAuditChain(db.db);
        if (!chain.ok) problems.push(`audit chain broken at entry ${chain.firstBrokenId}`);
        report.problems.push(...problems.map((p) => `after kill ${i}: ${p}`));
        report.lost = lost;
        report.verified = verified;
        if (i === opts.kills || problems.length || lost.length) {
          for (const t of ['clients', 'cases', 'plans', 'plan_goals', 'case_notes', 'closures', 'audit_log']) report.rows[t] = one(db.sqlite, `SELECT count(*) FROM ${t}`);
        }
      } finally {
        db.close();
      }
      report.acknowledged = allAcks.length;
      if (i % 10 === 0 || i === opts.kills) log(`  ${i} kills: ${allAcks.length} acknowledged writes, all ${report.verified} found, ${report.problems.length} problems`);
      if (report.problems.length || report.lost.length) break;
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  return report;
}
