import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { RunningBridge } from '../../electron/bridge/server';
import { CERTIFICATION_ITEMS } from '../../electron/core/quality/certification';
import { TABLE3_INDICATORS } from '../../electron/core/quality/performance-indicators';
import { ADMIN, expect, expectAccessible, setUpCentre, signIn, test, tr } from './fixtures';

// Issue 7 (R17–R19): a supervisor sees an overloaded case manager on the team view, reassigns a case
// from there (with the overload warning), records an evaluation (ILO Table 3) and a certification
// (ILO Table 4), and prints the certification. The cases are created through the bridge API.


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
const BUSY: Person = { fullName: 'Rūta Vaitkienė', username: 'ruta', roles: ['case_manager'], temp: 'Laikinas-Rūta-2026', own: 'Rūtos-Slaptas-Ąžuolas-7' };
const FREE: Person = { fullName: 'Tomas Jonaitis', username: 'tomas', roles: ['case_manager'], temp: 'Laikinas-Jonaitis-26', own: 'Jonaičio-Slaptas-Ąžuolas-7' };
const FULL: Person = { fullName: 'Ona Kazlauskienė', username: 'ona', roles: ['case_manager'], temp: 'Laikinas-Kazlausk-26', own: 'Kazlauskienės-Slaptas-7' };
const SUPERVISOR: Person = { fullName: 'Gediminas Petrauskas', username: 'gediminas', roles: ['supervisor'], temp: 'Laikinas-Gedas-2026', own: 'Gedimino-Slaptas-Ėglė-8' };

async function become(page: Page, bridge: RunningBridge, p: Person): Promise<void> {
  await api(page, 'auth.signOut', {});
  await api(page, 'auth.signIn', { username: p.username, password: p.temp });
  await api(page, 'auth.changePassword', { currentPassword: p.temp, newPassword: p.own });
  await page.goto(`${bridge.url}/#/today`);
  await page.reload();
  await expect(page.getByTestId('signed-in-user')).toContainText(p.fullName);
}

/** `n` high-intensity cases (10 % of a full load each) for a case manager. */
async function giveHighCases(page: Page, managerId: number, n: number, surname: string): Promise<void> {
  for (let i = 1; i <= n; i++) {
    const client = await api<{ id: number }>(page, 'clients.create', { firstName: 'Jonas', lastName: `${surname}${i}` });
    await api(page, 'cases.create', { clientId: client.id, targetGroup: 'PWD', entryPoint: 'selfReferral', intakeDate: '2026-11-02', caseManagerId: managerId, intensity: 'high' });
  }
}

async function dialogAccessible(page: Page, what: string): Promise<void> {
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.waitForTimeout(400);
  await expectAccessible(page, what);
}

