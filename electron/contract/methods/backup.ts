import { z } from 'zod';
import { defineMethod } from '../define';
import { passwordSchema, usernameSchema } from '../schemas';

// Issue 6: backups, restore and the audit-chain check. Backup settings live in a JSON file in the data
// folder (atvejis.backup.json), not in the database, so the first-run screen can restore before any database exists.

const BACKUP_NAME = /^atvejis-backup-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z(-\d{1,4})?$/;

/** An absolute folder path, checked further (exists, writable) by the service. */
export const backupFolderSchema = z
  .string({ error: 'validation.required' })
  .trim()
  .min(1, { error: 'validation.required' })
  .max(1000, { error: 'validation.tooLong' });
export const backupNameSchema = z.string({ error: 'validation.required' }).regex(BACKUP_NAME, { error: 'validation.backupName' });
const count = z.number({ error: 'validation.wholeNumber' }).int({ error: 'validation.wholeNumber' });

export const backupPhaseSchema = z.enum(['copying', 'verifying', 'hashing', 'rotating', 'done']);

export const backupSummarySchema = z.object({
  name: z.string(),
  status: z.enum(['ok', 'damaged']),
  createdAt: z.string().nullable(),
  kind: z.enum(['automatic', 'manual']).nullable(),
  appVersion: z.string().nullable(),
  centreName: z.string().nullable(),
  sizeBytes: z.number().int().nullable(),
  /** Contents summary: the row counts recorded (and re-checked) when the backup was made. */
  counts: z.object({ users: z.number().int(), clients: z.number().int(), cases: z.number().int(), auditEntries: z.number().int() }).nullable(),
});
export type BackupSummary = z.infer<typeof backupSummarySchema>;

export const backupConfigSchema = z.object({
  /** The folder backups go to now. */
  folder: z.string(),
  /** True when no folder was chosen and backups go beside the data. */
  isDefaultFolder: z.boolean(),
  defaultFolder: z.string(),
  automatic: z.boolean(),
  keepDaily: z.number().int(),
  keepWeekly: z.number().int(),
  keepMonthly: z.number().int(),
});
export type BackupConfigView = z.infer<typeof backupConfigSchema>;

export const backupConfigInputSchema = z.object({
  /** Empty = the default folder beside the data. */
  folder: z.string({ error: 'validation.invalid' }).trim().max(1000, { error: 'validation.tooLong' }),
  automatic: z.boolean({ error: 'validation.required' }),
  keepDaily: count.min(1, { error: 'validation.keepDailyRange' }).max(365, { error: 'validation.keepDailyRange' }),
  keepWeekly: count.min(0, { error: 'validation.keepRange' }).max(520, { error: 'validation.keepRange' }),
  keepMonthly: count.min(0, { error: 'validation.keepRange' }).max(600, { error: 'validation.keepRange' }),
});
export type BackupConfigInput = z.infer<typeof backupConfigInputSchema>;

export const backupStatusSchema = z.object({
  folder: z.string(),
  lastGood: z.object({ at: z.string(), name: z.string(), folder: z.string(), ageHours: z.number() }).nullable(),
  lastAttempt: z.object({ at: z.string(), ok: z.boolean(), messageKey: z.string().nullable() }).nullable(),
  running: z.object({ phase: backupPhaseSchema, percent: z.number(), startedAt: z.string() }).nullable(),
  automatic: z.boolean(),
  nextAutomaticAt: z.string().nullable(),
});
export type BackupStatus = z.infer<typeof backupStatusSchema>;

const listOutput = z.object({ folder: z.string(), backups: z.array(backupSummarySchema) });

export const restoreAtFirstRunInputSchema = z
  .object({
    folder: backupFolderSchema,
    name: backupNameSchema,
    method: z.enum(['password', 'recoveryKey'], { error: 'validation.invalid' }),
    username: z.string({ error: 'validation.invalid' }).trim().toLowerCase().max(32, { error: 'validation.usernameFormat' }).default(''),
    password: z.string({ error: 'validation.invalid' }).max(200, { error: 'validation.passwordTooLong' }).default(''),
    recoveryKey: z.string({ error: 'validation.invalid' }).max(200, { error: 'validation.invalid' }).default(''),
  })
  .superRefine((v, ctx) => {
    if (v.method === 'password') {
      if (!usernameSchema.safeParse(v.username).success) ctx.addIssue({ code: 'custom', path: ['username'], message: 'validation.usernameFormat' });
      if (!v.password) ctx.addIssue({ code: 'custom', path: ['password'], message: 'validation.required' });
    } else if (!v.recoveryKey.trim()) ctx.addIssue({ code: 'custom', path: ['recoveryKey'], message: 'validation.required' });
  });
export type RestoreAtFirstRunInput = z.input<typeof restoreAtFirstRunInputSchema>;

export const auditVerifySchema = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  /** The first entry whose hash or link to the one before does not hold. */
  firstBrokenId: z.number().int().nullable(),
  /** The log ends before the last entry recorded at the latest backup: its tail was cut off. */
  truncated: z.boolean(),
});
export type AuditVerifyResult = z.infer<typeof auditVerifySchema>;

export const backupMethods = {
  'backup.status': defineMethod({ input: z.object({}), output: backupStatusSchema, access: ['admin'] }),
  'backup.config.get': defineMethod({ input: z.object({}), output: backupConfigSchema, access: ['admin'] }),
  'backup.config.update': defineMethod({ input: backupConfigInputSchema, output: backupConfigSchema, access: ['admin'] }),
  /** Backs up now and waits for the verified result; backup.status shows the progress meanwhile. */
  'backup.run': defineMethod({ input: z.object({}), output: backupSummarySchema, access: ['admin'] }),
  'backup.list': defineMethod({ input: z.object({ folder: backupFolderSchema.optional() }), output: listOutput, access: ['admin'] }),
  /** First-run screen, before the centre exists: the backups in a folder the person points at. */
  'backup.listAtFirstRun': defineMethod({ input: z.object({ folder: backupFolderSchema }), output: listOutput, access: 'public' }),
  /** Replaces the centre's data with a backup; the current files are kept aside. The administrator confirms with their password. */
  'backup.restore': defineMethod({
    input: z.object({ folder: backupFolderSchema.optional(), name: backupNameSchema, password: passwordSchema }),
    output: z.object({ restored: backupSummarySchema, keptAside: z.string().nullable(), signedOut: z.boolean() }),
    access: ['admin'],
  }),
  /** A new PC from a backup: only while no centre is set up, opened with a user's password or the recovery key. */
  'backup.restoreAtFirstRun': defineMethod({
    input: restoreAtFirstRunInputSchema,
    output: z.object({ restored: backupSummarySchema, keptAside: z.string().nullable() }),
    access: 'public',
  }),
  /** For everyone's Today list: true when the last good backup is older than two days (or there is none). */
  'backup.warning': defineMethod({
    input: z.object({}),
    output: z.object({ warn: z.boolean(), lastGoodAt: z.string().nullable(), ageDays: z.number().int().nullable() }),
    access: 'signedIn',
  }),
  'audit.verify': defineMethod({ input: z.object({}), output: auditVerifySchema, access: ['admin'] }),
};
