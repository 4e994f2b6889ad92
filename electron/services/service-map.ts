import type { AuditEntity } from '../core/audit-entities';
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { Db } from '../../db/open';
import { appendAudit } from '../../db/repositories/audit';
import {
  findProvider,
  findProvidersByName,
  findProviderByUid,
  findService,
  findServiceByUid,
  getMapSettings,
  insertProvider,
  insertService,
  listActiveServicesIn,
  listProviders,
  listProvidersForExport,
  listServicesOf,
  saveMapSettings,
  searchServices,
  setServiceSearchTexts,
  updateProvider,
  updateService,
  type ProviderInsert,
  type ProviderRow,
  type ProviderSummary,
  type ServiceInsert,
  type ServiceRow,
} from '../../db/repositories/providers';
import { latestAssessmentDomains } from '../../db/repositories/referrals';
import { getSettings } from '../../db/repositories/settings';
import type { UserRow } from '../../db/repositories/users';
import { withRead, withTransaction } from '../../db/transaction';
import type { saveProviderInputSchema, saveServiceInputSchema } from '../contract/methods/service-map';
import {
  EXCHANGE_FORMAT,
  EXCHANGE_VERSION,
  exchangeFileSchema,
  type ExchangeProvider,
  type ImportPreview,
  type MapProvider,
  type MapProviderDetail,
  type MapService,
  type ServiceHit,
  type ServiceMapSettings,
} from '../contract/methods/service-map';
import { compareDates } from '../core/calendar-dates';
import {
  DEFAULT_FOLLOW_UP_DAYS,
  DEFAULT_STALE_MONTHS,
  changedFields,
  csvLine,
  decodeList,
  encodeList,
  foldText,
  isStale,
  searchWords,
  serviceSearchText,
  staleCutoff,
  type CatalogueType,
  type NeedDomain,
  type ServiceTargetGroup,
} from '../core/service-map';
import { domainsNeedingServices, suggestServices, type AssessedDomain } from '../core/service-suggestions';
import { requireUser, type HandlerGroup } from './call-context';
import type { AppContext } from './app-context';
import { loadCaseFor } from './case-access';
import { localToday } from './cycle-clock';
import { DomainError, invalid, notFound } from './errors';

// ---------------------------------------------------------------------------------------------
// Rows → contract shapes

export async function mapSettingsOf(db: Db): Promise<ServiceMapSettings> {
  const row = await getMapSettings(db);
  return { followUpDays: row?.followUpDays ?? DEFAULT_FOLLOW_UP_DAYS, staleMonths: row?.staleMonths ?? DEFAULT_STALE_MONTHS };
}

function parseJsonArray<T>(s: string): T[] {
  try {
    const v = JSON.parse(s) as unknown;
    return Array.isArray(v) ? (v as T[]) : [];
  } catch {
    return [];
  }
}

export function toService(row: ServiceRow): MapService {
  return {
    id: row.id,
    uid: row.uid,
    providerId: row.providerId,
    name: row.name,
    description: row.description,
    targetGroups: decodeList(row.targetGroups) as ServiceTargetGroup[],
    domains: decodeList(row.domains) as NeedDomain[],
    eligibility: row.eligibility,
    capacity: row.capacity,
    waitingTime: row.waitingTime,
    cost: row.cost,
    languages: row.languages,
    catalogueType: row.catalogueType,
    active: row.active,
    updatedAt: row.updatedAt,
  };
}

interface Clock {
  today: string;
  staleMonths: number;
}

export function toProvider(row: ProviderRow, serviceCount: number, clock: Clock): MapProvider {
  return {
    id: row.id,
    uid: row.uid,
    name: row.name,
    sector: row.sector,
    municipality: row.municipality,
    address: row.address,
    phones: parseJsonArray<string>(row.phones),
    email: row.email,
    website: row.website,
    contactPersons: parseJsonArray<{ name: string; role: string; phone: string; email: string }>(row.contactPersons),
    notes: row.notes,
    active: row.active,
    lastCheckedOn: row.lastCheckedOn,
    stale: isStale(row.lastCheckedOn, clock.today, clock.staleMonths),
    serviceCount,
    updatedAt: row.updatedAt,
  };
}

function toHit(service: ServiceRow, provider: ProviderSummary, clock: Clock): ServiceHit {
  return {
    ...toService(service),
    provider: {
      id: provider.id,
      name: provider.name,
      sector: provider.sector,
      municipality: provider.municipality,
      active: provider.active,
      stale: isStale(provider.lastCheckedOn, clock.today, clock.staleMonths),
    },
  };
}

