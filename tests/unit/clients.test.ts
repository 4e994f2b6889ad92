// Clients (R1): registered once, personal code validated and deciding birth date and sex, possible
// duplicates shown before a second registration, every change kept in the edit history, and a case
// manager seeing only their own clients. All through the real dispatcher on a real database.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { databaseChecksum } from '../support/db-snapshot';
import { expectError } from '../support/expect-api';
import { addUser, makeCentre, type Harness } from '../support/harness';
import { personalCodeFor } from '../support/intake-fixtures';
import { cases } from '../../db/schema';
import { withTransaction } from '../../db/transaction';

// One centre for the file (signing users in costs a password derivation each); every test uses its
// own people, birth dates and codes, so the tests do not see each other's clients as duplicates.
let h: Harness;
let cmId: number;
let cm2Id: number;
beforeAll(async () => {
  h = await makeCentre();
  cmId = await addUser(h, 'cm', { username: 'vadybininke', fullName: 'Vida Vadybininkė', roles: ['case_manager'] });
  cm2Id = await addUser(h, 'cm2', { username: 'kitas', fullName: 'Kęstas Kitas', roles: ['case_manager'] });
  await addUser(h, 'sup', { username: 'vadove', fullName: 'Vaida Vadovė', roles: ['supervisor'] });
});
afterAll(async () => h.close());

let serial = 100;
/** Ona Šimkutė's code, with a serial of its own per call (the same person, newly registered per test). */
const onaCode = () => personalCodeFor('1987-05-12', 'F', ++serial);
const checksum = () => databaseChecksum(h.app.handle.sqlite);

describe('personal code (R1)', () => {
  test('R1 a valid code is accepted and decides birth date and sex', async () => {
    const code = onaCode();
    const c = await h.call('cm', 'clients.create', { firstName: 'Ona', lastName: 'Šimkutė', personalCode: code });
    expect(c).toMatchObject({ personalCode: code, birthDate: '1987-05-12', sex: 'F', createdBy: cmId });
    const spaced = personalCodeFor('2001-02-28', 'M', 7).replace(/^(\d{6})/, '$1 ');
    const m = await h.call('cm', 'clients.create', { firstName: 'Jonas', lastName: 'Petraitis', personalCode: ` ${spaced} ` });
    expect(m).toMatchObject({ personalCode: spaced.replace(' ', ''), birthDate: '2001-02-28', sex: 'M' });
  });

  const VALID = personalCodeFor('1987-05-12', 'F', 21);
  test.each([
    ['4870512021', 'validation.personalCode.format'],
    ['4870512021X', 'validation.personalCode.format'],
    ['78705120216', 'validation.personalCode.century'],
    ['48702300216', 'validation.personalCode.date'],
    [VALID.slice(0, 10) + String((Number(VALID[10]) + 1) % 10), 'validation.personalCode.checksum'],
  ])('R1 the invalid code %s is refused with %s and nothing is written', async (code, key) => {
    const before = checksum();
    const e = expectError(await h.raw('cm', 'clients.create', { firstName: 'Ona', lastName: 'Šimkutė', personalCode: code }), 'VALIDATION');
    expect(e.issues).toContainEqual({ path: 'personalCode', messageKey: key });
    expect(checksum()).toBe(before);
  });

  test('R1 a birth date or sex that contradicts the code is refused', async () => {
    const e = expectError(await h.raw('cm', 'clients.create', { firstName: 'Ona', lastName: 'Šimkutė', personalCode: onaCode(), birthDate: '1987-05-13', sex: 'M' }), 'VALIDATION');
    expect(e.issues).toEqual(
      expect.arrayContaining([
        { path: 'birthDate', messageKey: 'validation.birthDateMismatch' },
        { path: 'sex', messageKey: 'validation.sexMismatch' },
      ]),
    );
  });

  test('R1 a client without a personal code (a foreign national) is allowed, with the typed birth date', async () => {
    const c = await h.call('cm', 'clients.create', { firstName: 'Olena', lastName: 'Kovalenko', personalCode: '', birthDate: '1990-03-04', sex: 'F', languages: 'ukrainiečių, rusų' });
    expect(c).toMatchObject({ personalCode: null, birthDate: '1990-03-04', sex: 'F', languages: 'ukrainiečių, rusų' });
  });
});

