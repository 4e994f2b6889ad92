import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { ADMIN, expect, expectAccessible, setUpCentre, signIn, switchLanguage, test } from './fixtures';

// R18/R20: a supervisor opens the reports dashboard on demo data, filters it, exports a report to
// XLSX (the file is opened here and a figure checked against the screen) and looks at the cases
// behind a process indicator. axe on the dashboard and on the dialog.

const LANGS = [
  { lang: 'lt', nav: 'Ataskaitos', group: 'Tikslinė grupė', pwd: 'Asmenys su negalia', show: 'Rodyti', caseload: 'Atvejo vadybininkų krūvis', indicators: 'Proceso rodikliai', centre: 'Visas centras', eligibility: 'Sprendimai dėl tinkamumo' },
  { lang: 'en', nav: 'Reports', group: 'Target group', pwd: 'People with disabilities', show: 'Show', caseload: 'Caseload per case manager', indicators: 'Process indicators', centre: 'Whole centre', eligibility: 'Eligibility decisions' },
] as const;

for (const L of LANGS) {
  test(`R20 a supervisor filters the dashboard and exports a report to XLSX (${L.lang})`, async ({ page, bridge }) => {
    test.setTimeout(150_000);
    await setUpCentre(page, bridge);
    await signIn(page, ADMIN.username, ADMIN.password);
    await expect(page.getByTestId('signed-in-user')).toBeVisible();
    const filled = await page.evaluate(async () => {
      const r = await fetch('/api/demo.fill', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Atvejis': '1' }, body: JSON.stringify({ cases: 300 }) });
      return (await r.json()) as { ok: boolean; value: { password: string; users: { username: string; fullName: string; roles: string[] }[] } };
    });
    expect(filled.ok).toBe(true);
    const supervisor = filled.value.users.find((u) => u.roles.includes('supervisor'))!;
    await page.getByRole('button', { name: 'Atsijungti' }).click();
    await signIn(page, supervisor.username, filled.value.password);
    await expect(page.getByTestId('signed-in-user')).toContainText(supervisor.fullName);
    if (L.lang === 'en') await switchLanguage(page, 'English');

    await page.getByRole('link', { name: L.nav }).click();
    const caseload = page.getByRole('table', { name: L.caseload });
    await expect(caseload).toBeVisible();
    await expect(page.getByRole('table', { name: L.indicators })).toBeVisible();
    await expect(page.getByRole('heading', { name: L.eligibility, exact: true })).toBeVisible();
    await expectAccessible(page, `reports dashboard (${L.lang})`);

    // Filter: one target group.
    await page.getByRole('combobox', { name: L.group }).click();
    await page.getByRole('option', { name: L.pwd }).click();
    await page.getByRole('button', { name: L.show, exact: true }).click();
    await expect(page.getByRole('table', { name: L.caseload })).toBeVisible();
    // Every open-cases row is now of that group.
    const openRows = page.getByRole('table').first().getByRole('row');
    await expect(openRows.nth(1).getByRole('rowheader')).toHaveText(L.pwd);

    // The first case manager's total as shown, then the same figure in the exported workbook.
    const firstRow = caseload.getByRole('row').nth(1);
    const name = ((await firstRow.getByRole('rowheader').textContent()) ?? '').trim();
    const shownTotal = Number(((await firstRow.getByRole('cell').last().textContent()) ?? '').trim());
    expect(shownTotal).toBeGreaterThan(0);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: new RegExp(`${L.caseload}.*XLSX`) }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^caseload_\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(await file.path()) as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    let inFile: unknown = null;
    sheet.eachRow((row) => {
      if (row.getCell(1).value === name) inFile = row.getCell(5).value;
    });
    expect(inFile).toBe(shownTotal);

    // The cases behind the centre's documentation figure, each a link to its case.
    const centreRow = page.getByRole('table', { name: L.indicators }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: L.centre, exact: true }) });
    await centreRow.getByRole('button').nth(3).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('link').first()).toHaveAttribute('href', /#\/cases\/\d+$/);
    await page.waitForTimeout(400);
    await expectAccessible(page, `reports: cases behind a figure (${L.lang})`);
    await dialog.getByRole('link').first().click();
    await expect(page).toHaveURL(/#\/cases\/\d+$/);
  });
}
