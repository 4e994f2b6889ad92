// documents.* through the real dispatcher (issue 5): who may print which case's forms, what ends up on
// the paper, the file name, and the audit entry each print leaves.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { insertConsent } from '../../db/repositories/consents';
import { insertPlanVersion } from '../../db/repositories/plans';
import { withTransaction } from '../../db/transaction';
import en from '../../locales/en/documents.json';
import lt from '../../locales/lt/documents.json';
import { makeCycleCentre, seedCase, seedPendingClosure, seedSignedPlan, type CycleCentre } from '../support/cycle-fixtures';
import { expectError } from '../support/expect-api';
import { inspectPdf, squash } from '../support/pdf-tools';
import { seedProvider } from '../support/service-map-fixtures';

let c: CycleCentre;
let closed: { id: number; caseNumber: string; clientName: string };
let withPlan: { id: number; caseNumber: string; clientName: string };
let referral: { id: number; number: string; providerName: string };

/** A referral sent the way the screen sends it: prefilled by referrals.prefill, then referrals.send. */
async function sendReferral(caseId: number, caseNumber: string) {
  const providerName = 'VšĮ „Šviesos namai“';
  const { providerId, serviceId } = await seedProvider(c.h, { name: providerName, serviceName: 'Dienos užimtumas' });
  const clientId = c.h.app.handle.sqlite.prepare('SELECT client_id FROM cases WHERE id = ?').pluck().get(caseId) as number;
  await withTransaction(c.h.app.handle, (db) =>
    insertConsent(db, { clientId, scope: 'provider', providerId, what: 'Kontaktai, vertinimo santrauka', givenOn: '2026-01-05', recordedBy: c.ids.cm, recordedAt: c.h.app.nowIso() }),
  );
  const sent = await c.h.call('cm', 'referrals.send', {
    caseId,
    providerId,
    serviceId,
    form: {
      referralDate: '2026-11-10',
      centreName: 'Vilniaus socialinių paslaugų centras',
      centreContacts: '+370 5 200 0000',
      clientName: 'Žydrūnė Ąžuolaitė',
      clientAddress: 'Ąžuolų g. 5, Vilnius',
      caregiver: 'Elžbieta Čiurlienė',
      reasons: 'Reikia dienos užimtumo: ąčęėįšųūž ĄČĘĖĮŠŲŪŽ',
      providerName,
      measures: 'Užsiėmimai tris kartus per savaitę',
      caseManagerName: 'Asta Jonaitienė',
      notes: 'Po pietų',
    },
  });
  return { id: sent.id, number: `${caseNumber}-S${sent.id}`, providerName };
}

const pdfOf = (r: { pdfBase64: string }) => inspectPdf(Buffer.from(r.pdfBase64, 'base64'));

async function printEntries() {
  const { entries } = await c.h.call('admin', 'audit.list', { limit: 200 });
  return entries.filter((e) => e.action === 'documents.print');
}

beforeAll(async () => {
  c = await makeCycleCentre();
  closed = await seedCase(c.h, { caseManagerId: c.ids.cm, phase: 'implementation', firstName: 'Žydrūnė', lastName: 'Ąžuolaitė' });
  referral = await sendReferral(closed.id, closed.caseNumber);
  await seedPendingClosure(c.h, closed.id, c.ids.cm, { requestedOn: '2026-11-20' });
  await c.h.call('sup', 'closure.authorise', { caseId: closed.id });
  withPlan = await seedCase(c.h, { caseManagerId: c.ids.cm, phase: 'implementation' });
  await seedSignedPlan(c.h, withPlan.id, { signedOn: '2026-03-02', signedManagerId: c.ids.cm, goals: [{ text: 'Pirmos versijos tikslas', steps: [{ text: 'Senas žingsnis' }] }] });
  await seedSignedPlan(c.h, withPlan.id, {
    signedOn: '2026-09-01',
    signedManagerId: c.ids.cm,
    goals: [{ text: 'Rasti darbą', steps: [{ text: 'Užsiregistruoti užimtumo tarnyboje', dueDate: '2026-10-01' }] }],
  });
});
afterAll(async () => c?.h.close());

