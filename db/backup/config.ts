import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from './files';

/**
 * Backup settings and state live in `atvejis.backup.json` in the data folder, not in the database:
 * they must be readable before anyone has signed in (the first-run restore, the start-up backup)
 * and must survive a restore of the database itself. Nothing in it is secret.
 */
export const BACKUP_CONFIG_FILE = 'atvejis.backup.json';
export const DEFAULT_BACKUP_SUBFOLDER = 'backups';

export const rotationSchema = z.object({
  keepDaily: z.number().int().min(1).max(365),
  keepWeekly: z.number().int().min(0).max(520),
  keepMonthly: z.number().int().min(0).max(600),
});
export type Rotation = z.infer<typeof rotationSchema>;

export const DEFAULT_ROTATION: Rotation = { keepDaily: 7, keepWeekly: 4, keepMonthly: 12 };

const configSchema = z.object({
  /** Absolute folder chosen by the administrator; null = `<dataDir>/backups`. */
  folder: z.string().nullable(),
  automatic: z.boolean(),
  rotation: rotationSchema,
});
export type BackupConfig = z.infer<typeof configSchema>;

const stateSchema = z.object({
  lastGood: z.object({ at: z.string(), folder: z.string(), name: z.string() }).nullable(),
  lastAttempt: z.object({ at: z.string(), ok: z.boolean(), error: z.string().nullable() }).nullable(),
  /** The audit log's tail at the last backup: a later log that no longer contains it was truncated. */
  auditMark: z.object({ id: z.number().int(), hash: z.string() }).nullable(),
});
export type BackupState = z.infer<typeof stateSchema>;

const fileSchema = z.object({ format: z.literal('atvejis-backup-config'), version: z.literal(1), config: configSchema, state: stateSchema });
type BackupFile = z.infer<typeof fileSchema>;

export const DEFAULT_CONFIG: BackupConfig = { folder: null, automatic: true, rotation: DEFAULT_ROTATION };
const EMPTY_STATE: BackupState = { lastGood: null, lastAttempt: null, auditMark: null };

export function backupConfigPath(dataDir: string): string {
  return join(dataDir, BACKUP_CONFIG_FILE);
}

function readFile(dataDir: string): BackupFile {
  const path = backupConfigPath(dataDir);
  if (existsSync(path)) {
    try {
      return fileSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
    } catch {
      // A damaged settings file must not stop backups: fall back to the defaults (and rewrite on the next save).
    }
  }
  return { format: 'atvejis-backup-config', version: 1, config: { ...DEFAULT_CONFIG }, state: { ...EMPTY_STATE } };
}

export function readBackupConfig(dataDir: string): BackupConfig {
  return readFile(dataDir).config;
}

export function readBackupState(dataDir: string): BackupState {
  return readFile(dataDir).state;
}

export function writeBackupConfig(dataDir: string, config: BackupConfig): void {
  const file = readFile(dataDir);
  writeFileAtomic(backupConfigPath(dataDir), JSON.stringify({ ...file, config: configSchema.parse(config) }, null, 2));
}

export function updateBackupState(dataDir: string, patch: Partial<BackupState>): BackupState {
  const file = readFile(dataDir);
  const state = stateSchema.parse({ ...file.state, ...patch });
  writeFileAtomic(backupConfigPath(dataDir), JSON.stringify({ ...file, state }, null, 2));
  return state;
}

/** Where backups go: the chosen folder, or `<dataDir>/backups`. */
export function backupFolder(dataDir: string, config: BackupConfig = readBackupConfig(dataDir)): string {
  return config.folder ?? join(dataDir, DEFAULT_BACKUP_SUBFOLDER);
}
