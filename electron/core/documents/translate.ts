import type { Translate } from './layout';

/**
 * A label lookup over one language's locale files ({ documents: {...}, ... } as i18next holds them):
 * dotted keys, {{name}} interpolation. A missing key is reported through `onMissing` and printed as
 * the key itself, so a test can insist that none is missing.
 */
export function makeTranslator(resources: Record<string, unknown>, onMissing?: (key: string) => void): Translate {
  return (key, params) => {
    let node: unknown = resources;
    for (const part of key.split('.')) {
      node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
    }
    if (typeof node !== 'string') {
      onMissing?.(key);
      return key;
    }
    return params ? node.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, name: string) => (name in params ? String(params[name]) : m)) : node;
  };
}

/** A file name that every file system accepts: ASCII letters, digits, dashes (Lithuanian letters folded). */
export function fileSlug(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
}

/** e.g. uzdarymo-forma_KSPC-2026-00012_2026-11-23_lt.pdf */
export function documentFileName(form: string, ref: string | null, date: string, language: string): string {
  return [fileSlug(form), ref ? fileSlug(ref) : null, date, language].filter(Boolean).join('_') + '.pdf';
}
