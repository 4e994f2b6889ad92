import type { Page } from '@playwright/test';
import { addMonths } from '../../electron/core/calendar-dates';
import { personalCodeCheckDigit } from '../../electron/core/personal-code';
import type { RunningBridge } from '../../electron/bridge/server';
import { ADMIN, expect, expectAccessible, setUpCentre, signIn, test, tr, type Lang } from './fixtures';

// Issue 3 end to end, once in Lithuanian and once in English: the case cycle through the real UI
// behind the loopback bridge. Users are added through the API as the administrator (the admin UI is
// covered by foundation.spec.ts); everything a case manager or supervisor does goes through screens.


/** A valid asmens kodas for a birth date: G by century and sex, a serial, the two-pass check digit. */
function personalCode(birthDate: string, sex: 'F' | 'M', serial = '123'): string {
  const [y, m, d] = birthDate.split('-');
  const century = Number(y!.slice(0, 2));
  const g = (century === 19 ? 3 : century === 20 ? 5 : 1) + (sex === 'F' ? 1 : 0);
  const first10 = `${g}${y!.slice(2)}${m}${d}${serial}`;
  return `${first10}${personalCodeCheckDigit(first10)}`;
}

/** Today in Vilnius, where the browser runs (playwright.config timezoneId). */
const vilniusToday = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Vilnius' }).format(new Date());

