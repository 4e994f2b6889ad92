import { z } from 'zod';
import { CATALOGUE_TYPES, NEED_DOMAINS, SECTORS, SERVICE_TARGET_GROUPS } from '../../core/service-map';
import { defineMethod } from '../define';
import { calendarDateSchema, idSchema, municipalitySchema, pageShape, textSchema } from '../schemas';

// The service map (R16). Administrators keep it ("service map upkeep", DOMAIN.md roles); every
// signed-in user reads it, searches it and may export it.

export const sectorSchema = z.enum(SECTORS, { error: 'validation.invalid' });
export const catalogueTypeSchema = z.enum(CATALOGUE_TYPES, { error: 'validation.invalid' });
export const serviceTargetGroupSchema = z.enum(SERVICE_TARGET_GROUPS, { error: 'validation.invalid' });
export const needDomainSchema = z.enum(NEED_DOMAINS, { error: 'validation.invalid' });

const requiredText = (max: number) => textSchema(max).min(1, { error: 'validation.required' });
const emailSchema = textSchema(200).refine((v) => v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), { error: 'validation.invalid' });

export const contactPersonSchema = z.object({
  name: requiredText(120),
  role: textSchema(120).default(''),
  phone: textSchema(60).default(''),
  email: emailSchema.default(''),
});
export type ContactPerson = z.output<typeof contactPersonSchema>;

/** What an administrator enters for a provider (and what the exchange file carries). */
export const providerFieldsShape = {
  name: requiredText(200),
  sector: sectorSchema,
  municipality: municipalitySchema,
  address: textSchema(300).default(''),
  phones: z.array(requiredText(60), { error: 'validation.invalid' }).max(10, { error: 'validation.tooLong' }).default([]),
  email: emailSchema.default(''),
  website: textSchema(300).default(''),
  contactPersons: z.array(contactPersonSchema, { error: 'validation.invalid' }).max(10, { error: 'validation.tooLong' }).default([]),
  notes: textSchema(4000).default(''),
  active: z.boolean({ error: 'validation.invalid' }).default(true),
  lastCheckedOn: calendarDateSchema.nullable().default(null),
};

export const serviceFieldsShape = {
  name: requiredText(200),
  description: textSchema(4000).default(''),
  targetGroups: z.array(serviceTargetGroupSchema, { error: 'validation.invalid' }).max(4).default([]),
  domains: z.array(needDomainSchema, { error: 'validation.invalid' }).max(12).default([]),
  eligibility: textSchema(2000).default(''),
  capacity: textSchema(300).default(''),
  waitingTime: textSchema(300).default(''),
  cost: textSchema(300).default(''),
  languages: textSchema(300).default(''),
  /** Only for the social sector: the Catalogue of Social Services type. */
  catalogueType: catalogueTypeSchema.nullable().default(null),
  active: z.boolean({ error: 'validation.invalid' }).default(true),
};

export const saveProviderInputSchema = z.object({ id: idSchema.optional(), ...providerFieldsShape });
export type SaveProviderInput = z.input<typeof saveProviderInputSchema>;
export const saveServiceInputSchema = z.object({ id: idSchema.optional(), providerId: idSchema, ...serviceFieldsShape });
export type SaveServiceInput = z.input<typeof saveServiceInputSchema>;

export const serviceSchema = z.object({
  id: z.number().int(),
  uid: z.string(),
  providerId: z.number().int(),
  name: z.string(),
  description: z.string(),
  targetGroups: z.array(serviceTargetGroupSchema),
  domains: z.array(needDomainSchema),
  eligibility: z.string(),
  capacity: z.string(),
  waitingTime: z.string(),
  cost: z.string(),
  languages: z.string(),
  catalogueType: catalogueTypeSchema.nullable(),
  active: z.boolean(),
  updatedAt: z.string(),
});
export type MapService = z.infer<typeof serviceSchema>;

export const providerSchema = z.object({
  id: z.number().int(),
  uid: z.string(),
  name: z.string(),
  sector: sectorSchema,
  municipality: z.string(),
  address: z.string(),
  phones: z.array(z.string()),
  email: z.string(),
  website: z.string(),
  contactPersons: z.array(z.object({ name: z.string(), role: z.string(), phone: z.string(), email: z.string() })),
  notes: z.string(),
  active: z.boolean(),
  lastCheckedOn: z.string().nullable(),
  /** Not checked for the stale period (default 12 months), or never. */
  stale: z.boolean(),
  serviceCount: z.number().int(),
  updatedAt: z.string(),
});
export type MapProvider = z.infer<typeof providerSchema>;

export const providerDetailSchema = providerSchema.extend({ services: z.array(serviceSchema) });
export type MapProviderDetail = z.infer<typeof providerDetailSchema>;

export const serviceHitSchema = serviceSchema.extend({
  provider: z.object({ id: z.number().int(), name: z.string(), sector: sectorSchema, municipality: z.string(), active: z.boolean(), stale: z.boolean() }),
});
export type ServiceHit = z.infer<typeof serviceHitSchema>;

const filterShape = {
  q: textSchema(200).default(''),
  sector: sectorSchema.nullable().default(null),
  municipality: municipalitySchema.nullable().default(null),
  includeArchived: z.boolean({ error: 'validation.invalid' }).default(false),
  ...pageShape,
};

export const serviceSearchInputSchema = z.object({ ...filterShape, targetGroup: serviceTargetGroupSchema.nullable().default(null) });
export type ServiceSearchInput = z.input<typeof serviceSearchInputSchema>;
export const providerListInputSchema = z.object({ ...filterShape, staleOnly: z.boolean({ error: 'validation.invalid' }).default(false) });

