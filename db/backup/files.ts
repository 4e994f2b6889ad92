import { createHash } from 'node:crypto';
import { closeSync, createReadStream, fsyncSync, openSync, renameSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/** Writes through a temp file, fsync and rename: a crash leaves the old or the new file, never half of one. */
export function writeFileAtomic(path: string, text: string): void {
  const tmp = `${path}.tmp`;
  const fd = openSync(tmp, 'w', 0o600);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
  fsyncDir(dirname(path));
}

export function fsyncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

export function fsyncDir(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Directories cannot be fsynced on every platform (Windows); renames are still atomic there.
  }
}

/** SHA-256 of a file, streamed (a database can be large); yields to the event loop between chunks. */
export function sha256File(path: string, onBytes?: (bytes: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    let done = 0;
    createReadStream(path)
      .on('data', (chunk) => {
        hash.update(chunk);
        done += chunk.length;
        onBytes?.(done);
      })
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}

/** "2026-11-23T09:00:00.000Z" → "2026-11-23T09-00-00Z": a timestamp that is a valid folder name everywhere. */
export function stampOf(iso: string): string {
  return iso.replace(/\.\d+Z$/, 'Z').replace(/:/g, '-');
}