describe('duplicates (R1)', () => {
  test('R1 Šimkutė = Simkute: same birth date and the name without diacritics, in the other order, is offered as a duplicate', async () => {
    const code = personalCodeFor('1961-01-17', 'F', 5);
    const ona = await h.call('cm', 'clients.create', { firstName: 'Ona', lastName: 'Šimkutė', personalCode: code });
    const { candidates } = await h.call('cm2', 'clients.checkDuplicates', { firstName: 'SIMKUTE', lastName: 'ona', birthDate: '1961-01-17' });
    expect(candidates).toEqual([
      { id: ona.id, firstName: 'Ona', lastName: 'Šimkutė', birthDate: '1961-01-17', personalCodeMasked: `${code.slice(0, 7)}****`, reason: 'sameNameAndBirthDate', canOpen: false },
    ]);
    // Another case manager's client is shown but not opened; the one who registered her and supervisors may open the file.
    expectError(await h.raw('cm2', 'clients.get', { id: ona.id }), 'FORBIDDEN');
    const mine = await h.call('cm', 'clients.checkDuplicates', { firstName: 'Ona', lastName: 'Simkute', birthDate: '1961-01-17' });
    expect(mine.candidates.map((c) => [c.id, c.canOpen])).toEqual([[ona.id, true]]);
    const sup = await h.call('sup', 'clients.checkDuplicates', { firstName: 'Ona', lastName: 'Simkute', birthDate: '1961-01-17' });
    expect(sup.candidates.map((c) => [c.id, c.canOpen])).toEqual([[ona.id, true]]);
    // Another birth date or another name is someone else.
    expect((await h.call('cm2', 'clients.checkDuplicates', { firstName: 'Ona', lastName: 'Simkute', birthDate: '1961-01-18' })).candidates).toEqual([]);
    expect((await h.call('cm2', 'clients.checkDuplicates', { firstName: 'Ona', lastName: 'Simkiene', birthDate: '1961-01-17' })).candidates).toEqual([]);
  });

  test('R1 creating a possible duplicate is refused until the user confirms it is someone else', async () => {
    const ona = await h.call('cm', 'clients.create', { firstName: 'Ona', lastName: 'Šimkutė', birthDate: '1962-02-18' });
    const before = checksum();
    const e = expectError(await h.raw('cm2', 'clients.create', { firstName: 'Ona', lastName: 'Simkute', birthDate: '1962-02-18' }), 'CONFLICT', 'errors.possibleDuplicate');
    expect(e.params).toEqual({ count: 1, ids: String(ona.id) });
    expect(checksum()).toBe(before);

    const other = await h.call('cm2', 'clients.create', { firstName: 'Ona', lastName: 'Simkute', birthDate: '1962-02-18', confirmNotDuplicate: true });
    expect(other.id).not.toBe(ona.id);
    expect((await h.call('sup', 'clients.checkDuplicates', { firstName: 'Ona', lastName: 'Šimkutė', birthDate: '1962-02-18' })).candidates.map((c) => c.id)).toEqual([ona.id, other.id]);
  });

  test('R1 the same personal code is refused even when confirmed, and a code change onto another client is refused too', async () => {
    const code = personalCodeFor('1963-03-19', 'F', 9);
    const ona = await h.call('cm', 'clients.create', { firstName: 'Ona', lastName: 'Šimkutė', personalCode: code });
    const { candidates } = await h.call('cm2', 'clients.checkDuplicates', { firstName: 'Kita', lastName: 'Pavardė', personalCode: code });
    expect(candidates).toMatchObject([{ id: ona.id, reason: 'sameCode' }]);
    const before = checksum();
    expectError(await h.raw('cm2', 'clients.create', { firstName: 'Kita', lastName: 'Pavardė', personalCode: code, confirmNotDuplicate: true }), 'CONFLICT', 'errors.personalCodeTaken');
    expect(checksum()).toBe(before);

    const jonas = await h.call('cm', 'clients.create', { firstName: 'Jonas', lastName: 'Jonaitis' });
    const afterJonas = checksum();
    expectError(await h.raw('cm', 'clients.update', { id: jonas.id, personalCode: code }), 'CONFLICT', 'errors.personalCodeTaken');
    expect(checksum()).toBe(afterJonas);
  });
});

