import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { MethodInput, MethodName, MethodOutput } from '../../electron/contract';
import { ADMIN, expect, expectAccessible, setUpCentre, signIn, switchLanguage, test } from './fixtures';

// Issue 4 (R16, R9, R8): the service map through the real UI — an administrator adds a provider and
// a service, finds it by a query without diacritics, exports the map and imports a changed file
// after its preview; a case manager refers a client (refused without consent, sent with it).

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

test('service map: add a provider and a service, find it without diacritics, export, import with a preview (LT and EN)', async ({ page, bridge }) => {
  test.setTimeout(150_000);
  await setUpCentre(page, bridge);
  await signIn(page, ADMIN.username, ADMIN.password);
  await page.getByRole('link', { name: 'Paslaugų žemėlapis' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Paslaugų žemėlapis' })).toBeVisible();
  await expectAccessible(page, 'service map: find (empty)');

  // Add a provider and a service.
  await page.getByRole('tab', { name: 'Teikėjai' }).click();
  await page.getByRole('button', { name: 'Pridėti teikėją' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Išsaugoti' }).click();
  await expect(dialog.getByText('Privaloma.').first()).toBeVisible();
  await dialog.getByLabel('Organizacijos pavadinimas').fill('Šiaulių krizių centras');
  await dialog.getByRole('combobox', { name: 'Savivaldybė' }).fill('Šiaulių miesto');
  await page.getByRole('option', { name: 'Šiaulių miesto savivaldybė' }).click();
  await dialog.getByLabel('Adresas').fill('Vilniaus g. 1, Šiauliai');
  await dialog.getByLabel('Telefonai').fill('+370 41 123456, +370 600 00000');
  await dialog.getByRole('button', { name: 'Pridėti kontaktinį asmenį' }).click();
  await dialog.getByLabel('Vardas, pavardė').fill('Jūratė Žukauskienė');
  await expectAccessible(page, 'service map: provider form');
  await dialog.getByRole('button', { name: 'Išsaugoti' }).click();
  await expect(dialog.getByRole('button', { name: 'Redaguoti teikėją' })).toBeVisible();
  await expect(dialog.getByText('Jūratė Žukauskienė')).toBeVisible();
  // Never checked: flagged until someone checks it.
  await expect(dialog.getByText('Reikia patikrinti')).toBeVisible();
  await dialog.getByRole('button', { name: 'Patikrinta šiandien: duomenys teisingi' }).click();
  await expect(dialog.getByText('Reikia patikrinti')).toHaveCount(0);

  await dialog.getByRole('button', { name: 'Pridėti paslaugą' }).click();
  await dialog.getByLabel('Paslaugos pavadinimas').fill('Laikinas apgyvendinimas');
  await dialog.getByLabel('Aprašymas').fill('Nakvynė ir krizių įveikimo pagalba moterims');
  await dialog.getByRole('checkbox', { name: 'Asmenys su negalia' }).check();
  await dialog.getByRole('combobox', { name: 'Socialinių paslaugų katalogo rūšis' }).click();
  await page.getByRole('option', { name: 'Trumpalaikė socialinė globa' }).click();
  await expectAccessible(page, 'service map: service form');
  await dialog.getByRole('button', { name: 'Išsaugoti' }).click();
  await expect(dialog.getByText('Laikinas apgyvendinimas')).toBeVisible();
  await expect(dialog.getByText('Trumpalaikė socialinė globa')).toBeVisible();
  await expectAccessible(page, 'service map: provider details');
  await dialog.getByRole('button', { name: 'Uždaryti' }).click();

  // Find it by need, typed without Lithuanian letters.
  await page.getByRole('tab', { name: 'Rasti paslaugą' }).click();
  await page.getByLabel('Ieškoti pagal poreikį').fill('siauliu krizIU nakvyne');
  const results = page.getByRole('table', { name: 'Rastos paslaugos' });
  await expect(results.getByText('Laikinas apgyvendinimas')).toBeVisible();
  await expect(page.getByText('Rasta 1 paslauga')).toBeVisible();
  await page.getByLabel('Ieškoti pagal poreikį').fill('siauliu dantistas');
  await expect(page.getByText('Rasta 0 paslaugų')).toBeVisible();
  await page.getByLabel('Ieškoti pagal poreikį').fill('apgyvendinimas');
  await page.getByRole('combobox', { name: 'Sektorius' }).click();
  await page.getByRole('option', { name: 'Sveikatos priežiūra' }).click();
  await expect(page.getByText('Rasta 0 paslaugų')).toBeVisible();
  await page.getByRole('combobox', { name: 'Sektorius' }).click();
  await page.getByRole('option', { name: 'Socialinės paslaugos' }).click();
  await expect(results.getByText('Laikinas apgyvendinimas')).toBeVisible();
  await expectAccessible(page, 'service map: search results');

  // Export the map as JSON.
  await page.getByRole('tab', { name: 'Eksportas ir importas' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Atsisiųsti JSON' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^service-map-KSPC-\d{4}-\d{2}-\d{2}\.json$/);
  const file = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { format: string; providers: { name: string; address: string; services: { name: string }[] }[] };
  expect(file.format).toBe('atvejis.service-map');
  expect(file.providers.map((p) => p.name)).toEqual(['Šiaulių krizių centras']);
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Atsisiųsti CSV' }).click()]);
  expect(readFileSync((await csv.path())!, 'utf8')).toContain('Laikinas apgyvendinimas');
  await expectAccessible(page, 'service map: export and import');

  // A bad file: a clear error, nothing to confirm.
  const input = page.getByLabel('Importuojamas failas');
  await page.locator('input[type="file"]').setInputFiles({ name: 'blogas.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "kita"}') });
  await expect(page.getByRole('alert')).toContainText('nėra Atvejo paslaugų žemėlapis');
  await expect(page.getByRole('button', { name: 'Importuoti' })).toHaveCount(0);

  // The exported file with a changed address and one new provider: preview, then import.
  file.providers[0]!.address = 'Tilžės g. 5, Šiauliai';
  const changed = { ...file, providers: [...file.providers, { name: 'Kauno dienos centras', sector: 'ngo', municipality: 'LT-15', services: [{ name: 'Dienos užimtumas' }] }] };
  await page.locator('input[type="file"]').setInputFiles({ name: 'zemelapis.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(changed)) });
  const preview = page.getByRole('table', { name: 'Ką padarys importas' });
  await expect(preview.getByRole('row', { name: /Šiaulių krizių centras.*Pakeistas.*adresas/ })).toBeVisible();
  await expect(preview.getByRole('row', { name: /Kauno dienos centras.*Naujas/ })).toBeVisible();
  await expectAccessible(page, 'service map: import preview');
  await page.getByRole('button', { name: 'Importuoti' }).click();
  await expect(page.getByText('Importuota: naujų teikėjų – 1, atnaujintų – 1.')).toBeVisible();
  void input;
  // The same file again: nothing to import, no duplicates.
  await page.locator('input[type="file"]').setInputFiles({ name: 'zemelapis.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(changed)) });
  await expect(page.getByText('Viskas, kas yra šiame faile, jau yra žemėlapyje; importuoti nėra ko.')).toBeVisible();
  expect((await api(page, 'serviceMap.listProviders', {})).total).toBe(2);

  // English.
  await switchLanguage(page, 'English');
  await page.getByRole('tab', { name: 'Find a service' }).click();
  await page.getByLabel('Search by need').fill('dienos uzimtumas');
  await expect(page.getByRole('table', { name: 'Services found' }).getByText('Dienos užimtumas')).toBeVisible();
  await expect(page.getByText('1 service found')).toBeVisible();
  await expectAccessible(page, 'service map in English');
});

const WORKER = { fullName: 'Rasa Vaitkienė', username: 'rasa.vaitkiene', temp: 'Laikinas-Slaptazodis-7', own: 'Rasos-Nuosavas-Ž-31' };
/** Today in Vilnius, as the bridge and the browser see it. */
const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Vilnius' }).format(new Date());
const NONE = { needLevel: 'none' as const };

test('referral: suggested from the assessment, refused without consent, sent with it, accepted, completed with its plan step done', async ({ page, bridge }) => {
  test.setTimeout(180_000);
  await setUpCentre(page, bridge);
  await signIn(page, ADMIN.username, ADMIN.password);
  await expect(page.getByRole('heading', { level: 1, name: 'Šiandien' })).toBeVisible();
  const provider = await api(page, 'serviceMap.saveProvider', {
    name: 'Kauno dienos centras „Šviesa“',
    sector: 'social',
    municipality: 'LT-15',
    address: 'Laisvės al. 1, Kaunas',
    contactPersons: [{ name: 'Jūratė Žukauskienė', role: 'Socialinė darbuotoja', phone: '+370 600 00000' }],
    lastCheckedOn: today,
  });
  await api(page, 'serviceMap.saveService', { providerId: provider.id, name: 'Socialinių įgūdžių grupė', targetGroups: ['PWD'], domains: ['socialSkills'] });
  const worker = await api(page, 'users.create', { fullName: WORKER.fullName, username: WORKER.username, roles: ['case_manager'], language: 'lt', temporaryPassword: WORKER.temp });
  await page.getByRole('button', { name: 'Atsijungti' }).click();
  await signIn(page, WORKER.username, WORKER.temp);
  await page.getByLabel('Dabartinis slaptažodis').fill(WORKER.temp);
  await page.getByLabel('Naujas slaptažodis').fill(WORKER.own);
  await page.getByLabel('Pakartokite slaptažodį').fill(WORKER.own);
  await page.getByRole('button', { name: 'Pakeisti slaptažodį' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Šiandien' })).toBeVisible();

  // A PWD case with an assessment (social skills: high) and a signed plan with one step.
  const client = await api(page, 'clients.create', { firstName: 'Žydrūnė', lastName: 'Ąžuolaitė', address: 'Savanorių pr. 5, Kaunas', phone: '+370 600 12345' });
  const c = await api(page, 'cases.create', { clientId: client.id, targetGroup: 'PWD', entryPoint: 'selfReferral', intakeDate: today, caseManagerId: worker.id, assignedOn: today });
  // Eligible: the case moves to assessment.
  await api(page, 'cases.decideEligibility', { id: c.id, eligible: true });
  await api(page, 'assessments.create', {
    caseId: c.id,
    assessedOn: today,
    domains: {
      housing: NONE, health: NONE, dailyLiving: NONE, socialSkills: { needLevel: 'high' }, employment: NONE, education: NONE,
      family: NONE, legal: NONE, guardianship: NONE, accessibility: NONE, psychological: NONE, mediation: NONE,
    },
    advance: true,
  });
  await api(page, 'plans.saveDraft', { caseId: c.id, goals: [{ text: 'Bendravimas', steps: [{ text: 'Lankyti socialinių įgūdžių grupę' }] }] });
  const signed = await api(page, 'plans.sign', { caseId: c.id, signedByClientOn: today, signedByManagerOn: today, advance: true });
  const stepId = signed.plan.goals[0]!.steps[0]!.id;

  await page.goto(`${bridge.url}/#/cases/${c.id}`);
  await page.getByRole('tab', { name: 'Siuntimai' }).click();
  await expect(page.getByText('Siuntimų dar nėra.')).toBeVisible();
  await expectAccessible(page, 'case: referrals tab');

  // The suggestion comes from the assessment; the form is prefilled; without consent it is refused.
  await page.getByRole('button', { name: 'Siųsti: Socialinių įgūdžių grupė' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('combobox', { name: 'Plano žingsnis' }).click();
  await page.getByRole('option', { name: 'Bendravimas: Lankyti socialinių įgūdžių grupę' }).click();
  await dialog.getByRole('button', { name: 'Pildyti siuntimo formą' }).click();
  await expect(dialog.getByText('Nėra sutikimo šiam teikėjui')).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Siuntimo priežastys' })).toHaveValue('Lankyti socialinių įgūdžių grupę');
  await expect(dialog.getByRole('group', { name: 'Kliento asmens duomenys' }).getByLabel('Adresas')).toHaveValue('Savanorių pr. 5, Kaunas');
  await expect(dialog.getByRole('group', { name: 'Paslaugų teikėjas' }).getByLabel('Kontaktinis asmuo')).toHaveValue('Jūratė Žukauskienė, Socialinė darbuotoja, +370 600 00000');
  await expect(dialog.getByLabel('Atvejo vadybininkas', { exact: true })).toHaveValue(WORKER.fullName);
  await dialog.getByLabel('Siuntimo priemonės').fill('Grupės užsiėmimai du kartus per savaitę');
  await expectAccessible(page, 'case: referral form');
  await dialog.getByRole('button', { name: 'Siųsti', exact: true }).click();
  await expect(dialog.getByRole('alert', { name: 'Kažkas nepavyko' })).toContainText('neturi galiojančio sutikimo');
  await dialog.getByRole('button', { name: 'Atšaukti' }).click();
  expect(await api(page, 'referrals.list', { caseId: c.id })).toEqual([]);

  // Record the consent on the client's page.
  await page.goto(`${bridge.url}/#/clients/${client.id}`);
  await page.getByRole('button', { name: 'Registruoti sutikimą' }).click();
  const consent = page.getByRole('dialog');
  await consent.getByRole('combobox', { name: 'Teikėjas' }).fill('sviesa');
  await page.getByRole('option', { name: /Kauno dienos centras „Šviesa“/ }).click();
  await consent.getByLabel('Kokius duomenis galima perduoti').fill('Kontaktai, vertinimo santrauka');
  await expectAccessible(page, 'client: record consent');
  await consent.getByRole('button', { name: 'Išsaugoti' }).click();
  await expect(page.getByRole('table', { name: 'Sutikimas perduoti duomenis' }).getByText('Galioja', { exact: true })).toBeVisible();
  await expectAccessible(page, 'client: consents');

  // Now the referral goes.
  await page.goto(`${bridge.url}/#/cases/${c.id}?tab=referrals`);
  await page.getByRole('button', { name: 'Siųsti: Socialinių įgūdžių grupė' }).click();
  await dialog.getByRole('combobox', { name: 'Plano žingsnis' }).click();
  await page.getByRole('option', { name: 'Bendravimas: Lankyti socialinių įgūdžių grupę' }).click();
  await dialog.getByRole('button', { name: 'Pildyti siuntimo formą' }).click();
  await expect(dialog.getByLabel('Sutikimas ir duomenų apsauga')).toHaveValue(/Kontaktai, vertinimo santrauka/);
  // Follow up today, so the unanswered referral is on today's list at once (R13).
  await dialog.getByLabel('Pasitikrinti').fill(today);
  await dialog.getByRole('button', { name: 'Siųsti', exact: true }).click();
  const list = page.getByRole('table', { name: 'Siuntimai' });
  await expect(list.getByText('Išsiųsta', { exact: true })).toBeVisible();

  // Today shows it until the provider answers.
  await page.getByRole('link', { name: /^Šiandien/ }).click();
  const awaiting = page.getByRole('region', { name: /Siuntimai be atsakymo/ });
  await expect(awaiting.getByRole('link', { name: /Žydrūnė Ąžuolaitė/ })).toBeVisible();
  await expect(awaiting).toContainText('Kauno dienos centras „Šviesa“');
  await expectAccessible(page, 'today: a referral without an answer');
  await awaiting.getByRole('link', { name: /Žydrūnė Ąžuolaitė/ }).click();

  await list.getByRole('button', { name: /siuntimą priėmė/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Išsaugoti' }).click();
  await expect(list.getByText(`Priimta ${today}, ${WORKER.fullName}`)).toBeVisible();
  // Answered: gone from Today.
  await page.getByRole('link', { name: /^Šiandien/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Šiandien' })).toBeVisible();
  await expect(page.getByRole('region', { name: /Siuntimai be atsakymo/ })).toHaveCount(0);
  await page.goto(`${bridge.url}/#/cases/${c.id}?tab=referrals`);
  await list.getByRole('button', { name: /įvykdytas/ }).click();
  const done = page.getByRole('dialog');
  await expect(done.getByLabel('Pažymėti plano žingsnį atliktu: Lankyti socialinių įgūdžių grupę')).toBeChecked();
  await done.getByLabel('Rezultatas').fill('Lanko reguliariai');
  await expectAccessible(page, 'case: complete a referral');
  await done.getByRole('button', { name: 'Išsaugoti' }).click();
  await expect(list.getByText(`Įvykdyta ${today}, ${WORKER.fullName}`)).toBeVisible();
  const plan = await api(page, 'plans.get', { caseId: c.id });
  expect(plan.goals[0]!.steps.find((s) => s.id === stepId)).toMatchObject({ status: 'done', doneOn: today });
  await expectAccessible(page, 'case: referrals after completion');

  // English.
  await switchLanguage(page, 'English');
  await expect(page.getByRole('table', { name: 'Referrals' }).getByText('Completed', { exact: true })).toBeVisible();
  await expectAccessible(page, 'case: referrals in English');
});
