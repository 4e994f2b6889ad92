import { countCases, existingPersonalCodes, writeDemoBundles } from '../../db/demo/write';
import { appendAudit } from '../../db/repositories/audit';
import { getSettings } from '../../db/repositories/settings';
import { findUserByUsername, insertUser, type UserRow } from '../../db/repositories/users';
import { withRead, withTransaction } from '../../db/transaction';
import { DEMO_MAX_CASES_UI, type DemoFillResult } from '../contract/methods/demo';
import { planDemo } from '../core/demo/generate';
import { passwordProblems } from '../core/password';
import type { AppContext } from './app-context';
import { requireUser, type HandlerGroup } from './call-context';
import { vilniusDate } from './cycle-clock';
import { DomainError } from './errors';

/** Every demo user signs in with this; it is printed by npm run demo and shown after the button. */
export const DEMO_PASSWORD = 'Demo-Atvejis-2026';

export interface FillDemoOptions {
  cases: number;
  seed: number;
  /** Add to a centre that already has cases (the command line's --force). */
  force?: boolean;
  password?: string;
  onProgress?: (casesWritten: number) => void;
}

/** A free username: the plain one, or with a letter after it when someone already has it. */
async function freeUsername(app: AppContext, wanted: string, taken: Set<string>): Promise<string> {
  for (const suffix of ['', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']) {
    const name = `${wanted}${suffix}`;
    if (taken.has(name)) continue;
    if (!(await withRead(app.handle, (db) => findUserByUsername(db, name)))) return name;
  }
  throw new DomainError('CONFLICT', 'errors.usernameTaken');
}

/**
 * Makes the demo staff (users with key-ring slots, so they can sign in), then the people and their
 * cases in bulk. The actor must be signed in: the key ring needs the open database key.
 */
export async function fillDemo(app: AppContext, actor: UserRow, opts: FillDemoOptions): Promise<DemoFillResult> {
  // Two fills at once would both find the centre empty; the second is refused as if it had cases.
  if (filling.has(app)) throw new DomainError('CONFLICT', 'errors.demoCentreHasCases');
  filling.add(app);
  try {
    return await fill(app, actor, opts);
  } finally {
    filling.delete(app);
  }
}

const filling = new WeakSet<AppContext>();

async function fill(app: AppContext, actor: UserRow, opts: FillDemoOptions): Promise<DemoFillResult> {
  const started = performance.now();
  const password = opts.password ?? DEMO_PASSWORD;
  if (!opts.force && (await countCases(app.handle)) > 0) throw new DomainError('CONFLICT', 'errors.demoCentreHasCases');
  const settings = await withRead(app.handle, getSettings);
  if (!settings) throw new DomainError('NOT_INITIALISED', 'errors.notInitialised');
  const today = vilniusDate(app.now());
  const avoidCodes = opts.force ? await existingPersonalCodes(app.handle) : undefined;
  const plan = planDemo({ cases: opts.cases, seed: opts.seed, today, avoidCodes });

  // Staff first, through the users repository and the key ring, as users.create does.
  const taken = new Set<string>();
  const wanted: { username: string; fullName: string; roles: UserRow['roles'] }[] = [];
  for (const s of plan.staff) {
    const username = await freeUsername(app, s.username, taken);
    taken.add(username);
    const problems = passwordProblems(password, { username });
    if (problems.length) throw new DomainError('VALIDATION', problems[0]!);
    wanted.push({ username, fullName: s.fullName, roles: s.roles });
  }
  const now = app.nowIso();
  const created = await withTransaction(app.handle, async (db) => {
    const rows: UserRow[] = [];
    for (const w of wanted) {
      const u = await insertUser(db, { ...w, language: settings.defaultLanguage, mustChangePassword: false, now });
      await appendAudit(db, {
        at: now,
        userId: actor.id,
        username: actor.username,
        action: 'user.create',
        entityType: 'user',
        entityId: String(u.id),
        details: { after: { username: u.username, fullName: u.fullName, roles: u.roles, disabled: false }, demo: true },
      });
      rows.push(u);
    }
    return rows;
  });
  // Key-ring slots (scrypt, on libuv's pool, two at a time) while the main thread writes the cases.
  const key = app.key;
  const slots = (async () => {
    for (let i = 0; i < created.length; i += 2) {
      await Promise.all(created.slice(i, i + 2).map((u) => app.ring.setSlot(u.id, u.username, password, key)));
    }
  })();
  let counts: DemoFillResult['counts'];
  try {
    counts = await writeDemoBundles(app.handle, plan.bundles(), {
      staffIds: created.map((u) => u.id),
      centreCode: settings.centreCode,
      onProgress: opts.onProgress,
    });
  } finally {
    // The users exist either way; they get their slots even if the fill failed half-way.
    await slots;
    app.ring.save();
  }
  await withTransaction(app.handle, (db) =>
    appendAudit(db, {
      at: app.nowIso(),
      userId: actor.id,
      username: actor.username,
      action: 'demo.fill',
      entityType: 'centre',
      entityId: '1',
      details: { cases: opts.cases, seed: opts.seed, today, counts, users: created.map((u) => u.username) },
    }),
  );
  return {
    users: created.map((u) => ({ id: u.id, username: u.username, fullName: u.fullName, roles: u.roles })),
    password,
    today,
    counts,
    ms: Math.round(performance.now() - started),
  };
}

export const demoHandlers: HandlerGroup<'demo.status' | 'demo.fill'> = {
  'demo.status': async (_input, { app }) => {
    const cases = await countCases(app.handle);
    return { cases, canFill: cases === 0, maxCases: DEMO_MAX_CASES_UI };
  },

  'demo.fill': async (input, ctx) => fillDemo(ctx.app, requireUser(ctx), { cases: input.cases, seed: ctx.app.now() % 2_147_483_647 }),
};
