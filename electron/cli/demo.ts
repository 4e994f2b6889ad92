import { parseArgs } from 'node:util';
import { commandLineDataDir } from '../main/data-dir';
import { DomainError } from '../services/errors';
import { buildDemoCentre } from './demo-centre';

// npm run demo -- --cases N [--data-dir DIR] [--seed S] [--force] [--username U --password P]
const USAGE = `Usage: npm run demo -- --cases N [--data-dir DIR] [--seed S] [--force] [--username ADMIN --password PASSWORD]

Fills a centre with synthetic people and cases for trying the program and for benchmarks.
DIR is the data folder, by default ATVEJIS_DATA_DIR or ~/.atvejis/data (the browser mode's).
If DIR holds no centre yet, one is set up first (administrator "admin", the demo password printed below).
For an existing centre, give an administrator's --username and --password (or ATVEJIS_PASSWORD).
A centre that already has cases is refused unless --force.`;

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    cases: { type: 'string' },
    seed: { type: 'string' },
    force: { type: 'boolean', default: false },
    username: { type: 'string' },
    password: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
  allowPositionals: false,
});

if (values.help || !values.cases) {
  console.log(USAGE);
  process.exit(values.help ? 0 : 2);
}
const cases = Number(values.cases);
const seed = values.seed === undefined ? 1 : Number(values.seed);
if (!Number.isInteger(cases) || cases < 1 || cases > 5_000_000) {
  console.error('--cases must be a whole number from 1 to 5,000,000.');
  process.exit(2);
}
if (!Number.isInteger(seed)) {
  console.error('--seed must be a whole number.');
  process.exit(2);
}

const dataDir = commandLineDataDir(values['data-dir']);
const started = performance.now();
let lastReport = 0;
try {
  const centre = await buildDemoCentre({
    dataDir,
    cases,
    seed,
    force: values.force,
    username: values.username,
    password: values.password ?? process.env.ATVEJIS_PASSWORD,
    log: (line) => console.log(line),
    onProgress: (n) => {
      if (performance.now() - lastReport > 2000) {
        lastReport = performance.now();
        console.log(`  … ${n.toLocaleString('en')} cases written`);
      }
    },
  });
  const { result, recoveryKey, admin } = centre;
  await centre.app.shutdown();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`\nDemo data in ${dataDir} (seed ${seed}, dates relative to ${result.today}):`);
  for (const [table, n] of Object.entries(result.counts)) console.log(`  ${table.padEnd(22)} ${n.toLocaleString('en').padStart(12)}`);
  console.log(`\nTook ${seconds} s in all (demo fill ${(result.ms / 1000).toFixed(1)} s).`);
  if (recoveryKey) {
    console.log(`\nNew centre. Administrator: ${admin.username} / ${admin.password}`);
    console.log(`Recovery key (keep it if the data matters): ${recoveryKey}`);
  }
  console.log(`\nDemo users (password for all: ${result.password}):`);
  for (const u of result.users) console.log(`  ${u.username.padEnd(16)} ${u.fullName.padEnd(28)} ${u.roles.join(', ')}`);
  console.log(`\nTry it: npm run build && npm run start:browser -- --data-dir ${JSON.stringify(dataDir)}`);
} catch (err) {
  if (err instanceof DomainError && err.messageKey === 'errors.demoCentreHasCases') {
    console.error('This centre already has cases; demo data goes only into an empty centre. Add --force to add it anyway.');
  } else {
    console.error(err instanceof Error ? err.message : err);
  }
  process.exit(1);
}