describe('edit history', () => {
  test('every change is audited with the changed fields before and after; clients.history lists them newest first', async () => {
    const ona = await h.call('cm', 'clients.create', { firstName: 'Ona', lastName: 'Šimkutė', phone: '+370 600 00001' });
    h.tick(60_000);
    const updated = await h.call('cm', 'clients.update', { id: ona.id, lastName: 'Šimkienė', phone: '+370 600 00002', address: 'Vilniaus g. 1, Vilnius' });
    expect(updated).toMatchObject({ lastName: 'Šimkienė', phone: '+370 600 00002', address: 'Vilniaus g. 1, Vilnius', firstName: 'Ona' });
    // Sending the same values changes nothing and leaves no entry.
    await h.call('cm', 'clients.update', { id: ona.id, lastName: 'Šimkienė' });
    await h.call('sup', 'clients.get', { id: ona.id });

    const history = await h.call('sup', 'clients.history', { id: ona.id });
    expect(history.map((e) => [e.action, e.username])).toEqual([
      ['client.view', 'vadove'],
      ['client.update', 'vadybininke'],
      ['client.create', 'vadybininke'],
    ]);
    expect(history[1]).toMatchObject({
      changedFields: ['lastName', 'address', 'phone'],
      before: { lastName: 'Šimkutė', phone: '+370 600 00001', address: '' },
      after: { lastName: 'Šimkienė', phone: '+370 600 00002', address: 'Vilniaus g. 1, Vilnius' },
    });
    expect(history[2]!.after).toMatchObject({ firstName: 'Ona', lastName: 'Šimkutė', phone: '+370 600 00001' });
    expect(history[0]!.changedFields).toEqual([]);
  });

  test('R1 adding a code later fills birth date and sex from it; a typed birth date against the code is refused', async () => {
    const c = await h.call('cm', 'clients.create', { firstName: 'Ona', lastName: 'Šimkutė', birthDate: '1980-01-01' });
    const code = onaCode();
    const withCode = await h.call('cm', 'clients.update', { id: c.id, personalCode: code });
    expect(withCode).toMatchObject({ personalCode: code, birthDate: '1987-05-12', sex: 'F' });
    const before = checksum();
    const e = expectError(await h.raw('cm', 'clients.update', { id: c.id, birthDate: '1987-05-11' }), 'VALIDATION');
    expect(e.issues).toEqual([{ path: 'birthDate', messageKey: 'validation.birthDateMismatch' }]);
    expect(checksum()).toBe(before);
  });
});

