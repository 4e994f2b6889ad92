import { ADMIN, expect, expectAccessible, setUpCentre, signIn, switchLanguage, test } from './fixtures';

// Issue 3, item 13: an administrator of a new centre fills it with demo data to try the program,
// then signs in as a demo case manager with the password shown.
test('fill an empty centre with demo data and sign in as a demo case manager', async ({ page, bridge }) => {
  test.setTimeout(180_000);
  await setUpCentre(page, bridge);
  await signIn(page, ADMIN.username, ADMIN.password);
  await page.getByRole('link', { name: 'Administravimas' }).click();
  await page.getByRole('tab', { name: 'Demonstraciniai duomenys' }).click();
  await expect(page.getByText(/^Programai išbandyti:/)).toBeVisible();
  await expectAccessible(page, 'administration: demo data');

  const cases = page.getByRole('textbox', { name: 'Atvejų skaičius' });
  await cases.fill('5000');
  await expect(page.getByText('Įveskite sveikąjį skaičių nuo 1 iki 2000.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Užpildyti demonstraciniais duomenimis' })).toBeDisabled();
  await cases.fill('40');
  await page.getByRole('button', { name: 'Užpildyti demonstraciniais duomenimis' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Demonstraciniai duomenys pridėti' })).toBeVisible({ timeout: 90_000 });
  await expect(page.getByRole('status')).toContainText('40 atvejų');
  const password = (await page.getByTestId('demo-password').textContent()) ?? '';
  const table = page.getByRole('table', { name: 'Demonstraciniai naudotojai' });
  await expect(table.getByRole('row', { name: /vadybininkas01/ })).toContainText('Atvejo vadybininkas');
  await expect(table.getByRole('row', { name: /vadovas1/ })).toContainText('Vadovas');
  await expectAccessible(page, 'administration: demo data filled');
  await switchLanguage(page, 'English');
  await expect(page.getByRole('status')).toContainText('40 cases');
  await switchLanguage(page, 'Lietuvių');

  // The demo case manager's Today list has work in it, some of it overdue.
  await page.getByRole('button', { name: 'Atsijungti' }).click();
  await signIn(page, 'vadybininkas01', password);
  await expect(page.getByRole('heading', { level: 1, name: 'Šiandien' })).toBeVisible();
  await expect(page.getByTestId('signed-in-user')).toContainText('Atvejo vadybininkas');
});

// The same from the first-run wizard: a centre set up only to try the program starts with demo data.
test('the first-run wizard can start the centre with demo data', async ({ page, bridge }) => {
  test.setTimeout(180_000);
  let shown = '';
  await setUpCentre(
    page,
    bridge,
    async (step) => {
      if (step !== 'first-run: recovery key') return;
      shown = (await page.getByTestId('first-run-demo').textContent()) ?? '';
      await expectAccessible(page, 'first run: demo data added');
    },
    { demo: true },
  );
  expect(shown).toContain('200 atvejų');
  const password = /slaptažodžiu (\S+)\.$/.exec(shown)?.[1] ?? '';
  await signIn(page, 'vadybininkas01', password);
  await expect(page.getByRole('heading', { level: 1, name: 'Šiandien' })).toBeVisible();
  await expect(page.getByTestId('signed-in-user')).toContainText('Atvejo vadybininkas');
});