async function api<T = unknown>(page: Page, method: string, input: unknown): Promise<T> {
  const res = await page.evaluate(
    async ([m, i]) => {
      const r = await fetch(`/api/${m}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Atvejis': '1' }, body: JSON.stringify(i) });
      return r.json();
    },
    [method, input] as const,
  );
  expect(res, `${method} answered`).toMatchObject({ ok: true });
  return (res as { value: T }).value;
}

type Person = { fullName: string; username: string; roles: string[]; temp: string; own: string };

/** As the signed-in administrator: add a user in the language of the run. */
async function addUser(page: Page, p: Person, lang: Lang): Promise<void> {
  await api(page, 'users.create', { fullName: p.fullName, username: p.username, roles: p.roles, language: lang, temporaryPassword: p.temp });
}

/** Sign in as someone else (first time: choose their own password), then open Today. */
async function become(page: Page, bridge: RunningBridge, p: Person, firstTime: boolean): Promise<void> {
  await api(page, 'auth.signOut', {});
  await api(page, 'auth.signIn', { username: p.username, password: firstTime ? p.temp : p.own });
  if (firstTime) await api(page, 'auth.changePassword', { currentPassword: p.temp, newPassword: p.own });
  await page.goto(`${bridge.url}/#/today`);
  await page.reload();
  await expect(page.getByTestId('signed-in-user')).toContainText(p.fullName);
}

/** axe on a dialog once its opening transition is over (half-faded text reads as low contrast). */
async function expectDialogAccessible(page: Page, what: string): Promise<void> {
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.waitForTimeout(400);
  await expectAccessible(page, what);
}

async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

const CASE_MANAGER: Person = { fullName: 'Rūta Vaitkienė', username: 'ruta', roles: ['case_manager'], temp: 'Laikinas-Rūta-2026', own: 'Rūtos-Slaptas-Ąžuolas-7' };
const SUPERVISOR: Person = { fullName: 'Gediminas Petrauskas', username: 'gediminas', roles: ['supervisor'], temp: 'Laikinas-Gedas-2026', own: 'Gedimino-Slaptas-Ėglė-8' };

async function startAs(page: Page, bridge: RunningBridge, lang: Lang, people: Person[]): Promise<void> {
  await setUpCentre(page, bridge);
  await signIn(page, ADMIN.username, ADMIN.password);
  await expect(page.getByRole('heading', { level: 1, name: 'Šiandien' })).toBeVisible();
  for (const p of people) await addUser(page, p, lang);
  await become(page, bridge, people[0]!, true);
  await expect(page.getByRole('heading', { level: 1, name: tr(lang, 'nav.today') })).toBeVisible();
}

async function registerClient(page: Page, lang: Lang, c: { first: string; last: string; code?: string; birthDate?: string; sex?: 'F' | 'M' }): Promise<void> {
  await page.getByRole('link', { name: tr(lang, 'nav.clients') }).click();
  await page.getByRole('link', { name: tr(lang, 'clients.register.open') }).click();
  await expect(page.getByRole('heading', { level: 1, name: tr(lang, 'clients.register.title') })).toBeVisible();
  await page.getByRole('textbox', { name: tr(lang, 'clients.field.firstName'), exact: true }).fill(c.first);
  await page.getByRole('textbox', { name: tr(lang, 'clients.field.lastName'), exact: true }).fill(c.last);
  if (c.code) await page.getByRole('textbox', { name: tr(lang, 'clients.field.personalCode'), exact: true }).fill(c.code);
  if (c.birthDate) await page.getByRole('textbox', { name: tr(lang, 'clients.field.birthDate'), exact: true }).fill(c.birthDate);
  if (c.sex) await page.getByRole('radio', { name: tr(lang, `clients.sex.${c.sex}`), exact: true }).check();
}

for (const lang of ['lt', 'en'] as const) {
  test.describe(`case cycle (${lang})`, () => {
    // Long journeys with an axe check on every screen: more than the default minute.
    test.setTimeout(240_000);

    test(`${lang}: a PLP case from the prison social worker's referral to an authorised closure and a return`, async ({ page, bridge }) => {
      await startAs(page, bridge, lang, [CASE_MANAGER, SUPERVISOR]);
      const today = vilniusToday();
      const release = addMonths(today, 2);

      // Referral: the prison social worker sends Darius, two months before his release.
      await registerClient(page, lang, { first: 'Darius', last: 'Žemaitis', code: personalCode('1988-11-03', 'M', '457') });
      await page.getByRole('button', { name: tr(lang, 'clients.register.submit') }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Darius Žemaitis' })).toBeVisible();
      await page.getByRole('button', { name: tr(lang, 'cases.intake.open') }).click();
      const intake = page.getByRole('dialog', { name: tr(lang, 'cases.intake.title') });
      await choose(page, tr(lang, 'cases.field.targetGroup'), tr(lang, 'cases.group.PLP'));
      await choose(page, tr(lang, 'cases.field.entryPoint'), tr(lang, 'cases.entryPoint.prisonSocialWorker'));
      await intake.getByRole('textbox', { name: tr(lang, 'cases.field.referrerName'), exact: true }).fill('Jolanta Stankevičienė');
      await intake.getByRole('textbox', { name: tr(lang, 'cases.field.referrerContact'), exact: true }).fill('+370 37 123456, jolanta@kalejimai.lt');
      await intake.getByRole('textbox', { name: tr(lang, 'cases.field.releaseDate'), exact: true }).fill(release);
      await intake.getByRole('textbox', { name: tr(lang, 'cases.field.prison'), exact: true }).fill('Marijampolės pataisos namai');
      await intake.getByRole('textbox', { name: tr(lang, 'cases.field.prisonSocialWorker'), exact: true }).fill('Jolanta Stankevičienė');
      await expectDialogAccessible(page, 'intake form (PLP)');
      await intake.getByRole('button', { name: tr(lang, 'cases.intake.submit') }).click();
      const caseHeading = page.getByRole('heading', { level: 1, name: /-\d{5}$/ });
      await expect(caseHeading).toBeVisible();
      const caseNumber = ((await caseHeading.textContent()) ?? '').split(' ').pop()!;
      await expect(page.getByText(CASE_MANAGER.fullName).first()).toBeVisible();
      const current = page.locator('li[aria-current="step"]');
      await expect(current).toContainText(tr(lang, 'cases.phase.intake'));
      await expectAccessible(page, 'case file at intake (PLP)');

      // The intake details stay editable in the Overview tab.
      await page.getByRole('textbox', { name: tr(lang, 'cases.field.referrerContact'), exact: true }).fill('+370 37 654321');
      await page.getByRole('button', { name: tr(lang, 'common.save'), exact: true }).click();
      await expect(page.getByRole('status').filter({ hasText: tr(lang, 'common.saved') })).toBeVisible();
      await page.reload();
      await expect(page.getByRole('textbox', { name: tr(lang, 'cases.field.referrerContact'), exact: true })).toHaveValue('+370 37 654321');

      // Eligibility (R2): no arrest sentence, so eligible; the case moves to assessment.
      await page.getByRole('radiogroup', { name: tr(lang, 'cases.eligibility.arrestQuestion') }).getByRole('radio', { name: tr(lang, 'cases.form.no'), exact: true }).check();
      await page.getByRole('button', { name: tr(lang, 'cases.eligibility.submit') }).click();
      await expect(current).toContainText(tr(lang, 'cases.phase.assessment'));
      await expect(page.getByRole('table', { name: tr(lang, 'cases.eligibility.historyLabel') })).toContainText(tr(lang, 'cases.eligibility.eligible'));

      // Today shows the release coming up, and what is missing for it.
      await page.getByRole('link', { name: new RegExp(tr(lang, 'nav.today')) }).click();
      const releases = page.getByRole('region', { name: new RegExp(tr(lang, 'today.kind.releaseSoon')) });
      await expect(releases).toContainText('Darius Žemaitis');
      await expect(releases).toContainText(tr(lang, 'today.gap.preReleaseVisit'));
      await expectAccessible(page, 'today with items');
      await releases.getByRole('link', { name: new RegExp(caseNumber) }).click();
      await expect(caseHeading).toBeVisible();

      // Assessment with risk screening (R4), then on to planning.
      await page.getByRole('tab', { name: tr(lang, 'cases.tabs.assessment') }).click();
      await page.getByRole('button', { name: tr(lang, 'assessment.start') }).click();
      await page.getByRole('group', { name: tr(lang, 'assessment.domains.housing') }).getByRole('radio', { name: tr(lang, 'assessment.needs.high'), exact: true }).check();
      await page.getByRole('group', { name: tr(lang, 'assessment.domains.employment') }).getByRole('radio', { name: tr(lang, 'assessment.needs.medium'), exact: true }).check();
      await page.getByRole('textbox', { name: tr(lang, 'assessment.aspirations'), exact: true }).fill('Gyventi savarankiškai Kaune ir dirbti suvirintoju.');
      await page.getByRole('checkbox', { name: tr(lang, 'assessment.advance') }).check();
      await expectAccessible(page, 'assessment form');
      await page.getByRole('button', { name: tr(lang, 'assessment.save') }).click();
      await expect(current).toContainText(tr(lang, 'cases.phase.planning'));

      // The plan (R5): a goal with a step, saved, signed by client and case manager; on to implementation.
      await page.getByRole('tab', { name: tr(lang, 'cases.tabs.plan') }).click();
      await page.getByRole('button', { name: tr(lang, 'plan.start.iap') }).click();
      await page.getByRole('button', { name: tr(lang, 'plan.addGoal') }).click();
      await page.getByRole('textbox', { name: tr(lang, 'plan.goalText'), exact: true }).fill('Rasti būstą iki paleidimo');
      await page.getByRole('textbox', { name: tr(lang, 'plan.stepText'), exact: true }).fill('Pateikti prašymą socialiniam būstui');
      await page.getByRole('textbox', { name: tr(lang, 'plan.who'), exact: true }).fill('Rūta Vaitkienė');
      await expectAccessible(page, 'plan editor');
      await page.getByRole('button', { name: tr(lang, 'plan.saveDraft') }).click();
      await page.getByRole('button', { name: tr(lang, 'plan.sign.iap') }).click();
      const sign = page.getByRole('dialog', { name: tr(lang, 'plan.signTitle.iap', { version: 1 }) });
      await sign.getByRole('checkbox', { name: tr(lang, 'plan.advance') }).check();
      await expectDialogAccessible(page, 'plan signing');
      await sign.getByRole('button', { name: tr(lang, 'plan.signConfirm') }).click();
      await expect(current).toContainText(tr(lang, 'cases.phase.implementation'));

      // Notes: the pre-release visit.
      await page.getByRole('tab', { name: tr(lang, 'cases.tabs.notes') }).click();
      await choose(page, tr(lang, 'notes.kind'), tr(lang, 'notes.kinds.preReleaseVisit'));
      await page.getByRole('textbox', { name: tr(lang, 'notes.text'), exact: true }).fill('Aplankiau Darių pataisos namuose, aptarėme būsto paieškas.');
      await page.getByRole('button', { name: tr(lang, 'notes.add') }).click();
      await expect(page.getByRole('list', { name: tr(lang, 'notes.listLabel') })).toContainText('Aplankiau Darių');
      await expectAccessible(page, 'notes and tasks');

      // A review (R10): progress on the goal, support from now on, still needed, outcome: prepare closure.
      await page.getByRole('tab', { name: tr(lang, 'cases.tabs.reviews') }).click();
      await page.getByRole('button', { name: tr(lang, 'reviews.add') }).click();
      await choose(page, tr(lang, 'reviews.progress'), tr(lang, 'reviews.progressLevels.achieved'));
      await page.getByRole('radio', { name: tr(lang, 'reviews.support.faceToFace'), exact: true }).check();
      await page.getByRole('radiogroup', { name: tr(lang, 'reviews.stillNeeded') }).getByRole('radio', { name: tr(lang, 'reviews.no'), exact: true }).check();
      await page.getByRole('radio', { name: tr(lang, 'reviews.outcomes.close'), exact: true }).check();
      await expectAccessible(page, 'review form');
      await page.getByRole('button', { name: tr(lang, 'reviews.save') }).click();
      await expect(page.getByText(tr(lang, 'reviews.of', { date: today })).first()).toBeVisible();

      // Closure request (R14, ILO Table 2); the service evaluation is required.
      await page.getByRole('tab', { name: tr(lang, 'cases.tabs.closure') }).click();
      await choose(page, tr(lang, 'closure.field.reason'), tr(lang, 'closure.reason.planComplete'));
      await page.getByRole('textbox', { name: tr(lang, 'closure.field.details'), exact: true }).fill('Būstas rastas, Darius dirba.');
      for (const q of ['clientInvolved', 'clientAgrees', 'contactLeft']) {
        await page.getByRole('radiogroup', { name: tr(lang, `closure.field.${q}`) }).getByRole('radio', { name: tr(lang, 'cases.form.yes'), exact: true }).check();
      }
      await page.getByRole('button', { name: tr(lang, 'closure.form.submit') }).click();
      await expect(page.getByText(tr(lang, 'validation.required')).first()).toBeVisible();
      await expectAccessible(page, 'closure form with an error');
      await page.getByRole('textbox', { name: tr(lang, 'closure.field.serviceEvaluation'), exact: true }).fill('Paslaugos padėjo; bendradarbiavimas su Užimtumo tarnyba geras.');
      await page.getByRole('button', { name: tr(lang, 'closure.form.submit') }).click();
      await expect(page.getByTestId('closure-pending')).toBeVisible();
      await expect(page.getByText(tr(lang, 'closure.status.requested'), { exact: true })).toBeVisible();
      // Not closed yet: only a supervisor's authorisation closes it.
      await expect(current).not.toContainText(tr(lang, 'cases.phase.closed'));

      // The supervisor sees it on Today, opens it and first returns it with a comment.
      await become(page, bridge, SUPERVISOR, true);
      const awaiting = page.getByRole('region', { name: new RegExp(tr(lang, 'today.kind.closureAwaiting')) });
      await expect(awaiting).toContainText('Darius Žemaitis');
      await expect(page.getByRole('link', { name: new RegExp(`^${tr(lang, 'nav.today')}: `) })).toBeVisible();
      await expectAccessible(page, 'today (supervisor)');
      await awaiting.getByRole('link', { name: new RegExp(caseNumber) }).click();
      await expect(page.getByRole('tab', { name: tr(lang, 'cases.tabs.closure'), selected: true })).toBeVisible();
      await expectAccessible(page, 'closure authorisation');
      const comment = 'Aprašykite, kaip bus palaikomas ryšys po uždarymo.';
      await page.getByRole('textbox', { name: tr(lang, 'closure.field.returnComment'), exact: true }).fill(comment);
      await page.getByRole('button', { name: tr(lang, 'closure.decision.return') }).click();
      await expect(page.getByText(tr(lang, 'closure.status.returned'), { exact: true })).toBeVisible();
      await expect(page.getByTestId('closure-pending')).toHaveCount(0);
      await expect(current).toContainText(tr(lang, 'cases.phase.review'));

      // The case manager reads the comment and asks again.
      await become(page, bridge, CASE_MANAGER, false);
      await page.getByRole('link', { name: tr(lang, 'nav.cases'), exact: true }).click();
      await page.getByRole('link', { name: caseNumber }).click();
      await page.getByRole('tab', { name: tr(lang, 'cases.tabs.closure') }).click();
      await expect(page.getByText(comment)).toBeVisible();
      await choose(page, tr(lang, 'closure.field.reason'), tr(lang, 'closure.reason.planComplete'));
      await page.getByRole('textbox', { name: tr(lang, 'closure.field.details'), exact: true }).fill('Būstas rastas, Darius dirba. Ryšys palaikomas telefonu kartą per mėnesį.');
      for (const q of ['clientInvolved', 'clientAgrees', 'contactLeft']) {
        await page.getByRole('radiogroup', { name: tr(lang, `closure.field.${q}`) }).getByRole('radio', { name: tr(lang, 'cases.form.yes'), exact: true }).check();
      }
      await page.getByRole('textbox', { name: tr(lang, 'closure.field.serviceEvaluation'), exact: true }).fill('Paslaugos padėjo.');
      await page.getByRole('button', { name: tr(lang, 'closure.form.submit') }).click();
      await expect(page.getByTestId('closure-pending')).toBeVisible();

      // Now the supervisor authorises.
      await become(page, bridge, SUPERVISOR, false);
      await page.getByRole('region', { name: new RegExp(tr(lang, 'today.kind.closureAwaiting')) }).getByRole('link', { name: new RegExp(caseNumber) }).click();
      await page.getByRole('button', { name: tr(lang, 'closure.decision.authorise') }).click();
      await expect(current).toContainText(tr(lang, 'cases.phase.closed'));
      await expect(page.getByText(tr(lang, 'cases.file.readOnly'))).toBeVisible();
      await expect(page.getByText(tr(lang, 'closure.status.authorised'), { exact: true })).toBeVisible();
      // Both decisions are kept: the return and the authorisation, each with who and when.
      await expect(page.getByText(`${SUPERVISOR.fullName}, ${today}`)).toHaveCount(2);
      await expectAccessible(page, 'closure authorised (closed case file)');

      // Everything is read only now: no plan changes, no notes, no closure form.
      await page.getByRole('tab', { name: tr(lang, 'cases.tabs.notes') }).click();
      await expect(page.getByRole('button', { name: tr(lang, 'notes.add') })).toHaveCount(0);
      await page.getByRole('tab', { name: tr(lang, 'cases.tabs.overview') }).click();
      await expect(page.getByRole('button', { name: tr(lang, 'common.save') })).toHaveCount(0);

      // The case list (supervisor sees all), filtered by phase.
      await page.getByRole('link', { name: tr(lang, 'nav.cases'), exact: true }).click();
      await choose(page, tr(lang, 'cases.field.phase'), tr(lang, 'cases.phase.closed'));
      await expect(page.getByRole('table', { name: tr(lang, 'cases.list.tableLabel') }).getByRole('row', { name: new RegExp(caseNumber) })).toBeVisible();
      await expectAccessible(page, 'case list');

      // The return (R15): the case manager reopens; a new case, linked and marked as a return.
      await become(page, bridge, CASE_MANAGER, false);
      await page.getByRole('link', { name: tr(lang, 'nav.clients') }).click();
      await page.getByRole('searchbox', { name: tr(lang, 'clients.search.label') }).fill('zemait');
      await page.getByRole('link', { name: 'Žemaitis Darius' }).click();
      await page.getByRole('button', { name: tr(lang, 'cases.reopen.open') }).click();
      const reopen = page.getByRole('dialog', { name: tr(lang, 'cases.reopen.title', { caseNumber }) });
      // The group starts as the earlier case's; Darius now comes back on his own, under "other".
      await expect(reopen.getByRole('combobox', { name: tr(lang, 'cases.field.targetGroup'), exact: true })).toHaveValue(tr(lang, 'cases.group.PLP'));
      await choose(page, tr(lang, 'cases.field.targetGroup'), tr(lang, 'cases.group.OTHER'));
      await choose(page, tr(lang, 'cases.field.entryPoint'), tr(lang, 'cases.entryPoint.selfReferral'));
      await expectDialogAccessible(page, 'reopen dialog');
      await reopen.getByRole('button', { name: tr(lang, 'cases.reopen.submit') }).click();
      await expect(caseHeading).not.toHaveText(new RegExp(caseNumber));
      await expect(page.getByText(tr(lang, 'cases.file.return')).first()).toBeVisible();
      await expect(page.getByText(tr(lang, 'cases.group.OTHER')).first()).toBeVisible();
      await expect(current).toContainText(tr(lang, 'cases.phase.intake'));
      await expectAccessible(page, 'reopened case file');
      await page.getByRole('link', { name: tr(lang, 'cases.file.openPrevious') }).click();
      await expect(caseHeading).toHaveText(new RegExp(caseNumber));
    });

    test(`${lang}: duplicate warning on a second registration; a YLC case refused as over 24`, async ({ page, bridge }) => {
      await startAs(page, bridge, lang, [CASE_MANAGER]);
      await expectAccessible(page, 'today (empty)');

      // Aistė Šimkutė with her personal code; a wrong check digit is refused with a translated message first.
      const code = personalCode('1990-05-12', 'F');
      const badCode = `${code.slice(0, 10)}${(Number(code[10]) + 1) % 10}`;
      await registerClient(page, lang, { first: 'Aistė', last: 'Šimkutė', code: badCode });
      await page.getByRole('button', { name: tr(lang, 'clients.register.submit') }).click();
      await expect(page.getByText(tr(lang, 'validation.personalCode.checksum'))).toBeVisible();
      await expectAccessible(page, 'register client with an error');
      await page.getByRole('textbox', { name: tr(lang, 'clients.field.personalCode'), exact: true }).fill(code);
      await page.getByRole('textbox', { name: tr(lang, 'clients.field.personalCode'), exact: true }).blur();
      // The code gives the birth date and sex.
      await expect(page.getByRole('textbox', { name: tr(lang, 'clients.field.birthDate'), exact: true })).toHaveValue('1990-05-12');
      await expect(page.getByRole('radio', { name: tr(lang, 'clients.sex.F'), exact: true })).toBeChecked();
      await page.getByRole('button', { name: tr(lang, 'clients.register.submit') }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Aistė Šimkutė' })).toBeVisible();
      await expectAccessible(page, 'client file');

      // An edit is kept in the client's edit history: who, what, from and to.
      await page.getByRole('button', { name: tr(lang, 'clients.edit.open') }).click();
      const edit = page.getByRole('dialog', { name: tr(lang, 'clients.edit.title', { name: 'Aistė Šimkutė' }) });
      await edit.getByRole('textbox', { name: tr(lang, 'clients.field.phone'), exact: true }).fill('+370 612 34567');
      await expectDialogAccessible(page, 'edit client');
      await edit.getByRole('button', { name: tr(lang, 'common.save') }).click();
      await expect(edit).toBeHidden();
      const history = page.getByRole('table', { name: tr(lang, 'clients.history.title') });
      const change = history.getByRole('row', { name: new RegExp(tr(lang, 'audit.actions.client.update')) });
      await expect(change).toContainText(`${tr(lang, 'clients.field.phone')}: — → +370 612 34567`);
      await expect(change).toContainText(CASE_MANAGER.username);
      await expect(history.getByRole('row', { name: new RegExp(tr(lang, 'audit.actions.client.create')) })).toBeVisible();

      // Aiste Simkute, same birth date, no code: the program shows who she may be before saving.
      await registerClient(page, lang, { first: 'Aiste', last: 'Simkute', birthDate: '1990-05-12', sex: 'F' });
      await page.getByRole('button', { name: tr(lang, 'clients.register.submit') }).click();
      await expect(page.getByRole('alert')).toContainText(tr(lang, 'clients.duplicates.title'));
      const dup = page.getByRole('table', { name: tr(lang, 'clients.duplicates.tableLabel') });
      await expect(dup.getByRole('row', { name: /Aistė Šimkutė/ })).toContainText(tr(lang, 'clients.duplicates.reason.sameNameAndBirthDate'));
      await expectAccessible(page, 'possible duplicates');
      await dup.getByRole('link', { name: tr(lang, 'clients.duplicates.open', { name: 'Aistė Šimkutė' }) }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Aistė Šimkutė' })).toBeVisible();

      // Searching without diacritics finds her, and only once: the duplicate was not saved.
      await page.getByRole('link', { name: tr(lang, 'nav.clients') }).click();
      await page.getByRole('searchbox', { name: tr(lang, 'clients.search.label') }).fill('simkut');
      const results = page.getByRole('table', { name: tr(lang, 'clients.search.tableLabel') });
      await expect(results.getByRole('row')).toHaveCount(2);
      await expect(results.getByRole('link', { name: 'Šimkutė Aistė' })).toBeVisible();
      await expectAccessible(page, 'client search');

      // YLC: Tomas, a foreign national without a code, aged over 24 on the intake date.
      const birth = addMonths(vilniusToday(), -12 * 27);
      await registerClient(page, lang, { first: 'Tomas', last: 'Kazlauskas', birthDate: birth, sex: 'M' });
      await page.getByRole('button', { name: tr(lang, 'clients.register.submit') }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Tomas Kazlauskas' })).toBeVisible();
      await page.getByRole('button', { name: tr(lang, 'cases.intake.open') }).click();
      const intake = page.getByRole('dialog', { name: tr(lang, 'cases.intake.title') });
      await choose(page, tr(lang, 'cases.field.targetGroup'), tr(lang, 'cases.group.YLC'));
      await choose(page, tr(lang, 'cases.field.entryPoint'), tr(lang, 'cases.entryPoint.selfApplication'));
      await expectDialogAccessible(page, 'intake form (YLC)');
      await intake.getByRole('button', { name: tr(lang, 'cases.intake.submit') }).click();
      await expect(page.getByRole('heading', { level: 1, name: /-\d{5}$/ })).toBeVisible();
      await expect(page.getByText(tr(lang, 'cases.eligibility.ageOnIntake', { age: 27, date: vilniusToday() }))).toBeVisible();
      await page.getByRole('radio', { name: tr(lang, 'cases.eligibility.criteria.d'), exact: true }).check();
      await expect(page.getByRole('status').filter({ hasText: tr(lang, 'cases.eligibility.reasons.over24') })).toBeVisible();
      await expectAccessible(page, 'eligibility decision (YLC)');
      await page.getByRole('button', { name: tr(lang, 'cases.eligibility.submit') }).click();

      // Not eligible: the intake is closed with the reason, who decided and when; the case is read only.
      const decisions = page.getByRole('table', { name: tr(lang, 'cases.eligibility.historyLabel') });
      await expect(decisions.getByRole('row').nth(1)).toContainText(tr(lang, 'cases.eligibility.notEligible'));
      await expect(decisions.getByRole('row').nth(1)).toContainText(tr(lang, 'cases.eligibility.reasons.over24'));
      await expect(decisions.getByRole('row').nth(1)).toContainText(CASE_MANAGER.fullName);
      await expect(page.getByText(tr(lang, 'cases.file.readOnly'))).toBeVisible();
      await expect(page.locator('li[aria-current="step"]')).toContainText(tr(lang, 'cases.phase.closed'));
      await expect(page.getByRole('button', { name: tr(lang, 'cases.eligibility.submit') })).toHaveCount(0);
      await expectAccessible(page, 'case file (closed intake)');
    });
  });
}
