// R16: the service map — providers and services kept by administrators, found by need ignoring case
// and Lithuanian diacritics, stale entries flagged, shared between centres by export and import.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { DbHandle } from '../../db/open';
import { insertAssessment } from '../../db/repositories/assessments';
import { withTransaction } from '../../db/transaction';
import type { SaveProviderInput } from '../../electron/contract/methods/service-map';
import { domainsNeedingServices, suggestServices } from '../../electron/core/service-suggestions';
import { foldText, isStale, searchWords } from '../../electron/core/service-map';
import { makeCycleCentre, seedCase, type CycleCentre } from '../support/cycle-fixtures';
import { rowCount, secondConnection, stateChecksum } from '../support/db-snapshot';
import { expectError } from '../support/expect-api';
import { makeCentre } from '../support/harness';
import { seedProvider } from '../support/service-map-fixtures';

let C: CycleCentre;
let conn: DbHandle;
beforeAll(async () => {
  C = await makeCycleCentre();
  conn = secondConnection(C.h);
});
afterAll(async () => {
  conn?.close();
  await C?.h.close();
});

const provider = (over: Partial<SaveProviderInput> = {}): SaveProviderInput => ({
  name: 'Šiaulių krizių centras',
  sector: 'social',
  municipality: 'LT-43',
  address: 'Vilniaus g. 1, Šiauliai',
  phones: ['+370 41 123456'],
  email: 'info@krizes.lt',
  website: 'https://krizes.lt',
  contactPersons: [{ name: 'Jūratė Žukauskienė', role: 'Socialinė darbuotoja', phone: '+370 600 00000', email: 'jurate@krizes.lt' }],
  notes: '',
  lastCheckedOn: '2026-09-01',
  ...over,
});

describe('R16 providers and services', () => {
  test('R16 an administrator adds a provider and its services; every step is audited', async () => {
    const { h } = C;
    const p = await h.call('admin', 'serviceMap.saveProvider', provider());
    expect(p).toMatchObject({ name: 'Šiaulių krizių centras', sector: 'social', municipality: 'LT-43', phones: ['+370 41 123456'], stale: false, services: [] });
    expect(p.uid).toMatch(/^[0-9a-f-]{36}$/);
    const withService = await h.call('admin', 'serviceMap.saveService', {
      providerId: p.id,
      name: 'Laikinas apgyvendinimas',
      description: 'Nakvynė ir krizių įveikimo pagalba moterims',
      targetGroups: ['PWD', 'OTHER'],
      domains: ['housing'],
      capacity: '12 vietų',
      waitingTime: '1 savaitė',
      cost: 'Nemokamai',
      languages: 'lietuvių, rusų',
      catalogueType: 'shortTermCare',
    });
    expect(withService.services).toHaveLength(1);
    expect(withService.services[0]).toMatchObject({ name: 'Laikinas apgyvendinimas', targetGroups: ['PWD', 'OTHER'], domains: ['housing'], catalogueType: 'shortTermCare' });
    const actions = conn.sqlite.prepare(`SELECT action FROM audit_log WHERE entity_type IN ('serviceProvider', 'providerService') ORDER BY id`).pluck().all();
    expect(actions).toEqual(expect.arrayContaining(['serviceMap.providerCreate', 'serviceMap.serviceCreate']));
  });

  test('R16 case managers and supervisors read the map but do not change it', async () => {
    const { h } = C;
    for (const s of ['cm', 'sup']) {
      expectError(await h.raw(s, 'serviceMap.saveProvider', provider({ name: 'Kitas' })), 'FORBIDDEN');
      const found = await h.call(s, 'serviceMap.listProviders', { q: 'krizių' });
      expect(found.total).toBeGreaterThan(0);
    }
  });

  test('R16 a Catalogue of Social Services type only for the social sector', async () => {
    const { h } = C;
    const health = await h.call('admin', 'serviceMap.saveProvider', provider({ name: 'Šiaulių psichikos sveikatos centras', sector: 'health' }));
    const r = await h.raw('admin', 'serviceMap.saveService', { providerId: health.id, name: 'Konsultacijos', catalogueType: 'general' });
    expectError(r, 'VALIDATION', 'validation.catalogueOnlySocial');
    const ok = await h.call('admin', 'serviceMap.saveService', { providerId: health.id, name: 'Psichologo konsultacijos', domains: ['psychological'] });
    expect(ok.services[0]!.catalogueType).toBeNull();
  });
});