describe('who sees what', () => {
  test('a case manager sees and edits only their own clients; supervisors see all; an administrator reads but cannot write', async () => {
    const mine = await h.call('cm', 'clients.create', { firstName: 'Ona', lastName: 'Šimkutė' });
    expectError(await h.raw('cm2', 'clients.get', { id: mine.id }), 'FORBIDDEN');
    expectError(await h.raw('cm2', 'clients.update', { id: mine.id, phone: '1' }), 'FORBIDDEN');
    expectError(await h.raw('cm2', 'clients.history', { id: mine.id }), 'FORBIDDEN');
    expect((await h.call('sup', 'clients.get', { id: mine.id })).client.id).toBe(mine.id);
    expect((await h.call('admin', 'clients.get', { id: mine.id })).client.id).toBe(mine.id);
    expectError(await h.raw('admin', 'clients.create', { firstName: 'A', lastName: 'B' }), 'FORBIDDEN');
    expectError(await h.raw('admin', 'clients.update', { id: mine.id, phone: '1' }), 'FORBIDDEN');
    expectError(await h.raw('cm', 'clients.get', { id: 99999 }), 'NOT_FOUND');
  });

  test("opening a client's file is audited (client.view) with who opened it", async () => {
    const c = await h.call('cm', 'clients.create', { firstName: 'Ona', lastName: 'Šimkutė' });
    await h.call('admin', 'clients.get', { id: c.id });
    const { entries } = await h.call('admin', 'audit.list', { limit: 5 });
    expect(entries[0]).toMatchObject({ action: 'client.view', username: 'admin', entityType: 'client', entityId: String(c.id) });
  });

  test("the client's file lists the cases the caller may see", async () => {
    const c = await h.call('cm', 'clients.create', { firstName: 'Ona', lastName: 'Šimkutė' });
    const k = await h.call('cm', 'cases.create', { clientId: c.id, targetGroup: 'PWD', entryPoint: 'ngo', intakeDate: '2026-11-02' });
    const file = await h.call('cm', 'clients.get', { id: c.id });
    expect(file.cases).toEqual([
      expect.objectContaining({ id: k.id, caseNumber: k.caseNumber, phase: 'intake', caseManagerName: 'Vida Vadybininkė', isReturn: false, previousCaseId: null }),
    ]);
    // Once the case is given to someone else, this case manager no longer sees it in the file.
    await h.call('sup', 'cases.assign', { id: k.id, caseManagerId: (await h.call('cm2', 'auth.session', {})).user!.id });
    expect((await h.call('sup', 'clients.get', { id: c.id })).cases).toHaveLength(1);
    expectError(await h.raw('cm', 'clients.get', { id: c.id }), 'FORBIDDEN');
  });
});

