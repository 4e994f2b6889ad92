// npm start (after the build): runs Atvejis in Electron when its binary is installed, otherwise in
// browser mode (the loopback bridge). Extra arguments are forwarded: npm start -- --data-dir DIR
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronBinary } from './electron-binary.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);

function run(command, commandArgs, options = {}) {
  const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit', ...options });
  const forward = (signal) => {
    if (!child.killed) child.kill(signal);
  };
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  child.on('error', (err) => {
    console.error(`Could not start ${command}: ${err.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

const bin = electronBinary(root);
if (bin) {
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE; // would make the binary a plain Node and ignore the app
  run(bin, ['.', ...args], { env });
} else {
  console.log('The Electron binary is not installed on this machine (it could not be downloaded), so Atvejis starts in browser mode instead.');
  const windows = process.platform === 'win32';
  // npm.cmd is a batch file: since Node's CVE-2024-27980 fix it must go through the shell on Windows.
  const quote = (a) => (/[\s"&|<>^()%!]/.test(a) ? `"${a.replace(/"/g, '""')}"` : a);
  if (windows) run('npm.cmd', ['run', 'start:browser', '--', ...args.map(quote)], { shell: true });
  else run('npm', ['run', 'start:browser', '--', ...args]);
}
