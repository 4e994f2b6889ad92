import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { ADMIN, expect, expectAccessible, setUpCentre, signIn, switchLanguage, test } from './fixtures';

const LANGS = [
  {
    lang: 'lt',
    nav: 'Administravimas',
    tab: 'Ministerijos rinkinys',
    show: 'Rodyti duomenis',
    make: 'Parengti ir išsaugoti rinkinį',
    opened: 'Pradėti atvejai',
    first: 'Pirmasis rinkinys (I)',
    replacement: 'Pakeičiantis (R)',
  },
  {
    lang: 'en',
    nav: 'Administration',
    tab: 'Ministry package',
    show: 'Show the figures',
    make: 'Make and save the package',
    opened: 'Cases opened',
    first: 'First package (I)',
    replacement: 'Replacement (R)',
  },
] as const;

for (const L of LANGS) {
  test(`R21 an administrator makes the quarterly package from demo data (${L.lang})`, async ({ page, bridge }) => {
    test.setTimeout(120_000);
    await setUpCentre(page, bridge);
    await signIn(page, ADMIN.username, ADMIN.password);
    await expect(page.getByTestId('signed-in-user')).toBeVisible();
    // Demo data through the same contract the first-run button uses.
    const filled = await page.evaluate(async () => {
      const r = await fetch('/api/demo.fill', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Atvejis': '1' },
        body: JSON.stringify({ cases: 300 }),
      });
      return (await r.json()) as { ok: boolean };
    });
    expect(filled.ok).toBe(true);
    if (L.lang === 'en') await switchLanguage(page, 'English');

    await page.getByRole('link', { name: L.nav }).click();
    await page.getByRole('tab', { name: L.tab }).click();
    await page.getByRole('button', { name: L.show }).click();
    const table = page.getByRole('table').first();
    await expect(table).toBeVisible();
    await expectAccessible(page, `ministry preview (${L.lang})`);
    const openedRow = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: L.opened, exact: true }) });
    const shownTotal = (await openedRow.getByRole('cell').last().textContent())?.trim() ?? '';
    expect(shownTotal).toMatch(/^\d+$/);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: L.make }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^case-management-LT-15-KSPC-\d{4}-Q[1-4]\.zip$/);
    const zip = unzipSync(readFileSync(await file.path()));
    const manifest = JSON.parse(strFromU8(zip['manifest.json']!)) as { action: string; period: { quarter: string }; centre: { code: string } };
    expect(manifest.action).toBe('I');
    expect(manifest.centre.code).toBe('KSPC');
    expect(file.suggestedFilename()).toContain(manifest.period.quarter);
    const csv = strFromU8(zip['indicators.csv']!);
    expect(csv).toContain(`,${manifest.period.quarter},CASES_OPENED,_T,_Z,_Z,${shownTotal},CASES,F\r\n`);

    await expect(page.getByRole('table', { name: L.lang === 'lt' ? 'Parengti rinkiniai' : 'Packages made' }).getByText(L.first)).toBeVisible();
    await expectAccessible(page, `ministry history (${L.lang})`);
  });
}
