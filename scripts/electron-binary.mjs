// Finds the Electron executable WITHOUT the electron package's auto-download:
// require('electron') (node_modules/electron/index.js) downloads the binary when path.txt or the
// file it names is missing, which cannot work on machines without access to GitHub releases.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** What install.js would write to path.txt on this platform. */
function platformExecutable() {
  switch (process.platform) {
    case 'darwin':
      return 'Electron.app/Contents/MacOS/Electron';
    case 'win32':
      return 'electron.exe';
    default:
      return 'electron';
  }
}

function isFile(p) {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

/**
 * The path of the Electron executable, or null when it is not installed.
 * Honours ELECTRON_OVERRIDE_DIST_PATH like the electron package does.
 * @param {string} [projectRoot] folder holding node_modules (default: this project)
 * @returns {string | null}
 */
export function electronBinary(projectRoot = ROOT) {
  const pkg = join(projectRoot, 'node_modules', 'electron');
  const pathFile = join(pkg, 'path.txt');
  const fromPathFile = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const candidate = override
    ? join(override, fromPathFile || platformExecutable())
    : fromPathFile
      ? join(pkg, 'dist', fromPathFile)
      : null;
  return candidate && isFile(candidate) ? candidate : null;
}
