// The service map (R16): sectors, the Catalogue of Social Services types, text folding for search,
// stale entries, list fields, and the comparison an import preview shows. Pure functions only.
import { addMonths, compareDates } from './calendar-dates';
import { ASSESSMENT_DOMAINS, TARGET_GROUPS } from './case-enums';
import { foldName } from './name-match';

export const SECTORS = ['social', 'health', 'education', 'employment', 'ngo', 'other'] as const;
export type Sector = (typeof SECTORS)[number];

/** Socialinių paslaugų katalogas: preventive, general, and the special services (social attendance; day, short-term, long-term social care). */
export const CATALOGUE_TYPES = ['preventive', 'general', 'socialAttendance', 'dayCare', 'shortTermCare', 'longTermCare'] as const;
export type CatalogueType = (typeof CATALOGUE_TYPES)[number];

export const SERVICE_TARGET_GROUPS = TARGET_GROUPS;
export type ServiceTargetGroup = (typeof SERVICE_TARGET_GROUPS)[number];

/** The needs a service answers: the assessment domains (R4). */
export const NEED_DOMAINS = ASSESSMENT_DOMAINS;
export type NeedDomain = (typeof NEED_DOMAINS)[number];

export const DEFAULT_STALE_MONTHS = 12;
export const DEFAULT_FOLLOW_UP_DAYS = 14;

/** Lower case, no diacritics, one space between words: "Šiaulių" and "SIAULIU" fold alike. */
export function foldText(s: string): string {
  return foldName(s);
}

/** The words of a search, folded; every one must occur in the service's text. */
export function searchWords(q: string): string[] {
  return foldText(q)
    .split(' ')
    .map((w) => w.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter((w) => w.length > 0)
    .slice(0, 8);
}

/** Checked on or before this date means stale today. */
export function staleCutoff(today: string, months = DEFAULT_STALE_MONTHS): string {
  return addMonths(today, -months);
}

/** A provider not checked for `months` months (or never) is stale: its data may be out of date. */
export function isStale(lastCheckedOn: string | null, today: string, months = DEFAULT_STALE_MONTHS): boolean {
  if (!lastCheckedOn) return true;
  return compareDates(lastCheckedOn, staleCutoff(today, months)) <= 0;
}

/** ",A,B," ↔ ['A','B']: the stored form lets `LIKE '%,A,%'` find one member exactly. */
export function encodeList(values: readonly string[]): string {
  const clean = [...new Set(values.map((v) => v.trim()).filter(Boolean))];
  return clean.length ? `,${clean.join(',')},` : '';
}

export function decodeList(stored: string): string[] {
  return stored.split(',').filter(Boolean);
}

/** The text the search looks into, folded once when a service is saved. */
export function serviceSearchText(service: { name: string; description: string; eligibility: string }, providerName: string): string {
  return foldText([service.name, service.description, service.eligibility, providerName].join(' '));
}

/** Key that matches a provider across centres when no stable id is shared: folded name + municipality. */
export function providerMatchKey(name: string, municipality: string): string {
  return `${foldText(name)}|${municipality}`;
}

/** Fields that differ between what is stored and what a file brings (for the import preview). */
export function changedFields<T extends Record<string, unknown>>(stored: T, incoming: T, fields: readonly (keyof T)[]): string[] {
  return fields.filter((f) => JSON.stringify(stored[f]) !== JSON.stringify(incoming[f])).map(String);
}

/** One CSV cell: quoted when it holds the separator, a quote or a line break. */
export function csvCell(value: string | number | boolean | null | undefined, separator = ';'): string {
  const s = value === null || value === undefined ? '' : String(value);
  // A cell starting with = + - @ would be run as a formula by spreadsheets; a leading apostrophe keeps it text.
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return safe.includes(separator) || /["\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvLine(values: readonly (string | number | boolean | null | undefined)[], separator = ';'): string {
  return values.map((v) => csvCell(v, separator)).join(separator);
}
