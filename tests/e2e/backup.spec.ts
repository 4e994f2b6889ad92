// Issue 6 in the real UI: back up now, see it listed and checked, restore it; verify the audit log;
// set a new PC up from a backup on the first-run screen with the recovery key. Axe on each screen.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBridge } from '../../electron/bridge/server';
import { defaultRendererRoot } from '../../electron/serving/renderer-files';
import { ADMIN, CENTRE, expect, expectAccessible, setUpCentre, signIn, test } from './fixtures';

test('back up now, see it listed and checked, change something, restore it; verify the audit log', async ({ page, bridge }) => {
  await setUpCentre(page, bridge);
  await signIn(page, ADMIN.username, ADMIN.password);
  await expect(page.getByRole('heading', { level: 1, name: 'Šiandien' })).toBeVisible();

  await page.getByRole('link', { name: 'Administravimas' }).click();
  await page.getByRole('tab', { name: 'Atsarginės kopijos' }).click();
  // The start-up backup made at the first sign-in is there.
  await expect(page.getByTestId('backup-last-good')).toContainText('atvejis-backup-');
  await expect(page.getByTestId('backup-list').getByRole('row')).toHaveCount(2);
  await expectAccessible(page, 'administration: backups');

  await page.getByTestId('backup-run').click();
  await expect(page.getByRole('status').filter({ hasText: 'padaryta ir patikrinta' })).toBeVisible();
  const rows = page.getByTestId('backup-list').getByRole('row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toContainText('rankinė');
  await expect(rows.nth(1)).toContainText('patikrinta');
  await expect(rows.nth(1)).toContainText('naudotojų: 1');

  // A change made after the backup …
  await page.getByRole('tab', { name: 'Centro nustatymai' }).click();
  await page.getByLabel('Centro pavadinimas').fill('Pakeistas pavadinimas po kopijos');
  await page.getByRole('button', { name: 'Išsaugoti' }).click();
  await expect(page.getByLabel('Centro pavadinimas')).toHaveValue('Pakeistas pavadinimas po kopijos');

  // … is undone by restoring it, after a confirmation with the password.
  await page.getByRole('tab', { name: 'Atsarginės kopijos' }).click();
  await page.getByTestId('backup-list').getByRole('row').nth(1).getByRole('button', { name: /^Atkurti/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Atkurti atsarginę kopiją' });
  await expect(dialog).toContainText('naudotojų: 1');
  await expectAccessible(page, 'restore dialog');
  await dialog.getByLabel('Jūsų slaptažodis patvirtinimui').fill('Neteisingas-123');
  await dialog.getByRole('button', { name: 'Pakeisti duomenis šia kopija' }).click();
  await expect(dialog.getByRole('alert').filter({ hasText: 'Neteisingas naudotojo vardas arba slaptažodis.' })).toBeVisible();
  await dialog.getByLabel('Jūsų slaptažodis patvirtinimui').fill(ADMIN.password);
  await dialog.getByRole('button', { name: 'Pakeisti duomenis šia kopija' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'kopija atkurta' })).toContainText('before-restore-');

  await page.getByRole('tab', { name: 'Centro nustatymai' }).click();
  await expect(page.getByLabel('Centro pavadinimas')).toHaveValue(CENTRE.name);

  // The audit log: the restore is recorded, and the chain verifies.
  await page.getByRole('tab', { name: 'Audito žurnalas' }).click();
  await expect(page.getByRole('cell', { name: 'Atkurta atsarginė kopija' })).toBeVisible();
  await page.getByRole('button', { name: 'Tikrinti audito žurnalą' }).click();
  await expect(page.getByTestId('audit-verify-result')).toContainText('Audito žurnalas nepažeistas');
  await expectAccessible(page, 'audit log verified');
});

test('a new PC is set up from a backup on the first-run screen with the recovery key', async ({ page, bridge }) => {
  const recoveryKey = await setUpCentre(page, bridge);
  await signIn(page, ADMIN.username, ADMIN.password);
  await expect(page.getByRole('heading', { level: 1, name: 'Šiandien' })).toBeVisible();
  await page.getByRole('button', { name: 'Atsijungti' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Prisijungimas' })).toBeVisible();
  const usb = join(bridge.app.dataDir, 'backups');

  const dir = mkdtempSync(join(tmpdir(), 'atvejis-e2e-newpc-'));
  const newPc = await startBridge({ dataDir: dir, rendererRoot: defaultRendererRoot() });
  try {
    await page.context().clearCookies();
    await page.goto(newPc.openUrl);
    await expect(page.getByRole('heading', { level: 1, name: 'Atvejis diegimas' })).toBeVisible();
    await page.getByRole('button', { name: 'Atkurti iš atsarginės kopijos' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Paruošti iš atsarginės kopijos' })).toBeVisible();
    await expectAccessible(page, 'first run: restore from a backup');

    await page.getByLabel('Kopijų aplankas').fill('santykinis/kelias');
    await page.getByRole('button', { name: 'Rodyti kopijas' }).click();
    await expect(page.getByText('Įveskite visą aplanko kelią')).toBeVisible();

    await page.getByLabel('Kopijų aplankas').fill(usb);
    await page.getByRole('button', { name: 'Rodyti kopijas' }).click();
    await expect(page.getByRole('radio', { name: new RegExp(CENTRE.name) })).toBeChecked();
    await expect(page.getByText('naudotojų: 1')).toBeVisible();
    await page.getByLabel('Atkūrimo raktas').fill(recoveryKey);
    await expectAccessible(page, 'first run: backup chosen');
    await page.getByRole('button', { name: 'Atkurti ir pereiti prie prisijungimo' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Prisijungimas' })).toBeVisible();
    await expect(page.getByText(CENTRE.name)).toBeVisible();
    await signIn(page, ADMIN.username, ADMIN.password);
    await expect(page.getByRole('heading', { level: 1, name: 'Šiandien' })).toBeVisible();
  } finally {
    await newPc.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
