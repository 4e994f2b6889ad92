// npm run audit:verify -- --data-dir DIR
// Checks the audit log's hash chain (and that its tail was not cut off) without starting the program.
// The database is encrypted: give a user's password (ATVEJIS_USERNAME + ATVEJIS_PASSWORD) or the
// recovery key (ATVEJIS_RECOVERY_KEY), or answer the prompts. Exit 0: intact; 1: broken or cut; 2: could not check.
import { join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { commandLineDataDir } from '../main/data-dir';
import { KeyRing } from '../../db/keyring';
import { DATABASE_FILE, openDatabase } from '../../db/open';
import { checkAuditLog } from '../services/backup';

const { values } = parseArgs({ options: { 'data-dir': { type: 'string' } }, allowPositionals: false });
const dataDir = commandLineDataDir(values['data-dir']);

async function ask(question: string): Promise<string> {
  if (!process.stdin.isTTY) return '';
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return (await rl.question(question)).trim();
  } finally {
    rl.close();
  }
}

async function main(): Promise<number> {
  if (!KeyRing.exists(dataDir)) {
    console.error(`No Atvejis data in ${dataDir} (no key ring). Use --data-dir DIR.`);
    return 2;
  }
  const ring = KeyRing.load(dataDir);
  let key: Buffer | null = null;
  const recovery = process.env.ATVEJIS_RECOVERY_KEY;
  let username = process.env.ATVEJIS_USERNAME;
  let password = process.env.ATVEJIS_PASSWORD;
  if (recovery) key = ring.openWithRecoveryKey(recovery);
  else {
    username ??= await ask('Username (leave empty to type the recovery key instead): ');
    if (username) {
      password ??= await ask('Password: ');
      key = (await ring.openSlot(username.toLowerCase(), password))?.dbKey ?? null;
    } else {
      const typed = await ask('Recovery key: ');
      key = typed ? ring.openWithRecoveryKey(typed) : null;
    }
  }
  if (!key) {
    console.error('That password or recovery key does not open this centre’s data.');
    return 2;
  }
  const handle = openDatabase({ file: join(dataDir, DATABASE_FILE), key, migrate: false });
  try {
    const r = await checkAuditLog(handle, dataDir);
    if (r.ok) {
      console.log(`Audit log intact: ${r.checked} entries, every link holds.`);
      return 0;
    }
    if (r.firstBrokenId !== null) console.log(`Audit log BROKEN: the first broken link is entry #${r.firstBrokenId} (${r.checked} entries before it hold).`);
    if (r.truncated) console.log('Audit log CUT SHORT: the last entry recorded at the latest backup is missing or changed.');
    return 1;
  } finally {
    handle.close();
    key.fill(0);
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(2);
  },
);
