import { mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { commandLineDataDir } from '../main/data-dir';
import { defaultRendererRoot } from '../serving/renderer-files';
import { isLoopbackHost, startBridge } from './server';

// npm run start:browser -- [--data-dir DIR] [--port N] [--host 127.0.0.1]
const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    port: { type: 'string' },
    host: { type: 'string' },
  },
  allowPositionals: false,
});

const host = values.host ?? '127.0.0.1';
if (!isLoopbackHost(host)) {
  console.error(`Refusing --host ${host}: the browser mode serves personal data and only listens on 127.0.0.1.`);
  process.exit(2);
}
const dataDir = commandLineDataDir(values['data-dir']);
mkdirSync(dataDir, { recursive: true, mode: 0o700 });

const bridge = await startBridge({ dataDir, rendererRoot: defaultRendererRoot(), host, port: values.port ? Number(values.port) : 0 });
console.log(`Atvejis (browser mode) — data folder: ${dataDir}`);
console.log(`Open: ${bridge.openUrl}`);
console.log('Only this computer can connect; the link holds a secret for this run. Press Ctrl+C to stop.');

const stop = async () => {
  await bridge.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
