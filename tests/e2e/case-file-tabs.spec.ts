import type { Page } from '@playwright/test';
import type { MethodInput, MethodName, MethodOutput } from '../../electron/contract';
import { addDays, addMonths } from '../../electron/core/calendar-dates';
import { ADMIN, expect, expectAccessible, setUpCentre, signIn, switchLanguage, test } from './fixtures';

// The case-file tabs (assessment, plan, notes and tasks, reviews, release from prison, Transition
// Service) and the administrator's cycle settings, driven through the real UI over the bridge.
// The case itself is opened through the API (the intake screens have their own full-cycle test).

const WORKER = { fullName: 'Rasa Vaitkienė', username: 'rasa.vaitkiene', temp: 'Laikinas-Slaptazodis-7', own: 'Rasos-Nuosavas-Ž-31' };

/** Today in Vilnius, as the bridge and the browser (timezone Europe/Vilnius) see it. */
const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Vilnius' }).format(new Date());

/** A contract method called from the signed-in page, as the renderer's bridge client does. */
async function api<M extends MethodName>(page: Page, method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const res = (await page.evaluate(
    async ([m, i]) => {
      const r = await fetch(`/api/${m}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Atvejis': '1' }, body: JSON.stringify(i) });
      return r.json();
    },
    [method, input] as const,
  )) as { ok: boolean; value?: unknown; error?: unknown };
  if (!res.ok) throw new Error(`${method} failed: ${JSON.stringify(res.error)}`);
  return res.value as MethodOutput<M>;
}

/** Administrator signs in, adds a case manager who is also a supervisor, signs out; the worker signs in and sets a password. */
async function centreWithWorker(page: Page, bridge: { openUrl: string }, adminSteps?: () => Promise<void>): Promise<number> {
  await setUpCentre(page, bridge as never);
  await signIn(page, ADMIN.username, ADMIN.password);
  await expect(page.getByRole('heading', { level: 1, name: 'Šiandien' })).toBeVisible();
  await adminSteps?.();
  const worker = await api(page, 'users.create', {
    fullName: WORKER.fullName,
    username: WORKER.username,
    roles: ['case_manager', 'supervisor'],
    language: 'lt',
    temporaryPassword: WORKER.temp,
  });
  await page.getByRole('button', { name: 'Atsijungti' }).click();
  await signIn(page, WORKER.username, WORKER.temp);
  await page.getByLabel('Dabartinis slaptažodis').fill(WORKER.temp);
  await page.getByLabel('Naujas slaptažodis').fill(WORKER.own);
  await page.getByLabel('Pakartokite slaptažodį').fill(WORKER.own);
  await page.getByRole('button', { name: 'Pakeisti slaptažodį' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Šiandien' })).toBeVisible();
  return worker.id;
}

const currentPhase = (page: Page) => page.locator('li[aria-current="step"]');

test('PLP case file: cycle settings, assessment and reassessment, a signed plan and its next version, notes, tasks, release gaps, a review', async ({ page, bridge }) => {
  test.setTimeout(300_000);
  const rightsText = 'Jūs turite teisę gauti informaciją, būti išklausytas ir bet kada atsisakyti paslaugų (E2E).';

  const workerId = await centreWithWorker(page, bridge, async () => {
    // The administrator sets the PLP review interval to 4 months and the Lithuanian rights text.
    await page.getByRole('link', { name: 'Administravimas' }).click();
    await page.getByRole('tab', { name: 'Atvejo ciklas' }).click();
    const plp = page.getByRole('form', { name: 'Asmenys, paleidžiami iš įkalinimo įstaigų' });
    await expect(plp.getByLabel('Mėnesiai tarp peržiūrų')).toHaveValue('6');
    await expectAccessible(page, 'administration: case cycle');
    await plp.getByLabel('Mėnesiai tarp peržiūrų').fill('30');
    await plp.getByRole('button', { name: /Išsaugoti terminus/ }).click();
    await expect(plp.getByText('Nuo 1 iki 24 mėnesių.')).toBeVisible();
    await expectAccessible(page, 'administration: case cycle with an error');
    await plp.getByLabel('Mėnesiai tarp peržiūrų').fill('4');
    await plp.getByRole('button', { name: /Išsaugoti terminus/ }).click();
    await expect(plp.getByRole('status')).toHaveText('Išsaugota.');

    const lt = page.getByRole('form', { name: 'Tekstas: Lietuvių' });
    await expect(lt.getByText('Standartinis tekstas')).toBeVisible();
    await lt.getByLabel('Kliento teisės (Lietuvių)').fill(rightsText);
    await lt.getByRole('button', { name: /Išsaugoti teisių tekstą/ }).click();
    await expect(lt.getByText(`Pakeista ${today}`)).toBeVisible();
    // Still there after a reload: it was saved, not just shown.
    await page.reload();
    await page.getByRole('tab', { name: 'Atvejo ciklas' }).click();
    await expect(page.getByRole('form', { name: 'Asmenys, paleidžiami iš įkalinimo įstaigų' }).getByLabel('Mėnesiai tarp peržiūrų')).toHaveValue('4');
    await expect(page.getByLabel('Kliento teisės (Lietuvių)')).toHaveValue(rightsText);
  });

  const client = await api(page, 'clients.create', { firstName: 'Tomas', lastName: 'Žukauskas' });
  const release = addMonths(today, 2);
  const c = await api(page, 'cases.create', {
    clientId: client.id,
    targetGroup: 'PLP',
    entryPoint: 'prisonSocialWorker',
    intakeDate: today,
    caseManagerId: workerId,
    assignedOn: today,
    releaseDate: release,
    prison: 'Pravieniškių pataisos namai',
  });
  await api(page, 'cases.decideEligibility', { id: c.id, servesArrestSentence: false });

  // ── Assessment (R4) ──
  await page.goto(`${bridge.url}/#/cases/${c.id}`);
  await page.getByRole('tab', { name: 'Vertinimas' }).click();
  await expect(page.getByText('Vertinimo dar nėra.')).toBeVisible();
  await page.getByRole('button', { name: 'Pradėti vertinimą' }).click();
  const form = page.getByRole('form', { name: 'Naujas vertinimas' });
  await expect(form.getByRole('group')).toHaveCount(12); // one fieldset per domain (R4)
  await expect(form.getByRole('radiogroup', { name: 'Poreikio lygis' })).toHaveCount(12);
  const housing = form.getByRole('group', { name: 'Būstas' });
  await housing.getByRole('radio', { name: 'Didelis' }).check();
  await housing.getByLabel('Nustatyta rizika').check();
  await housing.getByLabel('Pastabos').fill('Po paleidimo neturi kur gyventi.');
  await form.getByRole('group', { name: /Sveikata/ }).getByRole('radio', { name: 'Vidutinis' }).check();
  await form.getByLabel('Asmens siekiai').fill('Susirasti darbą ir būstą.');
  await form.getByLabel('Apibendrinimas').fill('Didelis būsto poreikis, rizika netekti pastogės.');
  await form.getByLabel('Vertinimas baigtas: perkelti atvejį į planavimo etapą').check();
  await expectAccessible(page, 'assessment form');
  await form.getByRole('button', { name: 'Išsaugoti vertinimą' }).click();
  await expect(form).toBeHidden();
  await expect(currentPhase(page)).toContainText('Planavimas');
  await expect(page.getByRole('button', { name: new RegExp(`${today} vertinimas`) })).toBeVisible();
  await expect(page.getByText('1 rizika')).toBeVisible();
  const table = page.getByRole('table', { name: `${today} vertinimas pagal sritis` });
  await expect(table.getByRole('row', { name: /Būstas/ })).toContainText('Didelis');
  await expect(table.getByRole('row', { name: /Būstas/ })).toContainText('Po paleidimo neturi kur gyventi.');
  await expectAccessible(page, 'assessment history');

  // A reassessment starts from the latest one and adds a second assessment; the first stays.
  await page.getByRole('button', { name: 'Įvertinti iš naujo' }).click();
  const again = page.getByRole('form', { name: 'Naujas vertinimas' });
  await expect(again.getByText(`Užpildyta pagal ${today} vertinimą`)).toBeVisible();
  await expect(again.getByRole('group', { name: 'Būstas' }).getByRole('radio', { name: 'Didelis' })).toBeChecked();
  await again.getByRole('group', { name: 'Teisiniai klausimai (įskaitant probaciją)' }).getByLabel('Nustatyta rizika').check();
  await again.getByRole('button', { name: 'Išsaugoti vertinimą' }).click();
  await expect(again).toBeHidden();
  await expect(page.getByRole('button', { name: new RegExp(`${today} vertinimas`) })).toHaveCount(2);
  await expect(page.getByText('2 rizikos')).toBeVisible();
  await expect(page.getByText('1 rizika')).toBeVisible();

  // ── Plan (R5–R7) ──
  await page.getByRole('tab', { name: 'Planas' }).click();
  await expect(page.getByRole('heading', { name: 'Individualus veiksmų planas (IVP)' })).toBeVisible();
  await expect(page.getByText(`IVP parengti iki: ${addMonths(today, 1)}`)).toBeVisible();
  await page.getByRole('button', { name: 'Rengti IVP' }).click();
  const editor = page.getByRole('form', { name: 'IVP projektas' });
  await expect(editor.getByLabel('Vertinimo apibendrinimas')).toHaveValue('Didelis būsto poreikis, rizika netekti pastogės.');
  await editor.getByRole('button', { name: 'Pridėti tikslą' }).click();
  const goal = editor.getByRole('group', { name: '1 tikslas' });
  await goal.getByLabel('Tikslas').fill('Turėti kur gyventi po paleidimo');
  const step = goal.getByRole('group', { name: '1.1 žingsnis' });
  await step.getByLabel('Ką reikia padaryti').fill('Pateikti prašymą socialiniam būstui');
  await step.getByLabel('Kas').fill('Tomas su atvejo vadybininke');
  await step.getByLabel('Iki kada').fill('2030.1.5');
  await step.getByLabel('Iki kada').blur();
  await expect(step.getByLabel('Iki kada')).toHaveValue('2030-01-05');
  await editor.getByLabel('Kliento įsipareigojimai').fill('Ateiti į susitikimus.');
  await expectAccessible(page, 'plan editor');
  await editor.getByRole('button', { name: 'Išsaugoti projektą' }).click();
  await expect(page.getByRole('heading', { name: '1 versija' })).toBeVisible();
  await expect(page.getByText(rightsText)).toBeVisible();
  await page.getByRole('button', { name: 'Pasirašyti IVP…' }).click();
  const sign = page.getByRole('dialog', { name: 'IVP 1 versijos pasirašymas' });
  await expect(sign.getByLabel('Klientas pasirašė')).toHaveValue(today);
  await sign.getByLabel('Planas suderintas: perkelti atvejį į įgyvendinimo etapą').check();
  await expectAccessible(page, 'sign dialog');
  await sign.getByRole('button', { name: 'Įrašyti parašus' }).click();
  await expect(sign).toBeHidden();
  await expect(currentPhase(page)).toContainText('Įgyvendinimas');
  await expect(page.getByText(`Klientas pasirašė ${today}, atvejo vadybininkas pasirašė ${today}`)).toBeVisible();
  // R10 with the administrator's 4 months for PLP.
  await expect(page.getByText(`Kita peržiūra iki: ${addMonths(today, 4)}`)).toBeVisible();
  await page.getByRole('button', { name: 'Pažymėti atliktu: Pateikti prašymą socialiniam būstui' }).click();
  const stepRow = page.getByRole('table', { name: '1 tikslo žingsniai' }).getByRole('row', { name: /socialiniam būstui/ });
  await expect(stepRow).toContainText('Atlikta');
  await expect(stepRow).toContainText(today);
  await expectAccessible(page, 'signed plan');

  // A change after signing becomes version 2; version 1 stays readable as signed.
  await page.getByRole('button', { name: 'Keisti planą' }).click();
  const v2 = page.getByRole('form', { name: 'IVP projektas' });
  await expect(v2.getByText('Rengiate 2 versiją')).toBeVisible();
  await v2.getByRole('group', { name: '1 tikslas' }).getByLabel('Tikslas').fill('Turėti nuolatinį būstą');
  await v2.getByRole('button', { name: 'Išsaugoti kaip 2 versijos projektą' }).click();
  await expect(page.getByRole('heading', { name: '2 versija' })).toBeVisible();
  const versions = page.getByRole('table', { name: 'Versijos' });
  await expect(versions.getByRole('row')).toHaveCount(3);
  await expect(versions.getByRole('row').nth(1)).toContainText('Projektas');
  await expect(versions.getByRole('row').nth(2)).toContainText('Pasirašyta');
  await page.getByRole('button', { name: 'Peržiūrėti 1 versiją' }).click();
  const v1 = page.getByRole('dialog', { name: 'IVP, 1 versija' });
  await expect(v1.getByText('1 tikslas: Turėti kur gyventi po paleidimo')).toBeVisible();
  await expect(v1.getByText('Turėti nuolatinį būstą')).toHaveCount(0);
  await expectAccessible(page, 'plan version 1, read-only');
  await v1.getByRole('button', { name: 'Uždaryti' }).click();

  // ── Release from prison (R11): what is missing as release approaches ──
  await page.getByRole('tab', { name: 'Paleidimas iš įkalinimo' }).click();
  await expect(page.getByText('Iki paleidimo liko 2 mėnesiai.')).toBeVisible();
  const gaps = page.getByRole('status').filter({ hasText: 'Ko dar trūksta iki paleidimo' });
  await expect(gaps).toContainText('Kontaktų žurnale neįrašytas vizitas prieš paleidimą.');
  await expect(gaps).toContainText('Atvejis pradėtas likus mažiau nei 12 mėnesių iki paleidimo.');
  await expect(gaps).not.toContainText('Nepaskirtas atvejo vadybininkas.');
  await expectAccessible(page, 'release from prison');
  await page.getByRole('button', { name: 'Keisti paleidimo duomenis' }).click();
  const releaseForm = page.getByRole('form', { name: 'Paleidimo duomenys' });
  await expect(releaseForm.getByLabel('Paleidimo data')).toHaveValue(release);
  await releaseForm.getByLabel('Įkalinimo įstaigos socialinis darbuotojas').fill('Daiva Petrauskienė, +370 600 11111');
  await releaseForm.getByRole('button', { name: 'Išsaugoti', exact: true }).click();
  await expect(releaseForm).toBeHidden();
  await expect(page.getByText('Daiva Petrauskienė, +370 600 11111')).toBeVisible();

  // ── Notes and tasks ──
  await page.getByRole('tab', { name: 'Pastabos ir užduotys' }).click();
  const note = page.getByRole('form', { name: 'Įrašyti kontaktą' });
  await expect(note.getByLabel('Kontakto data')).toHaveValue(today);
  await note.getByRole('button', { name: 'Įrašyti į žurnalą' }).click();
  await expect(note.getByText('Privaloma.')).toBeVisible();
  await note.getByLabel('Kontakto data').fill('2026-02-30');
  await expect(note.getByText('Data formatu MMMM-MM-DD.')).toBeVisible();
  await expectAccessible(page, 'note form with errors');
  await note.getByLabel('Kontakto data').fill(addDays(today, -3));
  await note.getByRole('combobox', { name: 'Kontakto būdas' }).click();
  await page.getByRole('option', { name: 'Vizitas prieš paleidimą' }).click();
  await note.getByLabel('Kas vyko').fill('Susitikome Pravieniškėse, aptarėme būstą.');
  await note.getByRole('button', { name: 'Įrašyti į žurnalą' }).click();
  await note.getByLabel('Kas vyko').fill('Paskambino dėl dokumentų.');
  await note.getByRole('combobox', { name: 'Kontakto būdas' }).click();
  await page.getByRole('option', { name: 'Telefonu' }).click();
  await note.getByRole('button', { name: 'Įrašyti į žurnalą' }).click();
  const log = page.getByRole('list', { name: 'Kontaktai, naujausi viršuje' });
  await expect(log.getByRole('listitem')).toHaveCount(2);
  await expect(log.getByRole('listitem').first()).toContainText('Paskambino dėl dokumentų.');
  await expect(log.getByRole('listitem').nth(1)).toContainText(addDays(today, -3));
  await expect(log.getByRole('listitem').nth(1)).toContainText('Vizitas prieš paleidimą');
  const task = page.getByRole('form', { name: 'Pridėti užduotį' });
  await task.getByLabel('Užduotis').fill('Užsakyti asmens dokumentą');
  await task.getByLabel('Atlikti iki').fill(addDays(today, -1));
  await task.getByRole('button', { name: 'Pridėti užduotį' }).click();
  const tasks = page.getByRole('table', { name: 'Užduotys' });
  await expect(tasks.getByRole('row', { name: /Užsakyti asmens dokumentą/ })).toContainText('Vėluojama');
  await expectAccessible(page, 'notes and tasks');
  await page.getByRole('button', { name: 'Pažymėti atlikta: Užsakyti asmens dokumentą' }).click();
  await expect(tasks.getByRole('row', { name: /Užsakyti asmens dokumentą/ })).toContainText(`Atlikta ${today}`);

  // The pre-release visit is no longer missing; the late intake still is.
  await page.getByRole('tab', { name: 'Paleidimas iš įkalinimo' }).click();
  await expect(gaps).toContainText('Atvejis pradėtas likus mažiau nei 12 mėnesių iki paleidimo.');
  await expect(gaps).not.toContainText('vizitas prieš paleidimą');

  // ── Review (R10) of the signed version 1 ──
  await page.getByRole('tab', { name: 'Peržiūros' }).click();
  await expect(page.getByText(`Kita peržiūra iki: ${addMonths(today, 4)}`)).toBeVisible();
  await page.getByRole('button', { name: 'Įrašyti peržiūrą' }).click();
  const review = page.getByRole('form', { name: 'Nauja peržiūra' });
  await expect(review.getByText('Peržiūrima IVP 1 versija')).toBeVisible();
  await review.getByRole('button', { name: 'Išsaugoti peržiūrą' }).click();
  await expect(review.getByText('Pasirinkite pažangą.')).toBeVisible();
  await expectAccessible(page, 'review form with errors');
  const g1 = review.getByRole('group', { name: '1 tikslas: Turėti kur gyventi po paleidimo' });
  await g1.getByRole('combobox', { name: 'Pažanga' }).click();
  await page.getByRole('option', { name: 'Siekiama' }).click();
  await g1.getByLabel('Komentaras').fill('Prašymas pateiktas, laukiama eilėje.');
  await review.getByRole('radio', { name: 'Telefonu' }).check();
  await review.getByRole('radiogroup', { name: 'Ar atvejo vadyba dar reikalinga?' }).getByRole('radio', { name: 'Taip' }).check();
  await review.getByRole('radio', { name: 'Tęsti planą' }).check();
  await review.getByRole('button', { name: 'Išsaugoti peržiūrą' }).click();
  await expect(review).toBeHidden();
  await expect(page.getByRole('button', { name: new RegExp(`${today} peržiūra`) })).toBeVisible();
  await expect(page.getByRole('table', { name: `Pažanga pagal tikslus, ${today} peržiūra` })).toContainText('Prašymas pateiktas, laukiama eilėje.');
  await expect(page.getByText(`Kita peržiūra iki: ${addMonths(today, 4)}`)).toBeVisible();
  await expect(currentPhase(page)).toContainText('Įgyvendinimas');
  await expectAccessible(page, 'reviews');
});

test('YLC case file in English: ILP naming, termination grounds only prompt, warnings counted; read-only for an administrator', async ({ page, bridge }) => {
  test.setTimeout(240_000);
  const workerId = await centreWithWorker(page, bridge);
  const client = await api(page, 'clients.create', { firstName: 'Gabija', lastName: 'Šimkutė', birthDate: addMonths(today, -12 * 19), sex: 'F' });
  const c = await api(page, 'cases.create', {
    clientId: client.id,
    targetGroup: 'YLC',
    entryPoint: 'selfApplication',
    intakeDate: today,
    caseManagerId: workerId,
    assignedOn: today,
    coordinatorAppointedOn: today,
  });
  await api(page, 'cases.decideEligibility', { id: c.id, criterion: 'd' });
  await switchLanguage(page, 'English');
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();

  await page.goto(`${bridge.url}/#/cases/${c.id}`);
  await page.getByRole('tab', { name: 'Plan' }).click();
  await expect(page.getByRole('heading', { name: 'Independent Living Plan (ILP)' })).toBeVisible();
  await expect(page.getByText(`ILP due by: ${addMonths(today, 1)}`)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Prepare the ILP' })).toBeVisible();
  await expectAccessible(page, 'ILP tab, no plan yet');

  await page.getByRole('tab', { name: 'Transition Service' }).click();
  await expect(page.getByText('The program only prompts')).toBeVisible();
  const grounds = page.getByRole('table', { name: 'Grounds as they stand today' });
  await expect(grounds.getByRole('row', { name: /Cannot be reached/ })).toContainText('No');
  await expect(page.getByText('0 warnings given.')).toBeVisible();

  await page.getByRole('button', { name: 'Record: cannot be reached' }).click();
  const since = addDays(today, -40);
  await page.getByRole('form', { name: 'Cannot be reached since' }).getByLabel('Since').fill(since);
  await page.getByRole('form', { name: 'Cannot be reached since' }).getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText(`Since ${since}`)).toBeVisible();
  await expect(grounds.getByRole('row', { name: /Cannot be reached/ })).toContainText('Yes — to be considered');
  await expect(page.getByRole('status').filter({ hasText: 'only a person decides' })).toBeVisible();

  const warn = page.getByRole('form', { name: 'Record a warning' });
  await warn.getByLabel('Warning given on').fill(addDays(today, -20));
  await warn.getByLabel('What the warning was about').fill('Missed three meetings');
  await warn.getByRole('button', { name: 'Record a warning' }).click();
  await expect(page.getByText('1 warning given.')).toBeVisible();
  await expect(grounds.getByRole('row', { name: /Warned twice/ })).toContainText('No');
  await warn.getByLabel('Warning given on').fill(addDays(today, -5));
  await warn.getByRole('button', { name: 'Record a warning' }).click();
  await expect(page.getByText('2 warnings given.')).toBeVisible();
  await expect(grounds.getByRole('row', { name: /Warned twice/ })).toContainText('Yes — to be considered');
  await expect(page.getByRole('table', { name: 'Warnings' })).toContainText('Missed three meetings');
  await expectAccessible(page, 'Transition Service grounds');

  // Back in touch: the ground lapses; nothing was ended by the program.
  await page.getByRole('button', { name: 'In touch again' }).click();
  await expect(page.getByText('In touch.')).toBeVisible();
  await expect(grounds.getByRole('row', { name: /Cannot be reached/ })).toContainText('No');
  await expect(currentPhase(page)).toContainText('Assessment');

  // An administrator reads the case file but cannot change it; the count is in Lithuanian plural form.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await signIn(page, ADMIN.username, ADMIN.password, { user: 'Username', password: 'Password', submit: 'Sign in' });
  await expect(page.getByRole('heading', { level: 1, name: 'Šiandien' })).toBeVisible();
  await page.goto(`${bridge.url}/#/cases/${c.id}`);
  await page.getByRole('tab', { name: 'Palydėjimo paslauga' }).click();
  await expect(page.getByText('Įspėta 2 kartus.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Įrašyti įspėjimą' })).toHaveCount(0);
  await page.getByRole('tab', { name: 'Vertinimas' }).click();
  await expect(page.getByText('Vertinimo dar nėra.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Pradėti vertinimą' })).toHaveCount(0);
  await page.getByRole('tab', { name: 'Pastabos ir užduotys' }).click();
  await expect(page.getByRole('form', { name: 'Įrašyti kontaktą' })).toHaveCount(0);
  await expectAccessible(page, 'case file read-only');
});