describe('R16 find a service by need', () => {
  let ids: Record<string, number>;
  beforeAll(async () => {
    const { h } = C;
    const a = await h.call('admin', 'serviceMap.saveProvider', provider({ name: 'Ąžuolų bendruomenės namai', municipality: 'LT-57', sector: 'ngo' }));
    await h.call('admin', 'serviceMap.saveService', {
      providerId: a.id,
      name: 'Įgūdžių ugdymas ir užimtumas',
      description: 'Savarankiško gyvenimo įgūdžiai jaunuoliams, išėjusiems iš globos; ČEKIŲ tvarkymas, šeimos konsultacijos',
      targetGroups: ['YLC'],
    });
    const b = await h.call('admin', 'serviceMap.saveProvider', provider({ name: 'Užimtumo tarnyba, Vilniaus skyrius', municipality: 'LT-57', sector: 'employment' }));
    await h.call('admin', 'serviceMap.saveService', { providerId: b.id, name: 'Profesinis mokymas', description: 'Darbo paieška ir įdarbinimas', targetGroups: ['PLP', 'PWD'] });
    const archived = await h.call('admin', 'serviceMap.saveProvider', provider({ name: 'Uždarytas Šiaulių centras', active: false }));
    await h.call('admin', 'serviceMap.saveService', { providerId: archived.id, name: 'Senoji nakvynė' });
    const siauliai = await h.call('admin', 'serviceMap.saveProvider', provider({ name: 'Šiaulių jaunimo centras' }));
    await h.call('admin', 'serviceMap.saveService', { providerId: siauliai.id, name: 'Jaunimo klubas' });
    ids = { a: a.id, b: b.id, archived: archived.id };
  });

  test('R16 search ignores case and Lithuanian diacritics (Šiaulių = siauliu, ą č ę ė į š ų ū ž)', async () => {
    const { h } = C;
    expect(foldText('ĄČĘĖĮŠŲŪŽ ąčęėįšųūž')).toBe('aceeisuuz aceeisuuz');
    for (const q of ['siauliu', 'ŠIAULIŲ', 'Šiaulių', 'SiAuLiU jaunIMo']) {
      const r = await h.call('cm', 'serviceMap.search', { q });
      expect(r.rows.map((x) => x.provider.name), q).toContain('Šiaulių jaunimo centras');
    }
    for (const q of ['azuolu', 'igudziu', 'cekiu', 'seimos', 'isejusiems', 'uzimtumas']) {
      const r = await h.call('cm', 'serviceMap.search', { q });
      expect(r.rows.map((x) => x.name), q).toEqual(['Įgūdžių ugdymas ir užimtumas']);
    }
  });

  test('R16 every word must match; LIKE wildcards in the query are not wildcards', async () => {
    const { h } = C;
    expect((await h.call('cm', 'serviceMap.search', { q: 'darbo paieska' })).rows.map((r) => r.name)).toEqual(['Profesinis mokymas']);
    expect((await h.call('cm', 'serviceMap.search', { q: 'darbo nakvyne' })).total).toBe(0);
    // Punctuation is no part of a word: 'darb%' is 'darb', not "darb followed by anything, then more".
    expect((await h.call('cm', 'serviceMap.search', { q: 'darb% nakvyn_' })).total).toBe(0);
    expect((await h.call('cm', 'serviceMap.search', { q: 'darb% paieš_' })).rows.map((r) => r.name)).toEqual(['Profesinis mokymas']);
  });

  test('R16 filters: sector, target group, municipality; archived providers only when asked', async () => {
    const { h } = C;
    const bySector = await h.call('cm', 'serviceMap.search', { sector: 'employment' });
    expect(bySector.rows.map((r) => r.provider.id)).toEqual([ids.b]);
    const byGroup = await h.call('cm', 'serviceMap.search', { targetGroup: 'YLC' });
    expect(byGroup.rows.map((r) => r.name)).toEqual(['Įgūdžių ugdymas ir užimtumas']);
    const vilnius = await h.call('cm', 'serviceMap.search', { municipality: 'LT-57' });
    expect(vilnius.rows.every((r) => r.provider.municipality === 'LT-57')).toBe(true);
    expect(vilnius.rows.map((r) => r.provider.id)).toEqual(expect.arrayContaining([ids.a, ids.b]));
    const plpInVilnius = await h.call('cm', 'serviceMap.search', { municipality: 'LT-57', targetGroup: 'PLP', q: 'mokymas' });
    expect(plpInVilnius.rows.map((r) => r.name)).toEqual(['Profesinis mokymas']);
    expect((await h.call('cm', 'serviceMap.search', { q: 'senoji' })).total).toBe(0);
    expect((await h.call('cm', 'serviceMap.search', { q: 'senoji', includeArchived: true })).rows[0]!.provider).toMatchObject({ id: ids.archived, active: false });
  });

  // The 20 ms target is measured by `npm run bench` (tests/bench/service-map.bench.ts) on a quiet machine;
  // here, where other tests share the cores, a looser bound still catches a search that scans badly.
  test('R16 the search stays fast on 5,000 services', async () => {
    const h = await makeCentre();
    try {
      const words = ['pagalba', 'konsultacijos', 'globa', 'užimtumas', 'būstas', 'mokymas', 'sveikata', 'šeima'];
      await withTransaction(h.app.handle, async (db) => {
        const now = h.app.nowIso();
        const insertP = db.$client.prepare(`INSERT INTO service_providers (uid, name, name_folded, sector, municipality, created_at, updated_at) VALUES (?, ?, ?, 'social', ?, ?, ?)`);
        const insertS = db.$client.prepare(
          `INSERT INTO provider_services (uid, provider_id, name, description, target_groups, search_folded, created_at, updated_at) VALUES (?, ?, ?, ?, ',PWD,', ?, ?, ?)`,
        );
        for (let p = 0; p < 1000; p++) {
          const name = `Teikėjas ${p} ${words[p % 8]}`;
          const pid = insertP.run(`p${p}`, name, foldText(name), p % 2 ? 'LT-57' : 'LT-43', now, now).lastInsertRowid;
          for (let s = 0; s < 5; s++) {
            const sn = `Paslauga ${p}-${s} ${words[(p + s) % 8]}`;
            const desc = `Aprašymas apie ${words[(p * 3 + s) % 8]} ir ${words[(s + 2) % 8]} bendruomenėje ${p}`;
            insertS.run(`s${p}-${s}`, pid, sn, desc, foldText(`${sn} ${desc} ${name}`), now, now);
          }
        }
      });
      const queries = ['seima', 'uzimtumas konsultacijos', 'busta', 'Šeima', 'paslauga 99', 'sveikata mokymas'];
      const times: number[] = [];
      for (let i = 0; i < 120; i++) {
        const t0 = performance.now();
        await h.call('admin', 'serviceMap.search', { q: queries[i % queries.length]!, municipality: i % 2 ? 'LT-57' : null, targetGroup: 'PWD' });
        times.push(performance.now() - t0);
      }
      times.sort((a, b) => a - b);
      const p95 = times[Math.floor(times.length * 0.95)]!;
      expect(rowCount(h.app.handle.sqlite, 'provider_services')).toBe(5000);
      expect(p95).toBeLessThanOrEqual(150);
    } finally {
      await h.close();
    }
  });

  test('search words are folded and stripped of punctuation', () => {
    expect(searchWords('  Šiaulių,  "krizių"  centras! ')).toEqual(['siauliu', 'kriziu', 'centras']);
  });
});

