// Issue 4 ("Bench"): find a service by need over 5,000 services, p95 ≤ 20 ms, through the dispatcher
// as the service map page calls it, and the same search hand-written on raw better-sqlite3.
import { withTransaction } from '../../db/transaction';
import { foldText, searchWords } from '../../electron/core/service-map';
import type { BenchContext } from './context';
import { registerBench } from './registry';

const SERVICES = 5000;
const WORDS = ['pagalba', 'konsultacijos', 'globa', 'užimtumas', 'būstas', 'mokymas', 'sveikata', 'šeima'];
const SECTORS = ['social', 'health', 'education', 'employment', 'ngo', 'other'] as const;
const GROUPS = [',PWD,', ',PLP,', ',YLC,', ',PWD,OTHER,', ''];

/** 1,000 providers with 5 services each, across the 60 municipalities (once: a kept centre already has them). */
async function ensureServices(ctx: BenchContext): Promise<void> {
  const have = ctx.sqlite.prepare("SELECT count(*) FROM provider_services WHERE uid LIKE 'bench-s-%'").pluck().get() as number;
  if (have >= SERVICES) return;
  await withTransaction(ctx.app.handle, async (db) => {
    const now = ctx.app.nowIso();
    const insertP = db.$client.prepare('INSERT INTO service_providers (uid, name, name_folded, sector, municipality, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
    const insertS = db.$client.prepare(
      'INSERT INTO provider_services (uid, provider_id, name, description, target_groups, search_folded, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    for (let p = 0; p < SERVICES / 5; p++) {
      const name = `Teikėjas ${p} ${WORDS[p % 8]}`;
      const pid = insertP.run(`bench-p-${p}`, name, foldText(name), SECTORS[p % 6], `LT-${String((p % 60) + 1).padStart(2, '0')}`, now, now).lastInsertRowid;
      for (let s = 0; s < 5; s++) {
        const sn = `Paslauga ${p}-${s} ${WORDS[(p + s) % 8]}`;
        const desc = `Aprašymas apie ${WORDS[(p * 3 + s) % 8]} ir ${WORDS[(s + 2) % 8]} bendruomenėje ${p}. Tinkamumas: pagal siuntimą.`;
        insertS.run(`bench-s-${p}-${s}`, pid, sn, desc, GROUPS[(p + s) % 5], foldText(`${sn} ${desc} ${name}`), now, now);
      }
    }
  });
}

type Query = { q: string; sector?: (typeof SECTORS)[number]; municipality?: string; targetGroup?: 'PWD' | 'YLC' };
const QUERIES: Query[] = [
  { q: 'seima' },
  { q: 'Šeimą konsultacijos' },
  { q: 'busto', municipality: 'LT-57' },
  { q: 'uzimtumas', targetGroup: 'PWD' },
  { q: '', sector: 'health' },
  { q: 'paslauga 99', targetGroup: 'YLC' },
];

registerBench({
  id: 'serviceMap.search (5,000 services)',
  issue: 'issue 4',
  target: { p95Ms: 20, atCases: 0 },
  async prepare(ctx) {
    await ensureServices(ctx);
    const stmt = ctx.sqlite.prepare(
      `SELECT s.id, count(*) OVER () AS total FROM provider_services s JOIN service_providers p ON p.id = s.provider_id
       WHERE s.search_folded LIKE ? ESCAPE '\\' AND (? IS NULL OR p.sector = ?) AND (? IS NULL OR p.municipality = ?)
         AND (? IS NULL OR s.target_groups LIKE ?) AND p.active = 1 AND s.active = 1
       ORDER BY p.name_folded, s.name, s.id LIMIT 50`,
    );
    const rows = ctx.sqlite.prepare('SELECT s.*, p.name AS providerName FROM provider_services s JOIN service_providers p ON p.id = s.provider_id WHERE s.id IN (SELECT value FROM json_each(?))');
    return {
      service: (i) => ctx.call(ctx.sessions.busyCaseManager, 'serviceMap.search', QUERIES[i % QUERIES.length]!),
      raw: (i) => {
        const q = QUERIES[i % QUERIES.length]!;
        const like = `%${searchWords(q.q).join('%')}%`;
        const page = stmt.all(like, q.sector ?? null, q.sector ?? null, q.municipality ?? null, q.municipality ?? null, q.targetGroup ?? null, `%,${q.targetGroup},%`) as { id: number }[];
        return rows.all(JSON.stringify(page.map((r) => r.id)));
      },
    };
  },
});
