// Possible duplicate clients, shown before a new client is created (R1: a client is registered once).

export type PersonName = { firstName: string; lastName: string };

// Letters that NFD does not split into base + mark; people type them without the stroke.
const NO_DECOMPOSITION: Readonly<Record<string, string>> = {
  ł: 'l', ø: 'o', đ: 'd', ð: 'd', ħ: 'h', ı: 'i', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th',
};

/**
 * The form names are compared in: lower case, without diacritics (Šimkutė = Simkute = ŠIMKUTĖ),
 * hyphens and runs of spaces as one space, because the same double surname is typed
 * "Jonaitė-Petraitienė" on one form and "Jonaite Petraitiene" on another.
 */
export function foldName(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[łøđðħıßæœþ]/g, (c) => NO_DECOMPOSITION[c] ?? c)
    .replace(/[\s\-\u2010-\u2015]+/gu, ' ')
    .trim();
}

/** Same person's name, also when first and last name were entered the wrong way round. */
export function namesMatch(a: PersonName, b: PersonName): boolean {
  const [af, al, bf, bl] = [a.firstName, a.lastName, b.firstName, b.lastName].map(foldName);
  if (!af && !al) return false;
  return (af === bf && al === bl) || (af === bl && al === bf);
}

export type DuplicateCandidate = PersonName & { birthDate: string | null; personalCode: string | null };
export type ExistingClient = DuplicateCandidate & { id: number };
export type PossibleDuplicate = { id: number; reason: 'sameCode' | 'sameNameAndBirthDate' };

function normaliseCode(code: string | null): string {
  return (code ?? '').replace(/\s+/g, '');
}

/**
 * Same personal code first (near-certain), then same name and birth date (likely). A name match
 * without both birth dates is not offered: common names would flood the list.
 */
export function findPossibleDuplicates(candidate: DuplicateCandidate, existing: readonly ExistingClient[]): PossibleDuplicate[] {
  const code = normaliseCode(candidate.personalCode);
  const byCode: PossibleDuplicate[] = [];
  const byName: PossibleDuplicate[] = [];
  for (const client of existing) {
    if (code && normaliseCode(client.personalCode) === code) byCode.push({ id: client.id, reason: 'sameCode' });
    else if (candidate.birthDate && client.birthDate === candidate.birthDate && namesMatch(candidate, client)) {
      byName.push({ id: client.id, reason: 'sameNameAndBirthDate' });
    }
  }
  return [...byCode, ...byName];
}