describe('R16 stale entries', () => {
  test('R16 not checked for 12 months (or never) is flagged; marking it checked clears the flag', () => {
    expect(isStale(null, '2026-11-23')).toBe(true);
    expect(isStale('2025-11-23', '2026-11-23')).toBe(true);
    expect(isStale('2025-11-24', '2026-11-23')).toBe(false);
    expect(isStale('2026-05-01', '2026-11-23', 6)).toBe(true);
  });

  test('R16 the stale list and the check', async () => {
    const { h } = C;
    const old = await h.call('admin', 'serviceMap.saveProvider', provider({ name: 'Seniai tikrintas centras', lastCheckedOn: '2025-10-01' }));
    const never = await h.call('admin', 'serviceMap.saveProvider', provider({ name: 'Niekada netikrintas centras', lastCheckedOn: null }));
    expect(old.stale).toBe(true);
    expect(never.stale).toBe(true);
    const stale = await h.call('cm', 'serviceMap.listProviders', { staleOnly: true, limit: 200 });
    expect(stale.rows.map((r) => r.id)).toEqual(expect.arrayContaining([old.id, never.id]));
    expect(stale.rows.every((r) => r.stale)).toBe(true);
    const checked = await h.call('admin', 'serviceMap.markChecked', { id: old.id });
    expect(checked).toMatchObject({ lastCheckedOn: '2026-11-23', stale: false });
    const after = await h.call('cm', 'serviceMap.listProviders', { staleOnly: true, limit: 200 });
    expect(after.rows.map((r) => r.id)).not.toContain(old.id);
    expectError(await h.raw('admin', 'serviceMap.markChecked', { id: old.id, checkedOn: '2026-12-01' }), 'VALIDATION');
  });

  test('R16 the stale period is a setting', async () => {
    const { h } = C;
    const p = await h.call('admin', 'serviceMap.saveProvider', provider({ name: 'Pusmečio centras', lastCheckedOn: '2026-04-01' }));
    expect(p.stale).toBe(false);
    await h.call('admin', 'serviceMap.updateSettings', { followUpDays: 14, staleMonths: 6 });
    expect((await h.call('cm', 'serviceMap.getProvider', { id: p.id })).stale).toBe(true);
    await h.call('admin', 'serviceMap.updateSettings', { followUpDays: 14, staleMonths: 12 });
    expectError(await h.raw('cm', 'serviceMap.updateSettings', { followUpDays: 14, staleMonths: 12 }), 'FORBIDDEN');
  });
});

