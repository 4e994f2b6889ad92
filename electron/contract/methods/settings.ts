import { z } from 'zod';
import { defineMethod } from '../define';
import { centreCodeSchema, languageSchema, municipalitySchema, personNameSchema } from '../schemas';

export const settingsSchema = z.object({
  centreName: personNameSchema,
  centreCode: centreCodeSchema,
  municipality: municipalitySchema,
  defaultLanguage: languageSchema,
  autoLockMinutes: z.number({ error: 'validation.required' }).int({ error: 'validation.wholeNumber' }).min(1, { error: 'validation.autoLockRange' }).max(240, { error: 'validation.autoLockRange' }),
});
export type Settings = z.infer<typeof settingsSchema>;

export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  userId: z.number().int().nullable(),
  username: z.string().nullable(),
  action: z.string(),
  entityType: z.string().nullable(),
  entityId: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const settingsMethods = {
  'settings.get': defineMethod({ input: z.object({}), output: settingsSchema, access: 'signedIn' }),
  'settings.update': defineMethod({ input: settingsSchema, output: settingsSchema, access: ['admin'] }),
  'audit.list': defineMethod({
    input: z.object({ limit: z.number().int().min(1).max(500).default(100), offset: z.number().int().min(0).default(0) }),
    output: z.object({ total: z.number().int(), entries: z.array(auditEntrySchema) }),
    access: ['admin'],
  }),
};
