import { mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * The data folder: `--data-dir=DIR` or `--data-dir DIR` on the command line, else ATVEJIS_DATA_DIR,
 * else `<userData>/data`. Pure (no Electron import) so it can be unit-tested.
 */
export function dataDirFromArgs(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg.startsWith('--data-dir=')) {
      const value = arg.slice('--data-dir='.length);
      if (value) return value;
    } else if (arg === '--data-dir') {
      const value = argv[i + 1];
      if (value && !value.startsWith('--')) return value;
    }
  }
  return undefined;
}

export function resolveDataDir(argv: readonly string[], userDataPath: string, env: NodeJS.ProcessEnv = process.env): string {
  const chosen = dataDirFromArgs(argv) ?? (env.ATVEJIS_DATA_DIR || undefined);
  return chosen ? resolve(chosen) : join(userDataPath, 'data');
}

/**
 * The data folder of the command-line tools and the browser mode (no Electron userData there):
 * `--data-dir`, else ATVEJIS_DATA_DIR, else `~/.atvejis/data`.
 */
export function commandLineDataDir(given: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return resolve(given ?? (env.ATVEJIS_DATA_DIR || join(homedir(), '.atvejis', 'data')));
}

/** Creates the folder (and parents) readable by the current user only; an existing folder is left as it is. */
export function ensureDataDir(dir: string): string {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  return dir;
}