for (const lang of ['lt', 'en'] as const) {
  test(`R17 R18 R19 a supervisor rebalances the team, evaluates and certifies a case manager (${lang})`, async ({ page, bridge }) => {
    test.setTimeout(240_000);
    const t = (key: string, params: Record<string, string | number> = {}) => tr(lang, key, params);
    await setUpCentre(page, bridge);
    await signIn(page, ADMIN.username, ADMIN.password);
    await expect(page.getByTestId('signed-in-user')).toBeVisible();
    const ids: Record<string, number> = {};
    for (const p of [BUSY, FREE, FULL, SUPERVISOR]) {
      const u = await api<{ id: number }>(page, 'users.create', { fullName: p.fullName, username: p.username, roles: p.roles, language: lang, temporaryPassword: p.temp });
      ids[p.username] = u.id;
    }
    await become(page, bridge, SUPERVISOR);
    await giveHighCases(page, ids.ruta!, 11, 'Perkrautas');
    await giveHighCases(page, ids.ona!, 10, 'Pilnas');

    // R17: the team view flags the overloaded case manager in words, not only by colour.
    await page.getByRole('link', { name: t('nav.team') }).click();
    await expect(page.getByRole('heading', { level: 1, name: t('team.title') })).toBeVisible();
    await expect(page.getByText(t('team.help'))).toBeVisible();
    const busyRow = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: BUSY.fullName }) });
    await expect(busyRow).toContainText('110 %');
    await expect(busyRow).toContainText(t('team.level.over'));
    await expect(page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: FULL.fullName }) })).toContainText(t('team.level.full'));
    await expectAccessible(page, `team view (${lang})`);

    // Rebalancing: open her cases and give one to a colleague; a full colleague draws the warning.
    await page.getByRole('button', { name: t('team.showCases', { name: BUSY.fullName }) }).click();
    const casesTable = page.getByRole('table').nth(1);
    await expect(casesTable.getByRole('row')).toHaveCount(12);
    const firstCase = (await casesTable.getByRole('row').nth(1).getByRole('cell').first().textContent())!.trim();
    await page.getByRole('button', { name: t('team.reassignCase', { caseNumber: firstCase }) }).click();
    const combo = page.getByRole('dialog').getByRole('combobox', { name: t('team.newManager') });
    await combo.click();
    await page.getByRole('option', { name: t('team.withLoad', { name: FULL.fullName, percent: 100 }) }).click();
    await expect(page.getByRole('dialog').getByText(t('team.overload', { name: FULL.fullName, percent: 110 }))).toBeVisible();
    await dialogAccessible(page, `reassign dialog with overload warning (${lang})`);
    await combo.click();
    await page.getByRole('option', { name: t('team.withLoad', { name: FREE.fullName, percent: 0 }) }).click();
    await expect(page.getByRole('dialog').getByText(t('team.overload', { name: FULL.fullName, percent: 110 }))).toBeHidden();
    await page.getByRole('dialog').getByRole('button', { name: t('team.submit') }).click();
    await expect(page.getByRole('dialog')).toBeHidden();
    await expect(page.getByText(t('team.done', { caseNumber: firstCase, name: FREE.fullName }))).toBeVisible();
    await expect(busyRow).toContainText('100 %');
    await expect(busyRow).toContainText(t('team.level.full'));
    await expect(page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: FREE.fullName }) })).toContainText('10 %');
    await expect(casesTable.getByRole('row')).toHaveCount(11);

    // R18: an evaluation of every ILO Table 3 indicator.
    await page.getByRole('tab', { name: t('team.tabs.evaluations') }).click();
    await page.getByRole('combobox', { name: t('quality.caseManager') }).click();
    await page.getByRole('option', { name: BUSY.fullName }).click();
    await page.getByRole('button', { name: t('quality.evaluations.new') }).click();
    await page.getByRole('textbox', { name: t('quality.evaluations.periodFrom') }).fill('2026-07-01');
    await page.getByRole('textbox', { name: t('quality.evaluations.periodTo') }).fill('2026-09-30');
    await page.getByRole('button', { name: t('quality.evaluations.save') }).click();
    await expect(page.getByRole('alert').filter({ hasText: String(TABLE3_INDICATORS.length) })).toBeVisible();
    for (const [n, id] of TABLE3_INDICATORS.entries()) {
      await page.getByTestId(`indicator-${id}`).getByRole('radio', { name: t(`quality.evaluations.ratingValues.${n === 0 ? 2 : 3}`) }).check();
    }
    const [dim, area, ind] = TABLE3_INDICATORS[0]!.split('.');
    const firstText = t(`quality.table3.${dim}.areas.${area}.indicators.${ind}`);
    await page.getByRole('textbox', { name: t('quality.evaluations.indicatorCommentLabel', { indicator: firstText }) }).fill('Du sutikimai be parašo');
    await page.getByRole('textbox', { name: t('quality.evaluations.overallComment') }).fill('Gerai dirba komandoje');
    await expectAccessible(page, `evaluation form (${lang})`);
    await page.getByRole('button', { name: t('quality.evaluations.save') }).click();
    await expect(page.getByText(t('quality.evaluations.saved'))).toBeVisible();
    // Average (2 + 3 × (n − 1)) / n to one decimal, with the language's decimal sign.
    const n = TABLE3_INDICATORS.length;
    const average = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'lt-LT', { maximumFractionDigits: 1 }).format(Math.round(((2 + 3 * (n - 1)) / n) * 10) / 10);
    const summary = t('quality.evaluations.summary', { from: '2026-07-01', to: '2026-09-30', on: vilniusToday(), evaluator: SUPERVISOR.fullName, average });
    await page.getByRole('button', { name: summary }).click();
    await expect(page.getByRole('cell', { name: 'Du sutikimai be parašo' })).toBeVisible();
    await expect(page.getByText('Gerai dirba komandoje')).toBeVisible();
    await expectAccessible(page, `evaluation history (${lang})`);

    // R19: a certification, all items 4 of 5 (80 of 100 against the default benchmark 60).
    await page.getByRole('tab', { name: t('team.tabs.certification') }).click();
    await expect(page.getByText(t('quality.certification.help', { benchmark: 60, max: 100 }))).toBeVisible();
    await page.getByRole('button', { name: t('quality.certification.new') }).click();
    await page.getByRole('textbox', { name: t('quality.certification.intro.jobTitle') }).fill('Atvejo vadybininkė');
    await page.getByRole('textbox', { name: t('quality.certification.intro.weeklyHours') }).fill('40');
    for (const item of CERTIFICATION_ITEMS) {
      await page.getByRole('textbox', { name: t('quality.certification.scoreLabel', { item: t(`quality.certification.items.${item}`) }) }).fill('4');
    }
    await expect(page.getByTestId('certification-total')).toHaveText(t('quality.certification.runningTotal', { total: 80, max: 100, benchmark: 60 }));
    await page.getByRole('textbox', { name: t('quality.certification.strengths') }).fill('Empatiška, kruopšti');
    await page.getByRole('textbox', { name: t('quality.certification.conclusion') }).fill('Sertifikuoti');
    await expectAccessible(page, `certification form (${lang})`);
    await page.getByRole('button', { name: t('quality.certification.save') }).click();
    const entry = page.getByRole('button', { name: new RegExp(t('quality.certification.passed')) });
    await expect(entry).toContainText(t('quality.certification.summary', { on: vilniusToday(), evaluator: SUPERVISOR.fullName, total: 80, max: 100, benchmark: 60 }));
    await entry.click();
    await expect(page.getByText('Empatiška, kruopšti')).toBeVisible();

    // Printed as the ILO Table 4 PDF (audited on the server).
    await page.getByRole('button', { name: t('quality.certification.printFor', { on: vilniusToday() }) }).click();
    await page.getByRole('dialog').getByRole('button', { name: t('documents.print.generate') }).click();
    const save = page.getByRole('dialog').getByRole('link', { name: t('documents.print.save') });
    await expect(save).toBeVisible();
    await dialogAccessible(page, `certification print (${lang})`);
    const download = page.waitForEvent('download');
    await save.click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(new RegExp(`_${vilniusToday()}_${lang}\\.pdf$`));
    expect(readFileSync(await file.path()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
}