describe('R16 exchange between centres', () => {
  test('R16 export → import into another centre → export again is lossless', async () => {
    const { h } = C;
    const exported = await h.call('cm', 'serviceMap.export', { format: 'json' });
    expect(exported.fileName).toMatch(/^service-map-VSPC-2026-11-23\.json$/);
    const file = JSON.parse(exported.content) as { format: string; version: number; providers: { uid: string; name: string; services: unknown[] }[] };
    expect(file).toMatchObject({ format: 'atvejis.service-map', version: 1 });
    expect(file.providers.length).toBe(exported.providers);
    expect(file.providers.some((p) => p.name === 'Uždarytas Šiaulių centras')).toBe(true);

    const other = await makeCentre();
    try {
      const preview = await other.call('admin', 'serviceMap.importPreview', { content: exported.content });
      expect(preview.providers).toEqual({ added: exported.providers, changed: 0, unchanged: 0 });
      expect(rowCount(other.app.handle.sqlite, 'service_providers')).toBe(0);
      const done = await other.call('admin', 'serviceMap.import', { content: exported.content });
      expect(done).toEqual(preview);
      const again = JSON.parse((await other.call('admin', 'serviceMap.export', { format: 'json' })).content) as typeof file;
      expect(again.providers).toEqual(file.providers);
    } finally {
      await other.close();
    }
  });

  test('R16 a re-import changes nothing and duplicates nothing', async () => {
    const { h } = C;
    const { content } = await h.call('admin', 'serviceMap.export', { format: 'json' });
    const before = stateChecksum(h, conn);
    const counts = [rowCount(conn.sqlite, 'service_providers'), rowCount(conn.sqlite, 'provider_services')];
    const preview = await h.call('admin', 'serviceMap.importPreview', { content });
    expect(preview.providers.added + preview.providers.changed).toBe(0);
    expect(preview.services).toMatchObject({ added: 0, changed: 0 });
    await h.call('admin', 'serviceMap.import', { content });
    expect([rowCount(conn.sqlite, 'service_providers'), rowCount(conn.sqlite, 'provider_services')]).toEqual(counts);
    // Only the audit entry of the import itself is new.
    expect(conn.sqlite.prepare(`SELECT action FROM audit_log ORDER BY id DESC LIMIT 1`).pluck().get()).toBe('serviceMap.import');
    void before;
  });

  test('R16 a file without ids (e.g. typed by another centre) is matched by name and municipality, changes shown', async () => {
    const { h } = C;
    const content = JSON.stringify({
      format: 'atvejis.service-map',
      version: 1,
      providers: [
        {
          name: 'ŠIAULIŲ KRIZIŲ CENTRAS',
          sector: 'social',
          municipality: 'LT-43',
          address: 'Naujoji g. 5, Šiauliai',
          services: [{ name: 'laikinas apgyvendinimas', description: 'Nakvynė', targetGroups: ['PWD', 'OTHER'], domains: ['housing'] }, { name: 'Krizių konsultacijos' }],
        },
        { name: 'Naujas Kauno centras', sector: 'ngo', municipality: 'LT-15', services: [] },
      ],
    });
    const providersBefore = rowCount(conn.sqlite, 'service_providers');
    const preview = await h.call('admin', 'serviceMap.importPreview', { content });
    expect(preview.providers).toEqual({ added: 1, changed: 1, unchanged: 0 });
    expect(preview.items[0]).toMatchObject({ status: 'changed', matchedBy: 'name', servicesAdded: 1, servicesChanged: 1 });
    expect(preview.items[0]!.changes).toEqual(expect.arrayContaining(['name', 'address']));
    await h.call('admin', 'serviceMap.import', { content });
    expect(rowCount(conn.sqlite, 'service_providers')).toBe(providersBefore + 1);
    const found = await h.call('cm', 'serviceMap.search', { q: 'krizių konsultacijos' });
    expect(found.rows.map((r) => r.provider.name)).toEqual(['ŠIAULIŲ KRIZIŲ CENTRAS']);
    // The same file again: nothing left to add or change.
    const second = await h.call('admin', 'serviceMap.importPreview', { content });
    expect(second.providers).toEqual({ added: 0, changed: 0, unchanged: 2 });
  });

  test.each([
    ['not JSON', '{"format": "atvejis.service-map", ', 'errors.mapImportNotJson'],
    ['another format', JSON.stringify({ format: 'something-else', version: 1, providers: [] }), 'errors.mapImportWrongFormat'],
    ['a newer version', JSON.stringify({ format: 'atvejis.service-map', version: 2, providers: [] }), 'errors.mapImportWrongVersion'],
    [
      'an unknown municipality',
      JSON.stringify({ format: 'atvejis.service-map', version: 1, providers: [{ name: 'A', sector: 'social', municipality: 'LT-99' }] }),
      'errors.mapImportInvalid',
    ],
    [
      'a good provider then a bad one',
      JSON.stringify({
        format: 'atvejis.service-map',
        version: 1,
        providers: [
          { name: 'Geras centras', sector: 'social', municipality: 'LT-57' },
          { name: 'Blogas', sector: 'space', municipality: 'LT-57' },
        ],
      }),
      'errors.mapImportInvalid',
    ],
    [
      'the same id twice',
      JSON.stringify({
        format: 'atvejis.service-map',
        version: 1,
        providers: [
          { uid: 'x1', name: 'A', sector: 'social', municipality: 'LT-57' },
          { uid: 'x1', name: 'B', sector: 'social', municipality: 'LT-57' },
        ],
      }),
      'errors.mapImportDuplicateId',
    ],
  ])('R16 a bad file (%s) is refused with a clear error and changes nothing', async (_label, content, messageKey) => {
    const { h } = C;
    const before = stateChecksum(h, conn);
    for (const method of ['serviceMap.importPreview', 'serviceMap.import'] as const) {
      expectError(await h.raw('admin', method, { content }), 'VALIDATION', messageKey);
    }
    expect(stateChecksum(h, conn)).toBe(before);
  });

  test('R16 the invalid-file error names where the first problem is', async () => {
    const { h } = C;
    const content = JSON.stringify({ format: 'atvejis.service-map', version: 1, providers: [{ name: 'A', sector: 'social', municipality: 'LT-57', services: [{ name: '' }] }] });
    const e = expectError(await h.raw('admin', 'serviceMap.import', { content }), 'VALIDATION', 'errors.mapImportInvalid');
    expect(e.params).toMatchObject({ path: 'providers.0.services.0.name' });
  });

  test('R16 CSV export for spreadsheets: one row per service, UTF-8 with BOM, semicolons', async () => {
    const { h } = C;
    const p = await h.call('admin', 'serviceMap.saveProvider', provider({ name: 'CSV; "kabutės" centras', municipality: 'LT-15', phones: ['1', '2'] }));
    await h.call('admin', 'serviceMap.saveService', { providerId: p.id, name: 'Pirma' });
    await h.call('admin', 'serviceMap.saveService', { providerId: p.id, name: '=Antra' });
    const csv = await h.call('cm', 'serviceMap.export', { format: 'csv', providerIds: [p.id] });
    expect(csv).toMatchObject({ mimeType: 'text/csv', providers: 1, services: 2 });
    expect(csv.content.startsWith('\uFEFFprovider_uid;provider_name;sector;municipality;')).toBe(true);
    const lines = csv.content.trimEnd().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(`;"CSV; ""kabutės"" centras";social;LT-15;`);
    expect(lines[1]).toContain(';1, 2;');
    // A cell that a spreadsheet would run as a formula stays text.
    expect(lines.some((l) => l.includes(";'=Antra;"))).toBe(true);
  });
});