async function clockOf(db: Db, app: AppContext): Promise<Clock> {
  return { today: localToday(app), staleMonths: (await mapSettingsOf(db)).staleMonths };
}

async function providerDetail(db: Db, app: AppContext, id: number): Promise<MapProviderDetail> {
  const row = await findProvider(db, id);
  if (!row) throw notFound();
  const services = await listServicesOf(db, [id]);
  return { ...toProvider(row, services.length, await clockOf(db, app)), services: services.map(toService) };
}

function auditMap(db: Db, app: AppContext, actor: UserRow, action: string, entityType: AuditEntity, entityId: number | string, details: Record<string, unknown>) {
  return appendAudit(db, { at: app.nowIso(), userId: actor.id, username: actor.username, action, entityType, entityId: String(entityId), details });
}

// ---------------------------------------------------------------------------------------------
// Provider and service values as stored

type ProviderFields = Omit<z.output<typeof saveProviderInputSchema>, 'id'>;
type ServiceFields = Omit<z.output<typeof saveServiceInputSchema>, 'id' | 'providerId'>;

const PROVIDER_FIELDS = ['name', 'sector', 'municipality', 'address', 'phones', 'email', 'website', 'contactPersons', 'notes', 'active', 'lastCheckedOn'] as const;
const SERVICE_FIELDS = ['name', 'description', 'targetGroups', 'domains', 'eligibility', 'capacity', 'waitingTime', 'cost', 'languages', 'catalogueType', 'active'] as const;

function providerValues(f: ProviderFields): Omit<ProviderInsert, 'uid' | 'createdAt' | 'updatedAt'> {
  return {
    name: f.name,
    nameFolded: foldText(f.name),
    sector: f.sector,
    municipality: f.municipality,
    address: f.address,
    phones: JSON.stringify(f.phones),
    email: f.email,
    website: f.website,
    contactPersons: JSON.stringify(f.contactPersons),
    notes: f.notes,
    active: f.active,
    lastCheckedOn: f.lastCheckedOn,
  };
}

function providerFieldsOf(row: ProviderRow): ProviderFields {
  const p = toProvider(row, 0, { today: '2000-01-01', staleMonths: 1 });
  return {
    name: p.name,
    sector: p.sector,
    municipality: p.municipality,
    address: p.address,
    phones: p.phones,
    email: p.email,
    website: p.website,
    contactPersons: p.contactPersons,
    notes: p.notes,
    active: p.active,
    lastCheckedOn: p.lastCheckedOn,
  };
}

function serviceValues(f: ServiceFields, providerName: string): Omit<ServiceInsert, 'uid' | 'providerId' | 'createdAt' | 'updatedAt'> {
  return {
    name: f.name,
    description: f.description,
    targetGroups: encodeList(f.targetGroups),
    domains: encodeList(f.domains),
    eligibility: f.eligibility,
    capacity: f.capacity,
    waitingTime: f.waitingTime,
    cost: f.cost,
    languages: f.languages,
    catalogueType: f.catalogueType as CatalogueType | null,
    active: f.active,
    searchFolded: serviceSearchText(f, providerName),
  };
}

function serviceFieldsOf(row: ServiceRow): ServiceFields {
  const { name, description, targetGroups, domains, eligibility, capacity, waitingTime, cost, languages, catalogueType, active } = toService(row);
  return { name, description, targetGroups, domains, eligibility, capacity, waitingTime, cost, languages, catalogueType, active };
}

function checkCatalogueType(sector: string, catalogueType: string | null, path = 'catalogueType'): void {
  if (catalogueType && sector !== 'social') throw invalid(path, ['validation.catalogueOnlySocial']);
}

async function refreshSearchTexts(db: Db, provider: ProviderRow): Promise<void> {
  const services = await listServicesOf(db, [provider.id]);
  await setServiceSearchTexts(
    db,
    services.map((s) => ({ id: s.id, searchFolded: serviceSearchText(s, provider.name) })),
  );
}

// ---------------------------------------------------------------------------------------------
// Exchange: export and import (README, "Service map exchange format")

function exportProvider(p: ProviderRow, services: ServiceRow[]) {
  return {
    uid: p.uid,
    ...providerFieldsOf(p),
    services: services.map((s) => ({ uid: s.uid, ...serviceFieldsOf(s) })),
  };
}

