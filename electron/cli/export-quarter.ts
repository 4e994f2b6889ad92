import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { MethodOutput } from '../contract';
import { AppContext } from '../services/app-context';
import { createDispatcher } from '../services/dispatcher';

// npm run export:quarter -- --data-dir DIR --quarter 2026-Q3 --out FILE --username ADMIN  (password in ATVEJIS_PASSWORD)
const USAGE = `Usage: npm run export:quarter -- --data-dir DIR --quarter YYYY-Qn --out FILE --username ADMIN

Makes the quarterly statistics package for the Ministry from a centre's data folder, exactly as the
Administration screen does, and records it in the export history. The administrator's password is
read from the ATVEJIS_PASSWORD environment variable (never from the command line, where others could
see it). The data folder may be in use by the program at the same time: the package is read from one
consistent snapshot of the database, and the export history is written in its own short transaction.
Exit codes: 0 written, 1 refused (the reason is printed), 2 wrong usage.`;

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    quarter: { type: 'string' },
    out: { type: 'string' },
    username: { type: 'string' },
    force: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});

const password = process.env.ATVEJIS_PASSWORD;
if (values.help || !values['data-dir'] || !values.quarter || !values.out || !values.username || !password) {
  console.log(USAGE);
  if (!values.help && !password) console.error('\nATVEJIS_PASSWORD is not set.');
  process.exit(values.help ? 0 : 2);
}
const out = resolve(values.out);
if (existsSync(out) && !values.force) {
  console.error(`${out} exists; give --force to replace it.`);
  process.exit(2);
}

// A one-off export leaves backups to the program itself.
const app = new AppContext({ dataDir: resolve(values['data-dir']), automaticBackups: false });
const dispatch = createDispatcher(app, () => undefined);
let code = 0;
try {
  if (!app.initialised) throw new Error(`No centre in ${values['data-dir']}.`);
  const signIn = await dispatch('cli', 'auth.signIn', { username: values.username, password });
  if (!signIn.ok) throw new Error(`Signing in as ${values.username} failed (${signIn.error.code}).`);
  const r = await dispatch('cli', 'ministry.export', { quarter: values.quarter });
  if (!r.ok) {
    const reasons = (r.error.issues ?? []).map((i) => `  ${i.messageKey} ${JSON.stringify(i.params ?? { path: i.path })}`);
    throw new Error([`Refused: ${r.error.messageKey}`, ...reasons].join('\n'));
  }
  const { record, zipBase64 } = r.value as MethodOutput<'ministry.export'>;
  writeFileSync(out, Buffer.from(zipBase64, 'base64'));
  console.log(`${record.fileName} (${record.action === 'I' ? 'first package' : 'replacement'}) written to ${out}\nSHA-256 ${record.sha256}`);
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  code = 1;
} finally {
  await dispatch('cli', 'auth.signOut', {});
  await app.shutdown();
}
process.exit(code);
