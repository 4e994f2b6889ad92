// The printed forms (issue 5), built by the pure builders from fixture data in each language, rendered
// by the same pdfmake service the app uses, and read back with poppler the way a person checks a page.
import { existsSync, statSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildActionPlan } from '../../electron/core/documents/action-plan';
import { buildCertificationForm, certificationOutcome, CERTIFICATION_ITEMS } from '../../electron/core/documents/certification-form';
import { buildClosureForm, CLOSURE_FORM_REASONS } from '../../electron/core/documents/closure-form';
import type { DocDefinition, DocumentLanguage, Translate } from '../../electron/core/documents/layout';
import { buildReferralForm } from '../../electron/core/documents/referral-form';
import { documentFileName, fileSlug } from '../../electron/core/documents/translate';
import { documentTranslator, renderPdf } from '../../electron/services/document-pdf';
import en from '../../locales/en/documents.json';
import lt from '../../locales/lt/documents.json';
import { certificationFixture, CLIENT_NAME, closureFixture, FRAME, LT_LETTERS, planFixture, referralFixture } from '../support/document-fixtures';
import { inspectPdf, savePageOnePng, squash, type PdfFacts } from '../support/pdf-tools';

const LANGS: DocumentLanguage[] = ['lt', 'en'];
const LABELS = { lt, en } as const;

/** A translator that fails the test on any label missing from documents.json. */
function strictT(lang: DocumentLanguage): Translate {
  return documentTranslator(lang, (key) => {
    throw new Error(`label ${key} is missing in locales/${lang}/documents.json`);
  });
}

async function render(doc: DocDefinition, artefact: string): Promise<PdfFacts> {
  const pdf = await renderPdf(doc);
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  const png = savePageOnePng(pdf, artefact);
  expect(existsSync(png) && statSync(png).size > 5_000).toBe(true);
  return inspectPdf(pdf);
}

/** The frame every form carries: centre, municipality, page X of Y on every page, the generation date. */
function expectFrame(facts: PdfFacts, lang: DocumentLanguage, caseNumber: string | null) {
  facts.pageTexts.forEach((page, i) => {
    expect(page).toContain(FRAME.centreName);
    expect(page).toContain(FRAME.municipality);
    expect(page).toContain(LABELS[lang].common.pageOf.replace('{{page}}', String(i + 1)).replace('{{pages}}', String(facts.pages)));
    expect(page).toContain('2026-11-23');
    if (caseNumber) expect(page).toContain(caseNumber);
  });
}

function expectEmbeddedFonts(facts: PdfFacts) {
  expect(facts.fonts.length).toBeGreaterThan(0);
  for (const f of facts.fonts) {
    expect(f.name).toMatch(/Roboto/);
    expect(f.embedded, `${f.name} embedded`).toBe(true);
    expect(f.unicode, `${f.name} has a ToUnicode map`).toBe(true);
  }
}

/** Lines of the page text that contain `needle`. */
const linesWith = (text: string, needle: string) => text.split('\n').filter((l) => l.includes(needle));