const CSV_HEADER = [
  'provider_uid',
  'provider_name',
  'sector',
  'municipality',
  'address',
  'phones',
  'email',
  'website',
  'contact_persons',
  'notes',
  'provider_active',
  'last_checked_on',
  'service_uid',
  'service_name',
  'description',
  'target_groups',
  'domains',
  'eligibility',
  'capacity',
  'waiting_time',
  'cost',
  'languages',
  'catalogue_type',
  'service_active',
];

function csvOf(providers: ReturnType<typeof exportProvider>[]): string {
  const lines = [csvLine(CSV_HEADER)];
  for (const p of providers) {
    const providerCells = [
      p.uid,
      p.name,
      p.sector,
      p.municipality,
      p.address,
      p.phones.join(', '),
      p.email,
      p.website,
      p.contactPersons.map((c) => [c.name, c.role, c.phone, c.email].filter(Boolean).join(', ')).join(' | '),
      p.notes,
      p.active ? 'yes' : 'no',
      p.lastCheckedOn ?? '',
    ];
    if (!p.services.length) lines.push(csvLine([...providerCells, ...Array<string>(12).fill('')]));
    for (const s of p.services) {
      lines.push(
        csvLine([
          ...providerCells,
          s.uid,
          s.name,
          s.description,
          s.targetGroups.join(', '),
          s.domains.join(', '),
          s.eligibility,
          s.capacity,
          s.waitingTime,
          s.cost,
          s.languages,
          s.catalogueType ?? '',
          s.active ? 'yes' : 'no',
        ]),
      );
    }
  }
  // A byte-order mark so spreadsheet programs read the Lithuanian letters as UTF-8.
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function importError(messageKey: string, params?: Record<string, string | number>, issues?: { path: string; messageKey: string }[]): DomainError {
  return new DomainError('VALIDATION', messageKey, params, issues);
}

/** Parses and validates an exchange file; any problem is a VALIDATION error that names the first place. */
export function parseExchangeFile(content: string): ExchangeProvider[] {
  let raw: unknown;
  try {
    raw = JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch {
    throw importError('errors.mapImportNotJson');
  }
  if (!raw || typeof raw !== 'object' || (raw as { format?: unknown }).format !== EXCHANGE_FORMAT) throw importError('errors.mapImportWrongFormat');
  if ((raw as { version?: unknown }).version !== EXCHANGE_VERSION) throw importError('errors.mapImportWrongVersion', { version: String((raw as { version?: unknown }).version) });
  const parsed = exchangeFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 20).map((i) => ({
      path: i.path.join('.'),
      messageKey: i.message.startsWith('validation.') ? i.message : 'validation.invalid',
    }));
    throw importError('errors.mapImportInvalid', { problems: parsed.error.issues.length, path: issues[0]?.path ?? '' }, issues);
  }
  const providers = parsed.data.providers;
  const uids = new Set<string>();
  providers.forEach((p, i) => {
    checkCatalogueTypes(p, i);
    for (const [j, uid] of [[-1, p.uid] as const, ...p.services.map((s, j) => [j, s.uid] as const)]) {
      if (!uid) continue;
      if (uids.has(uid)) throw importError('errors.mapImportDuplicateId', { path: j < 0 ? `providers.${i}.uid` : `providers.${i}.services.${j}.uid` });
      uids.add(uid);
    }
  });
  return providers;
}

function checkCatalogueTypes(p: ExchangeProvider, i: number): void {
  p.services.forEach((s, j) => {
    if (s.catalogueType && p.sector !== 'social') {
      throw importError('errors.mapImportInvalid', { problems: 1, path: `providers.${i}.services.${j}.catalogueType` }, [
        { path: `providers.${i}.services.${j}.catalogueType`, messageKey: 'validation.catalogueOnlySocial' },
      ]);
    }
  });
}

type PlannedService = { incoming: ExchangeProvider['services'][number]; existing: ServiceRow | null; changes: string[] };
type PlannedProvider = {
  incoming: ExchangeProvider;
  existing: ProviderRow | null;
  matchedBy: 'uid' | 'name' | 'none';
  changes: string[];
  /** What is stored after the import (the later of the two check dates is kept). */
  fields: ProviderFields;
  services: PlannedService[];
};

function laterDate(a: string | null, b: string | null): string | null {
  if (!a) return b;
  if (!b) return a;
  return compareDates(a, b) >= 0 ? a : b;
}

