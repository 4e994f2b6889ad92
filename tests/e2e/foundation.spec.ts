import { ADMIN, CENTRE, expect, expectAccessible, setUpCentre, signIn, switchLanguage, test } from './fixtures';

const CASE_MANAGER = { fullName: 'Jonas Šimkus', username: 'jonas.simkus', temp: 'Laikinas-Slaptazodis-1', own: 'Jono-Nuosavas-Ž-22' };

test('first run, sign in, languages, add a case manager, roles enforced', async ({ page, bridge }) => {
  // Set-up, sign-ins and a password change (each a deliberate scrypt, N=2^17) and axe on every screen: 30 s alone, over 60 s beside another worker.
  test.setTimeout(150_000);
  const recoveryKey = await setUpCentre(page, bridge, (step) => expectAccessible(page, step));
  expect(recoveryKey).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{1,4}){12}$/);
  await expect(page.getByText(CENTRE.name)).toBeVisible();
  await expectAccessible(page, 'sign-in');
  // Mantine's own show/hide button on the password field speaks the screen's language too.
  await expect(page.getByRole('button', { name: 'Rodyti arba slėpti slaptažodį' })).toBeAttached();

  // A wrong password is refused with a translated message, in Lithuanian and in English.
  await signIn(page, ADMIN.username, 'Neteisingas-123');
  await expect(page.getByRole('alert')).toContainText('Neteisingas naudotojo vardas arba slaptažodis.');
  await switchLanguage(page, 'English');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Show or hide the password' })).toBeAttached();
  await signIn(page, ADMIN.username, 'Wrong-password-1', { user: 'Username', password: 'Password', submit: 'Sign in' });
  await expect(page.getByRole('alert')).toContainText('Wrong username or password.');
  await switchLanguage(page, 'Lietuvių');

  await signIn(page, ADMIN.username, ADMIN.password);
  await expect(page.getByRole('heading', { level: 1, name: 'Šiandien' })).toBeVisible();
  await expect(page.getByTestId('signed-in-user')).toContainText(ADMIN.fullName);
  await expect(page.getByTestId('signed-in-user')).toContainText('Administratorius');
  await expectAccessible(page, 'today');

  // Switch to English and back; the navigation follows.
  await switchLanguage(page, 'English');
  await expect(page.getByRole('link', { name: 'Clients and cases' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await switchLanguage(page, 'Lietuvių');
  await expect(page.getByRole('link', { name: 'Klientai ir atvejai' })).toBeVisible();

  // Add a case manager.
  await page.getByRole('link', { name: 'Administravimas' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Administravimas' })).toBeVisible();
  await expectAccessible(page, 'administration: users');
  await page.getByRole('button', { name: 'Pridėti naudotoją' }).click();
  const dialog = page.getByRole('dialog', { name: 'Naujas naudotojas' });
  await dialog.getByLabel('Vardas ir pavardė').fill(CASE_MANAGER.fullName);
  await dialog.getByLabel('Naudotojo vardas').fill(CASE_MANAGER.username);
  await dialog.getByLabel('Laikinas slaptažodis').fill('trumpas');
  await dialog.getByRole('button', { name: 'Pridėti naudotoją' }).click();
  await expect(dialog.getByText('Bent 10 simbolių.')).toBeVisible();
  await expectAccessible(page, 'add-user dialog with errors');
  await dialog.getByLabel('Laikinas slaptažodis').fill(CASE_MANAGER.temp);
  await dialog.getByRole('button', { name: 'Pridėti naudotoją' }).click();
  await expect(dialog).toBeHidden();
  const row = page.getByRole('row', { name: new RegExp(CASE_MANAGER.fullName) });
  await expect(row).toContainText('Atvejo vadybininkas');
  await expect(row).toContainText('Laikinas slaptažodis');
  await expect(page.getByText('2 naudotojai')).toBeVisible();

  // The audit log shows what happened.
  await page.getByRole('tab', { name: 'Audito žurnalas' }).click();
  await expect(page.getByRole('cell', { name: 'Pridėtas naudotojas' })).toBeVisible();
  // The record it is about, named in the screen's language: the new case manager is user 2.
  await expect(page.getByRole('row', { name: /Pridėtas naudotojas/ }).getByRole('cell', { name: 'naudotojas 2', exact: true })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Nepavykęs prisijungimas' }).first()).toBeVisible();
  await expectAccessible(page, 'administration: audit log');

  await page.getByRole('button', { name: 'Atsijungti' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Prisijungimas' })).toBeVisible();

  // The case manager must choose a password, then sees no Administration, and is refused if they go there.
  await signIn(page, CASE_MANAGER.username, CASE_MANAGER.temp);
  await expect(page.getByRole('heading', { level: 1, name: 'Susikurkite slaptažodį' })).toBeVisible();
  await expectAccessible(page, 'change password');
  await page.getByLabel('Dabartinis slaptažodis').fill(CASE_MANAGER.temp);
  await page.getByLabel('Naujas slaptažodis').fill(CASE_MANAGER.own);
  await page.getByLabel('Pakartokite slaptažodį').fill(CASE_MANAGER.own);
  await page.getByRole('button', { name: 'Pakeisti slaptažodį' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Šiandien' })).toBeVisible();
  await expect(page.getByTestId('signed-in-user')).toContainText('Atvejo vadybininkas');
  await expect(page.getByRole('link', { name: 'Administravimas' })).toHaveCount(0);
  await page.goto(`${bridge.url}/#/admin`);
  await expect(page.getByRole('alert')).toContainText('Jūsų vaidmuo to neleidžia.');
  await expectAccessible(page, 'administration refused');

  // The services refuse too, not just the screen.
  const res = await page.evaluate(async () => {
    const r = await fetch('/api/users.list', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Atvejis': '1' }, body: '{}' });
    return r.json();
  });
  expect(res).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
});

test('language choice is remembered per user', async ({ page, bridge }) => {
  await setUpCentre(page, bridge);
  await signIn(page, ADMIN.username, ADMIN.password);
  await expect(page.getByRole('heading', { level: 1, name: 'Šiandien' })).toBeVisible();
  await switchLanguage(page, 'English');
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await signIn(page, ADMIN.username, ADMIN.password, { user: 'Username', password: 'Password', submit: 'Sign in' });
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
});

test('auto-lock after the configured idle time keeps unsaved work', async ({ page, bridge }) => {
  await page.clock.install();
  await setUpCentre(page, bridge);
  await signIn(page, ADMIN.username, ADMIN.password);
  await page.getByRole('link', { name: 'Administravimas' }).click();
  await page.getByRole('tab', { name: 'Centro nustatymai' }).click();
  await page.getByLabel('Užrakinti ekraną po (minučių be veiksmų)').fill('1');
  await page.getByRole('button', { name: 'Išsaugoti' }).click();
  await expect(page.getByRole('status')).toContainText('Išsaugota.');
  await expectAccessible(page, 'administration: settings');

  // Unsaved work on screen when the lock comes.
  await page.getByLabel('Centro pavadinimas').fill('Neišsaugotas pavadinimas');
  await page.clock.fastForward('00:30');
  await expect(page.getByRole('dialog', { name: 'Ekranas užrakintas' })).toHaveCount(0);
  await page.clock.fastForward('00:45');
  const lock = page.getByRole('dialog', { name: 'Ekranas užrakintas' });
  await expect(lock).toBeVisible();
  await expectAccessible(page, 'lock screen');

  // While locked the services refuse data calls.
  const res = await page.evaluate(async () => {
    const r = await fetch('/api/settings.get', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Atvejis': '1' }, body: '{}' });
    return r.json();
  });
  expect(res).toMatchObject({ ok: false, error: { code: 'SESSION_LOCKED' } });

  await lock.getByLabel('Slaptažodis').fill('Neteisingas-999');
  await lock.getByRole('button', { name: 'Atrakinti' }).click();
  await expect(lock.getByRole('alert')).toContainText('Neteisingas naudotojo vardas arba slaptažodis.');
  await lock.getByLabel('Slaptažodis').fill(ADMIN.password);
  await lock.getByRole('button', { name: 'Atrakinti' }).click();
  await expect(lock).toBeHidden();
  await expect(page.getByLabel('Centro pavadinimas')).toHaveValue('Neišsaugotas pavadinimas');
});

test('locking covers the screen even when the session cannot be re-read, and unsaved work survives', async ({ page, bridge }) => {
  await setUpCentre(page, bridge);
  await signIn(page, ADMIN.username, ADMIN.password);
  await page.getByRole('link', { name: 'Administravimas' }).click();
  await page.getByRole('tab', { name: 'Centro nustatymai' }).click();
  await page.getByLabel('Centro pavadinimas').fill('Neišsaugotas pavadinimas');

  // The connection drops for the session's re-reading only: the lock still covers the screen.
  await page.route('**/api/auth.session', (route) => route.abort('connectionreset'));
  await page.getByRole('button', { name: 'Užrakinti' }).click();
  const lock = page.getByRole('dialog', { name: 'Ekranas užrakintas' });
  await expect(lock).toBeVisible();
  await expectAccessible(page, 'lock screen after a failed refresh');
  await page.unroute('**/api/auth.session');

  await lock.getByLabel('Slaptažodis').fill(ADMIN.password);
  await lock.getByRole('button', { name: 'Atrakinti' }).click();
  await expect(lock).toBeHidden();
  await expect(page.getByLabel('Centro pavadinimas')).toHaveValue('Neišsaugotas pavadinimas');
});

test('the bridge refuses requests without the run token', async ({ page, bridge }) => {
  const res = await page.request.get(`${bridge.url}/`);
  expect(res.status()).toBe(403);
  const api = await page.request.post(`${bridge.url}/api/app.status`, { headers: { 'Content-Type': 'application/json', 'X-Atvejis': '1' }, data: {} });
  expect(api.status()).toBe(403);
  const wrong = await page.request.get(`${bridge.url}/?token=wrong`);
  expect(wrong.status()).toBe(403);
});