export const serviceMapSettingsSchema = z.object({
  followUpDays: z.number({ error: 'validation.wholeNumber' }).int({ error: 'validation.wholeNumber' }).min(1, { error: 'validation.invalid' }).max(180, { error: 'validation.invalid' }),
  staleMonths: z.number({ error: 'validation.wholeNumber' }).int({ error: 'validation.wholeNumber' }).min(1, { error: 'validation.invalid' }).max(60, { error: 'validation.invalid' }),
});
export type ServiceMapSettings = z.infer<typeof serviceMapSettingsSchema>;

// ---------------------------------------------------------------------------------------------
// Exchange format "atvejis.service-map" version 1 (README, "Service map exchange format").

export const EXCHANGE_FORMAT = 'atvejis.service-map';
export const EXCHANGE_VERSION = 1;

const uidSchema = z.string({ error: 'validation.invalid' }).trim().min(1, { error: 'validation.required' }).max(64, { error: 'validation.tooLong' });

export const exchangeServiceSchema = z.object({ uid: uidSchema.optional(), ...serviceFieldsShape }).strict();
export const exchangeProviderSchema = z
  .object({ uid: uidSchema.optional(), ...providerFieldsShape, services: z.array(exchangeServiceSchema, { error: 'validation.invalid' }).max(500).default([]) })
  .strict();
export const exchangeFileSchema = z.object({
  format: z.literal(EXCHANGE_FORMAT, { error: 'validation.invalid' }),
  version: z.literal(EXCHANGE_VERSION, { error: 'validation.invalid' }),
  exportedAt: z.string({ error: 'validation.invalid' }).max(40).optional(),
  centre: z.object({ name: z.string().max(200), code: z.string().max(20) }).partial().optional(),
  providers: z.array(exchangeProviderSchema, { error: 'validation.invalid' }).max(20000, { error: 'validation.tooLong' }),
});
export type ExchangeFile = z.input<typeof exchangeFileSchema>;
export type ExchangeProvider = z.output<typeof exchangeProviderSchema>;

export const importPreviewSchema = z.object({
  providers: z.object({ added: z.number().int(), changed: z.number().int(), unchanged: z.number().int() }),
  services: z.object({ added: z.number().int(), changed: z.number().int(), unchanged: z.number().int() }),
  items: z.array(
    z.object({
      name: z.string(),
      municipality: z.string(),
      status: z.enum(['added', 'changed', 'unchanged']),
      /** How the provider was matched: by the file's stable id, by name + municipality, or not at all. */
      matchedBy: z.enum(['uid', 'name', 'none']),
      changes: z.array(z.string()),
      servicesAdded: z.number().int(),
      servicesChanged: z.number().int(),
    }),
  ),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;

/** An exchange file as text: 20 MB is far above any real map (5,000 services ≈ 3 MB). */
const fileContentSchema = z.string({ error: 'validation.required' }).min(1, { error: 'validation.required' }).max(20_000_000, { error: 'validation.tooLong' });

export const serviceMapMethods = {
  'serviceMap.search': defineMethod({
    input: serviceSearchInputSchema,
    output: z.object({ total: z.number().int(), rows: z.array(serviceHitSchema) }),
    access: 'signedIn',
  }),
  'serviceMap.listProviders': defineMethod({
    input: providerListInputSchema,
    output: z.object({ total: z.number().int(), rows: z.array(providerSchema) }),
    access: 'signedIn',
  }),
  'serviceMap.getProvider': defineMethod({ input: z.object({ id: idSchema }), output: providerDetailSchema, access: 'signedIn' }),
  'serviceMap.saveProvider': defineMethod({ input: saveProviderInputSchema, output: providerDetailSchema, access: ['admin'] }),
  'serviceMap.saveService': defineMethod({ input: saveServiceInputSchema, output: providerDetailSchema, access: ['admin'] }),
  /** "Checked today (or on a date) and still right": clears the stale flag. */
  'serviceMap.markChecked': defineMethod({
    input: z.object({ id: idSchema, checkedOn: calendarDateSchema.optional() }),
    output: providerDetailSchema,
    access: ['admin'],
  }),
  'serviceMap.export': defineMethod({
    input: z.object({
      format: z.enum(['json', 'csv'], { error: 'validation.invalid' }),
      /** A selection; the whole map (archived included) when absent. */
      providerIds: z.array(idSchema).max(20000).optional(),
    }),
    output: z.object({ fileName: z.string(), mimeType: z.string(), content: z.string(), providers: z.number().int(), services: z.number().int() }),
    access: 'signedIn',
  }),
  'serviceMap.importPreview': defineMethod({ input: z.object({ content: fileContentSchema }), output: importPreviewSchema, access: ['admin'] }),
  'serviceMap.import': defineMethod({ input: z.object({ content: fileContentSchema }), output: importPreviewSchema, access: ['admin'] }),
  'serviceMap.getSettings': defineMethod({ input: z.object({}), output: serviceMapSettingsSchema, access: 'signedIn' }),
  'serviceMap.updateSettings': defineMethod({ input: serviceMapSettingsSchema, output: serviceMapSettingsSchema, access: ['admin'] }),
  /** Item 6: services on the map for the needs of the case's latest assessment. */
  'serviceMap.suggest': defineMethod({
    input: z.object({ caseId: idSchema }),
    output: z.object({
      needs: z.array(needDomainSchema),
      municipality: z.string(),
      targetGroup: z.string(),
      rows: z.array(serviceHitSchema.extend({ matchedDomains: z.array(needDomainSchema) })),
    }),
    access: 'signedIn',
  }),
};