describe('search', () => {
  const code1 = personalCodeFor('1931-04-21', 'F', 3);
  beforeAll(async () => {
    await h.call('cm', 'clients.create', { firstName: 'Ąžuolė', lastName: 'Ąžuolaitė', personalCode: code1 });
    await h.call('cm', 'clients.create', { firstName: 'Jonas', lastName: 'Ąžuolas', personalCode: personalCodeFor('1931-04-22', 'M', 3) });
    await h.call('cm2', 'clients.create', { firstName: 'Azuolija', lastName: 'Žukauskaitė-Petrauskienė' });
  });

  test('by the beginning of any name word, ignoring case and diacritics', async () => {
    const names = async (query: string) =>
      (await h.call('sup', 'clients.search', { query })).items.map((i) => `${i.firstName} ${i.lastName}`).sort();
    expect(await names('ąžuol')).toEqual(['Azuolija Žukauskaitė-Petrauskienė', 'Jonas Ąžuolas', 'Ąžuolė Ąžuolaitė']);
    expect(await names('AZUOLAI')).toEqual(['Ąžuolė Ąžuolaitė']);
    expect(await names('jon azuol')).toEqual(['Jonas Ąžuolas']);
    expect(await names('petrausk')).toEqual(['Azuolija Žukauskaitė-Petrauskienė']);
    expect(await names('zuolait')).toEqual([]);
    expect(await names('azuol%')).toEqual([]);
  });

  test('names with quotes, backslashes or control characters are stored and found by their words', async () => {
    const odd = await h.call('cm', 'clients.create', { firstName: 'Seán "Jr"', lastName: "O'Brien \\ Ąžuolinis\u0001x" });
    expect((await h.call('sup', 'clients.search', { query: 'azuolin' })).items.map((i) => i.id)).toEqual([odd.id]);
    expect((await h.call('sup', 'clients.search', { query: 'sean' })).items.map((i) => i.id)).toEqual([odd.id]);
    // A name change moves the client to the new words.
    await h.call('cm', 'clients.update', { id: odd.id, lastName: 'Brianas' });
    expect((await h.call('sup', 'clients.search', { query: 'azuolin' })).items).toEqual([]);
    expect((await h.call('sup', 'clients.search', { query: 'brian' })).items.map((i) => i.id)).toEqual([odd.id]);
  });

  test('by the beginning of the personal code; the code is shown masked', async () => {
    const r = await h.call('sup', 'clients.search', { query: code1.slice(0, 7) });
    expect(r.total).toBe(1);
    expect(r.items[0]).toMatchObject({ lastName: 'Ąžuolaitė', personalCodeMasked: `${code1.slice(0, 7)}****`, latestCase: null });
  });

  test('one letter (or fewer than three digits) asks for more instead of listing half the register', async () => {
    for (const query of ['a', 'Ą', ' ž ', '39']) {
      expect(await h.call('sup', 'clients.search', { query }), query).toMatchObject({ tooShort: true, total: 0, items: [] });
    }
    expect(await h.call('sup', 'clients.search', { query: 'az' })).toMatchObject({ tooShort: false, capped: false });
  });

  test('each person found shows their newest case that the searcher may see', async () => {
    const client = await h.call('cm', 'clients.create', { firstName: 'Rūta', lastName: 'Naujausiaitė' });
    const now = h.app.nowIso();
    const insert = (caseNumber: string, caseManagerId: number, phase: 'closed' | 'implementation', previousCaseId: number | null) =>
      withTransaction(h.app.handle, async (db) =>
        db
          .insert(cases)
          .values({ caseNumber, clientId: client.id, targetGroup: 'PWD', entryPoint: 'selfReferral', intakeDate: '2025-03-01', caseManagerId, phase, previousCaseId, createdAt: now, updatedAt: now })
          .returning({ id: cases.id })
          .get(),
      );
    // An earlier episode with the other case manager, closed; the return is with 'cm'.
    const first = await insert('SRCH-2025-00001', cm2Id, 'closed', null);
    const second = await insert('SRCH-2026-00001', cmId, 'implementation', first.id);
    const latest = async (who: string) => (await h.call(who, 'clients.search', { query: 'naujausiait' })).items.map((i) => i.latestCase);
    expect(await latest('sup')).toEqual([{ id: second.id, caseNumber: 'SRCH-2026-00001', phase: 'implementation', targetGroup: 'PWD' }]);
    expect(await latest('cm')).toEqual([{ id: second.id, caseNumber: 'SRCH-2026-00001', phase: 'implementation', targetGroup: 'PWD' }]);
    // The other case manager finds the person through their own closed case, and sees only that one.
    expect(await latest('cm2')).toEqual([{ id: first.id, caseNumber: 'SRCH-2025-00001', phase: 'closed', targetGroup: 'PWD' }]);
  });

  test('paged, with the total; a case manager finds only their own clients', async () => {
    const page = await h.call('sup', 'clients.search', { query: 'azuol', limit: 2, offset: 2 });
    expect(page.total).toBe(3);
    expect(page.items).toHaveLength(1);
    expect((await h.call('cm', 'clients.search', { query: 'azuol' })).items.map((i) => i.firstName).sort()).toEqual(['Jonas', 'Ąžuolė']);
    expect((await h.call('cm2', 'clients.search', { query: 'azuol' })).items.map((i) => i.firstName)).toEqual(['Azuolija']);
    // A case manager's pages carry the total too, also a page past the last match.
    expect(await h.call('cm', 'clients.search', { query: 'azuol', limit: 1, offset: 1 })).toMatchObject({ total: 2, items: [{ firstName: 'Jonas' }] });
    expect(await h.call('cm', 'clients.search', { query: 'azuol', limit: 1, offset: 5 })).toMatchObject({ total: 2, items: [] });
  });
});
