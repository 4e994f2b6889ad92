import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Language } from '../contract';

// Text the main process writes into files (printed forms, the Ministry workbook) comes from the same
// locales/<lang>/<area>.json the screens use. They are read from disk rather than imported, so one
// copy serves the bundled app (packaged as a resource), the bridge and every test runner alike.

function localesFolder(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const resources = (process as { resourcesPath?: string }).resourcesPath;
  const candidates = [
    process.env.ATVEJIS_LOCALES,
    join(here, '..', '..', 'locales'),
    join(here, '..', '..', '..', 'locales'),
    join(process.cwd(), 'locales'),
    resources ? join(resources, 'locales') : undefined,
  ].filter((p): p is string => !!p);
  const found = candidates.find((p) => existsSync(join(p, 'en', 'common.json')));
  if (!found) throw new Error(`Locales folder not found (looked in ${candidates.join(', ')})`);
  return found;
}

const cache = new Map<string, unknown>();

/** One area's strings in one language, e.g. loadLocaleArea('lt', 'ministry'). */
export function loadLocaleArea<T = Record<string, unknown>>(lang: Language, area: string): T {
  const key = `${lang}/${area}`;
  if (!cache.has(key)) cache.set(key, JSON.parse(readFileSync(join(localesFolder(), lang, `${area}.json`), 'utf8')));
  return cache.get(key) as T;
}