/** Matches every provider and service of the file against the map: by stable id, else by folded name (+ municipality). */
async function planImport(db: Db, providers: ExchangeProvider[]): Promise<PlannedProvider[]> {
  const claimed = new Set<number>();
  const plan: PlannedProvider[] = [];
  for (const [i, p] of providers.entries()) {
    const { services: incomingServices, uid, ...incomingFields } = p;
    let existing: ProviderRow | null = null;
    let matchedBy: PlannedProvider['matchedBy'] = 'none';
    if (uid) {
      existing = (await findProviderByUid(db, uid)) ?? null;
      if (existing) matchedBy = 'uid';
    }
    if (!existing) {
      existing = (await findProvidersByName(db, foldText(p.name), p.municipality)).find((r) => !claimed.has(r.id)) ?? null;
      if (existing) matchedBy = 'name';
    }
    if (existing) {
      if (claimed.has(existing.id)) throw importError('errors.mapImportSameProviderTwice', { path: `providers.${i}`, name: p.name });
      claimed.add(existing.id);
    }
    const stored = existing ? providerFieldsOf(existing) : null;
    const fields: ProviderFields = { ...incomingFields, lastCheckedOn: laterDate(stored?.lastCheckedOn ?? null, incomingFields.lastCheckedOn) };
    const changes = stored ? changedFields(stored, fields, PROVIDER_FIELDS) : [];

    const existingServices = existing ? await listServicesOf(db, [existing.id]) : [];
    const claimedServices = new Set<number>();
    const services: PlannedService[] = [];
    for (const s of incomingServices) {
      let match: ServiceRow | null = null;
      if (s.uid) {
        const byUid = (await findServiceByUid(db, s.uid)) ?? null;
        if (byUid && existing && byUid.providerId === existing.id) match = byUid;
      }
      match ??= existingServices.find((e) => !claimedServices.has(e.id) && foldText(e.name) === foldText(s.name)) ?? null;
      if (match) claimedServices.add(match.id);
      const { uid: _uid, ...serviceFields } = s;
      services.push({ incoming: s, existing: match, changes: match ? changedFields(serviceFieldsOf(match), serviceFields, SERVICE_FIELDS) : [] });
    }
    plan.push({ incoming: p, existing, matchedBy, changes, fields, services });
  }
  return plan;
}

function previewOf(plan: PlannedProvider[]): ImportPreview {
  const out: ImportPreview = { providers: { added: 0, changed: 0, unchanged: 0 }, services: { added: 0, changed: 0, unchanged: 0 }, items: [] };
  for (const p of plan) {
    const servicesAdded = p.services.filter((s) => !s.existing).length;
    const servicesChanged = p.services.filter((s) => s.existing && s.changes.length).length;
    out.services.added += servicesAdded;
    out.services.changed += servicesChanged;
    out.services.unchanged += p.services.length - servicesAdded - servicesChanged;
    const status = !p.existing ? 'added' : p.changes.length || servicesAdded || servicesChanged ? 'changed' : 'unchanged';
    out.providers[status]++;
    out.items.push({
      name: p.incoming.name,
      municipality: p.incoming.municipality,
      status,
      matchedBy: p.matchedBy,
      changes: p.changes,
      servicesAdded,
      servicesChanged,
    });
  }
  return out;
}

async function freeUid(db: Db, wanted: string | undefined, taken: (db: Db, uid: string) => Promise<unknown>): Promise<string> {
  if (wanted && !(await taken(db, wanted))) return wanted;
  return randomUUID();
}