describe('documents.closureForm', () => {
  test.each(['lt', 'en'] as const)('R14 the case manager prints the closure form in %s: the authorised closure, named file, audited', async (language) => {
    const before = (await printEntries()).length;
    const r = await c.h.call('cm', 'documents.closureForm', { caseId: closed.id, language });
    const L = { lt, en }[language];

    expect(r.fileName).toBe(`${L.fileNames.closureForm}_${closed.caseNumber}_2026-11-23_${language}.pdf`);
    const pdf = pdfOf(r);
    const flat = squash(pdf.text);
    for (const v of [L.closure.title, closed.caseNumber, referral.number, 'Žydrūnė Ąžuolaitė', 'Vilniaus socialinių paslaugų centras', 'Asta Jonaitienė', 'Daiva Vadovė', '2026-11-20', '2026-11-23', 'Gerai'])
      expect(flat).toContain(v);
    expect(pdf.layoutText.split('\n').find((l) => l.includes(L.closure.reasons.planComplete))).toMatch(/(^|\s)X\s/);
    expect(pdf.fonts.every((f) => f.embedded)).toBe(true);

    const entries = await printEntries();
    expect(entries.length).toBe(before + 1);
    expect(entries[0]).toMatchObject({
      username: 'jonaitiene',
      entityType: 'case',
      entityId: String(closed.id),
      details: { form: 'closureForm', language, caseNumber: closed.caseNumber, fileName: r.fileName, closureStatus: 'authorised' },
    });
  });

  test('a closure still waiting for the supervisor prints with the authorisation left blank', async () => {
    const pending = await seedCase(c.h, { caseManagerId: c.ids.cm, phase: 'review' });
    await seedPendingClosure(c.h, pending.id, c.ids.cm, { fromPhase: 'review', requestedOn: '2026-11-21' });
    const pdf = pdfOf(await c.h.call('sup', 'documents.closureForm', { caseId: pending.id, language: 'en' }));
    const after = squash(pdf.text.slice(pdf.text.indexOf(en.closure.authorisedBy)));
    expect(after.slice(0, 200)).toContain('____-__-__');
    expect(after.slice(0, 200)).not.toContain('Daiva Vadovė');
  });

  test('another case manager may not print it, and nothing is recorded as printed', async () => {
    const before = (await printEntries()).length;
    expectError(await c.h.raw('cm2', 'documents.closureForm', { caseId: closed.id, language: 'lt' }), 'FORBIDDEN', 'errors.forbidden');
    expect((await printEntries()).length).toBe(before);
  });

  test('supervisors and administrators may print any case', async () => {
    await expect(c.h.call('sup2', 'documents.closureForm', { caseId: closed.id, language: 'lt' })).resolves.toMatchObject({ fileName: expect.stringMatching(/\.pdf$/) });
    await expect(c.h.call('admin', 'documents.closureForm', { caseId: closed.id, language: 'en' })).resolves.toMatchObject({ fileName: expect.stringMatching(/_en\.pdf$/) });
  });

  test('a case without a closure request has no closure form; an unknown case is not found', async () => {
    expectError(await c.h.raw('cm', 'documents.closureForm', { caseId: withPlan.id, language: 'lt' }), 'NOT_FOUND', 'documents.errors.noClosure');
    expectError(await c.h.raw('sup', 'documents.closureForm', { caseId: 999_999, language: 'lt' }), 'NOT_FOUND', 'errors.notFound');
    expectError(await c.h.raw('cm', 'documents.closureForm', { caseId: closed.id, language: 'de' }), 'VALIDATION');
  });
});

