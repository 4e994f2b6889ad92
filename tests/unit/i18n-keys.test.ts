import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { LANGUAGES, ROLES } from '../../electron/contract';
import { AUDIT_ENTITIES } from '../../electron/core/audit-entities';

const ROOT = join(import.meta.dirname, '..', '..');
const PLURAL = /_(zero|one|two|few|many|other)$/;

function load(lang: string): Map<string, string> {
  const out = new Map<string, string>();
  const dir = join(ROOT, 'locales', lang);
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const walk = (o: Record<string, unknown>, prefix: string) => {
      for (const [k, v] of Object.entries(o)) {
        const key = `${prefix}.${k}`;
        if (v && typeof v === 'object') walk(v as Record<string, unknown>, key);
        else out.set(key, String(v));
      }
    };
    walk(JSON.parse(readFileSync(join(dir, f), 'utf8')) as Record<string, unknown>, f.replace(/\.json$/, ''));
  }
  return out;
}

function sources(dir: string, exts: RegExp): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sources(p, exts));
    else if (exts.test(name)) out.push(readFileSync(p, 'utf8'));
  }
  return out;
}

const en = load('en');
const lt = load('lt');
const bases = (m: Map<string, string>) => new Set([...m.keys()].map((k) => k.replace(PLURAL, '')));
const has = (m: Map<string, string>, key: string) => m.has(key) || m.has(`${key}_one`) || m.has(`${key}_other`);

describe('every visible string exists in Lithuanian and English', () => {
  test('the same keys in both languages', () => {
    const onlyEn = [...bases(en)].filter((k) => !bases(lt).has(k));
    const onlyLt = [...bases(lt)].filter((k) => !bases(en).has(k));
    expect({ onlyEn, onlyLt }).toEqual({ onlyEn: [], onlyLt: [] });
  });

  test('no empty translations', () => {
    const empty = [...en, ...lt].filter(([, v]) => v.trim() === '').map(([k]) => k);
    expect(empty).toEqual([]);
  });

  test('Lithuanian counted strings have all four plural forms (one, few, many, other)', () => {
    const counted = [...bases(lt)].filter((k) => lt.has(`${k}_one`) || en.has(`${k}_one`));
    const missing = counted.flatMap((k) => ['one', 'few', 'many', 'other'].filter((f) => !lt.has(`${k}_${f}`)).map((f) => `${k}_${f}`));
    expect(counted.length).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });

  test('Lithuanian plural forms are picked by Intl.PluralRules as i18next does', () => {
    const rules = new Intl.PluralRules('lt');
    expect([1, 21, 101].map((n) => rules.select(n))).toEqual(['one', 'one', 'one']);
    expect([2, 9, 22].map((n) => rules.select(n))).toEqual(['few', 'few', 'few']);
    expect([0, 10, 11, 20, 30].map((n) => rules.select(n))).toEqual(['other', 'other', 'other', 'other', 'other']);
    expect(rules.select(1.5)).toBe('many');
  });

  test('every key the renderer asks for by name exists in both', () => {
    const code = sources(join(ROOT, 'renderer', 'src'), /\.tsx?$/).join('\n');
    const used = new Set([...code.matchAll(/\bt\(\s*'([a-zA-Z]+\.[a-zA-Z0-9_.]+)'/g)].map((m) => m[1]!));
    expect(used.size).toBeGreaterThan(20);
    const missing = [...used].filter((k) => !has(en, k) || !has(lt, k));
    expect(missing).toEqual([]);
  });

  test('every message key the contract and services send exists in both', () => {
    const code = [...sources(join(ROOT, 'electron'), /\.ts$/), ...sources(join(ROOT, 'db'), /\.ts$/)].join('\n');
    const used = new Set([...code.matchAll(/'((?:errors|validation)\.[a-zA-Z0-9_.]+)'/g)].map((m) => m[1]!));
    expect(used.size).toBeGreaterThan(10);
    const missing = [...used].filter((k) => !has(en, k) || !has(lt, k));
    expect(missing).toEqual([]);
  });

  test('every audited action has a label in both', () => {
    const code = sources(join(ROOT, 'electron'), /\.ts$/).join('\n');
    const actions = new Set([...code.matchAll(/action: '([a-zA-Z]+\.[a-zA-Z]+)'/g)].map((m) => m[1]!));
    for (const m of code.matchAll(/recordFailure\([^,]+,[^,]+,\s*'([a-zA-Z]+\.[a-zA-Z]+)'/g)) actions.add(m[1]!);
    expect(actions.size).toBeGreaterThan(10);
    const missing = [...actions].filter((a) => !en.has(`audit.actions.${a}`) || !lt.has(`audit.actions.${a}`));
    expect(missing).toEqual([]);
  });

  test('every kind of record the audit log names has a label in both', () => {
    const missing = AUDIT_ENTITIES.filter((e) => !en.has(`audit.entities.${e}`) || !lt.has(`audit.entities.${e}`));
    expect(missing).toEqual([]);
  });

  test('roles, languages and the keys built from them exist', () => {
    const keys = [...ROLES.map((r) => `roles.${r}`), ...LANGUAGES.map((l) => `common.languages.${l}`)];
    for (const area of ['today', 'clients', 'services', 'reports']) keys.push(`nav.${area}`, `empty.${area}`);
    keys.push('nav.admin');
    expect(keys.filter((k) => !en.has(k) || !lt.has(k))).toEqual([]);
  });
});