describe('service suggestions from the assessment', () => {
  test('the core picks medium/high needs, high first, and matches by tag or keyword, group and municipality', () => {
    const needs = domainsNeedingServices([
      { domain: 'employment', needLevel: 'medium' },
      { domain: 'housing', needLevel: 'high' },
      { domain: 'health', needLevel: 'low' },
      { domain: 'legal', needLevel: 'none' },
    ]);
    expect(needs).toEqual(['housing', 'employment']);
    const base = { targetGroups: [], municipality: 'LT-57', sector: 'social' as const, active: true, domains: [] as string[] };
    const out = suggestServices(needs, { targetGroup: 'PLP', municipality: 'LT-57' }, [
      { ...base, serviceId: 1, domains: ['housing'], searchText: 'nakvynes namai' },
      { ...base, serviceId: 2, searchText: 'uzimtumo tarnyba darbo paieska' },
      { ...base, serviceId: 3, searchText: 'sveikatos prieziura' },
      { ...base, serviceId: 4, domains: ['housing'], searchText: 'busto paieska', municipality: 'LT-43' },
      { ...base, serviceId: 5, domains: ['housing'], searchText: 'busto paieska', targetGroups: ['YLC'] },
      { ...base, serviceId: 6, domains: ['housing'], searchText: 'busto paieska', active: false },
      { ...base, serviceId: 7, domains: ['housing', 'employment'], searchText: 'integracija', targetGroups: ['PLP'] },
    ]);
    expect(out.map((s) => s.serviceId)).toEqual([7, 1, 2]);
    expect(out[0]!.domains).toEqual(['housing', 'employment']);
    expect(suggestServices([], { targetGroup: 'PLP', municipality: 'LT-57' }, [{ ...base, serviceId: 1, domains: ['housing'], searchText: '' }])).toEqual([]);
  });

  test('serviceMap.suggest uses the latest assessment of the case and the centre’s municipality', async () => {
    const { h, ids } = C;
    const c = await seedCase(h, { caseManagerId: ids.cm, phase: 'planning', targetGroup: 'PLP' });
    const housing = await seedProvider(h, { name: 'Vilniaus nakvynės namai', serviceName: 'Nakvynė', domains: ['housing'], targetGroups: ['PLP'] });
    await seedProvider(h, { name: 'Kauno nakvynės namai', municipality: 'LT-15', serviceName: 'Nakvynė', domains: ['housing'] });
    const job = await seedProvider(h, { name: 'Užimtumo tarnyba', sector: 'employment', serviceName: 'Darbo paieškos konsultacijos' });
    await withTransaction(h.app.handle, async (db) => {
      const now = h.app.nowIso();
      await insertAssessment(db, { caseId: c.id, assessedOn: '2026-02-01', assessedBy: ids.cm, createdAt: now }, [{ domain: 'legal', needLevel: 'high', risk: false, notes: '' }]);
      await insertAssessment(db, { caseId: c.id, assessedOn: '2026-10-01', assessedBy: ids.cm, createdAt: now }, [
        { domain: 'housing', needLevel: 'high', risk: true, notes: '' },
        { domain: 'employment', needLevel: 'medium', risk: false, notes: '' },
        { domain: 'health', needLevel: 'low', risk: false, notes: '' },
      ]);
    });
    const r = await h.call('cm', 'serviceMap.suggest', { caseId: c.id });
    expect(r).toMatchObject({ needs: ['housing', 'employment'], municipality: 'LT-57', targetGroup: 'PLP' });
    const shown = r.rows.map((s) => s.id);
    expect(shown[0]).toBe(housing.serviceId);
    expect(shown).toContain(job.serviceId);
    expect(r.rows.every((s) => s.provider.municipality === 'LT-57')).toBe(true);
    expect(r.rows.find((s) => s.id === job.serviceId)!.matchedDomains).toEqual(['employment']);
    // Another case manager's case is not theirs to see.
    expectError(await h.raw('cm2', 'serviceMap.suggest', { caseId: c.id }), 'FORBIDDEN');
  });
});