describe('documents.actionPlan', () => {
  test('R5 R6 the latest signed version by default, an earlier one when asked', async () => {
    const latest = await c.h.call('cm', 'documents.actionPlan', { caseId: withPlan.id, language: 'lt' });
    expect(latest.fileName).toBe(`${lt.fileNames.actionPlan}_${withPlan.caseNumber}_2026-11-23_lt.pdf`);
    const flat = squash(pdfOf(latest).text);
    for (const v of [lt.plan.titleIap, `${lt.plan.version} 2`, 'Rasti darbą', 'Užsiregistruoti užimtumo tarnyboje', '2026-10-01', '2026-09-01', 'Asta Jonaitienė', lt.plan.rights]) expect(flat).toContain(v);
    expect(flat).not.toContain('Pirmos versijos tikslas');

    const first = squash(pdfOf(await c.h.call('cm', 'documents.actionPlan', { caseId: withPlan.id, version: 1, language: 'en' })).text);
    expect(first).toContain('Pirmos versijos tikslas');
    expect(first).toContain(`${en.plan.version} 1`);
    expect(first).toContain('2026-03-02');

    const entries = await printEntries();
    expect(entries[0]).toMatchObject({ username: 'jonaitiene', entityId: String(withPlan.id), details: { form: 'actionPlan', language: 'en', version: 1 } });
    expect(entries[1]).toMatchObject({ details: { form: 'actionPlan', language: 'lt', version: 2 } });
  });

  test('R6 a draft is not printed for signature; a case without a signed plan says so', async () => {
    await withTransaction(c.h.app.handle, (db) =>
      insertPlanVersion(db, { caseId: withPlan.id, version: 3, rightsText: '', assessmentSummary: '', services: '', clientCommitments: '', centreCommitments: '', now: c.h.app.nowIso() }),
    );
    expectError(await c.h.raw('cm', 'documents.actionPlan', { caseId: withPlan.id, version: 3, language: 'lt' }), 'CONFLICT', 'documents.errors.planNotSigned');
    // The default is still the latest *signed* version.
    expect(squash(pdfOf(await c.h.call('cm', 'documents.actionPlan', { caseId: withPlan.id, language: 'lt' })).text)).toContain(`${lt.plan.version} 2`);
    expectError(await c.h.raw('cm', 'documents.actionPlan', { caseId: closed.id, language: 'lt' }), 'NOT_FOUND', 'documents.errors.noSignedPlan');
  });

  test('R5 a young person leaving care: the Independent Living Plan', async () => {
    const ylc = await seedCase(c.h, { caseManagerId: c.ids.cm, targetGroup: 'YLC' });
    await seedSignedPlan(c.h, ylc.id, { signedOn: '2026-05-05' });
    const r = await c.h.call('cm', 'documents.actionPlan', { caseId: ylc.id, language: 'en' });
    expect(r.fileName).toBe(`independent-living-plan_${ylc.caseNumber}_2026-11-23_en.pdf`);
    expect(squash(pdfOf(r).text)).toContain(en.plan.titleIlp);
  });

  test('another case manager may not print the plan', async () => {
    expectError(await c.h.raw('cm2', 'documents.actionPlan', { caseId: withPlan.id, language: 'lt' }), 'FORBIDDEN', 'errors.forbidden');
  });
});

describe('documents.referralForm', () => {
  test.each(['lt', 'en'] as const)('R8 the referral as sent, in %s, named after its number, audited', async (language) => {
    const L = { lt, en }[language];
    const r = await c.h.call('cm', 'documents.referralForm', { referralId: referral.id, language });
    expect(r.fileName).toBe(`${L.fileNames.referralForm}_${referral.number}_2026-11-23_${language}.pdf`);
    const flat = squash(pdfOf(r).text);
    for (const v of [L.referral.title, referral.number, referral.providerName, 'Dienos užimtumas', 'Žydrūnė Ąžuolaitė', 'Reikia dienos užimtumo: ąčęėįšųūž ĄČĘĖĮŠŲŪŽ', 'Užsiėmimai tris kartus per savaitę', L.referral.consentGiven, 'Asta Jonaitienė'])
      expect(flat).toContain(v);
    const at = [L.referral.general, L.referral.personal, L.referral.reasons, L.referral.provider, L.referral.consent, L.referral.notes].map((s) => flat.indexOf(s));
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect((await printEntries())[0]).toMatchObject({
      username: 'jonaitiene',
      entityType: 'case',
      entityId: String(closed.id),
      details: { form: 'referralForm', language, referralId: referral.id, referralNumber: referral.number },
    });
  });

  test('another case manager may not print it; an unknown referral is not found', async () => {
    expectError(await c.h.raw('cm2', 'documents.referralForm', { referralId: referral.id, language: 'lt' }), 'FORBIDDEN', 'errors.forbidden');
    expectError(await c.h.raw('cm', 'documents.referralForm', { referralId: 999_999, language: 'lt' }), 'NOT_FOUND', 'errors.notFound');
  });
});
