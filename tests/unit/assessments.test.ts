// Assessment with risk screening (R4): all twelve domains with need level, risk and notes, plus the
// person's aspirations; a reassessment adds a new dated assessment and the old one stays.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { MethodInput } from '../../electron/contract';
import { ASSESSMENT_DOMAINS } from '../../electron/contract/cycle-schemas';
import { databaseChecksum } from '../support/db-snapshot';
import { expectError } from '../support/expect-api';
import { addUser, makeCentre, type Harness } from '../support/harness';

let h: Harness;
beforeAll(async () => {
  h = await makeCentre();
  await addUser(h, 'cm', { username: 'vadybininke', fullName: 'Vida Vadybininkė', roles: ['case_manager'] });
  await addUser(h, 'cm2', { username: 'kitas', fullName: 'Kęstas Kitas', roles: ['case_manager'] });
});
afterAll(async () => h.close());

const checksum = () => databaseChecksum(h.app.handle.sqlite);
let n = 0;

async function caseIn(phase: 'intake' | 'assessment') {
  const c = await h.call('cm', 'clients.create', { firstName: 'Aistė', lastName: `Vertinamoji${++n}` });
  const k = await h.call('cm', 'cases.create', { clientId: c.id, targetGroup: 'PWD', entryPoint: 'mentalHealthCentre', intakeDate: '2026-10-01' });
  if (phase === 'assessment') await h.call('cm', 'cases.decideEligibility', { id: k.id });
  return k;
}

type Domains = MethodInput<'assessments.create'>['domains'];
const allDomains = (level: 'none' | 'low' | 'medium' | 'high', extra: Partial<Domains> = {}): Domains =>
  ({ ...Object.fromEntries(ASSESSMENT_DOMAINS.map((d) => [d, { needLevel: level }])), ...extra }) as Domains;

test('R4 an assessment covers all twelve domains with need level, risk flag and notes, plus aspirations; it may move the case on to planning', async () => {
  const k = await caseIn('assessment');
  const r = await h.call('cm', 'assessments.create', {
    caseId: k.id,
    assessedOn: '2026-11-10',
    domains: allDomains('low', {
      housing: { needLevel: 'high', risk: true, notes: 'Gyvena nakvynės namuose' },
      health: { needLevel: 'medium', risk: true, notes: 'Psichikos sveikatos centras' },
    }),
    aspirations: 'Gyventi savarankiškai ir dirbti',
    summary: 'Didžiausias poreikis – būstas',
    advance: true,
  });
  expect(r.phase).toBe('planning');
  expect(r.assessment).toMatchObject({ caseId: k.id, assessedOn: '2026-11-10', assessedByName: 'Vida Vadybininkė', aspirations: 'Gyventi savarankiškai ir dirbti', riskDomains: ['housing', 'health'] });
  expect(Object.keys(r.assessment.domains)).toEqual([...ASSESSMENT_DOMAINS]);
  expect(r.assessment.domains.housing).toEqual({ needLevel: 'high', risk: true, notes: 'Gyvena nakvynės namuose' });
  expect(r.assessment.domains.legal).toEqual({ needLevel: 'low', risk: false, notes: '' });
  expect((await h.call('cm', 'cases.get', { id: k.id })).case.phase).toBe('planning');
});

test('R4 a reassessment adds a new dated assessment; the earlier one stays unchanged; the list is newest first', async () => {
  const k = await caseIn('assessment');
  const first = await h.call('cm', 'assessments.create', { caseId: k.id, assessedOn: '2026-10-05', domains: allDomains('high'), aspirations: 'Pirmas' });
  expect(first.phase).toBe('assessment');
  const second = await h.call('cm', 'assessments.create', { caseId: k.id, assessedOn: '2026-11-20', domains: allDomains('low'), aspirations: 'Antras' });
  const list = await h.call('admin', 'assessments.list', { caseId: k.id });
  expect(list.map((a) => [a.id, a.assessedOn, a.aspirations])).toEqual([
    [second.assessment.id, '2026-11-20', 'Antras'],
    [first.assessment.id, '2026-10-05', 'Pirmas'],
  ]);
  expect(list[1]).toEqual(first.assessment);
});

test('R4 a missing domain or need level is refused; nothing is written', async () => {
  const k = await caseIn('assessment');
  const before = checksum();
  const { housing: _dropped, ...eleven } = allDomains('low');
  let e = expectError(await h.raw('cm', 'assessments.create', { caseId: k.id, assessedOn: '2026-11-10', domains: eleven }), 'VALIDATION');
  expect(e.issues).toContainEqual({ path: 'domains.housing', messageKey: 'validation.required' });
  e = expectError(await h.raw('cm', 'assessments.create', { caseId: k.id, assessedOn: '2026-11-10', domains: allDomains('low', { legal: { needLevel: 'huge' as never } }) }), 'VALIDATION');
  expect(e.issues).toContainEqual({ path: 'domains.legal.needLevel', messageKey: 'validation.needLevel' });
  e = expectError(await h.raw('cm', 'assessments.create', { caseId: k.id, assessedOn: '2026-12-01', domains: allDomains('low') }), 'VALIDATION');
  expect(e.issues).toEqual([{ path: 'assessedOn', messageKey: 'validation.dateInFuture' }]);
  expect(checksum()).toBe(before);
});

test('an intake is not assessed before eligibility; another case manager can neither read nor add; an administrator reads only', async () => {
  const intake = await caseIn('intake');
  expectError(await h.raw('cm', 'assessments.create', { caseId: intake.id, assessedOn: '2026-11-10', domains: allDomains('low') }), 'CONFLICT', 'errors.eligibilityFirst');
  const k = await caseIn('assessment');
  await h.call('cm', 'assessments.create', { caseId: k.id, assessedOn: '2026-11-10', domains: allDomains('low') });
  const before = checksum();
  expectError(await h.raw('cm2', 'assessments.list', { caseId: k.id }), 'FORBIDDEN');
  expectError(await h.raw('cm2', 'assessments.create', { caseId: k.id, assessedOn: '2026-11-10', domains: allDomains('low') }), 'FORBIDDEN');
  expect(checksum()).toBe(before);
  expectError(await h.raw('admin', 'assessments.create', { caseId: k.id, assessedOn: '2026-11-10', domains: allDomains('low') }), 'FORBIDDEN');
  expect(await h.call('admin', 'assessments.list', { caseId: k.id })).toHaveLength(1);
});
