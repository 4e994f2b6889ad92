// R12/R21: Transition Service supports, recorded on YLC cases and counted in the Ministry's YLC_SUPPORTS.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { DbHandle } from '../../db/open';
import { makeCycleCentre, seedCase, type CycleCentre } from '../support/cycle-fixtures';
import { secondConnection, stateChecksum } from '../support/db-snapshot';
import { expectError } from '../support/expect-api';

let C: CycleCentre;
let conn: DbHandle;
beforeAll(async () => {
  C = await makeCycleCentre();
  conn = secondConnection(C.h);
});
afterAll(async () => {
  conn?.close();
  await C?.h.close();
});

describe('R12 Transition Service supports', () => {
  test('R12 a case manager records supports on their YLC case; they are listed newest first and audited', async () => {
    const { h, ids } = C;
    const c = await seedCase(h, { targetGroup: 'YLC', caseManagerId: ids.cm });
    await h.call('cm', 'ylc.recordSupport', { caseId: c.id, givenOn: '2026-10-02', supportType: 'WORK_SKILLS', note: 'CV rašymas' });
    await h.call('cm', 'ylc.recordSupport', { caseId: c.id, givenOn: '2026-11-05', supportType: 'PSYCHOLOGICAL' });
    const list = await h.call('cm', 'ylc.listSupports', { caseId: c.id });
    expect(list.map((s) => [s.givenOn, s.supportType, s.note])).toEqual([
      ['2026-11-05', 'PSYCHOLOGICAL', ''],
      ['2026-10-02', 'WORK_SKILLS', 'CV rašymas'],
    ]);
    const audited = conn.sqlite.prepare(`SELECT count(*) FROM audit_log WHERE action = 'ylc.support' AND entity_id = ?`).pluck().get(String(c.id));
    expect(audited).toBe(2);
  });

  test('R12 refused, changing nothing: another group, a future date, an unknown type, someone else\'s case', async () => {
    const { h, ids } = C;
    const pwd = await seedCase(h, { targetGroup: 'PWD', caseManagerId: ids.cm });
    const ylc = await seedCase(h, { targetGroup: 'YLC', caseManagerId: ids.cm });
    const before = stateChecksum(h, conn);
    expectError(await h.raw('cm', 'ylc.recordSupport', { caseId: pwd.id, givenOn: '2026-10-02', supportType: 'WORK_SKILLS' }), 'VALIDATION', 'validation.onlyForYlc');
    expectError(await h.raw('cm', 'ylc.recordSupport', { caseId: ylc.id, givenOn: '2099-01-01', supportType: 'WORK_SKILLS' }), 'VALIDATION');
    expectError(await h.raw('cm', 'ylc.recordSupport', { caseId: ylc.id, givenOn: '2026-10-02', supportType: 'HOUSING' }), 'VALIDATION');
    expectError(await h.raw('cm2', 'ylc.recordSupport', { caseId: ylc.id, givenOn: '2026-10-02', supportType: 'WORK_SKILLS' }), 'FORBIDDEN');
    expect(stateChecksum(h, conn)).toBe(before);
  });
});