describe.each(LANGS)('forms in %s', (lang) => {
  const L = LABELS[lang];

  test('R14 closure form: ILO Table 2 labels and values, all seven reasons with the chosen one marked, YES/NO marked', async () => {
    const data = closureFixture();
    const facts = await render(buildClosureForm(data, strictT(lang)), `closure-form-${lang}`);
    const text = facts.layoutText;
    const flat = squash(facts.text);

    expectFrame(facts, lang, data.caseNumber);
    expectEmbeddedFonts(facts);
    for (const label of [L.closure.title, L.closure.caseNumber, L.closure.referralNumber, L.closure.reason, L.closure.details, L.closure.communication]) expect(flat).toContain(label);
    for (const v of [data.caseNumber, 'KSPC-2026-00012-S31, KSPC-2026-00012-S40', CLIENT_NAME, 'Asta Jonaitienė', 'Daiva Vadovė', '2026-11-18', '2026-11-19']) expect(flat).toContain(v);
    expect(flat).toContain(squash(data.transferDetails));
    expect(flat).toContain(data.communicationComments);
    expect(flat).toContain(LT_LETTERS);

    // Every reason is on the form; only the chosen one carries the X.
    for (const r of CLOSURE_FORM_REASONS) {
      const label = r === 'other' ? `${L.closure.reasons.other}:` : L.closure.reasons[r];
      const [line] = linesWith(text, label);
      expect(line, `reason ${r} printed`).toBeDefined();
      expect(/(^|\s)X\s/.test(line!), `reason ${r} marked`).toBe(r === data.reason);
    }

    // The X of each question stands under YES or NO as recorded (client does not agree).
    const header = linesWith(text, L.common.yes).find((l) => l.includes(L.common.no) && l.includes(L.closure.communication))!;
    const yesCol = header.indexOf(L.common.yes) + L.common.yes.length / 2;
    const noCol = header.indexOf(L.common.no, header.indexOf(L.common.yes) + L.common.yes.length) + L.common.no.length / 2;
    const answers = { clientInvolved: true, clientAgrees: false, contactLeft: true } as const;
    for (const [key, yes] of Object.entries(answers)) {
      const line = linesWith(text, L.closure[key as keyof typeof answers])[0]!;
      const x = line.lastIndexOf('X');
      expect(Math.abs(x - (yes ? yesCol : noCol)), `${key} marked under ${yes ? 'YES' : 'NO'}`).toBeLessThan(Math.abs(x - (yes ? noCol : yesCol)));
    }

    // Completed by / authorised by: names, dates and signature lines; the service evaluation and its annex.
    for (const label of [L.closure.completedBy, L.closure.authorisedBy, L.common.signature, L.closure.evaluationForm, L.closure.evaluationDate, L.closure.evaluationBy, L.closure.annexAttached])
      expect(flat).toContain(label);
    const annexPage = facts.pageTexts.findIndex((p) => p.includes(L.closure.annexTitle));
    expect(annexPage).toBeGreaterThan(0);
    expect(squash(facts.pageTexts.slice(annexPage).join('\n'))).toContain('Dienos centro paslaugos padėjo grįžti į darbo rinką.');
  });

  test('R14 closure form: "other" prints its text; a closure not yet authorised leaves the supervisor line empty', async () => {
    const data = closureFixture({ reason: 'other', reasonOther: 'Įstaiga reorganizuojama', transferDetails: '', authorisedBy: null });
    const facts = await render(buildClosureForm(data, strictT(lang)), `closure-form-other-${lang}`);
    const [otherLine] = linesWith(facts.layoutText, `${L.closure.reasons.other}: Įstaiga reorganizuojama`);
    expect(otherLine).toMatch(/(^|\s)X\s/);
    expect(linesWith(facts.layoutText, L.closure.reasons.transferred)[0]).not.toMatch(/(^|\s)X\s/);
    // Under "authorised by": no name and a date left to fill in by hand.
    const after = squash(facts.text.slice(facts.text.indexOf(L.closure.authorisedBy)));
    expect(after.slice(0, 120)).toContain('____-__-__');
    expect(after.slice(0, 120)).not.toContain('Daiva');
  });

  test('R5 action plan: every part of the IAP, signature lines with dates, a long plan flows over pages without cutting a step', async () => {
    const data = planFixture({ goalCount: 4, stepsPerGoal: 8 });
    const facts = await render(buildActionPlan(data, strictT(lang)), `action-plan-${lang}`);
    const flat = squash(facts.text);

    expectFrame(facts, lang, data.caseNumber);
    expectEmbeddedFonts(facts);
    for (const label of [L.plan.titleIap, L.plan.assessmentSummary, L.plan.goals, L.plan.step, L.plan.who, L.plan.dueDate, L.plan.services, L.plan.commitments, L.plan.clientCommitments, L.plan.centreCommitments, L.plan.rights])
      expect(flat).toContain(label);
    for (const v of [CLIENT_NAME, '48501011234', data.services, data.clientCommitments, data.centreCommitments, data.rightsText, 'Stabilus būstas iki pavasario', '2027-08-15', 'Atvejo vadybininkė'])
      expect(flat).toContain(squash(v));
    expect(flat).toContain(LT_LETTERS);

    // Long plan: several pages; each step's text, first word to last, on one page.
    expect(facts.pages).toBeGreaterThan(1);
    for (let g = 1; g <= 4; g++)
      for (let s = 1; s <= 8; s++) {
        const start = facts.pageTexts.findIndex((p) => p.includes(`${g}.${s} pradžia`));
        expect(start, `step ${g}.${s} printed`).toBeGreaterThanOrEqual(0);
        expect(facts.pageTexts[start], `step ${g}.${s} whole on page ${start + 1}`).toContain(`pabaiga ${g}.${s}`);
      }
    // The step table's header row repeats on every page the table continues on.
    const stepPages = facts.pageTexts.filter((p) => / \d\.\d pradžia/.test(p));
    for (const p of stepPages) expect(p).toContain(L.plan.dueDate);

    // Signatures: both parties with names and dates, the whole block on one page.
    const sigPage = facts.pageTexts.find((p) => p.includes(L.plan.signatures) && p.includes(L.plan.agreement))!;
    expect(sigPage).toBeDefined();
    expect(sigPage).toContain(L.plan.signClient);
    expect(sigPage).toContain(L.plan.signManager);
    expect(sigPage).toContain('Asta Jonaitienė');
    expect(sigPage.match(new RegExp(`${L.common.signature}(?!\\p{L})`, 'gu'))?.length).toBe(2);
    expect(sigPage.split('2026-03-02').length - 1).toBe(2);
  });

  test('R5 a young person leaving care gets an Independent Living Plan', async () => {
    const facts = await render(buildActionPlan(planFixture({ kind: 'ilp', targetGroup: 'YLC' }), strictT(lang)), `independent-living-plan-${lang}`);
    expect(facts.pageTexts[0]).toContain(L.plan.titleIlp);
    expect(facts.pageTexts[0]).toContain(L.targetGroups.YLC);
    expect(squash(facts.text)).not.toContain(L.plan.titleIap);
  });

  test('R8 referral form: every section of ILO Table 1 in its order, with the values', async () => {
    const data = referralFixture();
    const facts = await render(buildReferralForm(data, strictT(lang)), `referral-form-${lang}`);
    const flat = squash(facts.text);

    expectFrame(facts, lang, data.caseNumber);
    expectEmbeddedFonts(facts);
    const R = L.referral;
    const sections = [R.general, R.personal, R.about, R.reasons, R.provider, R.measures, R.currentSupport, R.consent, R.caseManager, R.notes];
    const at = sections.map((s, i) => flat.indexOf(`${i + 1}. ${s}`));
    expect(at.every((i) => i >= 0), `all sections: ${JSON.stringify(at)}`).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    for (const v of [data.referralNumber, data.serviceName!, ...Object.values(data.form)]) expect(flat).toContain(squash(v));
    expect(flat).toContain(R.monitoringAttached);
    expect(flat).toContain(R.consentGiven);
    expect(flat).toContain(LT_LETTERS);
  });

  test('R19 certification form: Parts 1–4, every item with its score, the sum against the benchmark, result and evaluator', async () => {
    const data = certificationFixture();
    const facts = await render(buildCertificationForm(data, strictT(lang)), `certification-form-${lang}`);
    const flat = squash(facts.text);
    const C = L.certification;

    expectFrame(facts, lang, null);
    expectEmbeddedFonts(facts);
    for (const label of [C.title, C.introduction, C.part1, C.groups.knowledge, C.groups.technical, C.part2, C.part3, C.part4, C.resultTitle, C.benchmark, C.jobTitle, C.trainingHours])
      expect(flat).toContain(label);
    for (const item of CERTIFICATION_ITEMS) expect(flat, item).toContain(C.items[item]);
    const expectedSum = CERTIFICATION_ITEMS.reduce((s, _k, i) => s + ((i % 3) + 3), 0);
    expect(flat).toContain(`${C.sum} ${expectedSum} / ${CERTIFICATION_ITEMS.length * 5}`);
    expect(flat).toContain(`${C.benchmark} 70`);
    expect(flat).toContain(expectedSum >= 70 ? C.resultCertified : C.resultNotCertified);
    expect(flat).toContain('Daiva Vadovė');
    expect(flat).toContain(LT_LETTERS);
  });
});