async function applyImport(db: Db, now: string, plan: PlannedProvider[]): Promise<void> {
  for (const p of plan) {
    let provider: ProviderRow;
    if (!p.existing) {
      provider = await insertProvider(db, { uid: await freeUid(db, p.incoming.uid, findProviderByUid), ...providerValues(p.fields), createdAt: now, updatedAt: now });
    } else if (p.changes.length) {
      provider = await updateProvider(db, p.existing.id, { ...providerValues(p.fields), updatedAt: now });
      if (p.changes.includes('name')) await refreshSearchTexts(db, provider);
    } else {
      provider = p.existing;
    }
    for (const s of p.services) {
      const { uid, ...fields } = s.incoming;
      if (!s.existing) {
        await insertService(db, { uid: await freeUid(db, uid, findServiceByUid), providerId: provider.id, ...serviceValues(fields, provider.name), createdAt: now, updatedAt: now });
      } else if (s.changes.length) {
        await updateService(db, s.existing.id, { ...serviceValues(fields, provider.name), updatedAt: now });
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------

type Methods =
  | 'serviceMap.search'
  | 'serviceMap.listProviders'
  | 'serviceMap.getProvider'
  | 'serviceMap.saveProvider'
  | 'serviceMap.saveService'
  | 'serviceMap.markChecked'
  | 'serviceMap.export'
  | 'serviceMap.importPreview'
  | 'serviceMap.import'
  | 'serviceMap.getSettings'
  | 'serviceMap.updateSettings'
  | 'serviceMap.suggest';

export const serviceMapHandlers: HandlerGroup<Methods> = {
  'serviceMap.search': async (input, { app }) =>
    withRead(app.handle, async (db) => {
      const clock = await clockOf(db, app);
      const { total, rows } = await searchServices(db, { ...input, words: searchWords(input.q) });
      return { total, rows: rows.map((r) => toHit(r.service, r.provider, clock)) };
    }),

  'serviceMap.listProviders': async (input, { app }) =>
    withRead(app.handle, async (db) => {
      const clock = await clockOf(db, app);
      const { total, rows } = await listProviders(db, {
        ...input,
        words: searchWords(input.q),
        staleCutoff: input.staleOnly ? staleCutoff(clock.today, clock.staleMonths) : null,
      });
      return { total, rows: rows.map((r) => toProvider(r, r.serviceCount, clock)) };
    }),

  'serviceMap.getProvider': async ({ id }, { app }) => withRead(app.handle, (db) => providerDetail(db, app, id)),

  'serviceMap.saveProvider': async ({ id, ...fields }, ctx) => {
    const actor = requireUser(ctx);
    const { app } = ctx;
    return withTransaction(app.handle, async (db) => {
      const now = app.nowIso();
      if (id === undefined) {
        const row = await insertProvider(db, { uid: randomUUID(), ...providerValues(fields), createdAt: now, updatedAt: now });
        await auditMap(db, app, actor, 'serviceMap.providerCreate', 'serviceProvider', row.id, { name: row.name, municipality: row.municipality });
        return providerDetail(db, app, row.id);
      }
      const before = await findProvider(db, id);
      if (!before) throw notFound();
      if (fields.sector !== 'social' && (await listServicesOf(db, [id])).some((s) => s.catalogueType)) {
        throw invalid('sector', ['validation.catalogueOnlySocial']);
      }
      const changes = changedFields(providerFieldsOf(before), fields, PROVIDER_FIELDS);
      const row = await updateProvider(db, id, { ...providerValues(fields), updatedAt: now });
      if (changes.includes('name')) await refreshSearchTexts(db, row);
      await auditMap(db, app, actor, 'serviceMap.providerUpdate', 'serviceProvider', id, { changes });
      return providerDetail(db, app, id);
    });
  },

  'serviceMap.saveService': async ({ id, providerId, ...fields }, ctx) => {
    const actor = requireUser(ctx);
    const { app } = ctx;
    return withTransaction(app.handle, async (db) => {
      const provider = await findProvider(db, providerId);
      if (!provider) throw notFound();
      checkCatalogueType(provider.sector, fields.catalogueType);
      const now = app.nowIso();
      if (id === undefined) {
        const row = await insertService(db, { uid: randomUUID(), providerId, ...serviceValues(fields, provider.name), createdAt: now, updatedAt: now });
        await auditMap(db, app, actor, 'serviceMap.serviceCreate', 'providerService', row.id, { providerId, name: row.name });
      } else {
        const before = await findService(db, id);
        if (!before || before.providerId !== providerId) throw notFound();
        const changes = changedFields(serviceFieldsOf(before), fields, SERVICE_FIELDS);
        await updateService(db, id, { ...serviceValues(fields, provider.name), updatedAt: now });
        await auditMap(db, app, actor, 'serviceMap.serviceUpdate', 'providerService', id, { providerId, changes });
      }
      return providerDetail(db, app, providerId);
    });
  },

  'serviceMap.markChecked': async ({ id, checkedOn }, ctx) => {
    const actor = requireUser(ctx);
    const { app } = ctx;
    const today = localToday(app);
    const on = checkedOn ?? today;
    if (compareDates(on, today) > 0) throw invalid('checkedOn', ['validation.dateInFuture']);
    return withTransaction(app.handle, async (db) => {
      const before = await findProvider(db, id);
      if (!before) throw notFound();
      await updateProvider(db, id, { lastCheckedOn: on, updatedAt: app.nowIso() });
      await auditMap(db, app, actor, 'serviceMap.providerChecked', 'serviceProvider', id, { checkedOn: on });
      return providerDetail(db, app, id);
    });
  },

  'serviceMap.export': async ({ format, providerIds }, ctx) => {
    const actor = requireUser(ctx);
    const { app } = ctx;
    return withTransaction(app.handle, async (db) => {
      const rows = await listProvidersForExport(db, providerIds);
      const services = await listServicesOf(db, rows.map((r) => r.id));
      const byProvider = new Map<number, ServiceRow[]>();
      for (const s of services) byProvider.set(s.providerId, [...(byProvider.get(s.providerId) ?? []), s]);
      const providers = rows.map((p) => exportProvider(p, byProvider.get(p.id) ?? []));
      const centre = await getSettings(db);
      const stamp = localToday(app);
      await auditMap(db, app, actor, 'serviceMap.export', 'serviceMap', format, { providers: providers.length, services: services.length, selection: providerIds !== undefined });
      const content =
        format === 'json'
          ? JSON.stringify(
              {
                format: EXCHANGE_FORMAT,
                version: EXCHANGE_VERSION,
                exportedAt: app.nowIso(),
                centre: { name: centre?.centreName ?? '', code: centre?.centreCode ?? '' },
                providers,
              },
              null,
              2,
            )
          : csvOf(providers);
      return {
        fileName: `service-map-${centre?.centreCode ?? 'centre'}-${stamp}.${format}`,
        mimeType: format === 'json' ? 'application/json' : 'text/csv',
        content,
        providers: providers.length,
        services: services.length,
      };
    });
  },

  'serviceMap.importPreview': async ({ content }, { app }) => {
    const providers = parseExchangeFile(content);
    return withRead(app.handle, async (db) => previewOf(await planImport(db, providers)));
  },

  'serviceMap.import': async ({ content }, ctx) => {
    const actor = requireUser(ctx);
    const { app } = ctx;
    const providers = parseExchangeFile(content);
    return withTransaction(app.handle, async (db) => {
      const plan = await planImport(db, providers);
      const preview = previewOf(plan);
      await applyImport(db, app.nowIso(), plan);
      await auditMap(db, app, actor, 'serviceMap.import', 'serviceMap', 'import', { providers: preview.providers, services: preview.services });
      return preview;
    });
  },

  'serviceMap.getSettings': async (_input, { app }) => withRead(app.handle, mapSettingsOf),

  'serviceMap.updateSettings': async (input, ctx) => {
    const actor = requireUser(ctx);
    const { app } = ctx;
    return withTransaction(app.handle, async (db) => {
      const before = await mapSettingsOf(db);
      await saveMapSettings(db, { ...input, updatedAt: app.nowIso() });
      await auditMap(db, app, actor, 'serviceMap.settingsUpdate', 'serviceMapSettings', 1, { before, after: input });
      return input;
    });
  },

  'serviceMap.suggest': async ({ caseId }, ctx) => {
    const user = requireUser(ctx);
    const { app } = ctx;
    return withRead(app.handle, async (db) => {
      const c = await loadCaseFor(db, user, caseId);
      const centre = await getSettings(db);
      const municipality = centre?.municipality ?? '';
      const needs = domainsNeedingServices((await latestAssessmentDomains(db, caseId)) as AssessedDomain[]);
      const candidates = await listActiveServicesIn(db, municipality);
      const byId = new Map(candidates.map((c) => [c.service.id, c]));
      const suggestions = suggestServices(
        needs,
        { targetGroup: c.targetGroup, municipality },
        candidates.map(({ service, provider }) => ({
          serviceId: service.id,
          domains: decodeList(service.domains),
          targetGroups: decodeList(service.targetGroups),
          searchText: service.searchFolded,
          municipality: provider.municipality,
          sector: provider.sector,
          active: service.active && provider.active,
        })),
      );
      const clock = await clockOf(db, app);
      return {
        needs,
        municipality,
        targetGroup: c.targetGroup,
        rows: suggestions.map((s) => {
          const { service, provider } = byId.get(s.serviceId)!;
          return { ...toHit(service, provider, clock), matchedDomains: s.domains };
        }),
      };
    });
  },
};
