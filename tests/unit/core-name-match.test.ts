// Possible duplicate clients (electron/core/name-match.ts).
import { describe, expect, test } from 'vitest';
import { findPossibleDuplicates, foldName, namesMatch } from '../../electron/core/name-match';

describe('R1 name folding', () => {
  test('R1 duplicate by name ignores Lithuanian diacritics: Šimkutė = Simkute = ŠIMKUTĖ', () => {
    expect(foldName('Šimkutė')).toBe('simkute');
    expect(foldName('Simkute')).toBe('simkute');
    expect(foldName('ŠIMKUTĖ')).toBe('simkute');
  });

  test('every Lithuanian letter with a diacritic, small and capital', () => {
    expect(foldName('ą č ę ė į š ų ū ž')).toBe('a c e e i s u u z');
    expect(foldName('Ą Č Ę Ė Į Š Ų Ū Ž')).toBe('a c e e i s u u z');
  });

  test('letters of neighbouring languages, including ones NFD does not split', () => {
    expect(foldName('Łukasz Wałęsa')).toBe('lukasz walesa');
    expect(foldName('Jørgensen')).toBe('jorgensen');
    expect(foldName('Straße')).toBe('strasse');
    expect(foldName('İlkay Öztürk')).toBe('ilkay ozturk');
    expect(foldName('Bērziņš')).toBe('berzins');
  });

  test('hyphens and runs of spaces count as one space, ends trimmed', () => {
    expect(foldName('  Jonaitė-Petraitienė ')).toBe('jonaite petraitiene');
    expect(foldName('Jonaitė   Petraitienė')).toBe('jonaite petraitiene');
    expect(foldName('Jonaitė – Petraitienė')).toBe('jonaite petraitiene');
  });

  test('precomposed and decomposed input fold the same', () => {
    expect(foldName('Šimkutė'.normalize('NFC'))).toBe('simkute');
    expect(foldName('Šimkutė'.normalize('NFD'))).toBe('simkute');
  });
});

describe('R1 names match', () => {
  test('R1 same name written with and without diacritics', () => {
    expect(namesMatch({ firstName: 'Rūta', lastName: 'Šimkutė' }, { firstName: 'RUTA', lastName: 'Simkute' })).toBe(true);
  });

  test('R1 first and last name swapped still match', () => {
    expect(namesMatch({ firstName: 'Rūta', lastName: 'Šimkutė' }, { firstName: 'Simkute', lastName: 'Ruta' })).toBe(true);
  });

  test('different names do not match', () => {
    expect(namesMatch({ firstName: 'Rūta', lastName: 'Šimkutė' }, { firstName: 'Rūta', lastName: 'Šimkienė' })).toBe(false);
    expect(namesMatch({ firstName: 'Rūta', lastName: 'Šimkutė' }, { firstName: 'Rita', lastName: 'Šimkutė' })).toBe(false);
  });

  test('two blank names are not a match', () => {
    expect(namesMatch({ firstName: ' ', lastName: '' }, { firstName: '', lastName: ' - ' })).toBe(false);
  });
});

describe('R1 possible duplicates', () => {
  const existing = [
    { id: 1, firstName: 'Rūta', lastName: 'Šimkutė', birthDate: '1990-01-01', personalCode: '49001010000' },
    { id: 2, firstName: 'Jonas', lastName: 'Jonaitis', birthDate: '1985-07-15', personalCode: null },
    { id: 3, firstName: 'RUTA', lastName: 'SIMKUTE', birthDate: '1990-01-01', personalCode: null },
    { id: 4, firstName: 'Rūta', lastName: 'Šimkutė', birthDate: null, personalCode: null },
    { id: 5, firstName: 'Kitas', lastName: 'Žmogus', birthDate: '1970-03-03', personalCode: '49001010000' },
  ];

  test('R1 same personal code is a duplicate whatever the name', () => {
    const candidate = { firstName: 'Ona', lastName: 'Onaitė', birthDate: null, personalCode: ' 49001010000 ' };
    expect(findPossibleDuplicates(candidate, existing)).toEqual([
      { id: 1, reason: 'sameCode' },
      { id: 5, reason: 'sameCode' },
    ]);
  });

  test('R1 same code wins over same name and birth date, each client listed once, code matches first', () => {
    const candidate = { firstName: 'Ruta', lastName: 'Simkute', birthDate: '1990-01-01', personalCode: '49001010000' };
    expect(findPossibleDuplicates(candidate, existing)).toEqual([
      { id: 1, reason: 'sameCode' },
      { id: 5, reason: 'sameCode' },
      { id: 3, reason: 'sameNameAndBirthDate' },
    ]);
  });

  test('R1 same name and birth date without a code; a missing birth date on either side is not enough', () => {
    const candidate = { firstName: 'Šimkutė', lastName: 'Rūta', birthDate: '1990-01-01', personalCode: null };
    expect(findPossibleDuplicates(candidate, existing)).toEqual([
      { id: 1, reason: 'sameNameAndBirthDate' },
      { id: 3, reason: 'sameNameAndBirthDate' },
    ]);
    expect(findPossibleDuplicates({ ...candidate, birthDate: null }, existing)).toEqual([]);
  });

  test('two clients without codes are not duplicates by their missing codes', () => {
    const candidate = { firstName: 'Petras', lastName: 'Petraitis', birthDate: '1985-07-15', personalCode: null };
    expect(findPossibleDuplicates(candidate, existing)).toEqual([]);
    expect(findPossibleDuplicates({ ...candidate, personalCode: '' }, existing)).toEqual([]);
  });
});