describe('R19 certification outcome', () => {
  const all = (score: number) => Object.fromEntries(CERTIFICATION_ITEMS.map((k) => [k, { score }]));

  test('R19 a sum higher than the benchmark certifies; equal to it does not (ILO Table 4)', () => {
    const n = CERTIFICATION_ITEMS.length;
    expect(certificationOutcome(all(4), 4 * n - 1, 5)).toEqual({ sum: 4 * n, maxTotal: 5 * n, scored: n, complete: true, passed: true });
    expect(certificationOutcome(all(4), 4 * n, 5).passed).toBe(false);
    expect(certificationOutcome(all(4), 4 * n + 1, 5).passed).toBe(false);
  });

  test('R19 no result until every item is scored', async () => {
    const scores = all(5);
    delete scores[CERTIFICATION_ITEMS[3]!];
    const o = certificationOutcome(scores, 10, 5);
    expect(o).toMatchObject({ complete: false, passed: null, scored: CERTIFICATION_ITEMS.length - 1 });
    const facts = inspectPdf(await renderPdf(buildCertificationForm(certificationFixture({ scores }), strictT('en'))));
    expect(squash(facts.text)).toContain(en.certification.resultPending);
  });
});

describe('file names', () => {
  test('form, case number, date and language, in letters every file system takes', () => {
    expect(documentFileName(lt.fileNames.closureForm, 'KSPC-2026-00012', '2026-11-23', 'lt')).toBe('uzdarymo-forma_KSPC-2026-00012_2026-11-23_lt.pdf');
    expect(documentFileName(en.fileNames.actionPlan, 'KSPC-2026-00012', '2026-11-23', 'en')).toBe('action-plan_KSPC-2026-00012_2026-11-23_en.pdf');
    expect(fileSlug('Šiaulių / ŽĄ:*?')).toBe('Siauliu-ZA');
  });
});

describe('what a form may load', () => {
  const form = () => buildReferralForm(referralFixture(), strictT('lt'));

  test('no URL is ever fetched', async () => {
    const doc = { ...form(), images: { logo: 'https://example.com/logo.png' }, content: [{ image: 'logo', width: 50 }] };
    await expect(renderPdf(doc)).rejects.toThrow(/Access to URL denied/);
  });

  test('no local file outside the fonts folder is read', async () => {
    await expect(renderPdf({ ...form(), content: [{ image: '/etc/hostname', width: 50 }] })).rejects.toThrow(/Access to local file denied/);
  });
});
